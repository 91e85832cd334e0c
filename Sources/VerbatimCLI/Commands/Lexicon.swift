import ArgumentParser
import Foundation
import Verbatim

/// `verbatim lexicon …`: work on lexicons. Each subcommand lives in its own type; add new ones
/// (`new`, `mine`, `eval`) to `subcommands` below.
struct Lexicon: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check and maintain lexicons (.lex files).",
        subcommands: [Lint.self]
    )
}

extension Lexicon {
    /// `verbatim lexicon lint [PATH…] [--corpus PATH…]`.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check lexicons: format, duplicates, conflicts, patterns that can never match.",
            discussion: """
                Without PATH, lints the built-in lexicons. With PATH (.lex files or folders of them), lints \
                those files against the built-in set: a file named like a built-in lexicon stands for its new \
                version. With --corpus, also lists the entries that never fire on those articles.
                Exit codes: 0 no errors, 1 some finding is an error, 2 usage error or unreadable input.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "Lexicon files or folders of .lex files (default: the built-in lexicons).")
        var paths: [String] = []

        @Option(parsing: .upToNextOption, help: "Articles (files, folders, JSON Lines) on which every entry should fire.")
        var corpus: [String] = []

        @Flag(help: "Lint the files alone, without the built-in lexicons as context.")
        var standalone = false

        @Flag(name: .shortAndLong, help: "Also show findings of severity info.")
        var verbose = false

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        func run() throws {
            let report: LintReport
            do {
                let documents = try readCorpus()
                let linter = LexiconLinter()
                if paths.isEmpty {
                    report = linter.lint(LexiconSource.builtin, corpus: documents)
                } else {
                    let sources = try LexiconSource.read(paths: paths)
                    let context = standalone ? nil : try LexiconSet.builtin()
                    report = linter.lint(sources, context: context, corpus: documents)
                }
            } catch let error as LexiconError {
                printError("verbatim: \(error)")
                throw ExitCode(ExitStatus.usage)
            }
            let shown = report.findings(atLeast: verbose ? .info : .warning)
            switch format {
            case .text:
                for finding in shown { print(finding) }
            case .json:
                print(try JSONOutput.encode(["findings": shown]))
            }
            var summary = "\(report.count(.error)) errors, \(report.count(.warning)) warnings, "
                + "\(report.count(.info)) notes in \(report.entryCount) entries of \(report.lexiconCount) lexicons"
            if report.documentCount > 0 { summary += " (corpus: \(report.documentCount) articles)" }
            printError(summary)
            if report.hasErrors { throw ExitCode(ExitStatus.someRejected) }
        }

        /// The corpus articles, analysed; unreadable ones are named on standard error.
        private func readCorpus() throws -> [Document] {
            guard !corpus.isEmpty else { return [] }
            let (articles, errors) = ArticleReader().readAll(corpus)
            for error in errors { printError("verbatim: \(error)") }
            guard !articles.isEmpty else {
                printError("verbatim: no readable article in --corpus")
                throw ExitCode(ExitStatus.usage)
            }
            let analyzer = TextAnalyzer()
            var documents: [Document] = []
            for article in articles {
                do {
                    documents.append(try analyzer.analyze(article))
                } catch {
                    printError("verbatim: \(article.location): \(error)")
                }
            }
            return documents
        }
    }
}
