/// What a ``Shingler`` cuts text into.
///
/// Shingles are taken over the *word stream* of a text: the normalised forms of its tokens
/// (``Document/tokens``: words and numbers, case-folded and typography unified), with stop
/// words left out when asked and each word replaced by its transliteration key when asked,
/// joined by single spaces. Punctuation and spacing differences between renderings therefore
/// never change a shingle.
public struct ShingleConfiguration: Sendable, Hashable {
    /// Word n-grams or character n-grams.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        /// `size` consecutive words of the word stream.
        case words
        /// `size` characters (Unicode code points) of the word stream, starting at a word start
        /// (anchored n-grams, as passim uses them): one shingle per word.
        case characters
    }

    /// Which stop words to leave out of the word stream.
    public enum StopWordPolicy: Sendable, Hashable {
        /// Keep every word.
        case keep
        /// Leave out the built-in stop words of the text's language (``Document/language``),
        /// if Verbatim has a profile for it.
        case documentLanguage
        /// Leave out the built-in stop words of this language (BCP 47 code).
        case language(String)
        /// Leave out these words.
        case custom(StopWords)
    }

    /// Default n for word shingles.
    public static let defaultWordSize = 3
    /// Default n for character shingles.
    public static let defaultCharacterSize = 8

    public var unit: Unit
    /// n: words per word shingle, or code points per character shingle (≥ 1).
    public var size: Int
    public var stopWords: StopWordPolicy
    /// Replace each word that is not ASCII by its ``TransliterationKeys`` key ("Рябков" →
    /// "ryabkov") before shingling, so renderings in several scripts share shingles.
    public var transliterate: Bool

    /// A configuration; `size` defaults to ``defaultWordSize`` or ``defaultCharacterSize``.
    public init(unit: Unit = .words, size: Int? = nil, stopWords: StopWordPolicy = .keep, transliterate: Bool = false) {
        self.unit = unit
        self.size = size ?? (unit == .words ? Self.defaultWordSize : Self.defaultCharacterSize)
        self.stopWords = stopWords
        self.transliterate = transliterate
    }

    /// Word n-grams.
    public static func words(_ size: Int = defaultWordSize, stopWords: StopWordPolicy = .keep,
                             transliterate: Bool = false) -> ShingleConfiguration {
        ShingleConfiguration(unit: .words, size: size, stopWords: stopWords, transliterate: transliterate)
    }

    /// Character n-grams anchored at word starts.
    public static func characters(_ size: Int = defaultCharacterSize, stopWords: StopWordPolicy = .keep,
                                  transliterate: Bool = false) -> ShingleConfiguration {
        ShingleConfiguration(unit: .characters, size: size, stopWords: stopWords, transliterate: transliterate)
    }
}

/// One shingle with where it came from.
public struct Shingle: Sendable, Hashable {
    /// The ``StableHash`` of the shingle's text (its words joined by single spaces, or its
    /// characters), so `StableHash.hash("we will not")` is the hash of that word 3-gram.
    public var hash: UInt64
    /// Indices of its first through last token in the token array it was cut from
    /// (``Document/tokens``); stop words inside are covered but not part of the shingle.
    public var tokens: Range<Int>
    /// The original text from the start of its first token to the end of its last.
    public var range: TextRange

    public init(hash: UInt64, tokens: Range<Int>, range: TextRange) {
        self.hash = hash
        self.tokens = tokens
        self.range = range
    }
}

/// Cuts the normalised view of a text into shingles and hashes them (``StableHash``).
///
/// One API serves quotes and whole articles: shingle all of a ``Document``, a range of its
/// tokens (a quote), the tokens inside an original ``TextRange``, or a plain string through a
/// ``TextAnalyzer``. A text with fewer words (or characters) than n still gets one shingle,
/// made of all of it, so a three-word quote is never empty.
///
/// The hot path works on the normalised UTF-16 buffer: tokens are transcoded once into a
/// UTF-8 word stream and shingles are hashed as slices of it, with no `String` per shingle.
/// Shareable between threads.
public struct Shingler: Sendable {
    public let configuration: ShingleConfiguration
    private let fixedStopWords: StopWords?
    private let keys: TransliterationKeys?

