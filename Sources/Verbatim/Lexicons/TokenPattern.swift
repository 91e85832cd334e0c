/// A token pattern of a lexicon (`pattern:` lines and the patterns inside conditions): a
/// sequence of items, each one token (or, for a literal that the tokenizer cuts in several, a
/// short run of tokens), optionally skippable.
///
/// Literal words are cut into tokens by the same tokenizer as article text when the lexicon
/// is loaded, and stored as matching keys (``PatternToken/key``).
public struct TokenPattern: Sendable, Hashable, CustomStringConvertible {
    /// One space-separated item: `word`, `a|b|c`, `word?`, `*`, `*?`, `<number>`, `<Cap>`, `<lower>`.
    public struct Item: Sendable, Hashable {
        public var alternatives: [Alternative]
        /// Written with a trailing `?`: the item may match nothing.
        public var isOptional: Bool
        /// The item as written.
        public var text: String
        /// 1-based column of the item in its line.
        public var column: Int

        public init(alternatives: [Alternative], isOptional: Bool, text: String, column: Int) {
            self.alternatives = alternatives
            self.isOptional = isOptional
            self.text = text
            self.column = column
        }

        /// Alternatives that can match something (a literal of punctuation only cannot).
        var matchableAlternatives: [Alternative] { alternatives.filter(\.isMatchable) }

        /// Whether the item can consume at least one token.
        var isMatchable: Bool { alternatives.contains { $0.isMatchable } }

        var canonical: String {
            let parts = Set(alternatives.map(\.canonical)).sorted()
            return parts.joined(separator: "|") + (isOptional ? "?" : "")
        }

        /// Fewest and most tokens the item consumes, over its matchable alternatives (0 if optional).
        var lengths: (minimum: Int, maximum: Int) {
            let counts = matchableAlternatives.map(\.length)
            let maximum = counts.max() ?? 0
            let minimum = isOptional ? 0 : (counts.min() ?? 0)
            return (minimum, maximum)
        }
    }

    /// One alternative of an item.
    public enum Alternative: Sendable, Hashable {
        /// A literal as the tokenizer cut it: usually one token, several for `co-operation`,
        /// none for punctuation (which can never match).
        case literal([PatternToken])
        /// `*`: exactly one token of any kind.
        case any
        /// `<number>`: a number token.
        case number
        /// `<Cap>`: a word that starts with an uppercase letter in the original text.
        case capitalized
        /// `<lower>`: a word that starts with a lowercase letter in the original text.
        case lowercase

        /// Tokens consumed.
        public var length: Int {
            if case .literal(let tokens) = self { return tokens.count }
            return 1
        }

        /// Whether it can ever match (a literal that tokenizes to nothing cannot).
        public var isMatchable: Bool { length > 0 }

        var canonical: String {
            switch self {
            case .literal(let tokens): return tokens.map(\.key).joined(separator: "\u{B7}")
            case .any: return "*"
            case .number: return "<number>"
            case .capitalized: return "<Cap>"
            case .lowercase: return "<lower>"
            }
        }

        /// The same alternative with literal keys that keep the letter case of the file.
        var caseSensitiveCanonical: String {
            if case .literal(let tokens) = self { return tokens.map(\.text).joined(separator: "\u{B7}") }
            return canonical
        }
    }

    /// The items in order.
    public var items: [Item]
    /// The pattern as written.
    public var text: String
    /// Where the pattern starts (its first item).
    public var location: SourceLocation

    public init(items: [Item], text: String, location: SourceLocation) {
        self.items = items
        self.text = text
        self.location = location
    }

    public var description: String { text }

    /// The pattern normalised: literal keys instead of spellings, alternatives sorted. Two
    /// patterns with the same canonical form match the same token sequences.
    public var canonical: String { items.map(\.canonical).joined(separator: " ") }

    /// Canonical form that keeps literal letter case, for `case: sensitive` entries.
    var caseSensitiveCanonical: String {
        items.map { item in
            Set(item.alternatives.map(\.caseSensitiveCanonical)).sorted().joined(separator: "|")
                + (item.isOptional ? "?" : "")
        }.joined(separator: " ")
    }

    /// Whether the pattern can match some non-empty run of tokens: every item that is not
    /// optional has a matchable alternative, and at least one item is not optional.
    public var isMatchable: Bool {
        items.contains { !$0.isOptional }
            && items.allSatisfy { $0.isOptional || $0.isMatchable }
    }

    /// Fewest tokens a match spans.
    public var minimumLength: Int { items.reduce(0) { $0 + $1.lengths.minimum } }
    /// Most tokens a match spans.
    public var maximumLength: Int { items.reduce(0) { $0 + $1.lengths.maximum } }
}

/// A literal token of a pattern.
public struct PatternToken: Sendable, Hashable {
    /// The matching key: normalised text (case-folded, typography unified) without combining
    /// marks, as ``TokenKey`` computes it for article tokens.
    public var key: String
    /// The token as written in the file, for `case: sensitive` comparisons.
    public var text: String

    public init(key: String, text: String) {
        self.key = key
        self.text = text
    }
}
