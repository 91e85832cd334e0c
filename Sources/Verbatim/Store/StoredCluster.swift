import GRDB

/// The order in which a cluster's renderings compete to be canonical: from the article least
/// likely to be machine-translated (scores compared in steps of ``StoreParameters/scoreStep``),
/// then with the fewest artifacts, then the most complete wording, then by article id and
/// position. A total order, so the choice does not depend on the order of arrival.
struct CanonicalRank: Comparable, Sendable, Hashable {
    var scoreStep: Int
    var artifacts: Int
    var words: Int
    var externalID: String
    var position: Int

    init(mtScore: Double, step: Double, artifacts: Int, words: Int, externalID: String, position: Int) {
        scoreStep = Int((mtScore / step).rounded(.down))
        self.artifacts = artifacts
        self.words = words
        self.externalID = externalID
        self.position = position
    }

    static func < (a: CanonicalRank, b: CanonicalRank) -> Bool {
        if a.scoreStep != b.scoreStep { return a.scoreStep < b.scoreStep }
        if a.artifacts != b.artifacts { return a.artifacts < b.artifacts }
        if a.words != b.words { return a.words > b.words }
        if a.externalID != b.externalID { return a.externalID < b.externalID }
        return a.position < b.position
    }
}

/// A rendering of a cluster as the writer compares and ranks it.
struct ClusterMember: Sendable {
    var quoteID: Int64
    var revisionID: Int64
    var words: StoredWords
    /// The rendering's comparison keys, hashed for verification.
    var prepared: RenderingSimilarity.Prepared
    var rank: CanonicalRank
    var mtScore: Double
    var speakerID: Int64?
    var text: String

    init(quoteID: Int64, revisionID: Int64, words: StoredWords, prepared: RenderingSimilarity.Prepared? = nil, rank: CanonicalRank,
         mtScore: Double, speakerID: Int64?, text: String) {
        self.quoteID = quoteID
        self.revisionID = revisionID
        self.words = words
        self.prepared = prepared ?? RenderingSimilarity.Prepared(words.rendering)
        self.rank = rank
        self.mtScore = mtScore
        self.speakerID = speakerID
        self.text = text
    }

    /// The anchor is the longest rendering; ties go to the first by article id and position.
    func isBetterAnchor(than other: ClusterMember) -> Bool {
        let (a, b) = (prepared.count, other.prepared.count)
        if a != b { return a > b }
        return (rank.externalID, rank.position) < (other.rank.externalID, other.rank.position)
    }

    /// For the cluster's speaker when the canonical rendering has none: the first rendering
    /// with a speaker, by article id and position.
    func isEarlier(than other: ClusterMember) -> Bool {
        (rank.externalID, rank.position) < (other.rank.externalID, other.rank.position)
    }
}

/// What the writer keeps of a cluster: enough to verify candidates and to update the canonical
/// rendering without reading all the cluster's renderings.
struct ClusterState: Sendable {
    var id: Int64
    /// The longest rendering: the join threshold is measured against it.
    var anchor: ClusterMember
    /// The first ``StoreParameters/meanSample`` renderings by arrival: the mean threshold.
    var sample: [ClusterMember]
    var count: Int
    var canonical: ClusterMember
    /// The first rendering with a speaker (article id, position).
    var speakerMember: ClusterMember?
    var createdBatch: Int64

    init(first: ClusterMember, id: Int64, batch: Int64) {
        self.id = id
        anchor = first
        sample = [first]
        count = 1
        canonical = first
        speakerMember = first.speakerID == nil ? nil : first
        createdBatch = batch
    }

    /// Adds a rendering; returns whether the canonical rendering changed.
    mutating func add(_ member: ClusterMember, sampleSize: Int) -> Bool {
        count += 1
        if sample.count < sampleSize { sample.append(member) }
        if member.isBetterAnchor(than: anchor) { anchor = member }
        if member.speakerID != nil, speakerMember.map({ member.isEarlier(than: $0) }) ?? true { speakerMember = member }
        if member.rank < canonical.rank {
            canonical = member
            return true
        }
        return false
    }

