import Foundation
import GRDB
import Testing

@testable import Verbatim

/// The built `verbatim` binary run as a child process on one store: killed mid-ingest, or two
/// at once. `swift test` builds it next to the test bundle; `VERBATIM_BINARY` overrides.
@Suite("Store: ingest processes", .serialized)
struct StoreProcessTests {
    static var binary: URL? {
        if let path = ProcessInfo.processInfo.environment["VERBATIM_BINARY"] { return URL(fileURLWithPath: path) }
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL]
        for candidate in candidates {
            var folder = candidate.deletingLastPathComponent()
            for _ in 0..<4 {
                let binary = folder.appending(path: "verbatim")
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                folder = folder.deletingLastPathComponent()
            }
        }
        return nil
    }

    func launch(_ arguments: [String], log: URL) throws -> Process {
        let binary = try #require(Self.binary, "no verbatim binary next to the tests: run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    func count(_ store: QuoteStore, _ sql: String) throws -> Int {
        try store.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// Facts that hold in any consistent store.
    func checkConsistent(_ store: QuoteStore, articles: Int) throws {
        #expect(try store.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
        #expect(try count(store, "SELECT COUNT(*) FROM articles") == articles)
        #expect(try count(store, "SELECT COUNT(*) FROM revisions") == articles)
        #expect(try count(store, "SELECT COUNT(*) FROM articles WHERE current_revision IS NULL") == 0)
        #expect(try count(store, "SELECT COUNT(*) FROM clusters WHERE renderings < 1") == 0)
        #expect(try count(store, "SELECT COUNT(*) FROM renderings") == count(store, "SELECT IFNULL(SUM(renderings), 0) FROM clusters"))
        #expect(try count(store, "SELECT COUNT(*) FROM renderings r LEFT JOIN clusters c ON c.id = r.cluster_id WHERE c.id IS NULL") == 0)
        // Every full quote of every article is a rendering exactly once.
        #expect(try count(store, "SELECT COUNT(*) FROM quotes q LEFT JOIN renderings r ON r.quote_id = q.id WHERE q.kind = 'quote' AND r.quote_id IS NULL") == 0)
    }

    @Test("a child killed mid-ingest leaves a store that opens cleanly; running again stores the rest exactly once")
    func killed() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let input = folder.appending(path: "corpus.jsonl")
        let total = 2000
        try StoreFixtures.writeJSONLines(StoreFixtures.corpus(count: total), to: input)
        let path = folder.appending(path: "q.sqlite").path
        let observer = try QuoteStore(path: path)
        let arguments = ["ingest", input.path, "--db", path, "--batch-size", "100", "--quiet"]
        let child = try launch(arguments, log: folder.appending(path: "first.log"))
        let deadline = Date().addingTimeInterval(600)
        while try count(observer, "SELECT COUNT(*) FROM batches WHERE finished_at IS NOT NULL") < 1 && child.isRunning
            && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(child.isRunning, "the child finished before it could be killed")
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)

        let reopened = try QuoteStore(path: path)
        let committed = try count(reopened, "SELECT COUNT(*) FROM articles")
        #expect(committed > 0 && committed < total)
        #expect(committed % 100 == 0, "only whole batches are committed")
        try checkConsistent(reopened, articles: committed)

        let rerun = try launch(arguments, log: folder.appending(path: "second.log"))
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)
        let store = try QuoteStore(path: path)
        try checkConsistent(store, articles: total)
        #expect(try count(store, "SELECT COUNT(*) FROM revisions WHERE number > 1") == 0)
    }

    @Test("two ingest processes on one store lose and duplicate nothing")
    func concurrentWriters() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let corpus = StoreFixtures.corpus(count: 600, seed: 11)
        let first = folder.appending(path: "first.jsonl")
        let second = folder.appending(path: "second.jsonl")
        try StoreFixtures.writeJSONLines(Array(corpus[0..<400]), to: first)
        try StoreFixtures.writeJSONLines(Array(corpus[200..<600]), to: second)
        let path = folder.appending(path: "q.sqlite").path
        _ = try QuoteStore(path: path)
        let processes = try [first, second].enumerated().map { index, input in
            try launch(["ingest", input.path, "--db", path, "--batch-size", "25", "--quiet"],
                       log: folder.appending(path: "writer\(index).log"))
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        let store = try QuoteStore(path: path)
        try checkConsistent(store, articles: 600)

        // The same articles through one process make the same clusters.
        let alone = try QuoteStore(path: folder.appending(path: "alone.sqlite").path)
        try StoreFixtures.ingestor(alone).ingest(articles: corpus.map { Article(id: $0.id, text: $0.text) })
        #expect(try count(alone, "SELECT COUNT(*) FROM clusters") == count(store, "SELECT COUNT(*) FROM clusters"))
        #expect(try StoreFixtures.clusterFacts(alone) == StoreFixtures.clusterFacts(store))
    }
}
