import Foundation
import Testing

@testable import Verbatim

/// The seed articles through the whole pipeline, once per test that needs them.
enum SeedBatch {
    static var seeds: URL { Fixtures.repository.appending(path: "seeds") }

    static func load() throws -> (documents: [Document], batch: Verbatim.ScanPipeline.BatchResult) {
        let scanner = try Verbatim.ScanPipeline()
        var documents: [Document] = []
        var rejected: [String] = []
        try ArticleReader().read([seeds.path]) { result in
            switch result {
            case .success(let article): documents.append(try scanner.process(article))
            case .failure(let error): rejected.append("\(error)")
            }
        }
        #expect(rejected.isEmpty, "seed articles rejected: \(rejected)")
        #expect(documents.count == 5)
        return (documents, try scanner.analyzeBatch(documents))
    }
}

// MARK: - Escaping and layout

@Suite("HTML escaping and span layout")
struct HTMLTextTests {
    @Test func escapesEveryMarkupCharacter() {
        #expect(HTMLText.escape(#"<script>alert('x') & "y"</script>"#)
            == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        #expect(HTMLText.escape("a\tb\nc\u{0}d\u{7}e") == "a\tb\nc\u{FFFD}d\u{FFFD}e")
        #expect(HTMLText.escape("Рябков “é” 😀") == "Рябков “é” 😀")
    }

    @Test func identifiersKeepSafeCharactersOnly() {
        #expect(HTMLText.identifier("000_8d8b285dae5144c8") == "000_8d8b285dae5144c8")
        #expect(HTMLText.identifier("a b\"<>#") == "a~20~b~22~~3c~~3e~~23~")
    }

    func render(_ text: String, _ spans: [HTMLText.Span]) -> String {
        HTMLText.layout(text, spans: spans, open: { tag, piece in "<\(tag).\(piece)>" },
                        close: { tag, last in "</\(tag)\(last ? "" : "~")>" }, after: { tag in tag == 1 ? "[1]" : "" })
    }

    @Test func splitsSplittableSpansToNest() {
        // A quote (1, splittable) over 2..<6 and an artifact (2) over 4..<8: the quote is cut, the
        // artifact stays one element, and what follows the quote waits until the artifact closes.
        let html = render("abcdefghij", [
            HTMLText.Span(start: 2, end: 6, tag: 1, splittable: true),
            HTMLText.Span(start: 4, end: 8, tag: 2, splittable: false),
        ])
        #expect(html == "ab<1.0>cd</1~><2.0><1.1>ef</1>gh</2>[1]ij")
    }

    @Test func cutsCrossingUnsplittableSpans() {
        let html = render("abcdefgh", [
            HTMLText.Span(start: 0, end: 5, tag: 2, splittable: false),
            HTMLText.Span(start: 3, end: 8, tag: 3, splittable: false),
        ])
        #expect(html == "<2.0>abc<3.0>de</3></2>fgh")
    }

    @Test func nestsContainedSpansAndCountsCodePoints() {
        let html = render("😀 <b>&", [
            HTMLText.Span(start: 0, end: 6, tag: 1, splittable: true),
            HTMLText.Span(start: 2, end: 5, tag: 2, splittable: false),
        ])
        #expect(html == "<1.0>😀 <2.0>&lt;b&gt;</2>&amp;</1>[1]")
    }
}

// MARK: - The page

@Suite("HTML report")
struct HTMLReportTests {
    /// Two articles quoting the same hostile sentence, so it is a quote, a cluster and a table row.
    static func hostileReport(id: String = "evil") throws -> (html: String, report: ScanReport) {
        let scanner = try Verbatim.ScanPipeline()
        let sentence = "We reject <script>alert('x')</script> & all such tricks, and we will say so again and again."
        let articles = [
            Article(id: id, text: "Ryabkov said: \"\(sentence)\" The talks ended on Monday."),
            Article(id: "other", text: "\"\(sentence)\" Ryabkov told reporters in Geneva on Monday."),
        ]
        let documents = try articles.map { try scanner.process($0) }
        let batch = try scanner.analyzeBatch(documents)
        let page = HTMLReport(documents: documents, batch: batch, title: "Report <&>")
        return (page.render(), page.report)
    }

