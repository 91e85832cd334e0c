import Foundation

/// The report of `verbatim scan --format json`: the fields of the evaluation format
/// (`documents`, `quotes`, `clusters`, `artifacts`) and more. Offsets are Unicode code point
/// offsets into each article's original text, half-open.
public struct ScanReport: Encodable, Sendable {
    public struct DocumentEntry: Encodable, Sendable {
        public var id: String
        public var source: String
        public var language: String?
        public var language_confidence: Double
        public var encoding: String
        public var encoding_method: String
        public var encoding_confidence: Double
        public var warnings: [String]
        public var mt_score: Double?
        public var source_language: String?
        public var source_language_evidence: [String: Double]?
        public var quotes: Int
        public var artifacts: Int?
    }

    public struct QuoteEntry: Encodable, Sendable {
        public var id: String
        public var doc: String
        public var start: Int
        public var end: Int
        public var text: String
        public var speaker: String?
        public var speaker_title: String?
        public var attribution: String?
        public var kind: String
        public var context: String
        public var flags: [String]
        public var paragraph: Int
        /// The id of the quote this one continues (multi-paragraph quotations).
        public var continues: String?
        public var cluster: String?
    }

    public struct DifferenceEntry: Encodable, Sendable {
        /// The rendering (quote id) that differs from the canonical one.
        public var quote: String
        public var kind: String
        public var canonical_text: String
        public var text: String
        /// Code point offsets of the differing words in the rendering's article, if it has them.
        public var start: Int?
        public var end: Int?
    }

    public struct ClusterEntry: Encodable, Sendable {
        public var id: String
        public var canonical: String
        /// Quote ids of the full renderings, then of the fragments attached.
        public var members: [String]
        public var fragments: [String]
        public var speaker: String?
        public var speaker_title: String?
        public var renderings: Int
        public var sources: [String]
        public var chosen: String
        public var chosen_from: String
        public var reason: String
        public var differences: [DifferenceEntry]
    }

    public struct TitleEntry: Encodable, Sendable {
        public var title: String
        public var doc: String
        public var start: Int
        public var end: Int
        public var group: Int
    }

    public struct SpeakerEntryView: Encodable, Sendable {
        public var name: String
        public var documents: [String]
        public var canonical_title: String?
        public var titles: [TitleEntry]
        public var outliers: [TitleEntry]
    }

    public var format = "verbatim-report/1"
    public var documents: [DocumentEntry]
    public var quotes: [QuoteEntry]
    public var clusters: [ClusterEntry] = []
    public var speakers: [SpeakerEntryView] = []
    public var artifacts: [ArtifactEntry] = []

    public struct ArtifactEntry: Encodable, Sendable {
        public var doc: String
        public var start: Int
        public var end: Int
        public var text: String
        public var category: String
        public var suggestion: String?
        /// The lexicon line or detector rule that found it ("de-en.lex:42", "detector/number-format").
        public var rule: String
        public var rule_id: String
        public var evidence: String
        public var weight: Double
        public var note: String?

        /// An artifact as reports and the store write it: code point offsets, the text, the
        /// weight rounded to three decimals.
        public init(_ artifact: Artifact, in document: Document) {
            let (start, end) = document.text.scalarRange(artifact.range)
            self.doc = document.id
            self.start = start
            self.end = end
            self.text = document.text[artifact.range]
            self.category = artifact.category.rawValue
            self.suggestion = artifact.suggestion
            self.rule = artifact.rule
            self.rule_id = artifact.ruleID
            self.evidence = artifact.evidence.rawValue
            self.weight = (artifact.weight * 1000).rounded() / 1000
            self.note = artifact.note
        }
    }

    /// The report of a batch and what its batch-level stages found.
    public init(documents: [Document], batch: ScanPipeline.BatchResult) {
        self.init(documents: documents, analysis: batch.analysis, mtScores: batch.assessments.map(\.score))
        for (index, assessment) in batch.assessments.enumerated() {
            self.documents[index].source_language = assessment.sourceLanguage
            self.documents[index].source_language_evidence = assessment.languageEvidence
            self.documents[index].artifacts = batch.artifacts[index].count
        }
        for (index, found) in batch.artifacts.enumerated() {
            artifacts += found.map { ScanReport.ArtifactEntry($0, in: documents[index]) }
        }
    }

