/// What kind of trace a lexicon entry describes. Encoded by its raw value, the spelling used
/// in `.lex` files (`word-order`).
public enum ArtifactCategory: String, Sendable, Codable, CaseIterable, Hashable, CustomStringConvertible {
    /// A title of office rendered word for word ("vice foreign minister").
    case title
    /// A name of a place, body or person in a non-English form ("Kiev", "Organization of the United Nations").
    case entity
    /// A number convention left in the source language's form ("3 milliards").
    case number
    /// Source-language word order ("the two first").
    case wordOrder = "word-order"
    /// A phrase translated literally ("within the framework of").
    case calque
    /// Source-language grammar ("since several months").
    case grammar
    /// Markup or typography residue.
    case typography
    /// Page furniture carried into the story text ("Read more", "Share this article").
    case debris

    public var description: String { rawValue }
}

/// A place in a lexicon file: the file's name (`de-en.lex`), a 1-based line and, when known,
/// a 1-based column counted in Unicode code points.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE`, or `FILE:LINE:COLUMN` when the column is known.
    public var description: String {
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }

    /// `FILE:LINE`, the form reports use to name an entry.
    public var trace: String { "\(file):\(line)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}

/// One entry of a lexicon: a trace that machine translation (or scraping) leaves in English
/// copy, the token patterns that find it, and what an editor would write instead.
public struct LexiconEntry: Sendable, Identifiable {
    /// Full id, `PAIR/id` (`de-en/with-a-view-to`).
    public var id: String
    /// The id as written in the file's `[id]` header.
    public var localID: String
    /// The lexicon's pair (`de-en`, `common`, `en`).
    public var pair: String
    public var category: ArtifactCategory
    /// The entry's `pattern:` lines, alternatives of each other.
    public var patterns: [TokenPattern]
    /// What an editor would write instead (`suggest:`, alternatives split at `|`).
    public var suggestions: [String]
    /// 0 to 1: how strongly one firing says "machine-translated from this pair's source language".
    public var weight: Double
    /// For people: the source-language form and why the English is off. Empty when the file
    /// has none (which `verbatim lexicon lint` reports).
    public var note: String
    /// Context conditions that must all hold (`when:`).
    public var when: [ContextCondition]
    /// Context conditions none of which may hold (`unless:`).
    public var unless: [ContextCondition]
    /// `case: sensitive`: literal tokens must also match the original text's letter case.
    public var isCaseSensitive: Bool
    /// Measured precision (`precision:`), written by `verbatim lexicon eval --write`.
    public var precision: Double?
    /// Measured recall (`recall:`).
    public var recall: Double?
    /// What the measurement was made on (`measured:`), as written.
    public var measured: String?
    /// Where the entry's `[id]` header is.
    public var location: SourceLocation

    public init(
        localID: String, pair: String, category: ArtifactCategory, patterns: [TokenPattern],
        suggestions: [String] = [], weight: Double, note: String, when: [ContextCondition] = [],
        unless: [ContextCondition] = [], isCaseSensitive: Bool = false, precision: Double? = nil,
        recall: Double? = nil, measured: String? = nil, location: SourceLocation
    ) {
        self.id = pair + "/" + localID
        self.localID = localID
        self.pair = pair
        self.category = category
        self.patterns = patterns
        self.suggestions = suggestions
        self.weight = weight
        self.note = note
        self.when = when
        self.unless = unless
        self.isCaseSensitive = isCaseSensitive
        self.precision = precision
        self.recall = recall
        self.measured = measured
        self.location = location
    }

    /// `FILE:LINE` of the entry's `[id]` header (`de-en.lex:42`): how reports name it.
    public var trace: String { location.trace }

    /// Every context condition, `when:` ones first.
    public var conditions: [ContextCondition] { when + unless }
}

/// A `when:` or `unless:` line: something the tokens around a match must (or must not) do.
public struct ContextCondition: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The tokens right after the match (or, with `within N`, starting in the next N tokens).
        case followedBy = "followed-by"
        /// The tokens right before the match (or, with `within N`, ending in the N tokens before it).
        case precededBy = "preceded-by"
        /// Anywhere in the match's sentence.
        case inSentence = "in-sentence"
    }

    public var kind: Kind
    public var pattern: TokenPattern
    /// `within N`: how many tokens away the pattern may start (`followed-by`) or end
    /// (`preceded-by`); nil means right next to the match.
    public var within: Int?
    /// Where the condition's value starts.
    public var location: SourceLocation

    public init(kind: Kind, pattern: TokenPattern, within: Int? = nil, location: SourceLocation) {
        self.kind = kind
        self.pattern = pattern
        self.within = within
        self.location = location
    }

    /// The condition as it would be written after `when:` or `unless:`, normalised.
    public var canonical: String {
        var text = kind.rawValue + " " + pattern.canonical
        if let within { text += " within \(within)" }
        return text
    }

    public var description: String {
        var text = kind.rawValue + " " + pattern.text
        if let within { text += " within \(within)" }
        return text
    }

    /// The furthest distance in tokens the condition looks from the match (1 without `within`).
    var reach: Int { within ?? 1 }
}
