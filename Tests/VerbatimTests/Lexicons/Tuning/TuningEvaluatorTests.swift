import Foundation
import Testing

@testable import Verbatim

/// Where `../shared/eval` is, and running its `score.py`: the agreement tests need both.
enum SharedEval {
    /// The folder holding `score.py` and `seeds.gold.json`: `VERBATIM_SHARED_EVAL`, else
    /// `../shared/eval` beside the repository (or beside the folder of worktrees that holds it).
    static let folder: URL? = {
        var candidates: [URL] = []
        if let given = ProcessInfo.processInfo.environment["VERBATIM_SHARED_EVAL"] {
            candidates.append(URL(fileURLWithPath: given))
        }
        let parent = Fixtures.repository.deletingLastPathComponent()
        candidates.append(parent.appending(path: "shared/eval"))
        candidates.append(parent.deletingLastPathComponent().appending(path: "shared/eval"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appending(path: "score.py").path) }
    }()

    /// The python3 on the PATH, if any.
    static let python: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appending(path: "python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static var available: Bool { folder != nil && python != nil }
    static let skipReason: Comment = "needs python3 and ../shared/eval/score.py (set VERBATIM_SHARED_EVAL to its folder)"

    /// `score.py --json` on a gold file, a folder of documents and a report: its metrics.
    static func score(gold: URL, docs: URL, report: URL) throws -> [String: Double] {
        let (python, folder) = (try #require(python), try #require(folder))
        let process = Process()
        process.executableURL = python
        process.arguments = [folder.appending(path: "score.py").path, "--gold", gold.path, "--docs", docs.path,
                             "--report", report.path, "--json"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "score.py failed")
        // score.py prints one metric per line (`"name": value,`). The numbers are read with
        // Double(_:), which rounds correctly, so that figures can be compared exactly.
        var metrics: [String: Double] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            if let number = Double(value) { metrics[name] = number }
        }
        return metrics
    }
}

/// The arithmetic of `lexicon eval` on a small synthetic gold file and report
/// (`Fixtures/Tuning/eval-*`), worked out by hand below.
@Suite("Lexicon tuning: evaluation arithmetic")
struct TuningEvaluatorTests {
    static let lexicon = """
        verbatim-lexicon: 1
        pair: xx-en

        [calque.x]
        category: calque
        pattern: beta gamma
        weight: 0.5
        note: n

        [title.y]
        category: title
        pattern: epsilon
        weight: 0.5
        note: n

        [number.never]
        category: number
        pattern: zzqx
        weight: 0.5
        note: n
        """

    struct Fixture {
        var gold: GoldStandard
        var texts: [String: String]
        var reported: [LexiconEvaluator.ReportedSpan]
        var entries: [String: LexiconEntry]
    }

    static func fixture() throws -> Fixture {
        let gold = try GoldStandard(contentsOf: Fixtures.url("Tuning/eval-gold.json").path)
        var texts: [String: String] = [:]
        for id in ["a", "b", "c", "d"] { texts[id] = try Fixtures.text("Tuning/eval-docs/\(id).txt") }
        struct Report: Decodable {
            struct Item: Decodable { var doc: String; var start: Int; var end: Int; var category: String }
            var artifacts: [Item]
        }
        let report = try JSONDecoder().decode(Report.self, from: try Fixtures.data("Tuning/eval-report.json"))
        let reported = report.artifacts.map {
            LexiconEvaluator.ReportedSpan(document: $0.doc, start: $0.start, end: $0.end, category: $0.category)
        }
        var entries: [String: LexiconEntry] = [:]
        for entry in try Lexicon(contents: lexicon, file: "xx-en.lex").entries { entries[entry.localID] = entry }
        let common = try Lexicon(contents: "verbatim-lexicon: 1\npair: common\n\n[calque.z]\ncategory: calque\npattern: foo\nweight: 0.2\nnote: n\n",
                                 file: "common.lex")
        entries["common"] = common.entries[0]
        return Fixture(gold: gold, texts: texts, reported: reported, entries: entries)
    }

    // Code point offsets in a.txt ("🙂 Alpha beta gamma delta epsilon zeta eta theta."): the
    // emoji is one code point (two UTF-16 units). Gold: a "beta gamma" 8–18 calque, a "epsilon"
    // 25–32 title (by context), a "theta" 42–47 number (stretch), b "alpha beta" 17–27 calque
    // (by context), d "foo" 0–3 calque (explicit offsets).
    //
    // Report: a 8–12 title and a 13–18 calque both cover "beta gamma" fully: score.py takes
    // pairs in descending (score, gold, predicted) order, so the later one (13–18) wins and
    // 8–12 is a false positive. a 24–35 covers "epsilon" (7 of 7): true, wrong category.
    // a 40–44 covers 2 of the 4 shorter code points of "theta": exactly half, true.
    // a 0–1: false. b 23–32 covers 4 of 9: false. c is not in the gold file: ignored.
    // tp 3, fp 3, fn 5 − 3 = 2.
    @Test("overall figures: greedy one-to-one matching, ties, half overlap, category, core")
    func overall() throws {
        let fixture = try Self.fixture()
        let evaluation = try LexiconEvaluator().evaluate(gold: fixture.gold, texts: fixture.texts, reported: fixture.reported,
                                                         firings: [])
        let o = evaluation.overall
        #expect((o.truePositives, o.falsePositives, o.falseNegatives) == (3, 3, 2))
        #expect(o.precision == 0.5)
        #expect(o.recall == 0.6)
        #expect(abs(o.f1 - 6.0 / 11) < 1e-12)
        #expect(abs(o.categoryAccuracy - 2.0 / 3) < 1e-12)
        #expect(o.recallCore == 0.5)
        #expect(o.recallByCategory == ["calque": 1.0 / 3, "title": 1, "number": 1])
        #expect(evaluation.unannotated == ["c"])
        #expect(evaluation.documentCount == 3)
        #expect(evaluation.originalDocumentCount == 1)
    }

