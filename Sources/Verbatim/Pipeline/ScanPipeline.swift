/// Runs Verbatim's stages over a batch of articles: the text layer and quotes per article,
/// then the corpus-level stages. Holds per-thread ICU state: use one scanner per thread.
public final class ScanPipeline {
    let analyzer: TextAnalyzer
    let quoteStage = QuoteStage()
    let detector: ArtifactDetector

    /// A scanner with the built-in lexicons, overridden by the user lexicons in `lexicons`.
    public init(analyzer: TextAnalyzer = TextAnalyzer(), lexicons: LexiconSet? = nil) throws {
        self.analyzer = analyzer
        self.detector = try ArtifactDetector(lexicons: lexicons ?? LexiconSet.builtin())
    }

    /// One article through the per-article stages.
    public func process(_ article: Article) throws(ICUError) -> Document {
        var document = try analyzer.analyze(article)
        quoteStage.apply(to: &document)
        return document
    }

    /// Everything the batch-level stages find.
    public struct BatchResult: Sendable {
        public var analysis: CorpusAnalysis
        /// Per document, index-aligned with the batch.
        public var artifacts: [[Artifact]]
        public var assessments: [MTAssessment]
    }

    /// The batch-level stages over processed documents: artifacts per article, a provisional
    /// score, clusters and speakers, cross-article evidence, then the final scores and the
    /// canonical renderings chosen with them.
    public func analyzeBatch(_ documents: [Document]) throws -> BatchResult {
        let corpus = CorpusAnalyzer()
        var artifacts = detector.documentArtifacts(documents)
        let hits = detector.lexiconHits(documents)
        let provisional = documents.indices.map { detector.scorer.assess(documents[$0], artifacts: artifacts[$0], hits: hits[$0]) }
        var analysis = try corpus.analyze(documents, mtScores: provisional.map(\.score), artifactCounts: artifacts.map(Self.translationArtifactCount))
        let cross = detector.crossArticleArtifacts(documents, analysis: analysis, mtScores: provisional.map(\.score))
        for index in artifacts.indices { artifacts[index] = ArtifactDetector.deduplicated(artifacts[index] + cross[index]) }
        let assessments = documents.indices.map { detector.scorer.assess(documents[$0], artifacts: artifacts[$0], hits: hits[$0]) }
        analysis = try corpus.rescored(analysis, documents: documents, mtScores: assessments.map(\.score),
                                       artifactCounts: artifacts.map(Self.translationArtifactCount))
        return BatchResult(analysis: analysis, artifacts: artifacts, assessments: assessments)
    }

    /// Artifacts that speak of translation (debris does not).
    static func translationArtifactCount(_ artifacts: [Artifact]) -> Int {
        artifacts.filter { $0.category != .debris }.count
    }

    /// The report of a batch of processed documents.
    public func report(for documents: [Document]) throws -> ScanReport {
        let batch = try analyzeBatch(documents)
        return ScanReport(documents: documents, batch: batch)
    }
}
