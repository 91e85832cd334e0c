import ArgumentParser
import Foundation
import Verbatim

/// `verbatim lexicon …`: work on lexicons. Each subcommand lives in its own type; the logic
/// lives in the library (`LexiconLinter`, `LexiconSkeleton`, `LexiconMiner`, `LexiconEvaluator`,
/// `LexiconWriter`).
struct Lexicon: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check, start, mine and measure lexicons (.lex files).",
        subcommands: [Lint.self, New.self, Mine.self, Eval.self]
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

extension Lexicon {
    /// `verbatim lexicon new XX-en [--output PATH] [--force]`.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a documented lexicon skeleton for a new language pair.",
            discussion: """
                Writes XX-en.lex (in the current folder, or --output PATH): the header and one commented \
                example of each category and context condition. Refuses to overwrite a file without --force.
                """
        )

        @Argument(help: "The language pair, XX-en (e.g. de-en).")
        var pair: String

        @Option(name: .shortAndLong, help: "Where to write the file (default: ./XX-en.lex).")
        var output: String?

        @Flag(help: "Overwrite the file if it exists.")
        var force = false

        func run() throws {
            let skeleton: LexiconSkeleton
            do {
                skeleton = try LexiconSkeleton(pair: pair)
            } catch {
                printError("verbatim: \(error)")
                throw ExitCode(ExitStatus.usage)
            }
            let path = output ?? skeleton.fileName
            if FileManager.default.fileExists(atPath: path), !force {
                printError("verbatim: \(path) exists: not overwritten (use --force to replace it)")
                throw ExitCode(ExitStatus.usage)
            }
            do {
                try skeleton.text.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                printError("verbatim: \(path): cannot write: \(error.localizedDescription)")
                throw ExitCode(ExitStatus.usage)
            }
            printError("wrote \(path): uncomment and adapt the examples, or add entries from `verbatim lexicon mine --pair \(pair)`")
        }
    }

    /// `verbatim lexicon mine --pair XX-en PATH…`.
    struct Mine: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose lexicon entries for a language pair from wire copy, ranked, in .lex format.",
            discussion: """
                Compares articles translated from XX (translated_from metadata, else the detector's source \
                language and MT score) with original English articles: quotes and titles rendered otherwise, \
                then phrases over-represented by G². Writes the proposals as a lexicon to review, the evidence \
                in comments above each entry.
                """
        )

        @Option(help: "The language pair, XX-en (e.g. de-en).")
        var pair: String

        @Argument(help: "Articles: files, folders (read recursively) or - for standard input.")
        var paths: [String]

        @Option(help: "Write at most this many proposals.")
        var limit: Int = 40

        @Option(name: .shortAndLong, help: "Write the proposals to this file instead of standard output.")
        var output: String?

        @Option(help: "Over-represented phrases: least number of occurrences in the translated articles.")
        var minCount = MiningParameters().minimumCount

        @Option(help: "Over-represented phrases: least number of translated articles they occur in.")
        var minDocuments = MiningParameters().minimumDocuments

        @Option(name: .customLong("min-g2"), help: "Over-represented phrases: least G² against the original articles.")
        var minG2 = MiningParameters().minimumG2

        @OptionGroup var lexicons: TuningLexiconOptions

        func validate() throws {
            guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
            guard minCount >= 1, minDocuments >= 1 else { throw ValidationError("--min-count and --min-documents must be at least 1") }
            guard minG2.isFinite, minG2 >= 0 else { throw ValidationError("--min-g2 must be a number of 0 or more") }
        }

        func run() throws {
            let (sets, _) = try lexicons.load()
            let (articles, rejected) = try readArticles(paths)
            var parameters = MiningParameters()
            parameters.minimumCount = minCount
            parameters.minimumDocuments = minDocuments
            parameters.minimumG2 = minG2
            let result: MiningResult
            do {
                result = try LexiconMiner(parameters: parameters).mine(pair: pair, articles: articles, lexicons: sets)
            } catch let error as TuningError {
                printError("verbatim: \(error)")
                throw ExitCode(ExitStatus.usage)
            }
            let taken = Set(sets.entries(pair: pair).map(\.localID))
            let text = result.lexiconText(limit: limit, takenIDs: taken)
            if let output {
                do {
                    try text.write(toFile: output, atomically: true, encoding: .utf8)
                } catch {
                    printError("verbatim: \(output): cannot write: \(error.localizedDescription)")
                    throw ExitCode(ExitStatus.usage)
                }
            } else {
                print(text, terminator: "")
            }
            let translated = result.documents.filter { $0.role == .translated }.count
            let original = result.documents.filter { $0.role == .original }.count
            printError("\(min(limit, result.proposals.count)) of \(result.proposals.count) proposals "
                       + "(\(translated) articles translated from \(result.sourceLanguage), \(original) original)")
            if rejected > 0 { throw ExitCode(ExitStatus.someRejected) }
        }
    }

    /// `verbatim lexicon eval --gold FILE PATH… [--lexicons PATH…] [--write]`.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure lexicon entries (firings, precision, recall) against a gold annotation.",
            discussion: """
                Scans the articles, then scores every artifact of the scan as score.py does, and each lexicon \
                entry's firings: precision against all gold artifacts, recall against the gold artifacts of its \
                category in the articles it is meant for, and firings on original (translated: false) copy. \
                With --write, records precision:, recall: and measured: in the files given with --lexicons.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Option(help: "The gold file (the format of seeds.gold.json).")
        var gold: String

        @Argument(help: "Articles: files, folders (read recursively) or - for standard input.")
        var paths: [String]

        @OptionGroup var lexicons: TuningLexiconOptions

        @Flag(help: "Record the figures in the lexicon files given with --lexicons.")
        var write = false

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        func run() throws {
            let (sets, user) = try lexicons.load()
            let (articles, rejected) = try readArticles(paths)
            let evaluation: LexiconEvaluation
            do {
                let goldStandard = try GoldStandard(contentsOf: gold)
                evaluation = try LexiconEvaluator().evaluate(gold: goldStandard, articles: articles, lexicons: sets,
                                                             focus: user.entries)
            } catch let error as TuningError {
                printError("verbatim: \(error)")
                throw ExitCode(ExitStatus.usage)
            }
            switch format {
            case .text: print(evaluation.table())
            case .json: print(try JSONOutput.encode(evaluation))
            }
            if write {
                guard !user.sources.isEmpty else {
                    printError("verbatim: --write needs the lexicon files to write, given with --lexicons")
                    throw ExitCode(ExitStatus.usage)
                }
                let date = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
                do {
                    for path in try LexiconWriter().record(evaluation, in: user.sources, date: date) {
                        printError("recorded the figures in \(path)")
                    }
                } catch {
                    printError("verbatim: \(error)")
                    throw ExitCode(ExitStatus.usage)
                }
            }
            if rejected > 0 { throw ExitCode(ExitStatus.someRejected) }
        }
    }
}

/// `--lexicons PATH` for the tuning commands: lexicon files or folders of them, loaded with the
/// built-in lexicons. A file named like a built-in lexicon (`de-en.lex`) is its new version and
/// replaces it, as `lint` treats it; other entries with a built-in id replace that entry.
struct TuningLexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: "A .lex file or a folder of them, with the built-in lexicons; a file named like a built-in one replaces it (repeatable).")
    var paths: [String] = []

    /// The lexicons the files were read from, and their parsed entries.
    struct UserLexicons {
        var sources: [LexiconSource]
        var entries: [LexiconEntry]
    }

    /// The built-in lexicons overridden by the files, and the files themselves.
    func load() throws -> (LexiconSet, UserLexicons) {
        do {
            let builtin = try LexiconSet.builtin()
            guard !paths.isEmpty else { return (builtin, UserLexicons(sources: [], entries: [])) }
            let sources = try LexiconSource.read(paths: paths)
            let user = try LexiconSet.parse(sources)
            return (builtin.replacingFiles(with: user), UserLexicons(sources: sources, entries: user.entries))
        } catch {
            printError("verbatim: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}

/// Reads articles, naming each rejected input on standard error; exits 2 when none is readable.
func readArticles(_ paths: [String]) throws -> (articles: [Article], rejected: Int) {
    let (articles, errors) = ArticleReader().readAll(paths)
    for error in errors { printError("verbatim: \(error)") }
    guard !articles.isEmpty else {
        printError("verbatim: no readable article in \(paths.joined(separator: " "))")
        throw ExitCode(ExitStatus.usage)
    }
    return (articles, errors.count)
}