    @Test func escapesQuotesFromInput() throws {
        let (html, report) = try Self.hostileReport()
        #expect(report.quotes.contains { $0.text.contains("<script>alert('x')</script> & all") })
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; all"))
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("</script> &"))
        // Only the page's own two scripts.
        #expect(html.components(separatedBy: "<script>").count - 1 == 2)
        #expect(html.contains("<title>Report &lt;&amp;&gt;</title>"))
    }

    @Test func escapesIdentifiersFromInput() throws {
        let (html, _) = try Self.hostileReport(id: "a\"b<c>")
        #expect(html.contains(#"id="doc-a~22~b~3c~c~3e~""#))
        #expect(html.contains(#"data-doc="a&quot;b&lt;c&gt;""#))
        #expect(!html.contains("a\"b<c>"))
    }

    @Test func alignsTheSeedRenderings() throws {
        let (documents, batch) = try SeedBatch.load()
        let page = HTMLReport(documents: documents, batch: batch)
        // c1: q1 moves "hear" after "message" and inserts "have" (JSON: word-order "hear", insertion "have").
        let table = try #require(page.alignments["c1"])
        #expect(table.rows.map(\.quote) == ["q17", "q1"])
        let witness = table.rows[1]
        let words = witness.cells.flatMap(\.words)
        #expect(words.contains { $0.text == "hear" && $0.difference == .moved })
        #expect(words.contains { $0.text == "have" && $0.difference == .insertion })
        #expect(witness.cells.contains { $0.words.isEmpty && $0.absence == .moved })
        // Every row holds each word of its rendering once; the canonical row in text order.
        var firstQuote: [Int] = []
        for document in documents { firstQuote.append((firstQuote.last ?? 0) + (firstQuote.isEmpty ? 0 : documents[firstQuote.count - 1].quotes.count)) }
        var wordCount: [String: Int] = [:]
        for rendering in batch.analysis.renderings {
            wordCount["q\(firstQuote[rendering.reference.document] + rendering.reference.quote + 1)"] = rendering.tokens.count
        }
        for (id, table) in page.alignments {
            for row in table.rows {
                let starts = row.cells.flatMap(\.words).map(\.start)
                #expect(starts.count == wordCount[row.quote], "\(id) \(row.quote)")
                #expect(Set(starts).count == starts.count, "\(id) \(row.quote)")
                if row.isCanonical { #expect(starts == starts.sorted(), "\(id) \(row.quote)") }
            }
        }
    }
}

// MARK: - In a real browser

/// Headless Chromium (Debian's `chromium`, installed by scripts/setup.sh).
enum Chromium {
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in ["chromium", "chromium-browser"] {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    /// Whether the browser tests run: with chromium installed, or under CI, where its absence fails.
    static var shouldRun: Bool { executable != nil || ProcessInfo.processInfo.environment["CI"] != nil }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs chromium headless on a page with a throwaway profile.
    static func run(_ arguments: [String], in folder: URL, timeout: TimeInterval = 120) throws -> Output {
        let executable = try #require(executable, "chromium is not installed: run `bash scripts/setup.sh` (CI must have it)")
        let stdoutURL = folder.appending(path: "chromium-\(UUID().uuidString).out")
        let stderrURL = folder.appending(path: "chromium-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                             "--user-data-dir=\(folder.appending(path: "profile").path)"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("chromium did not finish within \(Int(timeout)) s: \(arguments)")
        }
        return Output(status: process.terminationStatus,
                      stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
                      stderr: try String(contentsOf: stderrURL, encoding: .utf8))
    }
}

/// Just enough of an HTML reader for a browser's DOM dump: elements with their attributes and
/// the offsets they span, so that a test can ask what lies inside what.
struct DumpedDOM {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// UTF-16 offsets of the start tag's `<` and past the end tag's `>`.
        var start: Int
        var end: Int

        subscript(attribute: String) -> String? { attributes[attribute] }
        func contains(_ other: Element) -> Bool { start < other.start && other.end <= end }
    }

