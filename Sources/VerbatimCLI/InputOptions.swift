import ArgumentParser
import Foundation
import Verbatim

/// Options shared by every command that reads articles.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively) or - for standard input.")
    var paths: [String]

    @Option(help: "Decode plain-text input in this charset instead of detecting it (e.g. windows-1251).")
    var encoding: String?

    var reader: ArticleReader { ArticleReader(decoding: TextDecoding(forcedEncoding: encoding)) }

    /// Reads each article and hands it on, reporting rejected inputs on standard error.
    /// Returns the number of rejected inputs.
    func forEachArticle(_ body: (Article) throws -> Void) throws -> Int {
        var rejected = 0
        try reader.read(paths) { result in
            switch result {
            case .success(let article):
                do {
                    try body(article)
                } catch let error as ICUError {
                    rejected += 1
                    printError("verbatim: \(article.location): \(error)")
                }
            case .failure(let error):
                rejected += 1
                printError("verbatim: \(error)")
            }
        }
        return rejected
    }

    /// Reads and analyses each article (the text layer only).
    func forEachDocument(analyzer: TextAnalyzer, _ body: (Document) throws -> Void) throws -> Int {
        try forEachArticle { article in try body(try analyzer.analyze(article)) }
    }
}

/// JSON as Verbatim writes it: pretty, keys sorted, slashes unescaped.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// `--lexicons DIR`: user lexicons on top of the built-in ones (an entry with a built-in id
/// replaces it).
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: "A folder of .lex files to load on top of the built-in lexicons.")
    var directory: String?

    func load() throws -> LexiconSet {
        guard let directory else { return try LexiconSet.builtin() }
        do {
            return try LexiconSet.load(directory: URL(fileURLWithPath: directory), includingBuiltin: true)
        } catch {
            printError("verbatim: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}
