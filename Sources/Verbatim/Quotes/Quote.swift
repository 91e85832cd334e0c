/// Where in an article a quote stands.
public enum QuoteContext: String, Sendable, Codable, Hashable {
    /// Story text.
    case body
    /// The article's headline (its first line when that line reads as a title).
    case headline
    /// A title-like line inside the article: a related-article link, a subheading.
    case related
    /// A photo caption or credit line.
    case caption
}

/// Whether a quote is a full quotation or a quoted word or phrase.
public enum QuoteKind: String, Sendable, Codable, Hashable {
    /// A full quotation (five words or more).
    case quote
    /// A quoted word or short phrase of four words or fewer, or scare quotes.
    case fragment
}

/// What was wrong with a quote's marks, for the artifact stage.
public struct QuoteFlags: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The quote was never closed: it runs to the end of its paragraph.
    public static let unclosed = QuoteFlags(rawValue: 1 << 0)
    /// It was closed by a mark of another style (“… ").
    public static let mismatchedClose = QuoteFlags(rawValue: 1 << 1)
    /// A space stands before the closing mark (“… solutions. ").
    public static let spaceBeforeClose = QuoteFlags(rawValue: 1 << 2)
    /// The quotation goes on in the next paragraph (which reopens with a mark).
    public static let continues = QuoteFlags(rawValue: 1 << 3)
    /// It holds a nested quotation.
    public static let hasNested = QuoteFlags(rawValue: 1 << 4)
}

/// A mention of a person (or body) in an article: the name as written, the full name it
/// resolves to within the article, and the title written with it.
public struct PersonMention: Sendable, Hashable, Codable {
    /// The full name, as full as the article gives it ("Sergei Ryabkov" for "Ryabkov").
    public var name: String
    /// The name as written here.
    public var surface: TextRange
    /// The title of office written with this mention ("Russia’s Deputy Foreign Minister"), if any.
    public var title: String?
    public var titleRange: TextRange?

    public init(name: String, surface: TextRange, title: String? = nil, titleRange: TextRange? = nil) {
        self.name = name
        self.surface = surface
        self.title = title
        self.titleRange = titleRange
    }
}

/// How a quote's speaker was found.
public enum AttributionMethod: String, Sendable, Codable, Hashable {
    /// "…," said X / "…," X said / X said: "…" in the same sentence.
    case sameSentence = "same-sentence"
    /// A pronoun ("he added") resolved to the last compatible named person.
    case pronoun
    /// Carried from an earlier quote or speech verb of the same paragraph.
    case carried
    /// A paragraph-long quote attributed by the paragraph before or after it.
    case neighbouringParagraph = "neighbouring-paragraph"
    /// A later part of a multi-paragraph quotation, attributed with its first part.
    case continuation
}

/// A direct quote found in an article.
public struct Quote: Sendable, Hashable {
    /// The text between the marks, marks and surrounding spaces excluded.
    public var range: TextRange
    /// The opening mark.
    public var openMark: TextRange
    /// The closing mark, if there was one.
    public var closeMark: TextRange?
    public var kind: QuoteKind
    public var context: QuoteContext
    public var flags: QuoteFlags
    /// Index of the paragraph in ``Document/paragraphs``.
    public var paragraph: Int
    /// Index (in ``Document/quotes``) of the quote this one continues, for multi-paragraph quotes.
    public var continuationOf: Int?
    /// The speaker, or nil when the text does not say who spoke.
    public var speaker: PersonMention?
    public var attribution: AttributionMethod?
    /// Number of words inside.
    public var wordCount: Int

    public init(range: TextRange, openMark: TextRange, closeMark: TextRange?, kind: QuoteKind, context: QuoteContext,
                flags: QuoteFlags, paragraph: Int, continuationOf: Int? = nil, wordCount: Int) {
        self.range = range
        self.openMark = openMark
        self.closeMark = closeMark
        self.kind = kind
        self.context = context
        self.flags = flags
        self.paragraph = paragraph
        self.continuationOf = continuationOf
        self.wordCount = wordCount
    }
}
