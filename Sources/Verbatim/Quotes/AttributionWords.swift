/// The word lists a normalised word belongs to, for speaker attribution: one bit per list of an
/// ``AttributionLexicon`` and per fixed list of ``AttributionWords``.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt32

    /// ``AttributionLexicon/verbs``.
    static let speechVerb = WordClasses(rawValue: 1 << 0)
    /// ``AttributionLexicon/skipBeforeVerb``.
    static let skipBeforeVerb = WordClasses(rawValue: 1 << 1)
    static let malePronoun = WordClasses(rawValue: 1 << 2)
    static let femalePronoun = WordClasses(rawValue: 1 << 3)
    static let pluralPronoun = WordClasses(rawValue: 1 << 4)
    /// ``AttributionLexicon/titleWords``.
    static let titleWord = WordClasses(rawValue: 1 << 5)
    static let maleHonorific = WordClasses(rawValue: 1 << 6)
    static let femaleHonorific = WordClasses(rawValue: 1 << 7)
    /// A function word that never belongs to a name: a frequent word of the article's
    /// language profile (``LanguageProfile/words``) or a lexicon stop word.
    static let functionWord = WordClasses(rawValue: 1 << 8)
    /// ``AttributionWords/articles``.
    static let article = WordClasses(rawValue: 1 << 9)
    /// ``AttributionWords/nameParticles``.
    static let nameParticle = WordClasses(rawValue: 1 << 10)
    /// ``AttributionWords/titleConnectors``.
    static let titleConnector = WordClasses(rawValue: 1 << 11)
    /// ``AttributionWords/titleNouns``.
    static let titleNoun = WordClasses(rawValue: 1 << 12)
    /// ``AttributionLexicon/quoteParticles`` (Japanese と).
    static let quoteParticle = WordClasses(rawValue: 1 << 13)
    /// ``AttributionLexicon/subjectParticles`` (Japanese は, が).
    static let subjectParticle = WordClasses(rawValue: 1 << 14)
    /// ``AttributionLexicon/neutralPronouns`` (Japanese 同氏).
    static let neutralPronoun = WordClasses(rawValue: 1 << 15)
    /// ``AttributionLexicon/titleSuffixes`` (Japanese 社長).
    static let titleSuffix = WordClasses(rawValue: 1 << 16)
    /// ``AttributionWords/japaneseParticles``.
    static let japaneseParticle = WordClasses(rawValue: 1 << 17)
    /// ``AttributionWords/japaneseHonorifics``.
    static let japaneseHonorific = WordClasses(rawValue: 1 << 18)

    static let pronoun: WordClasses = [.malePronoun, .femalePronoun]
    /// Words that rule out a capitalised word as part of a name.
    static let notInNames: WordClasses = [.titleWord, .functionWord, .speechVerb, .malePronoun, .femalePronoun, .pluralPronoun]
}

/// The word lists of speaker attribution for one article language, as tables keyed by
/// ``WordKey``: built once per language rather than per article.
final class AttributionWords: Sendable {
    /// The attribution lexicon of the language (English when it has none).
    let lexicon: AttributionLexicon
    /// Word → the lists it belongs to: the lexicon's lists (stop words as
    /// ``WordClasses/functionWord``), the frequent words of the language's profile (also
    /// ``WordClasses/functionWord``) and the fixed lists below.
    let classes: WordTable<WordClasses>
    /// ``AttributionLexicon/beforeSpeaker`` phrases as word keys.
    let beforeSpeaker: [[UInt64]]
    /// For the Japanese rules, which match by prefix and suffix: the speech verbs, the title
    /// suffixes (in the lexicon's order) and the neutral pronouns.
    let speechVerbs: UnitWordIndex
    let titleSuffixes: [UnitWord]
    let neutralPronouns: [UnitWord]

    // The fixed lists, the same for every language.