    public init(documents: [Document], analysis: CorpusAnalysis? = nil, mtScores: [Double] = []) {
        var quoteEntries: [QuoteEntry] = []
        var documentEntries: [DocumentEntry] = []
        for document in documents {
            let text = document.text
            let firstID = quoteEntries.count + 1
            for (index, quote) in document.quotes.enumerated() {
                let (start, end) = text.scalarRange(quote.range)
                var flags: [String] = []
                if quote.flags.contains(.unclosed) { flags.append("unclosed") }
                if quote.flags.contains(.mismatchedClose) { flags.append("mismatched-close") }
                if quote.flags.contains(.spaceBeforeClose) { flags.append("space-before-close") }
                if quote.flags.contains(.continues) { flags.append("continues") }
                if quote.flags.contains(.hasNested) { flags.append("nested") }
                quoteEntries.append(QuoteEntry(
                    id: "q\(firstID + index)", doc: document.id, start: start, end: end, text: text[quote.range],
                    speaker: quote.speaker?.name, speaker_title: quote.speaker?.title,
                    attribution: quote.attribution?.rawValue, kind: quote.kind.rawValue, context: quote.context.rawValue,
                    flags: flags, paragraph: quote.paragraph, continues: quote.continuationOf.map { "q\(firstID + $0)" },
                    cluster: nil))
            }
            let decoding = document.article.decoding
            documentEntries.append(DocumentEntry(
                id: document.id, source: document.article.location.description, language: document.language.language,
                language_confidence: document.language.confidence, encoding: decoding.encoding,
                encoding_method: decoding.method.rawValue, encoding_confidence: decoding.confidence,
                warnings: decoding.warnings, mt_score: nil, source_language: nil, source_language_evidence: nil,
                quotes: document.quotes.count, artifacts: nil))
        }
        self.documents = documentEntries
        self.quotes = quoteEntries
        guard let analysis else { return }
        // Quote ids by reference.
        var idOf: [QuoteReference: String] = [:]
        var counter = 0
        for (index, document) in documents.enumerated() {
            for quote in document.quotes.indices {
                counter += 1
                idOf[QuoteReference(document: index, quote: quote)] = "q\(counter)"
            }
        }
        let position = Dictionary(uniqueKeysWithValues: quoteEntries.enumerated().map { ($1.id, $0) })
        for (reference, cluster) in analysis.clusterOfQuote {
            if let id = idOf[reference], let index = position[id] { self.quotes[index].cluster = cluster }
        }
        for cluster in analysis.clusters {
            let canonicalDocument = documents[cluster.canonical.document]
            let canonicalQuote = canonicalDocument.quotes[cluster.canonical.quote]
            var differences: [DifferenceEntry] = []
            for member in cluster.members {
                guard let alignment = cluster.alignments[member] else { continue }
                let text = documents[member.document].text
                for difference in alignment.differences {
                    let span = difference.witnessRange.map { text.scalarRange($0) }
                    differences.append(DifferenceEntry(
                        quote: idOf[member] ?? "", kind: difference.kind.rawValue, canonical_text: difference.baseText,
                        text: difference.witnessText, start: span?.start, end: span?.end))
                }
            }
            let all = cluster.members + cluster.fragments
            clusters.append(ClusterEntry(
                id: cluster.id, canonical: canonicalDocument.text[canonicalQuote.range],
                members: all.compactMap { idOf[$0] }, fragments: cluster.fragments.compactMap { idOf[$0] },
                speaker: all.lazy.compactMap { documents[$0.document].quotes[$0.quote].speaker?.name }.first,
                speaker_title: canonicalQuote.speaker?.title,
                renderings: all.count, sources: Array(Set(all.map { documents[$0.document].id })).sorted(),
                chosen: idOf[cluster.canonical] ?? "", chosen_from: canonicalDocument.id, reason: cluster.canonicalReason,
                differences: differences))
        }
        for speaker in analysis.speakers {
            func entry(_ title: TitleRendering) -> TitleEntry {
                let (start, end) = documents[title.document].text.scalarRange(title.range)
                return TitleEntry(title: title.title, doc: documents[title.document].id, start: start, end: end, group: title.group)
            }
            speakers.append(SpeakerEntryView(
                name: speaker.name, documents: speaker.documents.map { documents[$0].id },
                canonical_title: speaker.canonicalTitle?.title, titles: speaker.titles.map(entry),
                outliers: speaker.outliers.map(entry)))
        }
        for (index, score) in mtScores.enumerated() where index < self.documents.count {
            self.documents[index].mt_score = (score * 1000).rounded() / 1000
        }
    }
}