    /// A shingler; pass `transliterationKeys` to share one transliterator between shinglers.
    public init(_ configuration: ShingleConfiguration = ShingleConfiguration(),
                transliterationKeys: TransliterationKeys? = nil) throws(NGramError) {
        guard configuration.size >= 1 else {
            throw .invalidParameter(name: "shingle size", value: "\(configuration.size)", reason: "must be at least 1")
        }
        self.configuration = configuration
        switch configuration.stopWords {
        case .keep, .documentLanguage: fixedStopWords = nil
        case .language(let language): fixedStopWords = StopWords.builtin(language: language)
        case .custom(let words): fixedStopWords = words
        }
        if configuration.transliterate {
            if let transliterationKeys {
                keys = transliterationKeys
            } else {
                do { keys = try TransliterationKeys() } catch { throw .transliteration(error) }
            }
        } else {
            keys = nil
        }
    }

    // MARK: Documents

    /// The shingles of a document's tokens (all of them, or the token indices in `tokens`),
    /// in text order, duplicates included.
    public func shingles(in document: Document, tokens: Range<Int>? = nil) -> [Shingle] {
        shingles(normalized: document.normalized, tokens: document.tokens, indices: tokens,
                 language: document.language.language)
    }

    /// The shingles of the tokens that overlap an original range of a document (a quote).
    public func shingles(in document: Document, covering range: TextRange) -> [Shingle] {
        shingles(in: document, tokens: document.tokenIndices(overlapping: range))
    }

    /// The hashes of a document's shingles, in text order, duplicates included.
    public func hashes(in document: Document, tokens: Range<Int>? = nil) -> [UInt64] {
        hashes(normalized: document.normalized, tokens: document.tokens, indices: tokens,
               language: document.language.language)
    }

    /// The set of a document's shingle hashes (what ``MinHasher`` and the set measures take).
    public func shingleSet(in document: Document, tokens: Range<Int>? = nil) -> ShingleSet {
        ShingleSet(hashes(in: document, tokens: tokens))
    }

    /// The set of shingle hashes of the tokens that overlap an original range of a document.
    public func shingleSet(in document: Document, covering range: TextRange) -> ShingleSet {
        ShingleSet(hashes(in: document, tokens: document.tokenIndices(overlapping: range)))
    }

    /// The text a shingle's hash was computed from: its words joined by single spaces (after
    /// stop words and transliteration), or its characters. For reports and lexicon mining.
    public func text(of shingle: Shingle, in document: Document) -> String {
        var indices = shingle.tokens.clamped(to: document.tokens.indices)
        let stopWords = stopWords(for: document.language.language)
        while true {
            let stream = WordStream(units: document.normalized.units, tokens: document.tokens, indices: indices,
                                    stopWords: stopWords, keys: keys)
            guard configuration.unit == .characters, let first = stream.words.first?.start else {
                return String(decoding: stream.bytes, as: UTF8.self)
            }
            // A character shingle may run into the words after its last one (the space at least).
            if let end = stream.characterEnd(from: Int(first), count: configuration.size) {
                return String(decoding: stream.bytes[0..<end], as: UTF8.self)
            }
            if indices.upperBound >= document.tokens.count { return String(decoding: stream.bytes, as: UTF8.self) }
            indices = indices.lowerBound..<min(document.tokens.count, indices.upperBound + max(1, indices.count))
        }
    }

    // MARK: Strings

    /// The shingles of a plain string, analysed with `analyzer` (whose language guess picks
    /// the stop words unless `language` is given). Ranges are UTF-16 offsets into `text`.
    public func shingles(of text: String, analyzer: TextAnalyzer, language: String? = nil) throws(ICUError) -> [Shingle] {
        shingles(in: try analyzer.analyze(Article(id: "", text: text, language: language)))
    }

    /// The set of shingle hashes of a plain string, analysed with `analyzer`.
    public func shingleSet(of text: String, analyzer: TextAnalyzer, language: String? = nil) throws(ICUError) -> ShingleSet {
        shingleSet(in: try analyzer.analyze(Article(id: "", text: text, language: language)))
    }

    // MARK: Buffers

    /// The shingles of `tokens[indices]` over a normalised view; `language` picks the stop
    /// words for ``ShingleConfiguration/StopWordPolicy/documentLanguage``.
    public func shingles(normalized: NormalizedText, tokens: [Token], indices: Range<Int>? = nil,
                         language: String?) -> [Shingle] {
        var result: [Shingle] = []
        let indices = (indices ?? tokens.indices).clamped(to: tokens.indices)
        result.reserveCapacity(indices.count)
        forEachShingle(normalized: normalized, tokens: tokens, indices: indices, language: language) { hash, first, last in
            result.append(Shingle(hash: hash, tokens: first..<(last + 1),
                                  range: TextRange(tokens[first].range.start, tokens[last].range.end)))
        }
        return result
    }

