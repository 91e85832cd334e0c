/// Runs Verbatim's stages over a batch of articles: the text layer and quotes per article,
/// then the corpus-level stages. Holds per-thread ICU state: use one scanner per thread.
public final class Scanner {
    let analyzer: TextAnalyzer
    let quoteStage = QuoteStage()

    public init(analyzer: TextAnalyzer = TextAnalyzer()) {
        self.analyzer = analyzer
    }

    /// One article through the per-article stages.
    public func process(_ article: Article) throws(ICUError) -> Document {
        var document = try analyzer.analyze(article)
        quoteStage.apply(to: &document)
        return document
    }

    /// The batch-level stages over processed documents.
    public func analyzeCorpus(_ documents: [Document], mtScores: [Double], artifactCounts: [Int]) throws -> CorpusAnalysis {
        try CorpusAnalyzer().analyze(documents, mtScores: mtScores, artifactCounts: artifactCounts)
    }

    /// The report of a batch of processed documents.
    public func report(for documents: [Document]) throws -> ScanReport {
        let mtScores = documents.map { _ in 0.5 }
        let analysis = try analyzeCorpus(documents, mtScores: mtScores, artifactCounts: documents.map { _ in 0 })
        return ScanReport(documents: documents, analysis: analysis, mtScores: mtScores)
    }
}
