import Foundation
import GRDB

/// One cluster with every rendering aligned word by word against the canonical one, with the
/// differences and the artifacts found inside each rendering (`verbatim show`).
public struct ClusterDetail: Encodable, Sendable {
    public struct Difference: Encodable, Sendable, Hashable {
        public var kind: String
        public var canonical_text: String
        public var text: String
        public var start: Int?
        public var end: Int?
    }

    public struct Artifact: Encodable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        public var category: String
        public var suggestion: String?
        public var rule: String
        public var note: String?
    }

    /// A pair of aligned words: the canonical rendering's and this one's (nil for a gap).
    public struct AlignedWord: Encodable, Sendable, Hashable {
        public var canonical: String?
        public var text: String?
    }

    public struct Rendering: Encodable, Sendable {
        public var id: String
        public var doc: String
        public var revision: Int
        public var source: String?
        public var date: String
        public var mt_score: Double
        public var start: Int
        public var end: Int
        public var text: String
        public var speaker: String?
        public var is_canonical: Bool
        public var aligned: [AlignedWord]
        public var differences: [Difference]
        public var artifacts: [Artifact]
    }

    public var id: String
    public var canonical: String
    public var speaker: String?
    public var speaker_title: String?
    public var chosen: String
    public var chosen_from: String
    public var reason: String
    /// Quote ids of the renderings.
    public var members: [String]
    public var renderings: [Rendering]
}

extension QuoteStore {
    /// A cluster by id ("c12" or "12"), every rendering aligned against the canonical one.
    public func clusterDetail(_ id: String) throws(StoreError) -> ClusterDetail {
        let digits = id.hasPrefix("c") ? String(id.dropFirst()) : id
        guard let number = Int64(digits) else {
            throw StoreError(.invalidArgument, file: path, reason: "'\(id)' is not a cluster id (c1, c2, …)")
        }
        let detail = try read { db -> ClusterDetail? in
            guard let cluster = try Row.fetchOne(db, sql: """
                SELECT c.*, s.name AS speaker, s.canonical_title FROM clusters c LEFT JOIN speakers s ON s.id = c.speaker_id
                WHERE c.id = ?
                """, arguments: [number]) else { return nil }
            let canonicalQuote: Int64 = cluster["canonical_quote"]
            let rows = try Row.fetchAll(db, sql: """
                SELECT q.id, q.revision_id, q.start, q."end", q.text, q.speaker_name, r.words, r.differences,
                       a.external_id, v.number, v.source, v.date, v.mt_score
                FROM renderings r JOIN quotes q ON q.id = r.quote_id JOIN revisions v ON v.id = q.revision_id
                JOIN articles a ON a.id = v.article_id WHERE r.cluster_id = ? ORDER BY q.id
                """, arguments: [number])
            let words = rows.map { StoredWords(encoded: $0["words"]) }
            let baseIndex = rows.firstIndex { $0["id"] as Int64 == canonicalQuote }
            let base = baseIndex.flatMap { words[$0] }?.alignmentWords
            var renderings: [ClusterDetail.Rendering] = []
            for (index, row) in rows.enumerated() {
                let quoteID: Int64 = row["id"]
                let start: Int = row["start"]
                let end: Int = row["end"]
                var aligned: [ClusterDetail.AlignedWord] = []
                var differences: [ClusterDetail.Difference] = []
                if let base, let witness = words[index]?.alignmentWords {
                    let alignment = RenderingAligner().align(base: base, witness: witness)
                    aligned = alignment.pairs.map { pair in
                        ClusterDetail.AlignedWord(canonical: pair.base.map { base.surface[$0] }, text: pair.witness.map { witness.surface[$0] })
                    }
                    if quoteID != canonicalQuote {
                        differences = alignment.differences.map { difference in
                            ClusterDetail.Difference(kind: difference.kind.rawValue, canonical_text: difference.baseText,
                                                     text: difference.witnessText, start: difference.witnessRange?.start,
                                                     end: difference.witnessRange?.end)
                        }
                    }
                }
                let artifacts = try Row.fetchAll(db, sql: """
                    SELECT start, "end", text, category, suggestion, rule, note FROM artifacts
                    WHERE revision_id = ? AND start < ? AND "end" > ? ORDER BY start
                    """, arguments: [row["revision_id"] as Int64, end, start]).map { artifact in
                    ClusterDetail.Artifact(start: artifact["start"], end: artifact["end"], text: artifact["text"],
                                           category: artifact["category"], suggestion: artifact["suggestion"],
                                           rule: artifact["rule"], note: artifact["note"])
                }
                renderings.append(ClusterDetail.Rendering(
                    id: "q\(quoteID)", doc: row["external_id"], revision: row["number"], source: row["source"], date: row["date"],
                    mt_score: row["mt_score"], start: start, end: end, text: row["text"], speaker: row["speaker_name"],
                    is_canonical: quoteID == canonicalQuote, aligned: aligned, differences: differences, artifacts: artifacts))
            }
            return ClusterDetail(
                id: "c\(number)", canonical: cluster["canonical_text"], speaker: cluster["speaker"],
                speaker_title: cluster["canonical_title"], chosen: "q\(canonicalQuote)",
                chosen_from: renderings.first { $0.is_canonical }?.doc ?? "", reason: cluster["reason"],
                members: renderings.map(\.id), renderings: renderings)
        }
        guard let detail else { throw StoreError(.notFound, file: path, reason: "no cluster \(id)") }
        return detail
    }
}

