import ArgumentParser
import Foundation
import Testing

@testable import VerbatimCLI
import Verbatim

/// `verbatim lexicon new`, and `lint --corpus`, through the command line parser.
@Suite("verbatim lexicon new / lint --corpus (tuning)")
struct LexiconTuningCommandTests {
    /// Runs `verbatim ARGUMENTS…` in process and returns its exit code.
    func exitCode(_ arguments: [String]) -> Int32 { VerbatimCommand.run(arguments) }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "verbatim-tuning-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("new writes a skeleton that lints clean, refuses to overwrite without --force, refuses bad pairs")
    func new() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "xx-en.lex").path
        #expect(exitCode(["lexicon", "new", "xx-en", "--output", path]) == 0)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("pair: xx-en"))
        #expect(exitCode(["lexicon", "lint", path, "--standalone"]) == 0)

        try "edited by a linguist\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(exitCode(["lexicon", "new", "xx-en", "--output", path]) == 2)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited by a linguist\n")
        #expect(exitCode(["lexicon", "new", "xx-en", "--output", path, "--force"]) == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)

        #expect(exitCode(["lexicon", "new", "english", "--output", folder.appending(path: "x.lex").path]) == 2)
    }

    @Test("lint --corpus lists the entries that never fire on the articles")
    func lintCorpus() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = folder.appending(path: "xx-en.lex").path
        try """
            verbatim-lexicon: 1
            pair: xx-en

            [calque.fires]
            category: calque
            pattern: in the frame of
            weight: 0.5
            note: fires on the corpus

            [calque.silent]
            category: calque
            pattern: zzqx yyqx
            weight: 0.5
            note: never fires on the corpus
            """.write(toFile: lexicon, atomically: true, encoding: .utf8)
        let article = folder.appending(path: "article.txt").path
        try "In the frame of the visit, the ministers met in Vienna.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let sources = try LexiconSource.read(paths: [lexicon])
        let (articles, _) = ArticleReader().readAll([article])
        let documents = try articles.map { try TextAnalyzer().analyze($0) }
        let report = LexiconLinter().lint(sources, context: nil, corpus: documents)
        let silent = report.findings.filter { $0.rule == .neverFires }
        #expect(silent.map(\.entryID) == ["xx-en/calque.silent"])
        #expect(silent.first?.location.line == 10)
        // A warning: the command still exits 0.
        #expect(exitCode(["lexicon", "lint", lexicon, "--standalone", "--corpus", article]) == 0)
    }
}
