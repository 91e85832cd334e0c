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

    /// The report of a batch of processed documents.
    public func report(for documents: [Document]) -> ScanReport {
        ScanReport(documents: documents)
    }
}
