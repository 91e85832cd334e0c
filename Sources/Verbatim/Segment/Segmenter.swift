/// Cuts text into paragraphs, sentences and words with ICU's break iterators and rules:
/// sentences by ICU's sentence iterator over the stretches where one can end, words by ICU's
/// word rules run directly (``WordRules``) or, for scripts that need dictionaries, by ICU's
/// word iterator.
///
/// Holds ICU break iterators and scratch buffers, which keep state: use one segmenter per thread.
public final class Segmenter {
    /// The locale of the sentence iterator, with `@ss=standard` so that abbreviations such as
    /// "U.S." and "Lt. Gen." do not end sentences.
    public let locale: String
    private let sentenceIterator: ICUBreakIterator
    private let wordIterator: ICUBreakIterator
    /// Buffers reused from one article to the next (a segmenter serves one thread).
    private var windowScratch: [Range<Int>] = []
    private var joinedScratch: [UInt16] = []
    private var windowStartScratch: [Int] = []
    private var lineScratch: [Line] = []
    /// Stable hashes of the abbreviations after which a full stop does not end a sentence
    /// (written without the full stop); 64-bit hashes make a false match negligible.
    private let abbreviations: Set<UInt64>

    public init(locale: String = "en") throws(ICUError) {
        self.locale = locale
        sentenceIterator = try ICUBreakIterator(.sentence, locale: locale + "@ss=standard")
        wordIterator = try ICUBreakIterator(.word, locale: locale)
        abbreviations = Set((Abbreviations.builtin[locale] ?? []).map { StableHash.hash(utf16: Array($0.utf16)) })
    }

    /// Whether a sentence boundary at `end` follows an abbreviation or an initial, so that it
    /// is not a boundary at all (ICU's own suppressions miss "Lt.", "Gen.", "Dr." and initials).
    private func followsAbbreviation(_ buffer: UnsafeBufferPointer<UInt16>, sentenceStart: Int, end: Int) -> Bool {
        var upper = end
        while upper > sentenceStart, Self.isSpace(buffer[upper - 1]) { upper -= 1 }
        guard upper > sentenceStart, buffer[upper - 1] == 0x2E else { return false }
        // The word before the full stop: letters and inner full stops ("Sig.ra", "o.a").
        var lower = upper - 1
        while lower > sentenceStart {
            let unit = buffer[lower - 1]
            let isWordUnit = unit == 0x2E || UnicodeProperties.isAlphabetic(UInt32(unit)) || unit == 0xB0
            if !isWordUnit || Self.isSpace(unit) { break }
            lower -= 1
        }
        let word = UnsafeBufferPointer(rebasing: buffer[lower..<(upper - 1)])
        guard !word.isEmpty else { return false }
        // Something must follow in the paragraph for the stop to be inside a sentence.
        if word.count == 1, UnicodeProperties.isUppercase(UInt32(word[0])) { return true }
        return abbreviations.contains(StableHash.hash(utf16: word))
    }

    /// Paragraph ranges: each non-blank line, unless the text is hard-wrapped (most lines of
    /// its blank-line-separated blocks stop short without final punctuation), in which case a
    /// paragraph is a block between blank lines. Surrounding spaces are trimmed.
    public func paragraphs(in text: SourceText) -> [TextRange] {
        var lines = lineScratch
        lineScratch = []
        defer { lineScratch = lines }
        Self.lines(in: text.units, into: &lines)
        // Lines that continue in the next line of their block, and the longest of them.
        var wrapped = 0, wrappedShort = 0, longest = 0, nonBlank = 0
        for (index, line) in lines.enumerated() where !line.isBlank {
            nonBlank += 1
            guard index + 1 < lines.count, !lines[index + 1].isBlank else { continue }
            wrapped += 1
            if !line.endsSentence { wrappedShort += 1 }
            longest = max(longest, line.range.length)
        }
        // Hard wrapping: several lines that stop short of a sentence end, of similar length.
        var looksWrapped = wrapped >= 4 && longest >= 40 && wrappedShort * 10 >= wrapped * 7 && wrapped * 3 > nonBlank
        if looksWrapped {
            var similar = 0
            for (index, line) in lines.enumerated() where !line.isBlank && index + 1 < lines.count && !lines[index + 1].isBlank {
                if line.range.length * 10 >= longest * 6 { similar += 1 }
            }
            looksWrapped = similar * 10 >= wrapped * 8
        }
        var paragraphs: [TextRange] = []
        paragraphs.reserveCapacity(nonBlank)
        if looksWrapped {
            // A paragraph is a block of lines between blank lines.
            var blockStart: Int?
            var blockEnd = 0
            for line in lines {
                if line.isBlank {
                    if let start = blockStart { paragraphs.append(TextRange(start, blockEnd)) }
                    blockStart = nil
                } else {
                    if blockStart == nil { blockStart = line.range.start }
                    blockEnd = line.range.end
                }
            }
            if let start = blockStart { paragraphs.append(TextRange(start, blockEnd)) }
            return paragraphs
        }
        for line in lines where !line.isBlank { paragraphs.append(line.range) }
        return paragraphs
    }

