import Foundation
import GRDB

/// What one batch did to the store.
public struct BatchOutcome: Sendable, Hashable {
    public var batchID: Int64
    /// Articles stored for the first time.
    public var added = 0
    /// New texts of articles already stored (a new revision each).
    public var revised = 0
    /// Articles already stored with the same text: nothing written.
    public var unchanged = 0
    public var quotes = 0
    public var newClusters = 0
    /// Renderings that joined a cluster.
    public var joined = 0
}

/// The lexicon set a batch ran with, recorded in `lexicon_versions`.
public struct LexiconVersion: Sendable, Hashable {
    /// A stable hash of every lexicon's file, version, pair and entries.
    public var hash: String
    public var lexicons: Int
    public var entries: Int
    public var description: String

    public init(_ set: LexiconSet) {
        var state = StableHash.fnvOffsetBasis
        func feed(_ text: String) {
            var text = text + "\u{1F}"
            state = text.withUTF8 { StableHash.fnv1a64($0, state: state) }
        }
        for lexicon in set.lexicons {
            feed("\(lexicon.file)|\(lexicon.version)|\(lexicon.pair)")
            for entry in lexicon.entries { feed(String(describing: entry)) }
        }
        let digits = String(StableHash.mix64(state), radix: 16)
        hash = String(repeating: "0", count: 16 - digits.count) + digits
        lexicons = set.lexicons.count
        entries = set.entries.count
        description = set.lexicons.map { "\($0.file) v\($0.version)" }.joined(separator: ", ")
    }
}

extension QuoteStore {
    /// Writes a batch of processed articles in one transaction: new articles and revisions,
    /// their quotes, speakers, titles and artifacts; then each new full quote joins the cluster
    /// it verifies against, or starts one; then the touched clusters' canonical renderings and
    /// differences are brought up to date. All or nothing.
    func write(_ batch: [ProcessedArticle], lexicon: LexiconVersion) throws(StoreError) -> BatchOutcome {
        do {
            return try pool.writeWithoutTransaction { db in
                var outcome = BatchOutcome(batchID: 0)
                do {
                    try db.inTransaction(.immediate) {
                        let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
                        if version != lastDataVersion { invalidateCaches() }
                        lastDataVersion = version
                        outcome = try writeBatch(batch, lexicon: lexicon, db)
                        return .commit
                    }
                } catch {
                    invalidateCaches()
                    throw error
                }
                return outcome
            }
        } catch {
            throw StoreError.wrapping(error, file: path)
        }
    }

    func invalidateCaches() {
        bandCache.removeAll(keepingCapacity: true)
        clusterCache.removeAll(keepingCapacity: true)
        speakerCache.removeAll(keepingCapacity: true)
        lastDataVersion = nil
    }

    private struct Pending {
        var member: ClusterMember
        var bandKeys: [Int64]
    }

