import ArgumentParser
import Foundation
import Testing

@testable import VerbatimCLI

@Suite("verbatim lexicon lint")
struct LexiconLintCommandTests {
    /// Runs `verbatim ARGUMENTS…` in process and returns its exit code.
    func exitCode(_ arguments: [String]) -> Int32 { VerbatimCommand.run(arguments) }

    func write(_ contents: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appending(path: "verbatim-lint-\(UUID().uuidString).lex")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("exit codes: 0 clean, 1 errors, 2 unreadable")
    func exitCodes() throws {
        let clean = try write("verbatim-lexicon: 1\npair: de-en\n\n[x]\ncategory: calque\npattern: zzqx abc\nweight: 0.5\nnote: n\n")
        let broken = try write("verbatim-lexicon: 1\npair: de-en\n\n[x]\ncategory: nonsense\npattern: zzqx\nweight: 0.5\nnote: n\n")
        defer {
            try? FileManager.default.removeItem(atPath: clean)
            try? FileManager.default.removeItem(atPath: broken)
        }
        #expect(exitCode(["lexicon", "lint", clean]) == 0)
        #expect(exitCode(["lexicon", "lint", broken]) == 1)
        #expect(exitCode(["lexicon", "lint", "/nonexistent/x.lex"]) == 2)
    }
}
