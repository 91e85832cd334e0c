import Foundation
import GRDB

/// What `verbatim quotes` asks of the store; every filter is optional.
public struct QuoteQuery: Sendable, Hashable {
    /// A speaker's name or part of it ("Sherman", "Wendy Sherman", "Шерман"): clusters spoken
    /// by them, or with a rendering attributed to them.
    public var speaker: String?
    /// Clusters with a rendering from an article published (or, without a date, stored) on or
    /// after this ISO 8601 date or time.
    public var since: String?
    /// Clusters with a rendering from this source.
    public var source: String?
    /// Clusters with at least this many renderings.
    public var minRenderings = 1
    /// At most this many clusters (nil: all).
    public var limit: Int?

    public init(speaker: String? = nil, since: String? = nil, source: String? = nil, minRenderings: Int = 1, limit: Int? = nil) {
        self.speaker = speaker
        self.since = since
        self.source = source
        self.minRenderings = minRenderings
        self.limit = limit
    }
}

/// The canonical quote table: one entry per cluster, with the fields of the scan report's
/// clusters (`id`, `canonical`, `speaker`, `members`) and the renderings' quotes.
public struct QuoteTable: Encodable, Sendable {
    public struct Cluster: Encodable, Sendable, Hashable {
        /// "c" and the cluster's number in the store.
        public var id: String
        public var canonical: String
        /// Quote ids ("q" and the quote's number in the store) of the renderings, in arrival order.
        public var members: [String]
        public var speaker: String?
        public var speaker_title: String?
        public var renderings: Int
        /// Ids of the articles the renderings come from.
        public var sources: [String]
        /// The canonical rendering's quote id and article.
        public var chosen: String
        public var chosen_from: String
        public var reason: String
        /// Earliest and latest date of its articles.
        public var first_date: String?
        public var last_date: String?
    }

    public struct Quote: Encodable, Sendable, Hashable {
        public var id: String
        public var doc: String
        public var revision: Int
        public var start: Int
        public var end: Int
        public var text: String
        public var speaker: String?
        public var speaker_title: String?
        public var source: String?
        public var date: String
        public var cluster: String
    }

    public var format = "verbatim-quotes/1"
    public var store: String
    public var clusters: [Cluster]
    public var quotes: [Quote]
}