    private func writeBatch(_ batch: [ProcessedArticle], lexicon: LexiconVersion, _ db: Database) throws -> BatchOutcome {
        let now = ISO8601DateFormatter().string(from: Date())
        try db.execute(sql: "INSERT INTO batches (started_at) VALUES (?)", arguments: [now])
        var outcome = BatchOutcome(batchID: db.lastInsertedRowID)
        let batchID = outcome.batchID
        let versionID: Int64
        if let found = try Int64.fetchOne(db, sql: "SELECT id FROM lexicon_versions WHERE hash = ?", arguments: [lexicon.hash]) {
            versionID = found
        } else {
            try db.execute(sql: """
                INSERT INTO lexicon_versions (hash, lexicons, entries, description, first_batch) VALUES (?, ?, ?, ?, ?)
                """, arguments: [lexicon.hash, lexicon.lexicons, lexicon.entries, lexicon.description, batchID])
            versionID = db.lastInsertedRowID
        }
        try db.execute(sql: "UPDATE batches SET lexicon_version = ? WHERE id = ?", arguments: [versionID, batchID])

        var pending: [Pending] = []
        var rebuild = Set<Int64>()
        for article in batch {
            let existing = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.id, a.current_revision, v.content_hash, v.number FROM articles a
                LEFT JOIN revisions v ON v.id = a.current_revision WHERE a.external_id = ?
                """), arguments: [article.article.id])
            if let existing, existing["content_hash"] as String? == article.contentHash {
                outcome.unchanged += 1
                continue
            }
            let articleID: Int64
            var number = 1
            if let existing {
                articleID = existing["id"]
                number = (existing["number"] as Int? ?? 0) + 1
                if let old = existing["current_revision"] as Int64? {
                    // The old text's quotes leave their clusters (they stay in the store as history).
                    rebuild.formUnion(try Int64.fetchAll(db, sql: """
                        SELECT DISTINCT r.cluster_id FROM renderings r JOIN quotes q ON q.id = r.quote_id WHERE q.revision_id = ?
                        """, arguments: [old]))
                    try db.execute(sql: "DELETE FROM renderings WHERE quote_id IN (SELECT id FROM quotes WHERE revision_id = ?)",
                                   arguments: [old])
                    pending.removeAll { $0.member.revisionID == old }
                }
                outcome.revised += 1
            } else {
                try db.cachedStatement(sql: "INSERT INTO articles (external_id) VALUES (?)").execute(arguments: [article.article.id])
                articleID = db.lastInsertedRowID
                outcome.added += 1
            }
            let revisionID = try insertRevision(article, articleID: articleID, number: number, batchID: batchID, now: now, db)
            try db.cachedStatement(sql: "UPDATE articles SET current_revision = ? WHERE id = ?").execute(arguments: [revisionID, articleID])

            for mention in article.mentions {
                let speaker = try speaker(key: mention.key, name: mention.name, db)
                guard let title = mention.title else { continue }
                try db.cachedStatement(sql: """
                    INSERT INTO titles (speaker_id, revision_id, title, start, "end") VALUES (?, ?, ?, ?, ?)
                    """).execute(arguments: [speaker.id, revisionID, title, mention.start, mention.end])
                if (article.mtScore, title) < (speaker.canonicalScore ?? .infinity, speaker.canonicalTitle ?? "") {
                    try db.cachedStatement(sql: "UPDATE speakers SET canonical_title = ?, canonical_title_score = ? WHERE id = ?")
                        .execute(arguments: [title, article.mtScore, speaker.id])
                    speakerCache[mention.key]?.canonicalTitle = title
                    speakerCache[mention.key]?.canonicalScore = article.mtScore
                }
            }

            var quoteIDs: [Int64] = []
            var speakerIDs: [Int64?] = []
            for quote in article.quotes {
                var speakerID: Int64?
                if let key = quote.speakerKey, let name = quote.speakerName { speakerID = try speaker(key: key, name: name, db).id }
                try db.cachedStatement(sql: """
                    INSERT INTO quotes (revision_id, position, start, "end", text, kind, context, paragraph, continues, speaker_id,
                                        speaker_name, speaker_title, attribution, word_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [
                        revisionID, quoteIDs.count, quote.start, quote.end, quote.text, quote.kind, quote.context, quote.paragraph,
                        quote.continues.flatMap { $0 < quoteIDs.count ? quoteIDs[$0] : nil }, speakerID, quote.speakerName,
                        quote.speakerTitle, quote.attribution, quote.wordCount,
                    ])
                quoteIDs.append(db.lastInsertedRowID)
                speakerIDs.append(speakerID)
            }
            outcome.quotes += quoteIDs.count

            for artifact in article.artifacts {
                try db.cachedStatement(sql: """
                    INSERT INTO artifacts (revision_id, start, "end", text, category, suggestion, rule, rule_id, evidence, weight, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [
                        revisionID, artifact.start, artifact.end, artifact.text, artifact.category, artifact.suggestion,
                        artifact.rule, artifact.rule_id, artifact.evidence, artifact.weight, artifact.note,
                    ])
            }

            let artifactCount = article.artifacts.count
            for rendering in article.renderings {
                let quote = article.quotes[rendering.position]
                let member = ClusterMember(
                    quoteID: quoteIDs[rendering.position], revisionID: revisionID, words: rendering.words, prepared: rendering.prepared,
                    rank: CanonicalRank(mtScore: article.mtScore, step: parameters.scoreStep, artifacts: artifactCount,
                                        words: quote.wordCount, externalID: article.article.id, position: rendering.position),
                    mtScore: article.mtScore, speakerID: speakerIDs[rendering.position], text: quote.text)
                pending.append(Pending(member: member, bandKeys: rendering.bandKeys))
            }
        }

        // Clusters that lost renderings to a new revision: rebuilt from what is left, or removed.
        var touched = Set<Int64>()
        var fullDifferences = Set<Int64>()
        for id in rebuild.sorted() {
            if try rebuildCluster(id, db) != nil {
                touched.insert(id)
                fullDifferences.insert(id)
            } else {
                try db.execute(sql: "DELETE FROM clusters WHERE id = ?", arguments: [id])
            }
        }

        // Longest first, as QuoteClusterer: a cluster's anchor is its fullest rendering.
        let order = pending.indices.sorted { a, b in
            let (x, y) = (pending[a].member.prepared.count, pending[b].member.prepared.count)
            return x != y ? x > y : a < b
        }
        let similarity = QuoteClusterer(parameters: parameters.clustering).similarity
        let thresholds = parameters.clustering
        var joinedByRevision: [Int64: Set<Int64>] = [:]
        var newMembers: [Int64: [ClusterMember]] = [:]
        for index in order {
            let item = pending[index]
            let rendering = item.member.prepared
            // Candidates: the clusters sharing the most band keys with the quote, at most
            // `maxVerified` of them.
            var found: [Int64] = []
            for key in item.bandKeys { found += try clusters(withBand: key, db) }
            found.sort()
            var counted: [(id: Int64, shared: Int)] = []
            for id in found {
                if let last = counted.last, last.id == id { counted[counted.count - 1].shared += 1 } else { counted.append((id, 1)) }
            }
            if counted.count > parameters.maxVerified {
                counted.sort { $0.shared != $1.shared ? $0.shared > $1.shared : $0.id < $1.id }
                counted.removeLast(counted.count - parameters.maxVerified)
            }
            let candidates = counted.map(\.id).sorted()
            // Verification, as QuoteClusterer: the join threshold against the cluster's anchor,
            // then the mean threshold; the best anchor score wins (ties: the oldest cluster).
            // Candidates are tried best anchor first, so the first that passes the mean wins.
            var scored: [(state: ClusterState, score: Double)] = []
            for id in candidates {
                guard let state = try clusterState(id, db) else { continue }
                let anchor = similarity.score(rendering, state.anchor.prepared)
                let sameArticle = joinedByRevision[item.member.revisionID]?.contains(id) ?? false
                guard anchor >= (sameArticle ? thresholds.sameArticleThreshold : thresholds.joinThreshold) else { continue }
                scored.append((state, anchor))
            }
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.state.id < $1.state.id }
            var best: (state: ClusterState, score: Double)?
            for candidate in scored {
                let sample = candidate.state.sample
                let mean = sample.reduce(0) { $0 + similarity.score(rendering, $1.prepared) } / Double(sample.count)
                if mean >= thresholds.meanThreshold {
                    best = candidate
                    break
                }
            }
            let clusterID: Int64
            if var state = best?.state {
                clusterID = state.id
                if state.add(item.member, sampleSize: parameters.meanSample), state.createdBatch != batchID {
                    fullDifferences.insert(clusterID)
                }
                clusterCache[clusterID] = state
                outcome.joined += 1
            } else {
                let member = item.member
                try db.cachedStatement(sql: """
                    INSERT INTO clusters (canonical_quote, canonical_text, reason, speaker_id, speaker_quote, anchor_quote, renderings,
                                          created_batch, updated_batch) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
                    """).execute(arguments: [member.quoteID, member.text, "", member.speakerID,
                                             member.speakerID == nil ? nil : member.quoteID, member.quoteID, batchID, batchID])
                clusterID = db.lastInsertedRowID
                clusterCache[clusterID] = ClusterState(first: member, id: clusterID, batch: batchID)
                outcome.newClusters += 1
            }
            try db.cachedStatement(sql: "INSERT INTO renderings (quote_id, cluster_id, words) VALUES (?, ?, ?)")
                .execute(arguments: [item.member.quoteID, clusterID, item.member.words.encoded])
            touched.insert(clusterID)
            newMembers[clusterID, default: []].append(item.member)
            joinedByRevision[item.member.revisionID, default: []].insert(clusterID)
            try addBands(item.bandKeys, cluster: clusterID, db)
        }

        for id in touched.sorted() {
            guard let state = clusterCache[id] else { continue }
            try db.cachedStatement(sql: """
                UPDATE clusters SET canonical_quote = ?, canonical_text = ?, reason = ?, speaker_id = ?, speaker_quote = ?,
                                    anchor_quote = ?, renderings = ?, updated_batch = ? WHERE id = ?
                """).execute(arguments: [state.canonical.quoteID, state.canonical.text, state.reason, state.speakerID,
                                         state.speakerMember?.quoteID, state.anchor.quoteID, state.count, batchID, id])
            let base = state.canonical.words.alignmentWords
            var members: [(quote: Int64, words: StoredWords)]
            if fullDifferences.contains(id) {
                members = try Row.fetchAll(db, sql: "SELECT quote_id, words FROM renderings WHERE cluster_id = ?", arguments: [id])
                    .compactMap { row in StoredWords(encoded: row["words"]).map { (row["quote_id"], $0) } }
            } else {
                // The new renderings; a cluster made in this batch has no others, so a canonical
                // rendering that changed within the batch is covered too.
                members = (newMembers[id] ?? []).map { ($0.quoteID, $0.words) }
            }
            for (quote, words) in members {
                let differences = quote == state.canonical.quoteID
                    ? nil : Self.differencesJSON(aligner.align(base: base, witness: words.alignmentWords).differences)
                try db.cachedStatement(sql: "UPDATE renderings SET differences = ? WHERE quote_id = ?").execute(arguments: [differences, quote])
            }
        }
        try db.execute(sql: "UPDATE batches SET finished_at = ?, articles = ? WHERE id = ?",
                       arguments: [ISO8601DateFormatter().string(from: Date()), outcome.added + outcome.revised, batchID])
        return outcome
    }

    private var aligner: RenderingAligner { RenderingAligner() }

    private func insertRevision(_ article: ProcessedArticle, articleID: Int64, number: Int, batchID: Int64, now: String,
                                _ db: Database) throws -> Int64 {
        let source = article.article
        let published = source.published.flatMap { $0.isEmpty ? nil : $0 }
        try db.cachedStatement(sql: """
            INSERT INTO revisions (article_id, number, content_hash, batch_id, text, headline, source, language, declared_language,
                                   translated_from, published, date, location, encoding, mt_score, source_language, artifact_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                articleID, number, article.contentHash, batchID, source.text.string, source.headline, source.source,
                article.language, source.language, source.translatedFrom, published, published ?? now,
                source.location.description, source.decoding.encoding, article.mtScore, article.sourceLanguage,
                article.artifacts.count,
            ])
        return db.lastInsertedRowID
    }

    /// The speaker with a name key, created when new; its name becomes the fullest form seen
    /// (longest, then first in alphabetical order, so arrival order does not matter).
    private func speaker(key: String, name: String, _ db: Database) throws -> SpeakerState {
        var state: SpeakerState
        if let cached = speakerCache[key] {
            state = cached
        } else if let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, name, canonical_title, canonical_title_score FROM speakers WHERE key = ?
            """), arguments: [key]) {
            state = SpeakerState(id: row["id"], name: row["name"], canonicalTitle: row["canonical_title"],
                                 canonicalScore: row["canonical_title_score"])
        } else {
            try db.cachedStatement(sql: "INSERT INTO speakers (key, name) VALUES (?, ?)").execute(arguments: [key, name])
            state = SpeakerState(id: db.lastInsertedRowID, name: name, canonicalTitle: nil, canonicalScore: nil)
        }
        if name.count > state.name.count || (name.count == state.name.count && name < state.name) {
            try db.cachedStatement(sql: "UPDATE speakers SET name = ? WHERE id = ?").execute(arguments: [name, state.id])
            state.name = name
        }
        speakerCache[key] = state
        return state
    }

    /// Candidate clusters: those with a rendering that shares the band key.
    private func clusters(withBand key: Int64, _ db: Database) throws -> [Int64] {
        if let cached = bandCache[key] { return cached }
        let found = try Int64.fetchAll(db.cachedStatement(sql: "SELECT cluster_id FROM lsh_bands WHERE band_key = ?"),
                                       arguments: [key])
        bandCache[key] = found
        return found
    }

    /// Registers a cluster under band keys; a key already shared by ``StoreParameters/maxClustersPerBand``
    /// clusters says little (common words) and takes no more.
    private func addBands(_ keys: [Int64], cluster: Int64, _ db: Database) throws {
        for key in keys {
            var list = try clusters(withBand: key, db)
            guard list.count < parameters.maxClustersPerBand, !list.contains(cluster) else { continue }
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO lsh_bands (band_key, cluster_id) VALUES (?, ?)")
                .execute(arguments: [key, cluster])
            list.append(cluster)
            bandCache[key] = list
        }
    }

    /// Differences as the `renderings.differences` JSON: kind, canonical text, text, and the
    /// rendering's code point offsets.
    static func differencesJSON(_ differences: [RenderingDifference]) -> String {
        var json = "["
        for (index, difference) in differences.enumerated() {
            if index > 0 { json += "," }
            json += "{\"kind\":\(jsonString(difference.kind.rawValue)),\"canonical_text\":\(jsonString(difference.baseText)),"
            json += "\"text\":\(jsonString(difference.witnessText))"
            if let range = difference.witnessRange { json += ",\"start\":\(range.start),\"end\":\(range.end)" }
            json += "}"
        }
        return json + "]"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
