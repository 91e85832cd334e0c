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
    public typealias ParseError = DataFile.ParseError

    /// The keys an attribution file may hold.
    static let keys: Set<String> = [
        "language", "verbs", "before-speaker", "skip-before-verb", "pronouns-neutral", "pronouns-male", "pronouns-female",
        "pronouns-plural", "title-words", "title-endings", "title-suffixes", "honorifics-male", "honorifics-female",
        "stop-words", "quote-particles", "subject-particles",
    ]

    public init(parsing text: String, file: String) throws(ParseError) {
        let data = try DataFile(parsing: text, file: file, kind: "attribution", supportedVersion: Self.formatVersion)
        if let unknown = data.lines.first(where: { !Self.keys.contains($0.key ?? "") }) {
            throw ParseError(file: file, line: unknown.number, message: "unknown key '\(unknown.key ?? "")'")
        }
        guard let language = data.value("language"), !language.isEmpty else {
            throw ParseError(file: file, line: 1, message: "missing 'language:'")
        }
        let normalizer = TextNormalizer()
        func list(_ key: String) -> [String] { data.words(key).map { normalizer.normalize($0) } }
        func set(_ key: String) -> Set<String> { Set(list(key)) }
        func withoutStops(_ key: String) -> Set<String> { set(key).union(list(key).map { $0.replacingOccurrences(of: ".", with: "") }) }
        self.language = language
        verbs = set("verbs")
        beforeSpeaker = data.lines.filter { $0.key == "before-speaker" }.flatMap { $0.value.components(separatedBy: "|") }
            .map { $0.trimmingSpaces().split(separator: " ").map { normalizer.normalize(String($0)) } }.filter { !$0.isEmpty }
        skipBeforeVerb = set("skip-before-verb")
        malePronouns = set("pronouns-male")
        femalePronouns = set("pronouns-female")
        pluralPronouns = set("pronouns-plural")
        neutralPronouns = set("pronouns-neutral")
        titleWords = set("title-words")
        titleEndings = list("title-endings")
        maleHonorifics = withoutStops("honorifics-male")
        femaleHonorifics = withoutStops("honorifics-female")
        stopWords = set("stop-words")
        quoteParticles = set("quote-particles")
        subjectParticles = set("subject-particles")
        titleSuffixes = list("title-suffixes")
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

    /// Parses the given-names format; a file that does not parse gives an empty table.
    public static func parse(_ text: String) -> [String: Gender] {
        guard let data = try? DataFile(parsing: text, file: "first-names.txt", kind: "first-names", supportedVersion: 1, sections: true)
        else { return [:] }
        let normalizer = TextNormalizer()
        var result: [String: Gender] = [:]
        for gender in [Gender.female, .male, .unisex] {
            for name in data.words(section: gender.rawValue) { result[normalizer.normalize(name)] = gender }
        }
        return result
    }
}