    var speakerID: Int64? { canonical.speakerID ?? speakerMember?.speakerID }

    var reason: String {
        let external = canonical.rank.externalID
        guard count > 1 else { return "only rendering (\(external))" }
        return "from \(external): machine-translation score \(String(format: "%.2f", canonical.mtScore)), "
            + "\(canonical.rank.artifacts) artifacts in the article, \(canonical.rank.words) words"
    }
}

/// What the writer keeps of a speaker.
struct SpeakerState: Sendable {
    var id: Int64
    var name: String
    var canonicalTitle: String?
    var canonicalScore: Double?
}

extension QuoteStore {
    /// The select that reads cluster members with what ranking them needs.
    static let memberSelect = """
        SELECT r.quote_id, r.words, q.revision_id, q.position, q.word_count, q.speaker_id, q.text,
               v.mt_score, v.artifact_count, a.external_id
        FROM renderings r JOIN quotes q ON q.id = r.quote_id JOIN revisions v ON v.id = q.revision_id
        JOIN articles a ON a.id = v.article_id
        """

    func member(from row: Row) throws -> ClusterMember {
        let encoded: String = row["words"]
        guard let words = StoredWords(encoded: encoded) else {
            throw StoreError(.schema, file: path, reason: "rendering of quote \(row["quote_id"] as Int64) has unreadable words")
        }
        let mtScore: Double = row["mt_score"]
        return ClusterMember(
            quoteID: row["quote_id"], revisionID: row["revision_id"], words: words,
            rank: CanonicalRank(mtScore: mtScore, step: parameters.scoreStep, artifacts: row["artifact_count"],
                                words: row["word_count"], externalID: row["external_id"], position: row["position"]),
            mtScore: mtScore, speakerID: row["speaker_id"], text: row["text"])
    }

    /// The cluster as the writer keeps it, from the cache or the store; nil if it is gone.
    func clusterState(_ id: Int64, _ db: Database) throws -> ClusterState? {
        if let cached = clusterCache[id] { return cached }
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM clusters WHERE id = ?", arguments: [id]) else { return nil }
        let sample = try Row.fetchAll(db, sql: Self.memberSelect + " WHERE r.cluster_id = ? ORDER BY r.quote_id LIMIT ?",
                                      arguments: [id, parameters.meanSample]).map(member)
        func one(_ quote: Int64?) throws -> ClusterMember? {
            guard let quote else { return nil }
            if let found = sample.first(where: { $0.quoteID == quote }) { return found }
            return try Row.fetchOne(db, sql: Self.memberSelect + " WHERE r.quote_id = ?", arguments: [quote]).map(member)
        }
        guard let anchor = try one(row["anchor_quote"]), let canonical = try one(row["canonical_quote"]) else { return nil }
        var state = ClusterState(first: anchor, id: id, batch: row["created_batch"])
        state.sample = sample
        state.count = row["renderings"]
        state.canonical = canonical
        state.speakerMember = try one(row["speaker_quote"])
        clusterCache[id] = state
        return state
    }

    /// Reads every rendering of a cluster and rebuilds its state (after renderings left it).
    func rebuildCluster(_ id: Int64, _ db: Database) throws -> ClusterState? {
        clusterCache[id] = nil
        let members = try Row.fetchAll(db, sql: Self.memberSelect + " WHERE r.cluster_id = ? ORDER BY r.quote_id",
                                       arguments: [id]).map(member)
        guard let first = members.first,
              let created = try Int64.fetchOne(db, sql: "SELECT created_batch FROM clusters WHERE id = ?", arguments: [id])
        else { return nil }
        var state = ClusterState(first: first, id: id, batch: created)
        for member in members.dropFirst() { _ = state.add(member, sampleSize: parameters.meanSample) }
        clusterCache[id] = state
        return state
    }
}
