import ArgumentParser
import Foundation
import Verbatim

/// `verbatim show CLUSTER-ID`: one cluster's renderings, aligned.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every rendering of a cluster aligned with the canonical one, with differences and artifacts."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A cluster id as `verbatim quotes` prints it (c12).")
    var cluster: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let store = try self.store.open()
        let detail = try storeCall { () throws(StoreError) in try store.clusterDetail(cluster) }
        switch format {
        case .text: print(detail.text(), terminator: "")
        case .json: print(try JSONOutput.encode(detail))
        }
    }
}