    var elements: [Element] = []

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "source", "track", "wbr"]

    init(_ html: String) throws {
        let tag = try NSRegularExpression(pattern: #"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*/?>"#)
        let attribute = try NSRegularExpression(pattern: #"([^\s"'>/=]+)(?:="([^"]*)")?"#)
        let text = html as NSString
        var position = 0
        var open: [Int] = []
        while let match = tag.firstMatch(in: html, range: NSRange(location: position, length: text.length - position)) {
            position = match.range.location + match.range.length
            let name = text.substring(with: match.range(at: 2)).lowercased()
            if match.range(at: 1).length > 0 {
                if let index = open.lastIndex(where: { elements[$0].name == name }) {
                    for unclosed in open[index...] { elements[unclosed].end = position }
                    open.removeSubrange(index...)
                }
                continue
            }
            var attributes: [String: String] = [:]
            let list = text.substring(with: match.range(at: 3))
            for found in attribute.matches(in: list, range: NSRange(location: 0, length: (list as NSString).length)) {
                let key = (list as NSString).substring(with: found.range(at: 1)).lowercased()
                let value = found.range(at: 2).location == NSNotFound ? "" : (list as NSString).substring(with: found.range(at: 2))
                attributes[key] = Self.decode(value)
            }
            elements.append(Element(name: name, attributes: attributes, start: match.range.location, end: position))
            if name == "script" || name == "style" {
                // Raw text: skip to the end tag.
                let close = text.range(of: "</\(name)>", options: .caseInsensitive,
                                       range: NSRange(location: position, length: text.length - position))
                position = close.location == NSNotFound ? text.length : close.location + close.length
                elements[elements.count - 1].end = position
            } else if !Self.voidElements.contains(name) && !text.substring(with: match.range).hasSuffix("/>") {
                open.append(elements.count - 1)
            }
        }
    }

    static func decode(_ value: String) -> String {
        value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&nbsp;", with: "\u{A0}")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    func elements(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    func element(id: String) -> Element? { elements.first { $0["id"] == id } }
    func elements(inside outer: Element, _ name: String? = nil) -> [Element] {
        elements.filter { outer.contains($0) && (name == nil || $0.name == name) }
    }
}

@Suite("HTML report in headless Chromium", .serialized,
       .enabled(if: Chromium.shouldRun, "chromium is not installed (bash scripts/setup.sh installs it); with CI set this fails instead"))
struct HTMLReportBrowserTests {
    static let maximumSize = 2 * 1024 * 1024

    /// `artifacts/` at the repository root: the rendered seeds and their screenshots.
    static var artifacts: URL { Fixtures.repository.appending(path: "artifacts") }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "verbatim-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func renderSeeds(into folder: URL) throws -> (page: URL, report: ScanReport, size: Int) {
        let (documents, batch) = try SeedBatch.load()
        let html = HTMLReport(documents: documents, batch: batch).render()
        let page = folder.appending(path: "report.html")
        try Data(html.utf8).write(to: page)
        // The same report the JSON output is made of.
        return (page, ScanReport(documents: documents, batch: batch), html.utf8.count)
    }

    @Test func everyClusterAndArtifactIsInTheDOMAndLinkedToItsArticle() throws {
        _ = try #require(Chromium.executable, "chromium is not installed but CI is set: scripts/setup.sh must install it")
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (page, report, size) = try Self.renderSeeds(into: folder)
        #expect(size < Self.maximumSize, "the seeds' page is \(size) bytes")
        #expect(!report.clusters.isEmpty && !report.artifacts.isEmpty)

        let output = try Chromium.run(["--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString], in: folder)
        #expect(output.status == 0, "chromium exited \(output.status): \(output.stderr.suffix(2000))")
        // Console: no message at all (errors, CSP refusals) from the page.
        let console = output.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        #expect(console.isEmpty, "console messages: \(console)")
        let dom = try DumpedDOM(output.stdout)
        let root = try #require(dom.elements("html").first, "no DOM dumped: \(output.stderr.suffix(2000))")
        #expect(root["data-js"] == "ready", "the page's script did not run to its end")
        #expect(root["data-errors"] == "0", "script errors: \(root["data-last-error"] ?? "")")

        // Self-contained: nothing to load, links stay on the page and resolve.
        #expect(dom.elements.allSatisfy { $0["src"] == nil }, "an element loads a resource")
        #expect(dom.elements("link").allSatisfy { $0["href"]?.hasPrefix("data:") == true })
        let ids = dom.elements.compactMap { $0["id"] }
        #expect(Set(ids).count == ids.count, "duplicate ids")
        let known = Set(ids)
        for link in dom.elements("a") {
            let href = try #require(link["href"])
            #expect(href.hasPrefix("#") && known.contains(String(href.dropFirst())), "dangling link \(href)")
        }

        func article(_ doc: String) throws -> DumpedDOM.Element {
            let found = try #require(dom.element(id: "doc-\(doc)"), "no article doc-\(doc)")
            #expect(found.name == "article" && found["data-doc"] == doc)
            return found
        }
        // Every quote sits in its article.
        for quote in report.quotes {
            let element = try #require(dom.element(id: quote.id), "quote \(quote.id) missing")
            #expect(try article(quote.doc).contains(element), "\(quote.id) is not inside doc-\(quote.doc)")
        }
        // Every cluster: its element, links to each member quote and to the member's article.
        for cluster in report.clusters {
            let element = try #require(dom.element(id: cluster.id), "cluster \(cluster.id) missing")
            #expect(element["data-cluster"] == cluster.id)
            let links = Set(dom.elements(inside: element, "a").compactMap { $0["href"] })
            for member in cluster.members {
                #expect(links.contains("#\(member)"), "\(cluster.id) does not link to \(member)")
                let quote = try #require(report.quotes.first { $0.id == member })
                #expect(links.contains("#doc-\(quote.doc)"), "\(cluster.id) does not link \(member)'s article")
            }
            // Every word the JSON report says differs is marked in the cluster's table.
            let marked = Set(dom.elements(inside: element).compactMap { $0["data-span"] })
            for difference in cluster.differences {
                guard let start = difference.start, let end = difference.end else { continue }
                #expect(marked.contains("\(start)-\(end)"), "\(cluster.id): \(difference.kind) \(difference.text) not marked")
            }
        }
        // Every artifact: one <mark> per artifact, in its article, with its category, listed below it.
        let marks = dom.elements("mark")
        var expected: [String: Int] = [:]
        for artifact in report.artifacts { expected["\(artifact.doc):\(artifact.start)-\(artifact.end)|\(artifact.category)", default: 0] += 1 }
        var found: [String: Int] = [:]
        for mark in marks {
            let key = try #require(mark["data-artifact"])
            found["\(key)|\(mark["data-category"] ?? "")", default: 0] += 1
        }
        #expect(found == expected)
        for artifact in report.artifacts {
            let key = "\(artifact.doc):\(artifact.start)-\(artifact.end)"
            let mark = try #require(marks.first { $0["data-artifact"] == key }, "artifact \(key) missing")
            #expect(try article(artifact.doc).contains(mark), "artifact \(key) is not inside doc-\(artifact.doc)")
            #expect(mark["tabindex"] == "0" && mark["title"]?.isEmpty == false, "artifact \(key) is not focusable or has no tip")
            let id = try #require(mark["id"])
            #expect(dom.elements("a").contains { $0["href"] == "#\(id)" }, "artifact \(key) is not listed")
        }
        // A filter per category found, and every article shows its score.
        for category in Set(report.artifacts.map(\.category)) {
            #expect(dom.element(id: "f-\(category)")?.name == "input", "no filter for \(category)")
        }
        #expect(dom.elements("meter").count >= report.documents.count)
        // Tables are described for assistive technology.
        for table in dom.elements("table") {
            #expect(!dom.elements(inside: table, "caption").isEmpty, "a table without caption")
            #expect(dom.elements(inside: table, "th").allSatisfy { $0["scope"] != nil }, "a header cell without scope")
        }
    }

    @Test func screenshotsAtLaptopAndPhoneSize() throws {
        _ = try #require(Chromium.executable, "chromium is not installed but CI is set: scripts/setup.sh must install it")
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (page, _, _) = try Self.renderSeeds(into: folder)
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        let kept = Self.artifacts.appending(path: "report.html")
        try? FileManager.default.removeItem(at: kept)
        try FileManager.default.copyItem(at: page, to: kept)
        for (name, size) in [("report.png", "1280,2000"), ("report-phone.png", "390,1600")] {
            let shot = Self.artifacts.appending(path: name)
            try? FileManager.default.removeItem(at: shot)
            let output = try Chromium.run(["--screenshot=\(shot.path)", "--window-size=\(size)", page.absoluteString], in: folder)
            #expect(output.status == 0, "chromium exited \(output.status): \(output.stderr.suffix(2000))")
            let data = try Data(contentsOf: shot)
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name) is not a PNG")
            #expect(data.count > 20_000, "\(name) is only \(data.count) bytes: a blank page?")
        }
    }
}
