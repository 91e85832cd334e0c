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
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Parses a profile file; `file` names it in errors.
    public init(parsing text: String, file: String) throws(ParseError) {
        var fields: [String: String] = [:]
        var words: [String] = []
        var sawVersion = false
        let normalizer = TextNormalizer()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw ParseError(file: file, line: index + 1, message: "expected 'key: value'")
            }
            let key = String(line[..<colon]).trimmingSpaces()
            let value = String(line[line.index(after: colon)...]).trimmingSpaces()
            if !sawVersion {
                guard key == "verbatim-language-profile" else {
                    throw ParseError(file: file, line: index + 1, message: "expected 'verbatim-language-profile: 1' first")
                }
                guard let version = Int(value), version >= 1 else {
                    throw ParseError(file: file, line: index + 1, message: "bad format version '\(value)'")
                }
                guard version <= Self.formatVersion else {
                    throw ParseError(file: file, line: index + 1,
                                     message: "format version \(version) is newer than this build reads (\(Self.formatVersion))")
                }
                sawVersion = true
                continue
            }
            if key == "words" {
                words += value.split(separator: " ").map { normalizer.normalize(String($0)) }
            } else {
                fields[key] = value
            }
        }
        guard sawVersion else { throw ParseError(file: file, line: 1, message: "empty profile") }
        guard let language = fields["language"], !language.isEmpty else {
            throw ParseError(file: file, line: 1, message: "missing 'language:'")
        }
        self.language = language
        self.name = fields["name"] ?? language
        self.script = fields["script"] ?? "Latin"
        self.words = Set(words)
        var seen: Set<String> = []
        self.rankedWords = words.filter { seen.insert($0).inserted }
        self.letters = (fields["letters"] ?? "").split(separator: " ").map { normalizer.normalize(String($0)) }
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