extension ScanReport {
    /// The canonical quote table, the speakers table and the artifacts for a terminal.
    public func table(width: Int = 100) -> String {
        var lines: [String] = []
        let several = clusters.filter { $0.renderings > 1 }.count
        lines.append("Canonical quotes · \(documents.count) articles · \(quotes.count) quotes · \(several) with several renderings")
        for (number, cluster) in clusters.enumerated() where cluster.members.count > cluster.fragments.count {
            let title = cluster.speaker_title.map { " · \($0)" } ?? ""
            lines.append("\(number + 1)  \(cluster.speaker ?? "unknown speaker")\(title) · \(cluster.renderings) rendering"
                + (cluster.renderings == 1 ? "" : "s") + " · chosen from \(Self.short(cluster.chosen_from))\(originality(cluster.chosen_from))")
            lines.append("   “\(Self.clip(cluster.canonical, width - 5))”")
            for member in cluster.members where member != cluster.chosen {
                guard let quote = quotes.first(where: { $0.id == member }) else { continue }
                let document = documents.first { $0.id == quote.doc }
                let differences = cluster.differences.filter { $0.quote == member }
                let score = document?.mt_score.map { String(format: ", %.2f", $0) } ?? ""
                let original = (document?.mt_score ?? 1) < 0.25
                let language = original ? "original" : document?.source_language.map { "MT from \($0)" } ?? "MT"
                lines.append("   \(Self.short(quote.doc)) (\(language)\(score))  “\(Self.clip(quote.text, 48))”  \(Self.summary(differences))")
            }
        }
        lines.append("")
        lines.append("Speakers")
        for speaker in speakers where !speaker.titles.isEmpty || speaker.documents.count > 1 {
            let sources = Set(speaker.titles.filter { $0.title == speaker.canonical_title }.map { Self.short($0.doc) }).sorted()
            var line = "   \(speaker.name)"
            if let title = speaker.canonical_title { line += " · \(title) (\(sources.joined(separator: ", ")))" }
            if !speaker.outliers.isEmpty {
                line += " · outlier: " + speaker.outliers.map { "\($0.title) (\(Self.short($0.doc)))" }.joined(separator: ", ")
            }
            lines.append(line)
        }
        lines.append("")
        lines.append("Artifacts")
        for document in documents {
            let own = artifacts.filter { $0.doc == document.id }
            let score = document.mt_score.map { String(format: "%.2f", $0) } ?? "–"
            lines.append("   \(document.id) · MT score \(score)" + (document.source_language.map { " · from \($0)" } ?? "")
                + " · \(own.count) artifact" + (own.count == 1 ? "" : "s"))
            for artifact in own {
                let suggestion = artifact.suggestion.map { " → \($0)" } ?? ""
                lines.append("      [\(artifact.category)] “\(Self.clip(artifact.text, 50))”\(suggestion)  (\(artifact.rule))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The same as Markdown: canonical quotes, speakers, artifacts by article.
    public func markdown() -> String {
        var lines = ["# Canonical quotes", "",
                     "\(documents.count) articles · \(quotes.count) quotes · \(clusters.filter { $0.renderings > 1 }.count) with several renderings", "",
                     "| # | speaker | canonical quote | renderings | sources | differences |", "|---|---|---|---|---|---|"]
        for cluster in clusters where cluster.members.count > cluster.fragments.count {
            let speaker = cluster.speaker.map { name in cluster.speaker_title.map { "\(name), \($0)" } ?? name } ?? "—"
            lines.append("| \(cluster.id) | \(Self.cell(speaker)) | \(Self.cell(cluster.canonical)) | \(cluster.renderings) | "
                + "\(cluster.sources.map(Self.short).joined(separator: ", ")) | \(Self.cell(Self.summary(cluster.differences))) |")
        }
        lines += ["", "# Speakers", "", "| speaker | canonical title | titles written | outliers |", "|---|---|---|---|"]
        for speaker in speakers where !speaker.titles.isEmpty {
            let written = speaker.titles.map { "\($0.title) (\(Self.short($0.doc)))" }.joined(separator: "; ")
            let outliers = speaker.outliers.map { "\($0.title) (\(Self.short($0.doc)))" }.joined(separator: "; ")
            lines.append("| \(Self.cell(speaker.name)) | \(Self.cell(speaker.canonical_title ?? "—")) | \(Self.cell(written)) | \(Self.cell(outliers)) |")
        }
        lines += ["", "# Artifacts", ""]
        for document in documents {
            let own = artifacts.filter { $0.doc == document.id }
            let score = document.mt_score.map { String(format: "%.2f", $0) } ?? "–"
            lines.append("## \(document.id) · MT score \(score)" + (document.source_language.map { " · from \($0)" } ?? ""))
            lines.append("")
            if own.isEmpty { lines += ["No artifacts.", ""]; continue }
            lines += ["| category | text | suggestion | rule |", "|---|---|---|---|"]
            for artifact in own {
                lines.append("| \(artifact.category) | \(Self.cell(artifact.text)) | \(Self.cell(artifact.suggestion ?? "")) | \(artifact.rule) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A table as CSV (RFC 4180): `clusters` (the canonical quote table), `quotes`, `speakers` or `artifacts`.
    public func csv(table: String = "clusters") -> String {
        var rows: [[String]]
        switch table {
        case "quotes":
            rows = [["id", "doc", "start", "end", "speaker", "speaker_title", "kind", "context", "cluster", "text"]]
            rows += quotes.map { [$0.id, $0.doc, String($0.start), String($0.end), $0.speaker ?? "", $0.speaker_title ?? "",
                                  $0.kind, $0.context, $0.cluster ?? "", $0.text] }
        case "speakers":
            rows = [["speaker", "canonical_title", "titles", "outliers", "documents"]]
            rows += speakers.map { [$0.name, $0.canonical_title ?? "", $0.titles.map { "\($0.title) (\($0.doc))" }.joined(separator: "; "),
                                    $0.outliers.map { "\($0.title) (\($0.doc))" }.joined(separator: "; "), $0.documents.joined(separator: " ")] }
        case "artifacts":
            rows = [["doc", "start", "end", "category", "text", "suggestion", "rule", "evidence", "weight"]]
            rows += artifacts.map { [$0.doc, String($0.start), String($0.end), $0.category, $0.text, $0.suggestion ?? "", $0.rule,
                                     $0.evidence, String($0.weight)] }
        default:
            rows = [["cluster", "speaker", "speaker_title", "canonical", "renderings", "sources", "chosen_from", "differences"]]
            rows += clusters.map { [$0.id, $0.speaker ?? "", $0.speaker_title ?? "", $0.canonical, String($0.renderings),
                                    $0.sources.joined(separator: " "), $0.chosen_from, Self.summary($0.differences)] }
        }
        return rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    func originality(_ id: String) -> String {
        guard let document = documents.first(where: { $0.id == id }), let score = document.mt_score else { return "" }
        return score < 0.25 ? " (original)" : String(format: " (MT score %.2f)", score)
    }

    /// "words moved: hear; inserted: have".
    static func summary(_ differences: [DifferenceEntry]) -> String {
        let labels = ["word-order": "words moved", "substitution": "substituted", "number-format": "number format",
                      "spelling": "spelling", "insertion": "inserted", "omission": "omitted", "typography": "typography"]
        var parts: [String] = []
        for kind in ["word-order", "substitution", "number-format", "spelling", "insertion", "omission", "typography"] {
            let own = differences.filter { $0.kind == kind }
            guard !own.isEmpty, let label = labels[kind] else { continue }
            let words = own.prefix(4).map { difference -> String in
                if difference.text.isEmpty { return difference.canonical_text }
                if difference.canonical_text.isEmpty || difference.kind == "word-order" { return difference.text }
                return "\(difference.canonical_text)→\(difference.text)"
            }
            parts.append("\(label): \(words.joined(separator: ", "))" + (own.count > 4 ? " …" : ""))
        }
        return parts.joined(separator: "; ")
    }

    static func short(_ id: String) -> String { String(id.prefix(while: { $0 != "_" })) }

    static func clip(_ text: String, _ width: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= width ? flat : String(flat.prefix(max(1, width - 1))) + "…"
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    static func csvField(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
