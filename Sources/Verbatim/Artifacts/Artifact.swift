/// What kind of evidence found an artifact.
public enum ArtifactEvidence: String, Sendable, Codable, Hashable {
    /// A lexicon entry fired.
    case lexicon
    /// A number written in a foreign convention.
    case numberFormat = "number-format"
    /// Two words run together.
    case gluedWord = "glued-word"
    /// A name spelt unlike its known or majority spelling.
    case nameSpelling = "name-spelling"
    /// Quotation marks that do not pair up.
    case quoteTypography = "quote-typography"
    /// Text that is not part of the story.
    case debris
    /// A title unlike the one the other articles give the same person.
    case titleOutlier = "title-outlier"
    /// Words moved in a machine-translated rendering of a quote.
    case movedWords = "moved-words"
    /// A word substituted in a machine-translated rendering of a quote.
    case substitutedWord = "substituted-word"
}

/// A place where machine translation or scraping damaged the copy, with what an editor
/// would write instead.
public struct Artifact: Sendable, Hashable {
    /// Index of the document in the batch.
    public var document: Int
    /// The damaged span in the original text.
    public var range: TextRange
    public var category: ArtifactCategory
    public var suggestion: String?
    /// What found it: a lexicon entry's trace ("de-en.lex:42") or a detector rule
    /// ("detector/number-format").
    public var rule: String
    /// The lexicon entry's full id, or the detector rule's name.
    public var ruleID: String
    public var evidence: ArtifactEvidence
    /// How strongly it says "machine-translated" (0 for debris).
    public var weight: Double
    /// The language pair whose entry fired, for source-language evidence (e.g. "de-en").
    public var pair: String?
    public var note: String?

    public init(document: Int, range: TextRange, category: ArtifactCategory, suggestion: String?, rule: String,
                ruleID: String, evidence: ArtifactEvidence, weight: Double, pair: String? = nil, note: String? = nil) {
        self.document = document
        self.range = range
        self.category = category
        self.suggestion = suggestion
        self.rule = rule
        self.ruleID = ruleID
        self.evidence = evidence
        self.weight = weight
        self.pair = pair
        self.note = note
    }
}
