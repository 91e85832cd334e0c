/// A word or number of an article, found on the normalised view by ICU's word rules
/// (``WordRules`` for alphabetic scripts, ICU's word break iterator for the others).
public struct Token: Sendable, Hashable {
    /// What kind of segment ICU found.
    public enum Kind: UInt8, Sendable {
        case word, number, kana, ideograph
    }

    /// The range in the original text.
    public var range: TextRange
    /// The range in the normalised view (``NormalizedText``).
    public var normalized: Range<Int>
    public var kind: Kind
    /// Whether the token starts with an uppercase letter in the original text.
    public var isCapitalized: Bool

    public init(range: TextRange, normalized: Range<Int>, kind: Kind, isCapitalized: Bool) {
        self.range = range
        self.normalized = normalized
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}

/// A paragraph: a line of copy, or a block of hard-wrapped lines.
public struct Paragraph: Sendable, Hashable {
    /// The paragraph's text, without its line break.
    public var range: TextRange
    /// Index of its first sentence in ``Document/sentences``.
    public var sentences: Range<Int>

    public init(range: TextRange, sentences: Range<Int>) {
        self.range = range
        self.sentences = sentences
    }
}
