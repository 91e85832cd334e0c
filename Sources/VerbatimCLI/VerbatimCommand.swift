import ArgumentParser
import Foundation
import Verbatim

/// `verbatim`: reads wire copy, extracts and clusters quotes, finds translation artifacts.
///
/// Exit codes, the same for every subcommand:
/// - 0: every input was processed;
/// - 1: some inputs were rejected (each named on standard error); the rest were processed;
/// - 2: usage error, or nothing could be done (unreadable lexicon, store error).
@main
struct VerbatimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Reads news wire copy: normalises it, extracts quotes and their renderings, finds translation artifacts.",
        version: "0.1.0",
        subcommands: [Scan.self, Normalize.self, Lexicon.self, Ingest.self, Quotes.self, Show.self]
    )

    static func main() {
        Foundation.exit(run(nil))
    }

    /// Parses and runs a command line (`nil`: the process's arguments), writing messages to
    /// standard output or error, and returns the documented exit status.
    static func run(_ arguments: [String]?) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return ExitStatus.ok
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                return ExitStatus.ok
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            // Usage errors exit 2 (argument-parser's own default would be 64).
            return code == .validationFailure ? ExitStatus.usage : code.rawValue
        }
    }
}

/// The exit codes documented in the README, in one place.
enum ExitStatus {
    /// Every input was processed.
    static let ok: Int32 = 0
    /// Some inputs were rejected; the rest were processed.
    static let someRejected: Int32 = 1
    /// Usage error, or nothing could be done.
    static let usage: Int32 = 2
}

/// Writes text to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
