/// Parameters of quote clustering, each with its default (also listed in `docs/clustering.md`).
public struct ClusteringParameters: Sendable, Hashable {
    /// Target Jaccard similarity of content words for LSH candidates (low: verification decides).
    public var candidateThreshold = 0.25
    /// MinHash permutations for candidate generation.
    public var permutations = 128
    /// Verified similarity a rendering needs with a cluster's first (longest) rendering.
    public var joinThreshold = 0.5
    /// Mean similarity it needs with all the cluster's renderings (no chaining).
    public var meanThreshold = 0.4
    /// Similarity two quotes of the same article need to join one cluster (a headline repeating a quote).
    public var sameArticleThreshold = 0.9
    /// Renderings per cluster kept in the LSH index and verified against: the first, fullest
    /// one and the next ones up to this many. Keeps time linear when a cluster grows large.
    public var representativesPerCluster = 4
    /// Candidate clusters verified per rendering: those that share the most LSH bands with it.
    public var verifiedCandidates = 8
    /// Clusters kept per LSH band key: bounds the cost of a query however common a band is.
    public var bucketCapacity = 4

    public init() {}
}

/// One utterance and its renderings across articles.
public struct QuoteCluster: Sendable {
    /// "c1", "c2", … in order of first appearance.
    public var id: String
    /// Full quotes first, then fragments attached to the cluster.
    public var members: [QuoteReference]
    public var fragments: [QuoteReference]
    /// The rendering chosen as canonical (``CanonicalChooser``).
    public var canonical: QuoteReference
    public var canonicalReason: String
    /// Word alignment of every full rendering against the canonical one.
    public var alignments: [QuoteReference: RenderingAlignment]
}

/// Clusters the renderings of one utterance across articles: candidates from an LSH index over
/// content words (never all pairs), then verification against the cluster — its first,
/// longest rendering and the mean over its representatives — so that one loose pair cannot
/// chain two utterances together. The banding is the n-gram module's (``LSHParameters``),
/// kept here per cluster: only a cluster's representatives enter it, each band key holds a
/// bounded number of clusters, and only the clusters sharing the most bands are verified,
/// so a query costs the same however large the batch and its clusters grow. Fragments ("professional", "open and direct") attach to the cluster
/// whose full quote contains them, when exactly one does.
public struct QuoteClusterer: Sendable {
    public var parameters: ClusteringParameters
    public var similarity = RenderingSimilarity()

    public init(parameters: ClusteringParameters = ClusteringParameters()) {
        self.parameters = parameters
    }

    /// The renderings of every quote of a batch.
    public func renderings(of documents: [Document]) throws(ICUError) -> [Rendering] {
        let keys = try TransliterationKeys()
        var result: [Rendering] = []
        for (index, document) in documents.enumerated() {
            let stopWords = StopWords.builtin(language: document.language.language ?? "en") ?? StopWords.builtin(language: "en")
            for quote in document.quotes.indices {
                result.append(Rendering(document: document, index: index, quote: quote, stopWords: stopWords, keys: keys))
            }
        }
        return result
    }