    /// The shingle hashes of `tokens[indices]` over a normalised view, in text order.
    public func hashes(normalized: NormalizedText, tokens: [Token], indices: Range<Int>? = nil,
                       language: String?) -> [UInt64] {
        var result: [UInt64] = []
        let indices = (indices ?? tokens.indices).clamped(to: tokens.indices)
        result.reserveCapacity(indices.count)
        forEachShingle(normalized: normalized, tokens: tokens, indices: indices, language: language) { hash, _, _ in
            result.append(hash)
        }
        return result
    }

    private func stopWords(for language: String?) -> StopWords? {
        switch configuration.stopWords {
        case .keep: return nil
        case .documentLanguage: return language.flatMap { StopWords.builtin(language: $0) }
        case .language, .custom: return fixedStopWords
        }
    }

    /// Calls `emit(hash, firstTokenIndex, lastTokenIndex)` for each shingle in text order.
    @inline(__always)
    private func forEachShingle(normalized: NormalizedText, tokens: [Token], indices: Range<Int>, language: String?,
                                _ emit: (UInt64, Int, Int) -> Void) {
        guard !indices.isEmpty else { return }
        let stream = WordStream(units: normalized.units, tokens: tokens, indices: indices,
                                stopWords: stopWords(for: language), keys: keys)
        let count = stream.words.count
        guard count > 0 else { return }
        let n = configuration.size
        stream.bytes.withUnsafeBufferPointer { bytes in
            stream.words.withUnsafeBufferPointer { words in
                func hash(_ lower: Int, _ upper: Int) -> UInt64 {
                    StableHash.hash(bytes: UnsafeBufferPointer(rebasing: bytes[lower..<upper]))
                }
                switch configuration.unit {
                case .words:
                    if count < n {
                        emit(hash(0, bytes.count), Int(words[0].token), Int(words[count - 1].token))
                        return
                    }
                    // Four shingles at a time: four independent FNV chains hide the multiply latency.
                    var first = 0
                    let last = count - n
                    while first + 3 <= last {
                        let hashes = StableHash.hash4(
                            bytes,
                            (Int(words[first].start), Int(words[first + n - 1].end)),
                            (Int(words[first + 1].start), Int(words[first + n].end)),
                            (Int(words[first + 2].start), Int(words[first + n + 1].end)),
                            (Int(words[first + 3].start), Int(words[first + n + 2].end)))
                        emit(hashes.0, Int(words[first].token), Int(words[first + n - 1].token))
                        emit(hashes.1, Int(words[first + 1].token), Int(words[first + n].token))
                        emit(hashes.2, Int(words[first + 2].token), Int(words[first + n + 1].token))
                        emit(hashes.3, Int(words[first + 3].token), Int(words[first + n + 2].token))
                        first += 4
                    }
                    while first <= last {
                        let end = first + n - 1
                        emit(hash(Int(words[first].start), Int(words[end].end)), Int(words[first].token), Int(words[end].token))
                        first += 1
                    }
                case .characters:
                    var last = 0
                    for first in 0..<count {
                        let start = Int(words[first].start)
                        guard let end = WordStream.characterEnd(in: bytes, from: start, count: n) else {
                            if first == 0 { emit(hash(0, bytes.count), Int(words[0].token), Int(words[count - 1].token)) }
                            return
                        }
                        // The last word that starts inside the shingle.
                        if last < first { last = first }
                        while last + 1 < count && Int(words[last + 1].start) < end { last += 1 }
                        emit(hash(start, end), Int(words[first].token), Int(words[last].token))
                    }
                }
            }
        }
    }
}

/// The UTF-8 word stream of some tokens: normalised words (stop words left out, transliterated
/// when asked) joined by single spaces, with each kept word's byte range and token index.
struct WordStream {
    struct Word {
        var start: Int32
        var end: Int32
        var token: Int32
    }

    var bytes: [UInt8] = []
    var words: [Word] = []

