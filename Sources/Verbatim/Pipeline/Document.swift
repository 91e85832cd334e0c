/// An article and the layers of annotation that Verbatim's stages add to it, each stage one
/// layer, none re-reading raw bytes (the shape of spaCy's `Doc`).
public struct Document: Sendable {
    /// The article as read: original text and metadata.
    public let article: Article
    /// The normalised view with its offset map (``TextAnalyzer``).
    public var normalized: NormalizedText
    /// The language of the whole article.
    public var language: LanguageGuess
    /// Paragraphs, each with its sentences.
    public var paragraphs: [Paragraph]
    /// Sentence ranges in text order.
    public var sentences: [TextRange]
    /// Words and numbers in text order.
    public var tokens: [Token]
    /// Numbers with their readings.
    public var numbers: [NumberMention]
    /// Direct quotes with their speakers (``QuoteStage``).
    public var quotes: [Quote] = []
    /// Every mention of a person with the title written there (``QuoteStage``).
    public var persons: [PersonMention] = []

    public var id: String { article.id }
    public var text: SourceText { article.text }

    public init(article: Article, normalized: NormalizedText, language: LanguageGuess, paragraphs: [Paragraph],
                sentences: [TextRange], tokens: [Token], numbers: [NumberMention]) {
        self.article = article
        self.normalized = normalized
        self.language = language
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.numbers = numbers
    }

    /// The normalised text of a token (case-folded, typography unified).
    public func normalizedText(of token: Token) -> String {
        normalized[token.normalized]
    }

    /// The original text of a range.
    public subscript(range: TextRange) -> String { article.text[range] }

    /// Index of the first token that starts at or after an original offset.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Index of the paragraph that contains an original offset, if any.
    public func paragraphIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].range.end < offset { low = mid + 1 } else { high = mid }
        }
        guard low < paragraphs.count, paragraphs[low].range.start <= offset else { return nil }
        return low
    }
}

/// The text layer's stages in order: normalise, identify the language, segment into
/// paragraphs, sentences and words, recognise numbers.
///
/// Holds ICU break iterators: use one analyzer per thread.
public final class TextAnalyzer {
    let normalizer = TextNormalizer()
    let identifier: LanguageIdentifier
    private var segmenters: [String: Segmenter] = [:]
    private var conventions: [String: NumberConvention] = [:]

    /// Locales whose sentence rules Verbatim asks ICU for; others use the root rules.
    static let segmentationLocales: Set<String> = ["en", "de", "fr", "es", "it", "ru", "uk", "bg", "pl", "nl", "ja", "zh", "ko"]

    public init(identifier: LanguageIdentifier = LanguageIdentifier()) {
        self.identifier = identifier
    }

    /// Runs the text layer over an article.
    public func analyze(_ article: Article) throws(ICUError) -> Document {
        let normalized = normalizer.normalize(article.text)
        let language: LanguageGuess
        if let declared = article.language, !declared.isEmpty {
            // A declared language is taken as given (feeds usually know it): identification
            // runs only to learn the script of a language without a profile.
            let script = identifier.script(ofLanguage: declared) ?? identifier.identify(normalized).script
            language = LanguageGuess(language: declared, confidence: 1, script: script)
        } else {
            language = identifier.identify(normalized)
        }
        let locale = language.language.flatMap { Self.segmentationLocales.contains($0) ? $0 : nil } ?? "en"
        let segmenter = try segmenter(for: locale)
        let paragraphRanges = segmenter.paragraphs(in: article.text)
        let (sentences, sentenceGroups) = segmenter.sentenceRanges(in: article.text, paragraphs: paragraphRanges)
        let paragraphs = zip(paragraphRanges, sentenceGroups).map { Paragraph(range: $0, sentences: $1) }
        let tokens = segmenter.tokens(in: normalized, original: article.text)
        let numbers = NumberRecognizer(convention: try convention(for: locale)).numbers(in: article.text, tokens: tokens)
        return Document(article: article, normalized: normalized, language: language, paragraphs: paragraphs,
                        sentences: sentences, tokens: tokens, numbers: numbers)
    }

    private func segmenter(for locale: String) throws(ICUError) -> Segmenter {
        if let cached = segmenters[locale] { return cached }
        let made = try Segmenter(locale: locale)
        segmenters[locale] = made
        return made
    }

    private func convention(for locale: String) throws(ICUError) -> NumberConvention {
        if let cached = conventions[locale] { return cached }
        let made = try NumberConvention(locale: locale)
        conventions[locale] = made
        return made
    }
}
