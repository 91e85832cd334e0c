import Foundation

/// The report as one self-contained HTML page (`verbatim scan --format html`): every article's
/// machine-translation score at a glance; per cluster the canonical quote, its speaker and
/// canonical title, and the renderings aligned word by word with their differences marked; per
/// article the text with its artifacts marked in place, filterable by category.
///
/// The page needs no network: its CSS and its little JavaScript are inline, and a content
/// security policy forbids loading anything. Every string from the input is escaped. Stable
/// hooks for tests and links: `id="doc-ID"` on each article, `id="qN"` on each quote,
/// `id="cN"` and `data-cluster` on each cluster, `data-artifact="DOC:START-END"` (code point
/// offsets, as in the JSON report) on each artifact's `<mark>`.
///
/// The renderer needs only the report, the articles' texts and the alignment tables, so a
/// command that reads them back from a store can render the same page.
public struct HTMLReport: Sendable {
    /// What the page shows of an article besides the report's entry.
    public struct ArticleText: Sendable {
        /// The original text, which the report's offsets point into.
        public var text: String
        public var headline: String?

        public init(text: String, headline: String? = nil) {
            self.text = text
            self.headline = headline
        }
    }

    public var report: ScanReport
    /// Index-aligned with `report.documents`.
    public var articles: [ArticleText]
    /// By cluster id; a cluster without a table shows its canonical quote and members only.
    public var alignments: [String: AlignmentTable]
    public var title: String

    public init(report: ScanReport, articles: [ArticleText], alignments: [String: AlignmentTable] = [:],
                title: String = "Verbatim report") {
        self.report = report
        self.articles = articles
        self.alignments = alignments
        self.title = title
    }

    /// The page of a processed batch and what its batch-level stages found.
    public init(documents: [Document], batch: ScanPipeline.BatchResult, title: String = "Verbatim report") {
        var firstQuote: [Int] = []
        var counter = 0
        for document in documents {
            firstQuote.append(counter)
            counter += document.quotes.count
        }
        // Quote ids as ``ScanReport`` numbers them.
        let quoteID = { (reference: QuoteReference) in "q\(firstQuote[reference.document] + reference.quote + 1)" }
        var tables: [String: AlignmentTable] = [:]
        for cluster in batch.analysis.clusters {
            tables[cluster.id] = AlignmentTable(cluster: cluster, renderings: batch.analysis.renderings,
                                                documents: documents, quoteID: quoteID)
        }
        self.init(report: ScanReport(documents: documents, batch: batch),
                  articles: documents.map { ArticleText(text: $0.text.string, headline: $0.article.headline) },
                  alignments: tables, title: title)
    }

    /// The whole page.
    public func render() -> String {
        var page = Page(report: report, articles: articles, alignments: alignments)
        return page.render(title: title)
    }
}

// MARK: - Page

/// One rendering of the page; knows which article each quote and artifact belongs to.
private struct Page {
    let report: ScanReport
    let articles: [HTMLReport.ArticleText]
    let alignments: [String: AlignmentTable]
    /// Per document: its anchor id ("doc-ID", unique on the page).
    let anchors: [String]
    /// Per quote (report order): the index of its document.
    let quoteDocument: [Int]
    /// Per artifact (report order): the index of its document.
    let artifactDocument: [Int]
    let quoteIndex: [String: Int]
    let speakers: [String: ScanReport.SpeakerEntryView]
    /// Per document: its text's code points, which the report's offsets count.
    let scalars: [[Unicode.Scalar]]
    var out = ""

