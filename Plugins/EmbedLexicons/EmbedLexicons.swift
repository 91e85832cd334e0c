import Foundation
import PackagePlugin

/// Compiles the package's `Lexicons/` folder into the `Verbatim` target as Swift source, so an
/// installed `verbatim` binary carries its built-in lexicons and profiles without a resource
/// bundle that could go missing.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "Lexicons")
        let inputs = try Self.dataFiles(under: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        let tool = try context.tool(named: "VerbatimLexiconEmbedder")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) files of Lexicons/",
                executable: tool.url,
                arguments: [output.path(percentEncoded: false), root.path(percentEncoded: false)]
                    + inputs.map { $0.path(percentEncoded: false) },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// Every data file below `root` (`.lex`, `.txt`), in a stable order; documentation is left out.
    static func dataFiles(under root: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        else { return [] }
        var files: [URL] = []
        for case let url as URL in walker
        where ["lex", "txt"].contains(url.pathExtension) && !url.lastPathComponent.hasPrefix(".") {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
