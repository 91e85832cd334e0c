// Writes a Swift source file that embeds data files as string literals.
//
//     VerbatimLexiconEmbedder OUTPUT ROOT FILE...
//
// Each FILE is recorded under its path relative to ROOT (e.g. "de-en.lex",
// "languages/de.txt"), so that reports can name it as the linguists know it.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: VerbatimLexiconEmbedder OUTPUT ROOT FILE...\n".utf8))
    exit(2)
}
let output = arguments[1]
let root = URL(fileURLWithPath: arguments[2]).standardizedFileURL.path
var source = """
    // Generated at build time by VerbatimLexiconEmbedder from the package's Lexicons/ folder.
    // Do not edit: edit the files in Lexicons/ instead.

    enum EmbeddedLexicons {
        /// Built-in data files as (path relative to Lexicons/, contents).
        static let files: [(path: String, contents: String)] = [

    """

/// The shortest run of `#` that makes a raw string delimiter not found in the text.
func delimiter(for text: String) -> String {
    var hashes = "#"
    while text.contains("\"\"\"" + hashes) || text.contains("\"" + hashes) { hashes += "#" }
    return hashes
}

for file in arguments.dropFirst(3).sorted() {
    let path = URL(fileURLWithPath: file).standardizedFileURL.path
    var relative = path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    relative = relative.replacingOccurrences(of: "\\", with: "/")
    let data: Data
    do {
        data = try Data(contentsOf: URL(fileURLWithPath: file))
    } catch {
        FileHandle.standardError.write(Data("error: \(file): cannot read: \(error)\n".utf8))
        exit(1)
    }
    guard let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("error: \(file): not valid UTF-8\n".utf8))
        exit(1)
    }
    let hashes = delimiter(for: text)
    source += "        (\"\(relative)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"

do {
    let existing = try? String(contentsOfFile: output, encoding: .utf8)
    if existing != source {
        try source.write(toFile: output, atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("error: \(output): cannot write: \(error)\n".utf8))
    exit(1)
}
