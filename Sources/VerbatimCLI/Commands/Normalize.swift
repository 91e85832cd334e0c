import ArgumentParser
import Foundation
import Verbatim

/// `verbatim normalize`: shows what the text layer does with each article.
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the normalised text, segments, language, numbers and encoding of articles.",
        discussion: "Inputs are files, folders (recursively: .txt, .jsonl, .ndjson) or - for standard input."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let analyzer = TextAnalyzer()
        var views: [NormalizationView] = []
        let rejected = try input.forEachDocument(analyzer: analyzer) { document in
            let view = NormalizationView(document)
            switch format {
            case .json: views.append(view)
            case .text: print(view.renderedText())
            }
        }
        if format == .json {
            print(try JSONOutput.encode(["documents": views]))
        }
        if rejected > 0 { throw ExitCode(ExitStatus.someRejected) }
    }
}
