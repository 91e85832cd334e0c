import ArgumentParser
import Foundation
import Verbatim

/// `verbatim scan`: the main job — quotes, speakers, clusters and artifacts of a batch.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract quotes and speakers, cluster their renderings, find translation artifacts.",
        discussion: """
            `--format json` writes the report format of docs/report-format.md (documents, quotes, clusters, artifacts). \
            `--format html` writes one self-contained page: renderings aligned side by side, artifacts marked in each article.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, md, csv, html
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: table, json, md, csv or html.")
    var format: Format = .table

    @Option(help: "With --format csv: the table to write: clusters, quotes, speakers or artifacts.")
    var table: String = "clusters"

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        let scanner = try ScanPipeline(lexicons: try lexicons.load())
        var documents: [Document] = []
        let rejected = try input.forEachArticle { article in
            documents.append(try scanner.process(article))
        }
        let batch = try scanner.analyzeBatch(documents)
        let report = ScanReport(documents: documents, batch: batch)
        switch format {
        case .json: print(try JSONOutput.encode(report))
        case .table: print(report.table())
        case .md: print(report.markdown())
        case .csv: print(report.csv(table: table), terminator: "")
        case .html: print(HTMLReport(documents: documents, batch: batch).render(), terminator: "")
        }
        if rejected > 0 { throw ExitCode(ExitStatus.someRejected) }
    }
}