    struct Line {
        var range: TextRange  // trimmed
        var isBlank: Bool { range.isEmpty }
        var endsSentence: Bool
    }

    static func lines(in units: [UInt16], into lines: inout [Line]) {
        lines.removeAll(keepingCapacity: true)
        units.withUnsafeBufferPointer { units in
            var start = 0
            var index = 0
            let count = units.count
            func close(_ end: Int) {
                var lower = start
                var upper = end
                while lower < upper, isSpace(units[lower]) { lower += 1 }
                while upper > lower, isSpace(units[upper - 1]) { upper -= 1 }
                let last = upper > lower ? units[upper - 1] : 0
                let ends = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || last == 0x201D || last == 0xBB
                    || last == 0x3A || last == 0x3002
                lines.append(Line(range: TextRange(lower, upper), endsSentence: ends))
            }
            while index < count {
                // Four units at a time while none is a line break.
                while index + 4 <= count, !WordAtATime.mayHaveLineBreak(units: WordAtATime.load(units.baseAddress! + index)) {
                    index += 4
                }
                guard index < count else { break }
                let unit = units[index]
                if unit > 0x0D && unit != 0x85 && unit & 0xFFFE != 0x2028 {
                    index += 1
                    continue
                }
                if isLineBreak(unit) {
                    close(index)
                    if unit == 0x0D, index + 1 < count, units[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            close(count)
        }
    }

    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        if unit < 0xA0 { return unit == 0x20 || unit == 0x09 }
        return unit == 0xA0 || unit == 0x202F || unit == 0x3000 || unit == 0xFEFF || (unit >= 0x2000 && unit <= 0x200B)
    }

    /// Sentence ranges inside each paragraph, trimmed of surrounding spaces; paragraph ends
    /// always end sentences.
    ///
    /// ICU's sentence iterator decides every boundary, but it only reads the stretches where a
    /// sentence can end (``sentenceWindows(in:paragraphs:)``), which makes it several times
    /// cheaper than a pass over the whole text. A line break inside a hard-wrapped paragraph
    /// does not end a sentence.
    public func sentences(in text: SourceText, paragraphs: [TextRange]) -> [[TextRange]] {
        let (sentences, groups) = sentenceRanges(in: text, paragraphs: paragraphs)
        return groups.map { Array(sentences[$0]) }
    }

    /// The sentences of all paragraphs in one array, and for each paragraph the indices of
    /// its sentences there (what ``sentences(in:paragraphs:)`` gives, without an array per
    /// paragraph).
    public func sentenceRanges(in text: SourceText, paragraphs: [TextRange]) -> (sentences: [TextRange], groups: [Range<Int>]) {
        var sentences: [TextRange] = []
        var groups: [Range<Int>] = []
        groups.reserveCapacity(paragraphs.count)
        text.units.withUnsafeBufferPointer { buffer in
            let boundaries = icuSentenceBoundaries(in: buffer, paragraphs: paragraphs)
            var next = 0  // the first boundary not yet used
            for paragraph in paragraphs {
                let first = sentences.count
                var start = paragraph.start
                while next < boundaries.count, boundaries[next] <= paragraph.start { next += 1 }
                while next < boundaries.count, boundaries[next] < paragraph.end {
                    let boundary = boundaries[next]
                    next += 1
                    if followsAbbreviation(buffer, sentenceStart: start, end: boundary) { continue }
                    if let sentence = trimmed(TextRange(start, boundary), in: buffer) { sentences.append(sentence) }
                    start = boundary
                }
                if let sentence = trimmed(TextRange(start, paragraph.end), in: buffer) { sentences.append(sentence) }
                groups.append(first..<sentences.count)
            }
        }
        return (sentences, groups)
    }

    /// The sentence boundaries that ICU's iterator finds inside paragraphs, in text order,
    /// before Verbatim's own abbreviation lists are applied.
    func icuSentenceBoundaries(in buffer: UnsafeBufferPointer<UInt16>, paragraphs: [TextRange]) -> [Int] {
        // Taken out of the segmenter while in use, so that they are not copied on write.
        var windows = windowScratch
        var joined = joinedScratch
        var starts = windowStartScratch  // offset of each window in `joined`
        (windowScratch, joinedScratch, windowStartScratch) = ([], [], [])
        defer {
            windowScratch = windows
            joinedScratch = joined
            windowStartScratch = starts
        }
        windows.removeAll(keepingCapacity: true)
        joined.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        Self.sentenceWindows(in: buffer, paragraphs: paragraphs, into: &windows)
        guard !windows.isEmpty else { return [] }
        // The windows, each after a paragraph separator, so that ICU reads each as the start
        // of a text; boundaries right after a separator are the joints, not sentence ends.
        var hasLineBreaks = false
        for window in windows {
            joined.append(0x2029)
            starts.append(joined.count)
            joined.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[window]))
            if !hasLineBreaks { hasLineBreaks = buffer[window].contains { Self.isLineBreak($0) } }
        }
        if hasLineBreaks {
            // Line breaks inside a hard-wrapped paragraph are spaces here.
            for (start, window) in zip(starts, windows) {
                for offset in start..<(start + window.count) where Self.isLineBreak(joined[offset]) { joined[offset] = 0x20 }
            }
        }
        var boundaries: [Int] = []
        var window = 0
        joined.withUnsafeBufferPointer { joinedBuffer in
            sentenceIterator.forEachBoundary(in: joinedBuffer) { boundary in
                let offset = boundary.offset
                while window + 1 < starts.count, offset >= starts[window + 1] { window += 1 }
                let inWindow = offset - starts[window]
                guard inWindow > 0, inWindow < windows[window].count else { return }
                boundaries.append(windows[window].lowerBound + inWindow)
            }
        }
        return boundaries
    }

