/// One article through the per-article stages, ready to be written to the store: the text
/// layer and quotes (``ScanPipeline/process(_:)``), the artifacts the article shows on its own, its
/// machine-translation score, and each full quote's comparison keys and LSH band keys.
///
/// Everything here depends on the article alone, never on the batch it came in, so the store
/// ends up the same whether articles arrive one by one or in one batch.
struct ProcessedArticle: Sendable {
    struct QuoteRow: Sendable {
        var start: Int
        var end: Int
        var text: String
        var kind: String
        var context: String
        var paragraph: Int
        /// Position of the quote this one continues.
        var continues: Int?
        var speakerKey: String?
        var speakerName: String?
        var speakerTitle: String?
        var attribution: String?
        var wordCount: Int
    }

    /// A full quote to cluster.
    struct RenderingRow: Sendable {
        /// Index in ``ProcessedArticle/quotes``.
        var position: Int
        var words: StoredWords
        /// The comparison keys hashed for verification.
        var prepared: RenderingSimilarity.Prepared
        /// `band << 32 | key` for each band of the quote's MinHash signature.
        var bandKeys: [Int64]
    }

    /// A person mentioned, with the title written there if any.
    struct MentionRow: Sendable {
        var key: String
        var name: String
        var title: String?
        var start: Int
        var end: Int
    }

    var article: Article
    var contentHash: String
    var language: String?
    var mtScore: Double
    var sourceLanguage: String?
    var tokenCount: Int
    var quotes: [QuoteRow]
    var renderings: [RenderingRow]
    var mentions: [MentionRow]
    var artifacts: [ScanReport.ArtifactEntry]

    /// The hash that tells one text of an article from another: two 64-bit stable hashes of the
    /// text's UTF-8 (FNV-1a from two bases, each finalised), as 32 hex digits.
    static func contentHash(of text: String) -> String {
        var text = text
        let (first, second) = text.withUTF8 { bytes in
            (StableHash.mix64(StableHash.fnv1a64(bytes)),
             StableHash.mix64(StableHash.fnv1a64(bytes, state: 0x6c62_272e_07bb_0142)))
        }
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(first) + hex(second)
    }
}

/// The per-article stages with their own ICU state: one processor per thread.
final class ArticleProcessor {
    let scanner: ScanPipeline
    let keys: TransliterationKeys
    let hasher: MinHasher
    let index: LSHIndex

    init(lexicons: LexiconSet, parameters: ClusteringParameters) throws {
        scanner = try ScanPipeline(lexicons: lexicons)
        keys = try TransliterationKeys()
        hasher = try MinHasher(permutations: parameters.permutations)
        index = try LSHIndex(threshold: parameters.candidateThreshold, permutations: parameters.permutations)
    }

    func process(_ article: Article, contentHash: String) throws(ICUError) -> ProcessedArticle {
        let document = try scanner.process(article)
        let detector = scanner.detector
        let artifacts = detector.documentArtifacts([document])[0]
        let hits = detector.lexiconHits([document])[0]
        let assessment = detector.scorer.assess(document, artifacts: artifacts, hits: hits)
        let text = document.text

        var quotes: [ProcessedArticle.QuoteRow] = []
        var renderings: [ProcessedArticle.RenderingRow] = []
        let stopWords = StopWords.builtin(language: document.language.language ?? "en") ?? StopWords.builtin(language: "en")
        for (position, quote) in document.quotes.enumerated() {
            let (start, end) = text.scalarRange(quote.range)
            let speakerKey = quote.speaker.map { SpeakerDirectory.nameKey(of: $0.name, keys: keys) }
            quotes.append(ProcessedArticle.QuoteRow(
                start: start, end: end, text: text[quote.range], kind: quote.kind.rawValue, context: quote.context.rawValue,
                paragraph: quote.paragraph, continues: quote.continuationOf, speakerKey: speakerKey,
                speakerName: quote.speaker?.name, speakerTitle: quote.speaker?.title,
                attribution: quote.attribution?.rawValue, wordCount: quote.wordCount))
            let rendering = Rendering(document: document, index: 0, quote: position, stopWords: stopWords, keys: keys)
            // As QuoteClusterer: full quotes with content words only; fragments are not clustered.
            guard !rendering.isFragment, !rendering.content.isEmpty else { continue }
            let signature = hasher.signature(of: rendering.content.map { StableHash.hash($0) })
            let bandKeys = index.bandKeysOf(signature).enumerated().map { Int64($0) << 32 | Int64($1) }
            renderings.append(ProcessedArticle.RenderingRow(
                position: position, words: StoredWords(rendering, in: document), prepared: RenderingSimilarity.Prepared(rendering),
                bandKeys: bandKeys))
        }

        var mentions: [ProcessedArticle.MentionRow] = []
        var seenTitles = Set<TextRange>()
        for mention in document.persons + document.quotes.compactMap(\.speaker) {
            let key = SpeakerDirectory.nameKey(of: mention.name, keys: keys)
            var row = ProcessedArticle.MentionRow(key: key, name: mention.name, title: nil, start: 0, end: 0)
            if let title = mention.title, let range = mention.titleRange, seenTitles.insert(range).inserted {
                let (start, end) = text.scalarRange(range)
                row.title = title
                row.start = start
                row.end = end
            }
            mentions.append(row)
        }

        let artifactRows = artifacts.map { ScanReport.ArtifactEntry($0, in: document) }
        return ProcessedArticle(
            article: article, contentHash: contentHash,
            language: document.language.language, mtScore: (assessment.score * 1000).rounded() / 1000,
            sourceLanguage: assessment.sourceLanguage, tokenCount: document.tokens.count, quotes: quotes,
            renderings: renderings, mentions: mentions, artifacts: artifactRows)
    }
}
