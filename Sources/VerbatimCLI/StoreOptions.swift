import ArgumentParser
import Foundation
import Verbatim

/// `--db FILE`: the quote store (default `$VERBATIM_DB`, else `verbatim.sqlite` here).
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The quote store (default: $VERBATIM_DB, else verbatim.sqlite in the working directory).")
    var path: String?

    var resolvedPath: String { QuoteStore.resolvePath(path) }

    /// Opens the store; a store error exits 2.
    func open() throws -> QuoteStore {
        try storeCall { () throws(StoreError) in try QuoteStore(path: resolvedPath) }
    }
}

/// Runs a store operation; a ``StoreError`` is named on standard error and exits 2.
func storeCall<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        printError("verbatim: \(error)")
        throw ExitCode(ExitStatus.usage)
    }
}