    /// The stretches of each paragraph where a sentence can end: around every character that
    /// can end one (Sentence_Break ATerm or STerm: ". ! ? 。"), from the word before the one
    /// it ends (ICU's rules look one character back, its abbreviation checks one word: "U.S.",
    /// "Gen.") to the first letter after it
    /// (enough for its rules on what follows: a lower-case letter, a digit, a closing quote).
    /// Overlapping stretches are merged.
    static func sentenceWindows(in buffer: UnsafeBufferPointer<UInt16>, paragraphs: [TextRange],
                                into windows: inout [Range<Int>]) {
        let candidates = UnicodeProperties.sentenceTerminalCandidates
        candidates.withUnsafeBufferPointer { candidates in
            for paragraph in paragraphs {
                var index = paragraph.start
                while index < paragraph.end {
                    // On to the next unit that may end a sentence: four at a time past ASCII
                    // without ". ! ?", then one by one.
                    while index + 4 <= paragraph.end {
                        let word = WordAtATime.load(buffer.baseAddress! + index)
                        guard WordAtATime.isASCII(units: word), !WordAtATime.contains(0x2E, units: word),
                            !WordAtATime.contains(0x21, units: word), !WordAtATime.contains(0x3F, units: word)
                        else { break }
                        index += 4
                    }
                    while index < paragraph.end, !candidates[Int(buffer[index])] { index += 1 }
                    guard index < paragraph.end else { break }
                    if buffer[index] & 0xFC00 == 0xD800, !isSupplementaryTerminal(buffer, at: index, end: paragraph.end) {
                        index += 1
                        continue
                    }
                    // Back to the start of the word before, at most 64 units.
                    let floor = max(paragraph.start, index - 64)
                    var lower = index
                    for word in 0..<2 {
                        while lower > floor, !isSpaceOrLineBreak(buffer[lower - 1]) { lower -= 1 }
                        if word < 1 { while lower > floor, isSpaceOrLineBreak(buffer[lower - 1]) { lower -= 1 } }
                    }
                    // Forward to the first letter, included.
                    var upper = index + 1
                    while upper < paragraph.end, !UnicodeProperties.isAlphabetic(UInt32(buffer[upper])) { upper += 1 }
                    if upper < paragraph.end { upper += buffer[upper] & 0xFC00 == 0xD800 ? 2 : 1 }
                    upper = min(upper, paragraph.end)
                    if let last = windows.last, last.upperBound >= lower {
                        windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, upper)
                    } else {
                        windows.append(lower..<upper)
                    }
                    index = upper
                }
            }
        }
    }

    @inline(__always)
    static func isLineBreak(_ unit: UInt16) -> Bool {
        if unit < 0x85 { return unit &- 0x0A < 4 }
        return unit == 0x85 || unit == 0x2028 || unit == 0x2029
    }

    @inline(__always)
    private static func isSpaceOrLineBreak(_ unit: UInt16) -> Bool { isSpace(unit) || isLineBreak(unit) }

    private static func isSupplementaryTerminal(_ buffer: UnsafeBufferPointer<UInt16>, at index: Int, end: Int) -> Bool {
        guard index + 1 < end, buffer[index + 1] & 0xFC00 == 0xDC00 else { return false }
        let scalar = 0x10000 + ((UInt32(buffer[index]) & 0x3FF) << 10) + (UInt32(buffer[index + 1]) & 0x3FF)
        return UnicodeProperties.isSentenceTerminal(scalar)
    }

    private func trimmed(_ range: TextRange, in units: UnsafeBufferPointer<UInt16>) -> TextRange? {
        var lower = range.start
        var upper = range.end
        while lower < upper, Self.isSpaceOrLineBreak(units[lower]) { lower += 1 }
        while upper > lower, Self.isSpaceOrLineBreak(units[upper - 1]) { upper -= 1 }
        return upper > lower ? TextRange(lower, upper) : nil
    }

    /// Words and numbers of the normalised view, with their original ranges; spaces and
    /// punctuation are left out. Alphabetic text takes ICU's word rules directly
    /// (``WordRules``); text in scripts that need dictionaries goes through ICU's iterator.
    public func tokens(in normalized: NormalizedText, original: SourceText) -> [Token] {
        normalized.units.withUnsafeBufferPointer { buffer in
            if let segments = WordRules.segments(in: buffer) {
                // Every segment is non-empty and inside the text: map both ends directly.
                return normalized.originStarts.withUnsafeBufferPointer { starts in
                    normalized.originEnds.withUnsafeBufferPointer { ends in
                        original.units.withUnsafeBufferPointer { originalUnits in
                            segments.map { segment in
                                let range = TextRange(Int(starts[segment.range.lowerBound]), Int(ends[segment.range.upperBound - 1]))
                                let first = originalUnits[range.start]
                                let isCapitalized = first < 0x80 ? first &- 0x41 < 26
                                    : UnicodeProperties.isUppercase(SourceText.scalar(in: originalUnits, at: range.start).value)
                                return Token(range: range, normalized: segment.range, kind: segment.isNumber ? .number : .word,
                                             isCapitalized: isCapitalized)
                            }
                        }
                    }
                }
            }
            return iteratorTokens(in: buffer, normalized, original)
        }
    }

    /// Words and numbers found by ICU's word break iterator.
    func iteratorTokens(in buffer: UnsafeBufferPointer<UInt16>, _ normalized: NormalizedText, _ original: SourceText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(buffer.count / 5)
        var start = 0
        wordIterator.forEachBoundary(in: buffer) { boundary in
            defer { start = boundary.offset }
            let status = boundary.status
            guard status >= Int32(100) else { return }
            let kind: Token.Kind
            switch status {
            case 100..<200: kind = .number
            case 200..<300: kind = .word
            case 300..<400: kind = .kana
            default: kind = .ideograph
            }
            tokens.append(token(start..<boundary.offset, kind: kind, normalized, original))
        }
        return tokens
    }

    @inline(__always)
    private func token(_ range: Range<Int>, kind: Token.Kind, _ normalized: NormalizedText, _ original: SourceText) -> Token {
        let originalRange = normalized.originalRange(of: range)
        let first = originalRange.start < original.count ? original.scalar(at: originalRange.start) : 0
        return Token(range: originalRange, normalized: range, kind: kind, isCapitalized: UnicodeProperties.isUppercase(first))
    }
}