    /// Articles: a capitalised word after one is a common noun ("eine Anwohnerin", "a Spokesman").
    static let articles = ["a", "an", "the", "ein", "eine", "einer", "einem", "einen", "der", "die", "das",
                           "un", "une", "le", "la", "les", "el", "los", "las", "una", "il", "lo", "gli", "uno"]
    /// Lowercase particles inside names ("Ursula von der Leyen").
    static let nameParticles = ["von", "van", "de", "der", "den", "da", "di", "du", "del", "della", "bin", "al", "ibn", "le", "la", "dos", "das", "ter"]
    /// Connectors, which do not begin or end a title ("Secretary of State").
    static let titleConnectors = ["of", "the", "for", "and", "der", "die", "des", "de", "la", "le", "du", "del", "el"]
    /// Japanese particles, which end a name going backwards.
    static let japaneseParticles = ["の", "と", "で", "に", "が", "を", "は", "も", "へ", "や", "から", "まで", "より", "、", "。"]
    /// Japanese honorifics after a name (中村さん).
    static let japaneseHonorifics = ["さん", "氏", "様"]
    /// Nouns of office: a title holds one of them.
    static let titleNouns = [
        "president", "minister", "secretary", "chancellor", "premier", "ambassador", "envoy", "spokesman", "spokeswoman",
        "spokesperson", "senator", "governor", "mayor", "general", "gen", "lieutenant", "lt", "colonel", "col", "captain",
        "admiral", "commander", "chief", "director", "chairman", "chairwoman", "king", "queen", "prince", "pope", "judge",
        "prosecutor", "negotiator", "leader", "official", "dr", "prof", "mr", "mrs", "ms", "deputy", "präsident",
        "präsidentin", "minister", "ministerin", "außenminister", "außenministerin", "kanzler", "kanzlerin", "sprecher",
        "sprecherin", "président", "présidente", "ministre", "porte-parole", "presidente", "presidenta", "ministro",
        "ministra", "canciller", "portavoz", "президент", "министр", "заместитель", "глава", "премьер", "пресс-секретарь",
        "herr", "frau", "m", "mme", "sr", "sra", "führer",
    ]

    /// The tables of a lexicon with the frequent words of a language profile.
    init(lexicon: AttributionLexicon, profileWords: Set<String>) {
        var classes = WordTable<WordClasses>(capacity: 256 + profileWords.count)
        func add<Words: Sequence<String>>(_ words: Words, _ wordClass: WordClasses) {
            for word in words { classes[WordKey.of(word), default: []].insert(wordClass) }
        }
        add(lexicon.verbs, .speechVerb)
        add(lexicon.skipBeforeVerb, .skipBeforeVerb)
        add(lexicon.malePronouns, .malePronoun)
        add(lexicon.femalePronouns, .femalePronoun)
        add(lexicon.pluralPronouns, .pluralPronoun)
        add(lexicon.titleWords, .titleWord)
        add(lexicon.maleHonorifics, .maleHonorific)
        add(lexicon.femaleHonorifics, .femaleHonorific)
        add(lexicon.stopWords, .functionWord)
        add(profileWords, .functionWord)
        add(Self.articles, .article)
        add(Self.nameParticles, .nameParticle)
        add(Self.titleConnectors, .titleConnector)
        add(Self.titleNouns, .titleNoun)
        add(lexicon.quoteParticles, .quoteParticle)
        add(lexicon.subjectParticles, .subjectParticle)
        add(lexicon.neutralPronouns, .neutralPronoun)
        add(lexicon.titleSuffixes, .titleSuffix)
        add(Self.japaneseParticles, .japaneseParticle)
        add(Self.japaneseHonorifics, .japaneseHonorific)
        self.lexicon = lexicon
        self.classes = classes
        beforeSpeaker = lexicon.beforeSpeaker.map { $0.map(WordKey.of) }
        speechVerbs = UnitWordIndex(lexicon.verbs)
        titleSuffixes = lexicon.titleSuffixes.map(UnitWord.init)
        neutralPronouns = lexicon.neutralPronouns.map(UnitWord.init)
    }

    /// The tables for an article's language (``LanguageGuess/language``), or nil when there
    /// is no lexicon to attribute with. The lexicon is ``AttributionLexicon/forLanguage(_:)``'s;
    /// the profile words are those of the language (English when it is not known), none for
    /// a language without a profile.
    static func forLanguage(_ language: String?) -> AttributionWords? {
        builtin[language ?? "en"] ?? otherLanguage
    }

    /// The tables of every language with a built-in lexicon or profile.
    private static let builtin: [String: AttributionWords] = {
        var result: [String: AttributionWords] = [:]
        // The first profile of a language, as the attributor has always taken it.
        var profiles: [String: LanguageProfile] = [:]
        for profile in LanguageProfile.builtin where profiles[profile.language] == nil { profiles[profile.language] = profile }
        for language in Set(profiles.keys).union(AttributionLexicon.builtin.keys) {
            guard let lexicon = AttributionLexicon.forLanguage(language) else { continue }
            result[language] = AttributionWords(lexicon: lexicon, profileWords: profiles[language]?.words ?? [])
        }
        return result
    }()

    /// The tables of a language with neither lexicon nor profile: the English lexicon alone.
    private static let otherLanguage: AttributionWords? = AttributionLexicon.forLanguage(nil).map {
        AttributionWords(lexicon: $0, profileWords: [])
    }

    /// Given names as a table (``FirstNames/builtin`` is built once).
    static let builtinFirstNames = firstNameTable(FirstNames.builtin)

    static func firstNameTable(_ names: [String: FirstNames.Gender]) -> WordTable<FirstNames.Gender> {
        var table = WordTable<FirstNames.Gender>(capacity: names.count)
        for (name, gender) in names { table[WordKey.of(name), default: gender] = gender }
        return table
    }
}