extension ClusterDetail {
    /// Every rendering with its words set against the canonical ones, for a terminal.
    public func text(width: Int = 100) -> String {
        var lines: [String] = []
        var heading = "\(id) · \(renderings.count) renderings"
        if let speaker { heading += " · \(speaker)" + (speaker_title.map { " (\($0))" } ?? "") }
        lines.append(heading)
        lines.append("canonical: “\(canonical)” (\(chosen), \(chosen_from))")
        lines.append("reason: \(reason)")
        for rendering in renderings {
            lines.append("")
            var header = "\(rendering.id)  \(rendering.doc)"
            if rendering.revision > 1 { header += " (revision \(rendering.revision))" }
            if let source = rendering.source { header += " · \(source)" }
            header += " · \(rendering.date) · MT \(String(format: "%.2f", rendering.mt_score))"
            if rendering.is_canonical { header += " · canonical" }
            lines.append(header)
            lines.append("  “\(rendering.text)”")
            if !rendering.is_canonical, !rendering.aligned.isEmpty {
                lines += Self.interlinear(rendering.aligned, width: width)
            }
            for difference in rendering.differences {
                var line = "  \(difference.kind): "
                switch (difference.canonical_text.isEmpty, difference.text.isEmpty) {
                case (true, _): line += "+“\(difference.text)”"
                case (_, true): line += "−“\(difference.canonical_text)”"
                default: line += "“\(difference.canonical_text)” → “\(difference.text)”"
                }
                if let start = difference.start, let end = difference.end { line += " @\(start)–\(end)" }
                lines.append(line)
            }
            for artifact in rendering.artifacts {
                var line = "  artifact \(artifact.category): “\(artifact.text)”"
                if let suggestion = artifact.suggestion { line += " → “\(suggestion)”" }
                line += " [\(artifact.rule)]"
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Two rows, canonical words over this rendering's, in columns, wrapped at `width`.
    static func interlinear(_ words: [AlignedWord], width: Int) -> [String] {
        var lines: [String] = []
        var top = "  canonical │"
        var bottom = "  this      │"
        let indent = top.count
        for word in words {
            let a = word.canonical ?? "—"
            let b = word.text ?? "—"
            let cell = max(a.count, b.count)
            if top.count + cell + 3 > width && top.count > indent {
                lines += [top, bottom]
                top = "            │"
                bottom = "            │"
            }
            top += " " + a + String(repeating: " ", count: cell - a.count) + " │"
            bottom += " " + b + String(repeating: " ", count: cell - b.count) + " │"
        }
        return lines + [top, bottom]
    }
}
