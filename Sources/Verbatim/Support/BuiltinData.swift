/// The data files of the package's `Lexicons/` folder, compiled into the binary at build time
/// by the `EmbedLexicons` plugin: an installed `verbatim` needs no resource bundle.
public enum BuiltinData {
    /// Every built-in file as (path relative to `Lexicons/`, contents), sorted by path.
    public static var files: [(path: String, contents: String)] { EmbeddedLexicons.files }

    /// The contents of one built-in file, e.g. `languages/de.txt`.
    public static func file(_ path: String) -> String? {
        EmbeddedLexicons.files.first { $0.path == path }?.contents
    }

    /// The built-in files in a folder (`languages/`) or with an extension (`.lex`).
    public static func files(inFolder folder: String) -> [(path: String, contents: String)] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return EmbeddedLexicons.files.filter { $0.path.hasPrefix(prefix) }
    }
}