    @Test("the same figures as score.py on the same gold file and report", .enabled(if: SharedEval.available, SharedEval.skipReason))
    func agreesWithScorePy() throws {
        let fixture = try Self.fixture()
        let ours = try LexiconEvaluator().evaluate(gold: fixture.gold, texts: fixture.texts, reported: fixture.reported,
                                                   firings: []).overall
        let theirs = try SharedEval.score(gold: Fixtures.url("Tuning/eval-gold.json"), docs: Fixtures.url("Tuning/eval-docs"),
                                          report: Fixtures.url("Tuning/eval-report.json"))
        #expect(theirs["artifacts.precision"] == ours.precision)
        #expect(theirs["artifacts.recall"] == ours.recall)
        #expect(theirs["artifacts.f1"] == ours.f1)
        #expect(theirs["artifacts.category_accuracy"] == ours.categoryAccuracy)
        #expect(theirs["artifacts.recall_core"] == ours.recallCore)
    }

    // Firings of calque.x: a 8–18 and a 13–18 (both on "beta gamma": one-to-one, one is true),
    // b 17–27 (true, but b is original copy: a native firing). title.y: a 25–32, true.
    // number.never: none, listed because it is in focus. The common entry fires on d 0–3 (true)
    // and on c (not in the gold file: ignored).
    @Test("per entry: firings, precision, recall in scope, native firings, false alarms")
    func entries() throws {
        let fixture = try Self.fixture()
        let (x, y, never, common) = (fixture.entries["calque.x"]!, fixture.entries["title.y"]!, fixture.entries["number.never"]!,
                                     fixture.entries["common"]!)
        let firings = [
            LexiconEvaluator.Firing(entry: x, document: "a", start: 8, end: 18, text: "beta gamma"),
            LexiconEvaluator.Firing(entry: x, document: "a", start: 13, end: 18, text: "gamma"),
            LexiconEvaluator.Firing(entry: x, document: "b", start: 17, end: 27, text: "alpha beta"),
            LexiconEvaluator.Firing(entry: y, document: "a", start: 25, end: 32, text: "epsilon"),
            LexiconEvaluator.Firing(entry: common, document: "d", start: 0, end: 3, text: "foo"),
            LexiconEvaluator.Firing(entry: common, document: "c", start: 0, end: 3, text: "Not"),
        ]
        let evaluation = try LexiconEvaluator().evaluate(gold: fixture.gold, texts: fixture.texts, reported: fixture.reported,
                                                         firings: firings, focus: [never])
        #expect(evaluation.entries.map(\.entry.id) == ["common/calque.z", "xx-en/calque.x", "xx-en/title.y", "xx-en/number.never"])

        let calque = try #require(evaluation.entry("xx-en/calque.x"))
        #expect((calque.firings, calque.truePositives, calque.nativeFirings) == (3, 2, 1))
        #expect(calque.precision == 2.0 / 3)
        // Recall: calque artifacts in documents translated from xx (only a): 1, found 1. The
        // match in b (original copy) counts for precision, not recall.
        #expect((calque.found, calque.relevant) == (1, 1))
        #expect(calque.recall == 1)
        #expect(calque.falseAlarms.count == 1)
        #expect(calque.falseAlarms.first?.hasPrefix("a: ") == true)

        let title = try #require(evaluation.entry("xx-en/title.y"))
        #expect((title.firings, title.truePositives, title.found, title.relevant, title.nativeFirings) == (1, 1, 1, 1, 0))

        let dead = try #require(evaluation.entry("xx-en/number.never"))
        #expect(dead.firings == 0)
        #expect(dead.precision == nil)
        #expect((dead.found, dead.relevant) == (0, 1), "the stretch artifact counts in recall's denominator")

        // A `common` entry is meant for every translated document: a and d.
        let shared = try #require(evaluation.entry("common/calque.z"))
        #expect((shared.firings, shared.truePositives, shared.found, shared.relevant) == (1, 1, 1, 2))
        #expect(shared.recall == 0.5)

        let measured = evaluation.measuredText(calque, date: "2026-01-31")
        #expect(measured == "2026-01-31 on eval-gold.json (3 documents): 3 firings, 2 true; "
                + "1 of 1 gold calque artifacts in xx articles; 1 on original copy")
    }

