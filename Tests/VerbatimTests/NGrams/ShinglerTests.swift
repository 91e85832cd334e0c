import Testing

@testable import Verbatim

@Suite("N-grams: shingles")
struct NGramShinglerTests {
    let analyzer = TextAnalyzer()

    func document(_ text: String, language: String? = "en") throws -> Document {
        try analyzer.analyze(Article(id: "t", text: text, language: language))
    }

    func texts(_ shingler: Shingler, _ document: Document) -> [String] {
        shingler.shingles(in: document).map { shingler.text(of: $0, in: document) }
    }

    @Test("Word 3-grams over the normalised words, with spans in the original")
    func wordShingles() throws {
        let marked = MarkedText("“1️⃣We will not2️⃣ back down3️⃣,” Ryabkov said on Monday.")
        let document = try document(marked.text)
        let shingler = try Shingler(.words(3))
        let shingles = shingler.shingles(in: document)
        #expect(texts(shingler, document) == [
            "we will not", "will not back", "not back down", "back down ryabkov", "down ryabkov said", "ryabkov said on",
            "said on monday",
        ])
        // Golden from the Python reference: the hash of a word shingle is the hash of its text.
        #expect(shingles[0].hash == 0xd088_2c48_0e2d_5441)
        #expect(shingles.allSatisfy { $0.hash == StableHash.hash(shingler.text(of: $0, in: document)) })
        #expect(shingles[0].range == TextRange(marked.markers[1]!, marked.markers[2]!))
        #expect(shingles[0].tokens == 0..<3)
        #expect(shingles[2].range.end == marked.markers[3]!)
        #expect(document[shingles[2].range] == "not back down")
    }

    @Test("Punctuation, spacing, case and quotation-mark style do not change word shingles")
    func renderingInvariance() throws {
        let shingler = try Shingler(.words(3))
        let a = shingler.shingleSet(in: try document("“We will not back down,” Ryabkov said."))
        let b = shingler.shingleSet(in: try document("\"WE  will not -- back down\" ryabkov SAID"))
        #expect(a == b)
        #expect(a.count == 5)
    }

    @Test("English stop words from the language profile are left out")
    func stopWords() throws {
        let marked = MarkedText("1️⃣We will not back down2️⃣, Ryabkov said on Monday.")
        let document = try document(marked.text)
        let shingler = try Shingler(.words(3, stopWords: .documentLanguage))
        let shingles = shingler.shingles(in: document)
        #expect(texts(shingler, document) == ["we back down", "back down ryabkov", "down ryabkov monday"])
        // The first shingle covers the stop words between its words.
        #expect(shingles[0].tokens == 0..<5)
        #expect(shingles[0].range == TextRange(marked.markers[1]!, marked.markers[2]!))
        // The same with the language named, and with a custom list.
        #expect(try Shingler(.words(3, stopWords: .language("en"))).shingles(in: document) == shingles)
        let custom = try Shingler(.words(2, stopWords: .custom(StopWords(["We", "ON"]))))
        #expect(texts(custom, document).first == "will not")
        #expect(!texts(custom, document).contains("said on"))
    }

    @Test("Built-in stop words are the top of each profile's ranked word list")
    func builtinStopWords() throws {
        let english = try #require(StopWords.builtin(language: "en"))
        #expect(english.words.count == StopWords.defaultCount)
        #expect(english.words.prefix(4) == ["the", "of", "to", "and"])
        #expect(english.contains("said") && english.contains("will") && !english.contains("president"))
        let russian = try #require(StopWords.builtin(language: "ru"))
        #expect(russian.contains("и") && russian.contains("что"))
        #expect(StopWords.builtin(language: "ja") == nil)
        #expect(Set(StopWords.builtinLanguages).isSuperset(of: ["bg", "de", "en", "es", "fr", "it", "nl", "pl", "ru", "uk"]))
        #expect(StopWords.builtin(language: "de", count: 5)?.words.count == 5)
    }

    @Test("Transliterated shingles join Cyrillic and Latin renderings")
    func transliteration() throws {
        let shingler = try Shingler(.words(2, transliterate: true))
        let cyrillic = try document("Рябков заявил", language: "ru")
        let latin = try document("Ryabkov zayavil", language: "en")
        #expect(texts(shingler, cyrillic) == ["ryabkov zayavil"])
        #expect(shingler.shingleSet(in: cyrillic) == shingler.shingleSet(in: latin))
        let plain = try Shingler(.words(2))
        #expect(plain.shingleSet(in: cyrillic) != plain.shingleSet(in: latin))
        #expect(texts(plain, cyrillic) == ["рябков заявил"])
    }

    @Test("Character n-grams are anchored at word starts")
    func characterShingles() throws {
        let marked = MarkedText("1️⃣We will2️⃣ not back down.")
        let document = try document(marked.text)
        let shingler = try Shingler(.characters(8))
        let shingles = shingler.shingles(in: document)
        #expect(texts(shingler, document) == ["we will ", "will not", "not back", "back dow"])
        #expect(shingles[0].hash == StableHash.hash("we will "))
        #expect(shingles[0].range == TextRange(marked.markers[1]!, marked.markers[2]!))
        #expect(shingles[3].tokens == 3..<5)
        let cyrillic = try self.document("Рябков заявил", language: "ru")
        #expect(texts(try Shingler(.characters(4)), cyrillic) == ["рябк", "заяв"])
    }

    @Test("A text shorter than n gives one shingle of all of it")
    func shortTexts() throws {
        let document = try document("No.")
        #expect(texts(try Shingler(.words(3)), document) == ["no"])
        #expect(texts(try Shingler(.characters(8)), document) == ["no"])
        let two = try self.document("Never again!")
        #expect(texts(try Shingler(.words(5)), two) == ["never again"])
        #expect(try Shingler(.words(3)).shingles(in: self.document("")).isEmpty)
        // All stop words: nothing left, no shingle.
        #expect(try Shingler(.words(3, stopWords: .documentLanguage)).shingles(in: self.document("It is the")).isEmpty)
    }

    @Test("Token ranges, original ranges and plain strings shingle the same quote")
    func oneAPI() throws {
        let marked = MarkedText("The minister said: “1️⃣We will not back down2️⃣.” He left for Vienna.")
        let document = try document(marked.text)
        let shingler = try Shingler(.words(3))
        let quote = TextRange(marked.markers[1]!, marked.markers[2]!)
        let tokens = document.tokenIndices(overlapping: quote)
        #expect(tokens == 3..<8)
        let byTokens = shingler.shingleSet(in: document, tokens: tokens)
        #expect(byTokens == shingler.shingleSet(in: document, covering: quote))
        #expect(byTokens == (try shingler.shingleSet(of: "We will not back down", analyzer: analyzer)))
        #expect(byTokens.containment(in: shingler.shingleSet(in: document)) == 1)
        let spans = shingler.shingles(in: document, covering: quote)
        #expect(spans.map(\.tokens.lowerBound) == [3, 4, 5])
        #expect(spans.allSatisfy { quote.contains($0.range) })
        let fromString = try shingler.shingles(of: "We will not back down", analyzer: analyzer)
        #expect(fromString.first?.range == TextRange(0, 11))
    }

    @Test("Invalid sizes are refused")
    func invalidSize() {
        #expect(throws: NGramError.self) { try Shingler(.words(0)) }
    }

    @Test("Shingling is the same in text order and as a set, duplicates folded")
    func duplicates() throws {
        let document = try document("Back down, back down, back down.")
        let shingler = try Shingler(.words(2))
        #expect(shingler.hashes(in: document).count == 5)
        #expect(shingler.shingleSet(in: document).count == 2)
    }
}
