/// The batch-level layer: quote clusters with their canonical renderings and alignments, and
/// the speakers table.
public struct CorpusAnalysis: Sendable {
    public var clusters: [QuoteCluster]
    /// The cluster id of each quote that belongs to one.
    public var clusterOfQuote: [QuoteReference: String]
    public var speakers: [SpeakerEntry]
    /// The renderings, in batch order (document, then quote).
    public var renderings: [Rendering]
    /// Member indices (into ``renderings``) of each verified group, fragments attached, loose
    /// fragment groups: what does not depend on the articles' scores.
    var groups: [(members: [Int], fragments: [Int])]
}

/// Runs clustering, alignment, canonical choice and the speakers table over analysed documents.
public struct CorpusAnalyzer: Sendable {
    public var clusterer = QuoteClusterer()
    public var aligner = RenderingAligner()
    public var directory = SpeakerDirectory()

    public init() {}

    /// `mtScores[i]` is how likely document `i` is machine-translated (0–1), `artifactCounts[i]`
    /// how many artifacts were found in it; both rank renderings for the canonical choice.
    public func analyze(_ documents: [Document], mtScores: [Double], artifactCounts: [Int]) throws -> CorpusAnalysis {
        let renderings = try clusterer.renderings(of: documents)
        let groups = try clusterer.cluster(renderings)
        let (attached, loose) = clusterer.attachFragments(renderings, to: groups)
        // Number clusters in text order of their first rendering.
        var ordered: [(members: [Int], fragments: [Int])] = groups.enumerated().map { ($1, attached[$0] ?? []) }
        ordered += loose.map { ([], $0) }
        ordered.sort { ($0.members + $0.fragments).min()! < ($1.members + $1.fragments).min()! }
        return try assemble(renderings: renderings, groups: ordered, documents: documents, mtScores: mtScores,
                            artifactCounts: artifactCounts)
    }

    /// The same clusters with canonical renderings, alignments and speakers chosen again for
    /// new scores (clustering itself does not depend on them).
    public func rescored(_ analysis: CorpusAnalysis, documents: [Document], mtScores: [Double], artifactCounts: [Int]) throws -> CorpusAnalysis {
        try assemble(renderings: analysis.renderings, groups: analysis.groups, documents: documents, mtScores: mtScores,
                     artifactCounts: artifactCounts)
    }

    func assemble(renderings: [Rendering], groups ordered: [(members: [Int], fragments: [Int])], documents: [Document],
                  mtScores: [Double], artifactCounts: [Int]) throws -> CorpusAnalysis {
        var clusters: [QuoteCluster] = []
        var clusterOfQuote: [QuoteReference: String] = [:]
        for (number, group) in ordered.enumerated() {
            let id = "c\(number + 1)"
            let members = group.members.sorted().map { renderings[$0].reference }
            let fragments = group.fragments.sorted().map { renderings[$0].reference }
            let pool = members.isEmpty ? fragments : members
            let (canonical, reason) = chooseCanonical(pool, documents: documents, mtScores: mtScores, artifactCounts: artifactCounts)
            var alignments: [QuoteReference: RenderingAlignment] = [:]
            if let base = renderings.first(where: { $0.reference == canonical }) {
                for member in members where member != canonical {
                    if let witness = renderings.first(where: { $0.reference == member }) {
                        alignments[member] = aligner.align(base: base, in: documents[base.reference.document],
                                                           witness: witness, in: documents[member.document])
                    }
                }
            }
            clusters.append(QuoteCluster(id: id, members: members, fragments: fragments, canonical: canonical,
                                         canonicalReason: reason, alignments: alignments))
            for member in members + fragments { clusterOfQuote[member] = id }
        }
        let speakers = try directory.speakers(in: documents, mtScores: mtScores)
        return CorpusAnalysis(clusters: clusters, clusterOfQuote: clusterOfQuote, speakers: speakers, renderings: renderings,
                              groups: ordered)
    }

    /// The canonical rendering: from the article least likely to be machine-translated, then with
    /// the fewest artifacts, then with the most complete wording; with the reason.
    func chooseCanonical(_ pool: [QuoteReference], documents: [Document], mtScores: [Double],
                         artifactCounts: [Int]) -> (QuoteReference, String) {
        func mt(_ reference: QuoteReference) -> Double { reference.document < mtScores.count ? mtScores[reference.document] : 0.5 }
        func artifacts(_ reference: QuoteReference) -> Int {
            reference.document < artifactCounts.count ? artifactCounts[reference.document] : 0
        }
        func words(_ reference: QuoteReference) -> Int { documents[reference.document].quotes[reference.quote].wordCount }
        let sorted = pool.sorted { a, b in
            if abs(mt(a) - mt(b)) > 0.05 { return mt(a) < mt(b) }
            if artifacts(a) != artifacts(b) { return artifacts(a) < artifacts(b) }
            if words(a) != words(b) { return words(a) > words(b) }
            return a.document != b.document ? a.document < b.document : a.quote < b.quote
        }
        let chosen = sorted[0]
        let document = documents[chosen.document]
        guard pool.count > 1 else { return (chosen, "only rendering (\(document.id))") }
        let reason = "from \(document.id): machine-translation score \(String(format: "%.2f", mt(chosen))), "
            + "\(artifacts(chosen)) translation artifacts in the article, \(words(chosen)) words"
        return (chosen, reason)
    }
}
