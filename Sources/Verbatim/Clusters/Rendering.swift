/// Points at one quote of one document in a batch.
public struct QuoteReference: Sendable, Hashable, Codable {
    /// Index of the document in the batch.
    public var document: Int
    /// Index of the quote in ``Document/quotes``.
    public var quote: Int

    public init(document: Int, quote: Int) {
        self.document = document
        self.quote = quote
    }
}

/// A quote as clustering and alignment see it: its words as comparison keys.
public struct Rendering: Sendable {
    public var reference: QuoteReference
    /// Token indices of the quote's words in its document.
    public var tokens: Range<Int>
    /// Per word: the normalised form, transliterated to Latin when it is not ASCII.
    public var keys: [String]
    /// Per word: ``keys`` lightly stemmed ("proposals" → "proposal", "opposed" → "oppos").
    public var stems: [String]
    /// Stems of the content words (stop words left out).
    public var content: Set<String>
    /// Whether the quote is a fragment (four words or fewer).
    public var isFragment: Bool
    /// The speaker's name key, if the quote has a speaker.
    public var speakerKey: String?

    /// A rendering from words already normalised (lower-case, Latin), e.g. from a store or a
    /// benchmark; `tokens` then counts positions in those words.
    public init(reference: QuoteReference, words: [String], isFragment: Bool = false, speakerKey: String? = nil,
                stopWords: StopWords?) {
        self.reference = reference
        tokens = 0..<words.count
        keys = words
        stems = words.map(Stemmer.stem)
        content = Set(zip(keys, stems).filter { !(stopWords?.contains($0.0) ?? false) }.map(\.1))
        self.isFragment = isFragment
        self.speakerKey = speakerKey
    }

    /// Builds the rendering of `document.quotes[quote]`.
    public init(document: Document, index: Int, quote: Int, stopWords: StopWords?, keys transliteration: TransliterationKeys) {
        let found = document.quotes[quote]
        reference = QuoteReference(document: index, quote: quote)
        var lower = document.tokenIndex(atOrAfter: found.range.start)
        let upperBound = document.tokenIndex(atOrAfter: found.range.end)
        lower = min(lower, upperBound)
        tokens = lower..<upperBound
        keys = tokens.map { index in
            let text = document.normalizedText(of: document.tokens[index])
            return text.utf8.allSatisfy { $0 < 0x80 } ? text : transliteration.key(text)
        }
        stems = keys.map(Stemmer.stem)
        content = Set(zip(keys, stems).filter { !(stopWords?.contains($0.0) ?? false) }.map(\.1))
        isFragment = found.kind == .fragment
        speakerKey = found.speaker.map { SpeakerDirectory.nameKey(of: $0.name, keys: transliteration) }
    }
}

/// A light stemmer for comparing renderings: strips the commonest English inflections, so
/// "proposals"/"proposal" and "opposed"/"opposing" meet. Deliberately crude; words of four
/// letters or fewer are left alone.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        let utf8 = Array(word.utf8)
        guard utf8.count > 4, utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        for suffix in ["ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "s"] {
            let s = Array(suffix.utf8)
            if utf8.count - s.count >= 3, utf8.suffix(s.count).elementsEqual(s) {
                if suffix == "s", utf8[utf8.count - 2] == UInt8(ascii: "s") { return word }  // "across", "congress"
                return String(decoding: utf8.dropLast(s.count), as: UTF8.self)
            }
        }
        return word
    }
}