    init(report: ScanReport, articles: [HTMLReport.ArticleText], alignments: [String: AlignmentTable]) {
        self.report = report
        self.articles = articles
        self.alignments = alignments
        var used: Set<String> = []
        var anchors: [String] = []
        for document in report.documents {
            let base = "doc-" + HTMLText.identifier(document.id)
            var anchor = base
            var suffix = 2
            while used.contains(anchor) {
                anchor = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(anchor)
            anchors.append(anchor)
        }
        self.anchors = anchors
        // Quotes and artifacts come in document order; the per-document counts place them even
        // when two articles share an id. Otherwise the first document with the id.
        var firstWithID: [String: Int] = [:]
        for (index, document) in report.documents.enumerated() where firstWithID[document.id] == nil {
            firstWithID[document.id] = index
        }
        func place(_ ids: [String], counts: [Int]) -> [Int] {
            if counts.reduce(0, +) == ids.count {
                return counts.enumerated().flatMap { [Int](repeating: $0.offset, count: $0.element) }
            }
            return ids.map { firstWithID[$0] ?? 0 }
        }
        quoteDocument = place(report.quotes.map(\.doc), counts: report.documents.map(\.quotes))
        artifactDocument = place(report.artifacts.map(\.doc), counts: report.documents.map { $0.artifacts ?? 0 })
        quoteIndex = Dictionary(report.quotes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        speakers = Dictionary(report.speakers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        scalars = articles.map { Array($0.text.unicodeScalars) }
    }

    static func e(_ text: String) -> String { HTMLText.escape(text) }

    mutating func render(title: String) -> String {
        out.reserveCapacity(256 * 1024)
        let e = Self.e
        out += """
            <!DOCTYPE html>
            <html lang="en" data-errors="0" data-js="pending">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <meta name="generator" content="verbatim (\(e(report.format)))">
            <title>\(e(title))</title>
            <link rel="icon" href="data:,">
            <script>\(HTMLReportAssets.errorRecorder)</script>
            <style>\(HTMLReportAssets.style)\(HTMLReportAssets.filterStyle)</style>
            </head>
            <body>
            <a class="skip" href="#main">Skip to the report</a>

            """
        header(title: title)
        out += "<main id=\"main\">\n"
        summary()
        clusters()
        documents()
        out += "</main>\n<footer class=\"page-footer\"><p>Written by Verbatim, report format \(e(report.format)). "
            + "Offsets are Unicode code point offsets into each article&#39;s original text.</p></footer>\n"
        out += "<script>\(HTMLReportAssets.script)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: Header and summary

    mutating func header(title: String) {
        let e = Self.e
        let multi = report.clusters.filter { $0.renderings > 1 }.count
        out += """
            <header class="page-header">
            <h1>\(e(title))</h1>
            <p class="counts">\(report.documents.count) articles · \(report.quotes.count) quotes · \(report.clusters.count) clusters (\(multi) with several renderings) · \(report.artifacts.count) artifacts</p>
            <nav aria-label="Contents"><ul>
            <li><a href="#summary">Articles at a glance</a></li>
            <li><a href="#clusters">Quotes across articles</a></li>
            <li><a href="#articles">Articles with their artifacts</a></li>
            </ul></nav>
            </header>

            """
    }

    mutating func summary() {
        let e = Self.e
        out += """
            <section id="summary" aria-labelledby="summary-h">
            <h2 id="summary-h">Articles at a glance</h2>
            <p>The machine-translation (MT) score runs from 0 to 1: how much of the wording that machine translation typically leaves behind an article shows (high from 0.5, medium from 0.2). The source language is the language its artifacts point to.</p>
            <div class="scroll" role="region" aria-labelledby="summary-caption" tabindex="0">
            <table class="summary">
            <caption id="summary-caption">Articles and their scores</caption>
            <thead><tr><th scope="col">Article</th><th scope="col">MT score</th><th scope="col">Source language</th><th scope="col">Language</th><th scope="col">Quotes</th><th scope="col">Artifacts</th></tr></thead>
            <tbody>

            """
        for (index, document) in report.documents.enumerated() {
            out += "<tr><th scope=\"row\"><a href=\"#\(anchors[index])\">\(e(document.id))</a></th>"
            out += "<td>\(Self.score(document.mt_score))</td>"
            out += "<td>\(document.source_language.map(e) ?? "<span class=\"none\">none found</span>")</td>"
            out += "<td>\(document.language.map(e) ?? "unknown")</td>"
            out += "<td class=\"num\">\(document.quotes)</td><td class=\"num\">\(document.artifacts.map(String.init) ?? "–")</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n</section>\n\n"
    }

    /// A score as a meter, a number and a word, so that no colour has to carry it.
    static func score(_ score: Double?) -> String {
        guard let score else { return "<span class=\"none\">not scored</span>" }
        let level = score >= 0.5 ? "high" : score >= 0.2 ? "medium" : "low"
        let value = String(format: "%.2f", score)
        return "<span class=\"mt mt-\(level)\"><meter min=\"0\" max=\"1\" low=\"0.2\" high=\"0.5\" optimum=\"0\" value=\"\(value)\" "
            + "aria-hidden=\"true\"></meter> <span class=\"mt-value\">\(value)</span> <span class=\"mt-level\">\(level)</span></span>"
    }

    // MARK: Clusters

    mutating func clusters() {
        let e = Self.e
        out += """
            <section id="clusters" aria-labelledby="clusters-h">
            <h2 id="clusters-h">Quotes across articles</h2>
            <p>Each cluster gathers the renderings of one utterance. The canonical rendering comes first; the others are aligned with it word by word, one row per rendering, one column per aligned position.</p>

            """
        legend()
        let several = report.clusters.filter { $0.renderings > 1 }
        let single = report.clusters.filter { $0.renderings <= 1 }
        for cluster in several { clusterSection(cluster) }
        if !single.isEmpty {
            out += """
                <section class="singles" aria-labelledby="singles-h">
                <h3 id="singles-h">Quotes with one rendering</h3>
                <ol class="single-list">

                """
            for cluster in single {
                out += "<li class=\"cluster single\" id=\"\(HTMLText.identifier(cluster.id))\" data-cluster=\"\(e(cluster.id))\">"
                out += "<span class=\"cid\">\(e(cluster.id))</span> "
                out += "<q>\(e(cluster.canonical))</q> "
                out += "<span class=\"who\">\(speakerLine(cluster))</span> · \(quoteLink(cluster.chosen))</li>\n"
            }
            out += "</ol>\n</section>\n"
        }
        out += "</section>\n\n"
    }

    mutating func legend() {
        out += """
            <section class="legend" aria-labelledby="legend-h">
            <h3 id="legend-h">Legend: how a rendering differs from the canonical one</h3>
            <ul class="legend-list">

            """
        let entries: [(String, String, String)] = [
            ("moved", "word", "the same word stands elsewhere in this rendering (word order)"),
            ("moved-away", "↷", "the canonical word at this place stands elsewhere in this rendering"),
            ("substitution", "word", "another word in the same place"),
            ("insertion", "word", "a word the canonical rendering lacks"),
            ("omission", "—", "a word of the canonical rendering this one lacks"),
            ("number-format", "100.000", "the same number written another way"),
            ("spelling", "Riabkov", "the same word spelt or transliterated another way"),
            ("typography", "don’t", "the same word with other typography"),
        ]
        for (kind, sample, meaning) in entries {
            out += "<li><span class=\"d d-\(kind)\">\(Self.e(sample))<span class=\"tag\">[\(Self.label(kind))]</span></span> "
                + "\(Self.e(meaning))</li>\n"
        }
        out += "</ul>\n</section>\n"
    }

    static func cssName(_ kind: DifferenceKind) -> String {
        kind == .moved ? "moved" : kind.rawValue
    }

    static func label(_ cssName: String) -> String {
        switch cssName {
        case "moved": return "moved"
        case "moved-away": return "moved away"
        case "substitution": return "substituted"
        case "insertion": return "inserted"
        case "omission": return "omitted"
        case "number-format": return "number format"
        case "spelling": return "spelling"
        case "typography": return "typography"
        default: return cssName
        }
    }

    func speakerLine(_ cluster: ScanReport.ClusterEntry) -> String {
        let e = Self.e
        guard let name = cluster.speaker else { return "<span class=\"none\">speaker unknown</span>" }
        let title = speakers[name]?.canonical_title ?? cluster.speaker_title
        return "— <span class=\"speaker\">\(e(name))</span>" + (title.map { ", <span class=\"title\">\(e($0))</span>" } ?? "")
    }

    /// "q7 in DOC (MT 0.52)", linked to the quote and the article.
    func quoteLink(_ id: String) -> String {
        let e = Self.e
        guard let index = quoteIndex[id] else { return e(id) }
        let document = quoteDocument[index]
        let entry = report.documents[document]
        return "<a href=\"#\(HTMLText.identifier(id))\">\(e(id))</a> in "
            + "<a class=\"doc\" href=\"#\(anchors[document])\">\(e(entry.id))</a> "
            + "<span class=\"mt-inline\">(MT \(entry.mt_score.map { String(format: "%.2f", $0) } ?? "–"))</span>"
    }

    mutating func clusterSection(_ cluster: ScanReport.ClusterEntry) {
        let e = Self.e
        let id = HTMLText.identifier(cluster.id)
        out += """
            <section class="cluster" id="\(id)" data-cluster="\(e(cluster.id))" aria-labelledby="\(id)-h">
            <h3 id="\(id)-h"><span class="cid">\(e(cluster.id))</span> \(cluster.speaker.map(e) ?? "Unknown speaker") <span class="count">· \(cluster.renderings) renderings in \(cluster.sources.count) articles</span></h3>
            <blockquote class="canonical"><p>\(e(cluster.canonical))</p></blockquote>
            <dl class="facts">

            """
        let speaker = cluster.speaker.flatMap { speakers[$0] }
        out += "<div><dt>Speaker</dt><dd>\(cluster.speaker.map(e) ?? "unknown")</dd></div>\n"
        let canonicalTitle = speaker?.canonical_title ?? cluster.speaker_title
        out += "<div><dt>Canonical title</dt><dd>\(canonicalTitle.map(e) ?? "<span class=\"none\">none</span>")</dd></div>\n"
        out += "<div><dt>Canonical rendering</dt><dd>\(quoteLink(cluster.chosen)) — chosen \(e(cluster.reason))</dd></div>\n"
        out += "</dl>\n"
        if let table = alignments[cluster.id], table.rows.count > 1 {
            alignmentTable(table, cluster: cluster, speaker: speaker)
        }
        let rows = alignments[cluster.id]?.rows ?? []
        let tabled = rows.count > 1 ? Set(rows.map(\.quote)) : [cluster.chosen]
        let others = cluster.members.filter { !tabled.contains($0) }
        if !others.isEmpty {
            out += "<p class=\"fragments\"><span class=\"label\">\(others.allSatisfy(cluster.fragments.contains) ? "Fragments" : "Other renderings"):</span></p>\n<ul class=\"fragment-list\">\n"
            for quote in others {
                let text = quoteIndex[quote].map { report.quotes[$0].text } ?? ""
                out += "<li><q>\(e(text))</q> — \(quoteLink(quote))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</section>\n\n"
    }

    /// How a merged cell looks in one row, to decide which columns can merge.
    enum Signature: Hashable {
        case words(DifferenceKind?)
        case empty(DifferenceKind?)
        case mixed
    }

    static func signature(_ cell: AlignmentTable.Cell) -> Signature {
        guard let first = cell.words.first else { return .empty(cell.absence) }
        return cell.words.allSatisfy { $0.difference == first.difference } ? .words(first.difference) : .mixed
    }

    /// Runs of neighbouring canonical columns in which every row looks the same merge into one
    /// column, as CollateX joins invariant tokens: a phrase that all renderings share reads as
    /// a phrase. Gap columns stay alone.
    static func mergedColumns(_ table: AlignmentTable) -> [[Int]] {
        var groups: [[Int]] = []
        for column in table.columns.indices {
            if let last = groups.last?.last, table.columns[last] == .canonical, table.columns[column] == .canonical,
               table.rows.allSatisfy({ row in
                   let a = signature(row.cells[last])
                   return a != .mixed && a == signature(row.cells[column])
               }) {
                groups[groups.count - 1].append(column)
            } else {
                groups.append([column])
            }
        }
        return groups
    }

    mutating func alignmentTable(_ table: AlignmentTable, cluster: ScanReport.ClusterEntry,
                                 speaker: ScanReport.SpeakerEntryView?) {
        let e = Self.e
        let id = HTMLText.identifier(cluster.id)
        let groups = Self.mergedColumns(table)
        out += """
            <div class="scroll" role="region" aria-labelledby="\(id)-caption" tabindex="0">
            <table class="align">
            <caption id="\(id)-caption">Renderings of \(e(cluster.id)), aligned</caption>
            <thead><tr><th scope="col">Rendering</th><th scope="colgroup" colspan="\(max(groups.count, 1))">Aligned words</th></tr></thead>
            <tbody>

            """
        for row in table.rows {
            let quote = quoteIndex[row.quote].map { report.quotes[$0] }
            out += "<tr class=\"\(row.isCanonical ? "canonical-row" : "rendering-row")\" data-quote=\"\(e(row.quote))\">"
            out += "<th scope=\"row\">"
            out += quoteLink(row.quote)
            if row.isCanonical { out += " <strong class=\"badge\">canonical</strong>" }
            if let title = quote?.speaker_title {
                let outlier = speaker?.outliers.contains { $0.title == title && $0.doc == quote?.doc } ?? false
                out += "<span class=\"row-title\">as “\(e(title))”\(outlier ? " <strong class=\"badge outlier\">[title outlier]</strong>" : "")</span>"
            }
            out += "</th>"
            for group in groups {
                let kind = table.columns[group[0]]
                var words: [AlignmentTable.Word] = []
                for column in group { words += row.cells[column].words }
                let absence = row.cells[group[0]].absence
                out += cell(words: words, absence: absence, gap: kind == .gap, document: quoteIndex[row.quote].map { quoteDocument[$0] })
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }

    func cell(words: [AlignmentTable.Word], absence: DifferenceKind?, gap: Bool, document: Int?) -> String {
        let e = Self.e
        if words.isEmpty {
            let classes = gap ? " class=\"gap\"" : ""
            switch absence {
            case .moved?:
                return "<td\(classes)><span class=\"d d-moved-away\"><span aria-hidden=\"true\">↷</span><span class=\"tag\">[moved away]</span></span></td>"
            case .omission?:
                return "<td\(classes)><span class=\"d d-omission\"><span aria-hidden=\"true\">—</span><span class=\"tag\">[omitted]</span></span></td>"
            default:
                return "<td\(classes)></td>"
            }
        }
        // What stands between two words in the article (punctuation, a hyphen), or a space.
        func separator(_ left: AlignmentTable.Word, _ right: AlignmentTable.Word) -> String {
            guard let document, document < scalars.count, left.end <= right.start, right.start <= scalars[document].count,
                  right.start - left.end <= 8 else { return " " }
            let between = scalars[document][left.end..<right.start]
            guard !between.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return " " }
            var result = ""
            var space = false
            for scalar in between {
                if scalar.properties.isWhitespace { space = true; continue }
                if space { result += " " }
                space = false
                result.unicodeScalars.append(scalar)
            }
            return e(space ? result + " " : result)
        }
        // Runs of words with the same difference, each marked once.
        var html = ""
        var index = 0
        while index < words.count {
            var end = index + 1
            while end < words.count, words[end].difference == words[index].difference { end += 1 }
            if index > 0 { html += separator(words[index - 1], words[index]) }
            var text = ""
            for position in index..<end {
                if position > index { text += separator(words[position - 1], words[position]) }
                let word = words[position]
                text += word.difference == nil ? e(word.text) : "<span data-span=\"\(word.start)-\(word.end)\">\(e(word.text))</span>"
            }
            if let difference = words[index].difference {
                let name = Self.cssName(difference)
                html += "<span class=\"d d-\(name)\" data-difference=\"\(e(difference.rawValue))\">\(text)"
                    + "<span class=\"tag\">[\(Self.label(name))]</span></span>"
            } else {
                html += text
            }
            index = end
        }
        // Long phrases get room to wrap as lines rather than a column of single words.
        let length = words.reduce(0) { $0 + $1.text.count + 1 }
        var classes: [String] = gap ? ["gap"] : []
        if length > 120 { classes.append("w4") } else if length > 60 { classes.append("w3") } else if length > 25 { classes.append("w2") } else if length > 12 { classes.append("w1") }
        return "<td\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\(html)</td>"
    }

    // MARK: Articles

    mutating func documents() {
        let e = Self.e
        var counts: [String: Int] = [:]
        for artifact in report.artifacts { counts[artifact.category, default: 0] += 1 }
        // The categories found, in the lexicons' order, then any others.
        let known = ArtifactCategory.allCases.map(\.rawValue)
        let categories = known.filter { counts[$0] != nil } + counts.keys.filter { !known.contains($0) }.sorted()
        out += """
            <section id="articles" aria-labelledby="articles-h">
            <h2 id="articles-h">Articles with their artifacts</h2>
            <p>Artifacts are marked in place with their category; focus one (Tab) or hover over it to see the suggestion. Quotes are shaded and link to their cluster. Debris (page furniture, not part of the story) is greyed out.</p>
            <fieldset class="filters">
            <legend>Show artifact categories</legend>

            """
        for category in categories {
            let name = HTMLText.identifier(category)
            out += "<label class=\"filter\"><input type=\"checkbox\" id=\"f-\(name)\" data-filter=\"\(name)\" checked> "
                + "<span class=\"a a-\(name) sample\">\(e(category))</span> <span class=\"n\">(\(counts[category] ?? 0))</span></label>\n"
        }
        out += "</fieldset>\n"
        for index in report.documents.indices { article(index) }
        out += "</section>\n"
    }

    mutating func article(_ index: Int) {
        let e = Self.e
        let entry = report.documents[index]
        let anchor = anchors[index]
        let text = index < articles.count ? articles[index] : HTMLReport.ArticleText(text: "")
        out += """
            <article class="doc" id="\(anchor)" data-doc="\(e(entry.id))" aria-labelledby="\(anchor)-h">
            <header>
            <h3 id="\(anchor)-h">\(e(entry.id))</h3>

            """
        if let headline = text.headline, !headline.isEmpty { out += "<p class=\"headline\">\(e(headline))</p>\n" }
        out += "<dl class=\"meta\">\n"
        out += "<div><dt>MT score</dt><dd>\(Self.score(entry.mt_score))</dd></div>\n"
        var source = entry.source_language.map(e) ?? "<span class=\"none\">none found</span>"
        if let evidence = entry.source_language_evidence, !evidence.isEmpty {
            let ranked = evidence.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            source += " <span class=\"evidence\">(evidence: "
                + ranked.map { "\(e($0.key)) \(String(format: "%.2f", $0.value))" }.joined(separator: ", ") + ")</span>"
        }
        out += "<div><dt>Source language</dt><dd>\(source)</dd></div>\n"
        out += "<div><dt>Language</dt><dd>\(entry.language.map(e) ?? "unknown") "
            + "<span class=\"evidence\">(confidence \(String(format: "%.2f", entry.language_confidence)))</span></dd></div>\n"
        out += "<div><dt>Encoding</dt><dd>\(e(entry.encoding)) <span class=\"evidence\">(\(e(entry.encoding_method)))</span></dd></div>\n"
        out += "<div><dt>Quotes</dt><dd>\(entry.quotes)</dd></div>\n"
        out += "<div><dt>Artifacts</dt><dd>\(entry.artifacts.map(String.init) ?? "–")</dd></div>\n"
        out += "<div class=\"source\"><dt>Source</dt><dd>\(e(entry.source))</dd></div>\n"
        out += "</dl>\n"
        if !entry.warnings.isEmpty {
            out += "<ul class=\"warnings\">" + entry.warnings.map { "<li>Warning: \(e($0))</li>" }.joined() + "</ul>\n"
        }
        out += "</header>\n"
        let quotes = report.quotes.indices.filter { quoteDocument[$0] == index }
        let artifacts = report.artifacts.indices.filter { artifactDocument[$0] == index }
        out += "<div class=\"text\">" + annotatedText(text.text, quotes: quotes, artifacts: artifacts) + "</div>\n"
        if !artifacts.isEmpty { artifactTable(artifacts, anchor: anchor) }
        out += "</article>\n\n"
    }

    func tip(_ artifact: ScanReport.ArtifactEntry) -> String {
        var tip = artifact.category
        if let suggestion = artifact.suggestion {
            tip += ": write “\(suggestion)”"
        } else if artifact.category == ArtifactCategory.debris.rawValue {
            tip += ": not part of the story"
        }
        if let note = artifact.note { tip += " (\(note))" }
        return tip + " [\(artifact.rule)]"
    }

    func annotatedText(_ text: String, quotes: [Int], artifacts: [Int]) -> String {
        let e = Self.e
        // Tags: quotes as their index, artifacts as -1 - their index.
        var spans = quotes.map { HTMLText.Span(start: report.quotes[$0].start, end: report.quotes[$0].end, tag: $0, splittable: true) }
        spans += artifacts.map {
            HTMLText.Span(start: report.artifacts[$0].start, end: report.artifacts[$0].end, tag: -1 - $0, splittable: false)
        }
        return HTMLText.layout(text, spans: spans, open: { tag, piece in
            if tag >= 0 {
                let quote = report.quotes[tag]
                let id = e(quote.id)
                return "<span class=\"quote\" data-quote=\"\(id)\"\(piece == 0 ? " id=\"\(HTMLText.identifier(quote.id))\"" : "")>"
            }
            let number = -1 - tag
            let artifact = report.artifacts[number]
            let category = HTMLText.identifier(artifact.category)
            return "<mark id=\"a\(number + 1)\" class=\"a a-\(category)\" tabindex=\"0\" "
                + "data-artifact=\"\(e(artifact.doc)):\(artifact.start)-\(artifact.end)\" data-category=\"\(e(artifact.category))\" "
                + "title=\"\(e(tip(artifact)))\" data-tip=\"\(e(tip(artifact)))\" aria-describedby=\"a\(number + 1)-row\">"
        }, close: { tag, _ in
            if tag >= 0 { return "</span>" }
            let artifact = report.artifacts[-1 - tag]
            return "<span class=\"tag\">\(e(artifact.category))</span></mark>"
        }, after: { tag in
            guard tag >= 0 else { return "" }
            let quote = report.quotes[tag]
            if let cluster = quote.cluster {
                return "<a class=\"qref\" href=\"#\(HTMLText.identifier(cluster))\" "
                    + "aria-label=\"\(e(quote.id)), renderings in cluster \(e(cluster))\">\(e(quote.id))→\(e(cluster))</a>"
            }
            return "<span class=\"qref\">\(e(quote.id))</span>"
        })
    }

    mutating func artifactTable(_ artifacts: [Int], anchor: String) {
        let e = Self.e
        out += """
            <details class="artifact-list">
            <summary>List of the \(artifacts.count) artifacts</summary>
            <div class="scroll" role="region" aria-labelledby="\(anchor)-artifacts" tabindex="0">
            <table>
            <caption id="\(anchor)-artifacts">Artifacts in text order</caption>
            <thead><tr><th scope="col">Category</th><th scope="col">Text</th><th scope="col">Suggestion</th><th scope="col">Found by</th></tr></thead>
            <tbody>

            """
        for index in artifacts {
            let artifact = report.artifacts[index]
            let category = HTMLText.identifier(artifact.category)
            out += "<tr class=\"r-\(category)\" id=\"a\(index + 1)-row\"><th scope=\"row\"><a href=\"#a\(index + 1)\">\(e(artifact.category))</a></th>"
            out += "<td>\(e(artifact.text))</td><td>\(artifact.suggestion.map(e) ?? "<span class=\"none\">–</span>")</td>"
            out += "<td><code>\(e(artifact.rule))</code></td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n</details>\n"
    }
}
