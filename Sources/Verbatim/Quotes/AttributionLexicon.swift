/// Speech verbs and attribution cues of one language, kept as data in
/// `Lexicons/attribution/LANG.txt` (`key: value` lines; lists separated by spaces, phrase
/// lists by ` | `). Words are stored normalised (case-folded, typography unified).
public struct AttributionLexicon: Sendable {
    public var language: String
    /// Speech verbs in every inflected form ("said", "sagte", "заявил").
    public var verbs: Set<String>
    /// Words that may stand between a subject and its verb ("has", "also").
    public var skipBeforeVerb: Set<String>
    /// Phrases that introduce a speaker ("according to", "laut"), as token lists.
    public var beforeSpeaker: [[String]]
    public var malePronouns: Set<String>
    public var femalePronouns: Set<String>
    public var pluralPronouns: Set<String>
    /// Pronouns that stand for a person of any gender (Japanese 同氏).
    public var neutralPronouns: Set<String>
    /// Endings of nouns of office before a name, for languages that capitalise nouns (German).
    public var titleEndings: [String]
    /// Words that make up titles of office before a name.
    public var titleWords: Set<String>
    public var maleHonorifics: Set<String>
    public var femaleHonorifics: Set<String>
    /// Function words that never belong to a name.
    public var stopWords: Set<String>
    /// Japanese: particles after a quote (と) and after a subject (は, が), title suffixes (氏, 社長).
    public var quoteParticles: Set<String>
    public var subjectParticles: Set<String>
    public var titleSuffixes: [String]

    /// The highest format version this build reads.
    public static let formatVersion = 1

    /// A problem in an attribution file.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public init(parsing text: String, file: String) throws(ParseError) {
        let normalizer = TextNormalizer()
        var lists: [String: [String]] = [:]
        var phrases: [String: [[String]]] = [:]
        var language = ""
        var sawVersion = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw ParseError(file: file, line: index + 1, message: "expected 'key: value'")
            }
            let key = String(line[..<colon]).trimmingSpaces()
            let value = String(line[line.index(after: colon)...]).trimmingSpaces()
            if !sawVersion {
                guard key == "verbatim-attribution", let version = Int(value) else {
                    throw ParseError(file: file, line: index + 1, message: "expected 'verbatim-attribution: 1' first")
                }
                guard version <= Self.formatVersion else {
                    throw ParseError(file: file, line: index + 1,
                                     message: "format version \(version) is newer than this build reads (\(Self.formatVersion))")
                }
                sawVersion = true
                continue
            }
            switch key {
            case "language": language = value
            case "before-speaker":
                phrases[key, default: []] += value.components(separatedBy: "|").map {
                    $0.trimmingSpaces().split(separator: " ").map { normalizer.normalize(String($0)) }
                }.filter { !$0.isEmpty }
            case "verbs", "pronouns-neutral", "pronouns-male", "pronouns-female", "pronouns-plural", "title-words", "honorifics-male",
                "honorifics-female", "stop-words", "quote-particles", "subject-particles", "title-suffixes", "skip-before-verb", "title-endings":
                lists[key, default: []] += value.split(separator: " ").map { normalizer.normalize(String($0)) }
            default:
                throw ParseError(file: file, line: index + 1, message: "unknown key '\(key)'")
            }
        }
        guard sawVersion, !language.isEmpty else { throw ParseError(file: file, line: 1, message: "missing header or 'language:'") }
        func set(_ key: String) -> Set<String> { Set(lists[key] ?? []) }
        self.language = language
        verbs = set("verbs")
        beforeSpeaker = phrases["before-speaker"] ?? []
        skipBeforeVerb = set("skip-before-verb")
        malePronouns = set("pronouns-male")
        femalePronouns = set("pronouns-female")
        pluralPronouns = set("pronouns-plural")
        neutralPronouns = set("pronouns-neutral")
        titleWords = set("title-words")
        maleHonorifics = set("honorifics-male").union((lists["honorifics-male"] ?? []).map { $0.replacingOccurrences(of: ".", with: "") })
        femaleHonorifics = set("honorifics-female").union((lists["honorifics-female"] ?? []).map { $0.replacingOccurrences(of: ".", with: "") })
        stopWords = set("stop-words")
        quoteParticles = set("quote-particles")
        subjectParticles = set("subject-particles")
        titleSuffixes = lists["title-suffixes"] ?? []
        titleEndings = lists["title-endings"] ?? []
    }

    /// Built-in lexicons by language.
    public static let builtin: [String: AttributionLexicon] = {
        var result: [String: AttributionLexicon] = [:]
        for file in BuiltinData.files(inFolder: "attribution") where file.path.hasSuffix(".txt") && !file.path.hasSuffix("first-names.txt") {
            if let lexicon = try? AttributionLexicon(parsing: file.contents, file: file.path) { result[lexicon.language] = lexicon }
        }
        return result
    }()

    /// The lexicon for a language, else English.
    public static func forLanguage(_ language: String?) -> AttributionLexicon? {
        language.flatMap { builtin[$0] } ?? builtin["en"]
    }
}

/// Given names with their usual gender, from `Lexicons/attribution/first-names.txt`, to tell
/// that a capitalised sequence is a person and which pronouns can stand for them.
public enum FirstNames {
    public enum Gender: String, Sendable, Codable { case female, male, unisex }

    /// Normalised given name → gender.
    public static let builtin: [String: Gender] = parse(BuiltinData.file("attribution/first-names.txt") ?? "")

    public static func parse(_ text: String) -> [String: Gender] {
        let normalizer = TextNormalizer()
        var result: [String: Gender] = [:]
        var section: Gender?
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("verbatim-first-names") { continue }
            if line.hasPrefix("[") {
                section = Gender(rawValue: String(line.dropFirst().dropLast()))
                continue
            }
            guard let section else { continue }
            for name in line.split(separator: " ") { result[normalizer.normalize(String(name))] = section }
        }
        return result
    }
}