    @Test("gold artifacts are located as score.py locates them, in code points")
    func locating() throws {
        let text = ScorerText("🙂 ab ab\r\ncd ab")
        func artifact(_ text: String, context: String? = nil, start: Int? = nil, end: Int? = nil) -> GoldStandard.Artifact {
            GoldStandard.Artifact(document: "t", category: "calque", text: text, context: context, start: start, end: end,
                                  stretch: false, suggestion: nil)
        }
        // CRLF reads as one "\n" (Python's universal newlines); the emoji is one code point.
        #expect(try text.locate(artifact("cd")) == (8, 10))
        #expect(try text.locate(artifact("ab", context: "ab\ncd")) == (5, 7))
        #expect(try text.locate(artifact("ab", start: 2, end: 4)) == (2, 4))
        #expect(throws: TuningError.self) { try text.locate(artifact("ab")) }  // three times
        #expect(throws: TuningError.self) { try text.locate(artifact("ab", start: 3, end: 5)) }
        #expect(throws: TuningError.self) { try text.locate(artifact("zz", context: "ab ab")) }
        // Non-overlapping counts, as Python's str.count.
        #expect(ScorerText("aaa").count(ScorerText.scalars(of: "aa")) == 1)
    }

    @Test("a lexicon file named like a built-in one replaces it; other files add to the built-in set")
    func replacingFiles() throws {
        let builtin = try LexiconSet.builtin()
        let user = try LexiconSet.parse([
            LexiconSource(name: "de-en.lex", contents: "verbatim-lexicon: 1\npair: de-en\n\n[calque.only]\ncategory: calque\n"
                          + "pattern: zzqx\nweight: 0.5\nnote: n\n"),
        ])
        let replaced = builtin.replacingFiles(with: user)
        #expect(replaced.entries(pair: "de-en").map(\.id) == ["de-en/calque.only"])
        #expect(replaced.entries(pair: "fr-en").count == builtin.entries(pair: "fr-en").count)
    }

    @Test("a gold document missing from the articles, and a malformed gold file, are errors")
    func errors() throws {
        let fixture = try Self.fixture()
        var texts = fixture.texts
        texts["d"] = nil
        #expect(throws: TuningError.self) {
            _ = try LexiconEvaluator().evaluate(gold: fixture.gold, texts: texts, reported: [], firings: [])
        }
        #expect(throws: TuningError.self) { _ = try GoldStandard(data: Data("{\"documents\": {}}".utf8), file: "x.json") }
        #expect(throws: TuningError.self) { _ = try GoldStandard(data: Data("not json".utf8), file: "x.json") }
    }
}

/// `lexicon eval`'s overall figures against score.py's on the seeds, the built-in lexicons and
/// the shared gold file: the scan's JSON report is written as `verbatim scan --format json`
/// writes it, and scored by score.py.
@Suite("Lexicon tuning: eval agrees with score.py on the seeds")
struct TuningSeedAgreementTests {
    @Test(.enabled(if: SharedEval.available, SharedEval.skipReason))
    func seeds() throws {
        let folder = try #require(SharedEval.folder)
        let goldURL = folder.appending(path: "seeds.gold.json")
        let seeds = Fixtures.repository.appending(path: "seeds")
        let (articles, errors) = ArticleReader().readAll([seeds.path])
        #expect(errors.isEmpty)
        let pipeline = try ScanPipeline(lexicons: try LexiconSet.builtin())
        let documents = try articles.map { try pipeline.process($0) }
        let batch = try pipeline.analyzeBatch(documents)

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let reportURL = FileManager.default.temporaryDirectory.appending(path: "verbatim-seeds-\(UUID().uuidString).json")
        try encoder.encode(ScanReport(documents: documents, batch: batch)).write(to: reportURL)
        defer { try? FileManager.default.removeItem(at: reportURL) }
        let theirs = try SharedEval.score(gold: goldURL, docs: seeds, report: reportURL)

        let gold = try GoldStandard(contentsOf: goldURL.path)
        let ours = try LexiconEvaluator().evaluate(gold: gold, documents: documents, batch: batch,
                                                   matcher: pipeline.detector.matcher)
        #expect(theirs["artifacts.precision"] == ours.overall.precision)
        #expect(theirs["artifacts.recall"] == ours.overall.recall)
        #expect(theirs["artifacts.f1"] == ours.overall.f1)
        #expect(theirs["artifacts.category_accuracy"] == ours.overall.categoryAccuracy)
        #expect(theirs["artifacts.recall_core"] == ours.overall.recallCore)
        for (category, recall) in ours.overall.recallByCategory {
            #expect(theirs["artifacts.recall.\(category)"] == recall, "recall of \(category)")
        }
        // Entries fire on the seeds, and none of them on original copy.
        #expect(!ours.entries.isEmpty)
        #expect(ours.entries.allSatisfy { $0.nativeFirings == 0 })
    }
}
