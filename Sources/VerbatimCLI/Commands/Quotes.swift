import ArgumentParser
import Foundation
import Verbatim

/// `verbatim quotes`: the canonical quote table from the store.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the canonical quote table of the quote store.",
        discussion: """
            One row per cluster: its canonical rendering, speaker and number of renderings, most renderings first. \
            `--format json` writes the clusters with the fields of the scan report (id, canonical, speaker, members) \
            and the quotes of every rendering.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, md, csv, json
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "Only clusters spoken by (or with a rendering attributed to) this person.")
    var speaker: String?

    @Option(help: "Only clusters with a rendering published (or stored) on or after this ISO 8601 date.")
    var since: String?

    @Option(help: "Only clusters with a rendering from this source.")
    var source: String?

    @Option(help: "Only clusters with at least this many renderings.")
    var minRenderings = 1

    @Option(help: "At most this many clusters.")
    var limit: Int?

    @Option(help: "Output format: table, md, csv or json.")
    var format: Format = .table

    func run() throws {
        let store = try self.store.open()
        let query = QuoteQuery(speaker: speaker, since: since, source: source, minRenderings: minRenderings, limit: limit)
        let table = try storeCall { () throws(StoreError) in try store.quoteTable(query) }
        switch format {
        case .table: print(table.text(), terminator: "")
        case .md: print(table.markdown(), terminator: "")
        case .csv: print(table.csv(), terminator: "")
        case .json: print(try JSONOutput.encode(table))
        }
    }
}
