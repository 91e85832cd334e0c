import ArgumentParser
import Foundation
import Verbatim

/// `verbatim ingest`: adds articles to the quote store and grows its clusters.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store articles in the quote store, matching their quotes against the clusters already there.",
        discussion: """
            Inputs are files, folders (recursively: .txt, .jsonl, .ndjson) or - for standard input. Each article is \
            stored once: the same id with the same text is skipped, a changed text becomes a new revision. Articles \
            are written in batches, one transaction each; an interrupted ingest keeps every finished batch, and \
            running it again stores the rest.
            Exit codes: 0 every article stored (or already there), 1 some inputs rejected (each named on standard \
            error with its file and line), 2 usage or store error.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var lexicons: LexiconOptions

    @Option(help: "Articles per transaction.")
    var batchSize = IngestOptions().batchSize

    @Option(help: "Threads for the per-article stages (default: one per core).")
    var workers: Int?

    @Flag(name: .shortAndLong, help: "No progress and no summary, only rejected inputs.")
    var quiet = false

    func run() throws {
        let store = try self.store.open()
        var options = IngestOptions(batchSize: batchSize)
        if let workers { options.workers = max(1, workers) }
        let ingestor = try StoreIngestor(store: store, lexicons: try lexicons.load(), options: options)
        let display = ProgressDisplay(enabled: !quiet)
        let result = try storeCall { () throws(StoreError) in
            try ingestor.ingest(input.paths, reader: input.reader, rejected: { rejection in
                display.clear()
                printError("verbatim: \(rejection)")
            }, progress: display.show)
        }
        display.finish("\(result.summary); store \(store.path) (\(store.fileSize() / 1024) KiB)")
        if result.rejected > 0 { throw ExitCode(ExitStatus.someRejected) }
    }
}

/// Progress on standard error: a bar redrawn in place on a terminal, a plain line every few
/// seconds when standard error is a file or a pipe.
final class ProgressDisplay {
    let enabled: Bool
    let terminal = isatty(STDERR_FILENO) != 0
    private var lastLine = ContinuousClock.now
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: IngestProgress) {
        guard enabled else { return }
        if terminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + progress.bar()).utf8))
            drawn = true
        } else if ContinuousClock.now - lastLine >= .seconds(5) {
            lastLine = ContinuousClock.now
            printError("verbatim: " + progress.line)
        }
    }

    /// Clears the bar so a message can take its line.
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    func finish(_ summary: String) {
        clear()
        guard enabled else { return }
        printError("verbatim: " + summary)
    }
}