    init(units: [UInt16], tokens source: [Token], indices: Range<Int>, stopWords: StopWords?, keys: TransliterationKeys?) {
        if let keys {
            words.reserveCapacity(indices.count)
            buildTransliterated(units: units, tokens: source, indices: indices, stopWords: stopWords, keys: keys)
            return
        }
        // UTF-8 needs at most 3 bytes per UTF-16 unit, plus one space per word.
        var capacity = 0
        for index in indices { capacity += source[index].normalized.count * 3 + 1 }
        var words: [Word] = []
        words.reserveCapacity(indices.count)
        bytes = units.withUnsafeBufferPointer { units in
            source.withUnsafeBufferPointer { source in
                [UInt8](unsafeUninitializedCapacity: max(capacity, 1)) { buffer, count in
                    guard let out = buffer.baseAddress else { return }
                    var position = 0
                    for index in indices {
                        let range = source[index].normalized.clamped(to: 0..<units.count)
                        if range.isEmpty { continue }
                        let mark = position
                        if !words.isEmpty {
                            out[position] = 0x20
                            position += 1
                        }
                        let start = position
                        var unitIndex = range.lowerBound
                        while unitIndex < range.upperBound {
                            let unit = units[unitIndex]
                            if unit < 0x80 {
                                out[position] = UInt8(truncatingIfNeeded: unit)
                                position += 1
                                unitIndex += 1
                            } else {
                                // Rare: a non-ASCII word; transcode the rest of it.
                                UTF8Transcoding.forEachByte(of: UnsafeBufferPointer(rebasing: units[unitIndex..<range.upperBound])) {
                                    out[position] = $0
                                    position += 1
                                }
                                break
                            }
                        }
                        if let stopWords {
                            let word = UnsafeBufferPointer(start: out + start, count: position - start)
                            if stopWords.contains(hash: StableHash.hash(bytes: word)) {
                                position = mark
                                continue
                            }
                        }
                        words.append(Word(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: position),
                                          token: Int32(truncatingIfNeeded: index)))
                    }
                    count = position
                }
            }
        }
        self.words = words
    }

    /// The slower path for transliterated shingles: each non-ASCII word goes through ICU.
    private mutating func buildTransliterated(units: [UInt16], tokens source: [Token], indices: Range<Int>,
                                              stopWords: StopWords?, keys: TransliterationKeys) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(indices.count * 8)
        for index in indices {
            let range = source[index].normalized.clamped(to: 0..<units.count)
            if range.isEmpty { continue }
            let mark = bytes.count
            if !words.isEmpty { bytes.append(0x20) }
            let start = bytes.count
            units.withUnsafeBufferPointer { UTF8Transcoding.append(UnsafeBufferPointer(rebasing: $0[range]), to: &bytes) }
            let word = bytes[start...]
            if let stopWords, stopWords.contains(hash: word.withUnsafeBufferPointer { StableHash.hash(bytes: $0) }) {
                bytes.removeSubrange(mark...)
                continue
            }
            if word.contains(where: { $0 >= 0x80 }) {
                let key = keys.key(String(decoding: word, as: UTF8.self))
                if !key.isEmpty {
                    bytes.removeSubrange(start...)
                    bytes.append(contentsOf: key.utf8)
                }
            }
            words.append(Word(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: bytes.count),
                              token: Int32(truncatingIfNeeded: index)))
        }
        self.bytes = bytes
    }

    /// The byte offset after `count` code points from `start`, or nil if the stream ends first.
    func characterEnd(from start: Int, count: Int) -> Int? {
        bytes.withUnsafeBufferPointer { Self.characterEnd(in: $0, from: start, count: count) }
    }

    @inline(__always)
    static func characterEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Int? {
        var seen = 0
        var index = start
        let total = bytes.count
        while index < total {
            if bytes[index] & 0xC0 != 0x80 {
                if seen == count { return index }
                seen += 1
            }
            index += 1
        }
        return seen == count ? total : nil
    }
}

extension Document {
    /// Indices of the tokens that overlap an original range (e.g. a quote's span).
    public func tokenIndices(overlapping range: TextRange) -> Range<Int> {
        // First token ending after the range starts; first token starting at or after its end.
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.end > range.start { high = mid } else { low = mid + 1 }
        }
        let lower = low
        high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.start >= range.end { high = mid } else { low = mid + 1 }
        }
        return lower..<max(lower, low)
    }
}