extension QuoteStore {
    /// The current content hash of each stored article among `ids`.
    func currentHashes(of ids: [String]) throws(StoreError) -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var found: [String: String] = [:]
            let unique = Array(Set(ids))
            var start = 0
            while start < unique.count {
                let chunk = Array(unique[start..<min(unique.count, start + 500)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.external_id, v.content_hash FROM articles a JOIN revisions v ON v.id = a.current_revision
                    WHERE a.external_id IN (\(marks))
                    """, arguments: StatementArguments(chunk))
                for row in rows { found[row["external_id"]] = row["content_hash"] }
                start += chunk.count
            }
            return found
        }
    }

    /// The canonical quote table, most renderings first.
    public func quoteTable(_ query: QuoteQuery = QuoteQuery()) throws(StoreError) -> QuoteTable {
        var conditions = ["c.renderings >= ?"]
        var arguments: [(any DatabaseValueConvertible)?] = [query.minRenderings]
        if let speaker = query.speaker?.trimmingCharacters(in: .whitespaces), !speaker.isEmpty {
            let key = (try? TransliterationKeys()).map { SpeakerDirectory.nameKey(of: speaker, keys: $0) } ?? speaker.lowercased()
            let speakers = "SELECT id FROM speakers WHERE key = ? OR name LIKE ? ESCAPE '\\'"
            conditions.append("""
                (c.speaker_id IN (\(speakers)) OR c.id IN (SELECT r.cluster_id FROM quotes q JOIN renderings r ON r.quote_id = q.id
                 WHERE q.speaker_id IN (\(speakers))))
                """)
            let pattern = "%" + speaker.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            arguments += [key, pattern, key, pattern]
        }
        if let since = query.since, !since.isEmpty {
            conditions.append("""
                c.id IN (SELECT r.cluster_id FROM revisions v JOIN quotes q ON q.revision_id = v.id
                 JOIN renderings r ON r.quote_id = q.id WHERE v.date >= ?)
                """)
            arguments.append(since)
        }
        if let source = query.source, !source.isEmpty {
            conditions.append("""
                c.id IN (SELECT r.cluster_id FROM revisions v JOIN quotes q ON q.revision_id = v.id
                 JOIN renderings r ON r.quote_id = q.id WHERE v.source = ?)
                """)
            arguments.append(source)
        }
        var sql = """
            SELECT c.id, c.canonical_text, c.canonical_quote, c.reason, c.renderings, s.name AS speaker, s.canonical_title
            FROM clusters c LEFT JOIN speakers s ON s.id = c.speaker_id
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY c.renderings DESC, c.id
            """
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        return try read { db in
            var clusters: [QuoteTable.Cluster] = []
            var quotes: [QuoteTable.Quote] = []
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
                let id: Int64 = row["id"]
                let members = try memberQuotes(cluster: id, db)
                let canonical: Int64 = row["canonical_quote"]
                let dates = members.map(\.date).sorted()
                clusters.append(QuoteTable.Cluster(
                    id: "c\(id)", canonical: row["canonical_text"], members: members.map(\.id), speaker: row["speaker"],
                    speaker_title: row["canonical_title"], renderings: row["renderings"],
                    sources: Array(Set(members.map(\.doc))).sorted(), chosen: "q\(canonical)",
                    chosen_from: members.first { $0.id == "q\(canonical)" }?.doc ?? "", reason: row["reason"],
                    first_date: dates.first, last_date: dates.last))
                quotes += members
            }
            return QuoteTable(store: path, clusters: clusters, quotes: quotes)
        }
    }

    func memberQuotes(cluster: Int64, _ db: Database) throws -> [QuoteTable.Quote] {
        try Row.fetchAll(db, sql: """
            SELECT q.id, q.start, q."end", q.text, q.speaker_name, q.speaker_title, a.external_id, v.number, v.source, v.date
            FROM renderings r JOIN quotes q ON q.id = r.quote_id JOIN revisions v ON v.id = q.revision_id
            JOIN articles a ON a.id = v.article_id WHERE r.cluster_id = ? ORDER BY q.id
            """, arguments: [cluster]).map { row in
            QuoteTable.Quote(
                id: "q\(row["id"] as Int64)", doc: row["external_id"], revision: row["number"], start: row["start"],
                end: row["end"], text: row["text"], speaker: row["speaker_name"], speaker_title: row["speaker_title"],
                source: row["source"], date: row["date"], cluster: "c\(cluster)")
        }
    }
}

extension QuoteTable {
    /// A plain table for a terminal: cluster, renderings, speaker, canonical wording.
    public func text(width: Int = 100) -> String {
        guard !clusters.isEmpty else { return "No quotes in \(store).\n" }
        let speakerWidth = min(24, max(7, clusters.map { ($0.speaker ?? "—").count }.max() ?? 7))
        let idWidth = max(2, clusters.map(\.id.count).max() ?? 2)
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
        }
        var lines = [pad("id", idWidth) + "  rend  " + pad("speaker", speakerWidth) + "  canonical"]
        let quoteWidth = max(20, width - idWidth - speakerWidth - 12)
        for cluster in clusters {
            var quote = "“" + cluster.canonical.replacingOccurrences(of: "\n", with: " ") + "”"
            if quote.count > quoteWidth { quote = String(quote.prefix(quoteWidth - 1)) + "…" }
            let count = String(cluster.renderings)
            lines.append(pad(cluster.id, idWidth) + "  " + String(repeating: " ", count: max(0, 4 - count.count)) + count + "  "
                         + pad(cluster.speaker ?? "—", speakerWidth) + "  " + quote)
        }
        lines.append("\(clusters.count) clusters, \(quotes.count) renderings")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as Markdown.
    public func markdown() -> String {
        var lines = ["# Canonical quotes", "", "\(clusters.count) clusters · \(quotes.count) renderings · \(store)", ""]
        guard !clusters.isEmpty else { return (lines + ["No quotes."]).joined(separator: "\n") + "\n" }
        lines += ["| id | renderings | speaker | canonical | from |", "|---|---|---|---|---|"]
        for cluster in clusters {
            let speaker = cluster.speaker.map { name in cluster.speaker_title.map { "\(name) (\($0))" } ?? name } ?? "—"
            lines.append("| \(cluster.id) | \(cluster.renderings) | \(ScanReport.cell(speaker)) | \(ScanReport.cell(cluster.canonical)) "
                         + "| \(ScanReport.cell(cluster.chosen_from)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as CSV (RFC 4180), one row per cluster.
    public func csv() -> String {
        var rows = ["id,renderings,speaker,speaker_title,canonical,chosen,chosen_from,sources,first_date,last_date"]
        for cluster in clusters {
            rows.append([cluster.id, String(cluster.renderings), cluster.speaker ?? "", cluster.speaker_title ?? "", cluster.canonical,
                         cluster.chosen, cluster.chosen_from, cluster.sources.joined(separator: " "), cluster.first_date ?? "",
                         cluster.last_date ?? ""].map(ScanReport.csvField).joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
