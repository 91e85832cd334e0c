import ArgumentParser
import Foundation
import Testing

@testable import VerbatimCLI

@Suite("Store: verbatim ingest, quotes, show")
struct StoreCommandTests {
    /// Runs `verbatim ARGUMENTS…` in process and returns its exit code.
    func exitCode(_ arguments: [String]) -> Int32 { VerbatimCommand.run(arguments) }

    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "seeds").path

    @Test("exit codes: 0 all stored, 1 some rejected, 2 store or usage error")
    func exitCodes() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "verbatim-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appending(path: "q.sqlite").path
        #expect(exitCode(["ingest", Self.seeds, "--db", db, "--quiet"]) == 0)
        #expect(exitCode(["ingest", Self.seeds, "--db", db, "--quiet"]) == 0)
        let bad = folder.appending(path: "bad.jsonl")
        try "{\"id\": \"ok\", \"text\": \"He said: \\\"We will meet again next week in Geneva.\\\"\"}\n{broken\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        #expect(exitCode(["ingest", bad.path, "--db", db, "--quiet"]) == 1)
        #expect(exitCode(["ingest", Self.seeds, "--db", folder.appending(path: "missing/q.sqlite").path, "--quiet"]) == 2)
        #expect(exitCode(["quotes", "--db", db, "--format", "json"]) == 0)
        #expect(exitCode(["quotes", "--db", db, "--speaker", "Sherman", "--min-renderings", "2", "--format", "csv"]) == 0)
        #expect(exitCode(["show", "c1", "--db", db]) == 0)
        #expect(exitCode(["show", "c99999", "--db", db]) == 2)
        #expect(exitCode(["quotes", "--db", db, "--format", "nonsense"]) == 2)
    }
}
