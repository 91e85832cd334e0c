/// A compact language-identification profile, kept as data in `Lexicons/languages/LANG.txt`:
/// the most frequent words of news copy in the language and the letters that set it apart
/// from its neighbours.
///
/// ```text
/// verbatim-language-profile: 1
/// language: de
/// name: German
/// script: Latin
/// words: der die und in den von zu das mit sich des auf für ist im dem nicht …
/// letters: ä ö ü ß
/// ```
public struct LanguageProfile: Sendable, Hashable {
    /// BCP 47 code.
    public var language: String
    public var name: String
    /// `Latin` or `Cyrillic`.
    public var script: String
    /// Frequent words, normalised (case-folded).
    public var words: Set<String>
    /// The same words in the order of the profile file (most frequent first), without
    /// duplicates: the top of this list serves as stop words (``StopWords``).
    public var rankedWords: [String]
    /// Distinctive letters or digraphs, normalised.
    public var letters: [String] { didSet { letterUnits = letters.map { Array($0.utf16) } } }
    /// ``letters`` as UTF-16, for scanning.
    var letterUnits: [[UInt16]] = []

    /// The highest profile format version this build reads.
    public static let formatVersion = 1

    /// A problem in a profile file, with its line.
    public typealias ParseError = DataFile.ParseError

    /// Parses a profile file; `file` names it in errors.
    public init(parsing text: String, file: String) throws(ParseError) {
        let data = try DataFile(parsing: text, file: file, kind: "language-profile", supportedVersion: Self.formatVersion)
        let normalizer = TextNormalizer()
        guard let language = data.value("language"), !language.isEmpty else {
            throw ParseError(file: file, line: 1, message: "missing 'language:'")
        }
        self.language = language
        self.name = data.value("name") ?? language
        self.script = data.value("script") ?? "Latin"
        var seen = Set<String>()
        self.rankedWords = data.words("words").map { normalizer.normalize($0) }.filter { seen.insert($0).inserted }
        self.words = seen
        self.letters = data.words("letters").map { normalizer.normalize($0) }
        self.letterUnits = letters.map { Array($0.utf16) }
    }

    /// The built-in profiles (`Lexicons/languages/`).
    public static let builtin: [LanguageProfile] = BuiltinData.files(inFolder: "languages").compactMap {
        try? LanguageProfile(parsing: $0.contents, file: $0.path)
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }
}
