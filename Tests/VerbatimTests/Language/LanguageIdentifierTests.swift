import Testing

@testable import Verbatim

@Suite("Language identification")
struct LanguageIdentifierTests {
    static let languages = ["en", "de", "fr", "es", "it", "ru", "uk", "bg", "pl", "nl", "ja", "zh", "ko"]

    static func samples() throws -> [(file: String, language: String)] {
        try Fixtures.files(in: "Language", suffix: ".txt").map { ($0, String($0.prefix(while: { $0 != "-" }))) }
    }

    @Test("the built-in profiles load: ten languages")
    func profiles() {
        let languages = Set(LanguageProfile.builtin.map(\.language))
        #expect(languages == ["en", "de", "fr", "es", "it", "ru", "uk", "bg", "pl", "nl"])
        #expect(LanguageProfile.builtin.allSatisfy { $0.words.count >= 100 })
    }

    @Test("one-paragraph samples in thirteen languages: at least 90% right")
    func accuracy() throws {
        let identifier = LanguageIdentifier()
        let samples = try Self.samples()
        #expect(samples.count >= 60)
        var wrong: [String] = []
        for sample in samples {
            let guess = identifier.identify(try Fixtures.text("Language/\(sample.file)"))
            if guess.language != sample.language { wrong.append("\(sample.file) → \(guess.language ?? "nil")") }
        }
        let accuracy = Double(samples.count - wrong.count) / Double(samples.count)
        #expect(accuracy >= 0.9, "wrong: \(wrong)")
    }

    @Test("every language of the ten is identified on its own samples")
    func eachLanguage() throws {
        let identifier = LanguageIdentifier()
        let samples = try Self.samples()
        for language in Self.languages {
            let own = samples.filter { $0.language == language }
            let right = try own.filter { identifier.identify(try Fixtures.text("Language/\($0.file)")).language == language }
            #expect(right.count * 5 >= own.count * 4, "\(language): \(right.count)/\(own.count)")
        }
    }

    @Test("a newer profile format is refused, not misread")
    func newerFormat() {
        #expect(throws: LanguageProfile.ParseError.self) {
            try LanguageProfile(parsing: "verbatim-language-profile: 2\nlanguage: xx\n", file: "xx.txt")
        }
    }

    @Test("no letters, no guess")
    func empty() {
        #expect(LanguageIdentifier().identify("12 345 — 678").language == nil)
    }

    @Test("a declared language is taken as given, with its script")
    func declaredLanguage() throws {
        let analyzer = TextAnalyzer()
        let german = try analyzer.analyze(Article(id: "a", text: "The talks went on.", language: "de"))
        #expect(german.language == LanguageGuess(language: "de", confidence: 1, script: "Latin"))
        let japanese = try analyzer.analyze(Article(id: "b", text: "交渉は続いた。", language: "ja"))
        #expect(japanese.language.script == "Japanese")
        // No profile for Greek: the script comes from the text.
        let greek = try analyzer.analyze(Article(id: "c", text: "Οι συνομιλίες συνεχίστηκαν.", language: "el"))
        #expect(greek.language == LanguageGuess(language: "el", confidence: 1, script: "Greek"))
    }

    @Test("a long text stops being read once one language clearly leads, with the same answer")
    func decisiveEarlyStop() throws {
        let text = try String(contentsOf: Fixtures.repository.appending(path: "seeds/002_29a063534edd64f4.txt"), encoding: .utf8)
        var thorough = LanguageIdentifier()
        thorough.decisiveWords = thorough.maximumWords
        #expect(LanguageIdentifier().identify(text).language == thorough.identify(text).language)
        #expect(LanguageIdentifier().identify(text).language == "en")
    }
}