    /// Groups renderings into clusters of member indices (into `renderings`); full quotes only,
    /// fragments attached afterwards by ``attachFragments(_:to:)``.
    public func cluster(_ renderings: [Rendering]) throws(NGramError) -> [[Int]] {
        let hasher = try MinHasher(permutations: parameters.permutations)
        let banding = try LSHParameters.optimal(threshold: parameters.candidateThreshold, permutations: parameters.permutations)
        // Band key → the clusters whose representatives have it (at most `bucketCapacity`): the
        // first inline, the rare others in a side table, so most keys cost no allocation.
        var firstCluster: [UInt64: Int32] = [:]
        var moreClusters: [UInt64: [Int32]] = [:]
        // Longest first: a cluster's first member is its fullest rendering.
        let order = renderings.indices.filter { !renderings[$0].isFragment && !renderings[$0].content.isEmpty }
            .sorted { renderings[$0].stems.count != renderings[$1].stems.count
                ? renderings[$0].stems.count > renderings[$1].stems.count : $0 < $1 }
        var clusters: [[Int]] = []
        var representatives: [[Int]] = []
        var documents: [Set<Int>] = []
        var hits: [Int32: Int] = [:]
        // Hashed comparison keys of the representatives, made once (``RenderingSimilarity/Prepared``).
        var prepared: [Int: RenderingSimilarity.Prepared] = [:]
        for member in order {
            let rendering = renderings[member]
            let own = RenderingSimilarity.Prepared(rendering)
            let signature = hasher.signature(of: rendering.content.map { StableHash.hash($0) })
            let keys = Self.bandKeys(signature, banding)
            // Candidates: clusters sharing a band, most shared bands first; verify the best few.
            hits.removeAll(keepingCapacity: true)
            for key in keys {
                guard let first = firstCluster[key] else { continue }
                hits[first, default: 0] += 1
                for cluster in moreClusters[key] ?? [] { hits[cluster, default: 0] += 1 }
            }
            let candidates = Self.mostShared(hits, count: parameters.verifiedCandidates)
            var best: (cluster: Int, score: Double)?
            for candidate in candidates {
                let sample = representatives[candidate].compactMap { prepared[$0] }
                let anchor = similarity.score(own, sample[0])
                let sameArticle = documents[candidate].contains(rendering.reference.document)
                let threshold = sameArticle ? parameters.sameArticleThreshold : parameters.joinThreshold
                guard anchor >= threshold else { continue }
                let mean = sample.map { similarity.score(own, $0) }.reduce(0, +) / Double(sample.count)
                guard mean >= parameters.meanThreshold else { continue }
                if best == nil || anchor > best!.score { best = (candidate, anchor) }
            }
            let cluster: Int
            if let best {
                cluster = best.cluster
                clusters[cluster].append(member)
            } else {
                cluster = clusters.count
                clusters.append([member])
                representatives.append([])
                documents.append([])
            }
            documents[cluster].insert(rendering.reference.document)
            if representatives[cluster].count < parameters.representativesPerCluster {
                representatives[cluster].append(member)
                prepared[member] = own
                let id = Int32(cluster)
                for key in keys {
                    guard let first = firstCluster[key] else { firstCluster[key] = id; continue }
                    guard first != id else { continue }
                    var others = moreClusters[key] ?? []
                    if others.count + 1 < parameters.bucketCapacity && !others.contains(id) {
                        others.append(id)
                        moreClusters[key] = others
                    }
                }
            }
        }
        return clusters
    }

    /// The `count` clusters with the most shared bands (ties: lower id first), in one pass.
    static func mostShared(_ hits: [Int32: Int], count: Int) -> [Int] {
        var best: [(cluster: Int32, shared: Int)] = []
        best.reserveCapacity(count + 1)
        for (cluster, shared) in hits {
            if best.count == count, let last = best.last, last.shared > shared || (last.shared == shared && last.cluster < cluster) {
                continue
            }
            let position = best.firstIndex { $0.shared < shared || ($0.shared == shared && $0.cluster > cluster) } ?? best.count
            best.insert((cluster, shared), at: position)
            if best.count > count { best.removeLast() }
        }
        return best.map { Int($0.cluster) }
    }

    /// One key per LSH band: the band's signature values hashed with the band's number.
    static func bandKeys(_ signature: MinHashSignature, _ banding: LSHParameters) -> [UInt64] {
        (0..<banding.bands).map { band in
            var key = StableHash.mix64(UInt64(band) &+ 0x9E37_79B9_7F4A_7C15)
            for row in 0..<banding.rows {
                key = StableHash.mix64(key ^ UInt64(signature.values[band * banding.rows + row]))
            }
            return key
        }
    }

    /// For each fragment, the cluster whose full quotes contain it (all its words, in order),
    /// when exactly one cluster does; fragments contained nowhere group by identical wording.
    public func attachFragments(_ renderings: [Rendering], to clusters: [[Int]]) -> (attached: [Int: [Int]], loose: [[Int]]) {
        var attached: [Int: [Int]] = [:]
        var loose: [[String]: [Int]] = [:]
        for (index, rendering) in renderings.enumerated() where rendering.isFragment && !rendering.stems.isEmpty {
            let containing = clusters.indices.filter { cluster in
                clusters[cluster].contains { Self.contains(renderings[$0].stems, rendering.stems) }
            }
            if containing.count == 1 {
                attached[containing[0], default: []].append(index)
            } else if containing.isEmpty {
                loose[rendering.stems, default: []].append(index)
            }
        }
        let groups = loose.values.filter { group in Set(group.map { renderings[$0].reference.document }).count > 1 }
        return (attached, groups.sorted { $0[0] < $1[0] })
    }

    /// Whether `needle` occurs as a contiguous run in `haystack`.
    static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
