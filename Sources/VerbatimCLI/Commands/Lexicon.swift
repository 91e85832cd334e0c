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
            // Files given by path are named by their path in text output, so editors can jump to them.
            var paths: [String: String] = [:]
            do {
                let documents = try readCorpus()
                let linter = LexiconLinter()
                if self.paths.isEmpty {
                    report = linter.lint(LexiconSource.builtin, corpus: documents)
                } else {
                    let sources = try LexiconSource.read(paths: self.paths)
                    for source in sources { paths[source.name] = source.path }
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
                for var finding in shown {
                    finding.location.file = paths[finding.location.file] ?? finding.location.file
                    print(finding)
                }
            case .json:
                print(try JSONOutput.encode(["findings": shown]))
            }
            var summary = [
                Self.count(report.count(.error), "error"), Self.count(report.count(.warning), "warning"),
                Self.count(report.count(.info), "note"),
            ].joined(separator: ", ")
            summary += " in \(Self.count(report.entryCount, "entry", "entries")) of "
                + Self.count(report.lexiconCount, "lexicon")
            if report.documentCount > 0 { summary += " (corpus: \(Self.count(report.documentCount, "article")))" }
            printError(summary)
            if report.hasErrors { throw ExitCode(ExitStatus.someRejected) }
        }

        private static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
            "\(number) " + (number == 1 ? singular : plural ?? singular + "s")
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
