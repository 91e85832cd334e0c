import Testing

@testable import Verbatim

@Suite("Segmentation")
struct SegmenterTests {
    func sentences(_ text: String, locale: String) throws -> [String] {
        let source = SourceText(text)
        let segmenter = try Segmenter(locale: locale)
        let paragraphs = segmenter.paragraphs(in: source)
        return segmenter.sentences(in: source, paragraphs: paragraphs).flatMap { $0.map { source[$0] } }
    }

    func words(_ text: String, locale: String) throws -> [String] {
        let source = SourceText(text)
        let normalized = TextNormalizer().normalize(source)
        return try Segmenter(locale: locale).tokens(in: normalized, original: source).map { source[$0.range] }
    }

    @Test("English: abbreviations do not end sentences")
    func englishSentences() throws {
        let text = "The U.S. envoy met Lt. Gen. Smith on Monday. Dr. Jones said talks would go on. Mr. Brown left."
        #expect(try sentences(text, locale: "en") == [
            "The U.S. envoy met Lt. Gen. Smith on Monday.", "Dr. Jones said talks would go on.", "Mr. Brown left.",
        ])
    }

    @Test("English: \"U.S.\" before a capitalised word does not end a sentence")
    func dottedCountry() throws {
        #expect(try sentences("The U.S. Foreign Ministry said talks would go on. They did.", locale: "en") == [
            "The U.S. Foreign Ministry said talks would go on.", "They did.",
        ])
    }

    @Test("English: a quotation's closing mark stays with its sentence")
    func englishQuoteSentences() throws {
        let text = "“We will not back down.” The minister left. She said: “No.”"
        #expect(try sentences(text, locale: "en") == ["“We will not back down.”", "The minister left.", "She said: “No.”"])
    }

    @Test("German sentences")
    func germanSentences() throws {
        let text = "Der Außenminister sagte am Montag: „Wir bleiben hart.“ Die Gespräche dauerten acht Stunden. Z. B. in Genf."
        let result = try sentences(text, locale: "de")
        #expect(result.first == "Der Außenminister sagte am Montag: „Wir bleiben hart.“")
        #expect(result.contains("Die Gespräche dauerten acht Stunden."))
    }

    @Test("Russian sentences")
    func russianSentences() throws {
        let text = "Рябков заявил, что переговоры были трудными. Следующая встреча пройдет в Вене. Решение примут позже."
        #expect(try sentences(text, locale: "ru") == [
            "Рябков заявил, что переговоры были трудными.", "Следующая встреча пройдет в Вене.", "Решение примут позже.",
        ])
    }

    @Test("Japanese sentences")
    func japaneseSentences() throws {
        #expect(try sentences("交渉は八時間続いた。次の会合はウィーンで開かれる。", locale: "ja") == [
            "交渉は八時間続いた。", "次の会合はウィーンで開かれる。",
        ])
    }

    @Test("English words: contractions, possessives, abbreviations and numbers stay whole")
    func englishWords() throws {
        #expect(try words("Russia’s U.S. envoy didn't cut 100,000 troops.", locale: "en") == [
            "Russia’s", "U.S", "envoy", "didn't", "cut", "100,000", "troops",
        ])
    }

    @Test("German words")
    func germanWords() throws {
        #expect(try words("„Die Außenministerin“ sagte 100.000 Mal Nein.", locale: "de") == [
            "Die", "Außenministerin", "sagte", "100.000", "Mal", "Nein",
        ])
    }

    @Test("Russian words")
    func russianWords() throws {
        #expect(try words("«Переговоры были трудными», — заявил Рябков.", locale: "ru") == [
            "Переговоры", "были", "трудными", "заявил", "Рябков",
        ])
    }

    @Test("Japanese words come from ICU's dictionary")
    func japaneseWords() throws {
        let result = try words("東京で会談が行われた。", locale: "ja")
        #expect(result.joined() == "東京で会談が行われた")
        #expect(result.count >= 4)
        #expect(result.contains("東京"))
    }

    @Test("paragraphs: one per line, blank lines skipped")
    func paragraphsByLine() throws {
        let source = SourceText("Headline\n\nFirst paragraph.\nSecond paragraph.\n\n  Third.  \n")
        let ranges = try Segmenter().paragraphs(in: source)
        #expect(ranges.map { source[$0] } == ["Headline", "First paragraph.", "Second paragraph.", "Third."])
    }

    @Test("paragraphs: hard-wrapped copy joins its lines")
    func paragraphsHardWrapped() throws {
        let text = """
            The talks between the two delegations lasted
            eight hours and ended without any agreement on
            the main questions, officials from both sides
            said after the meeting in the Swiss city.

            Both sides said they would meet again in
            Vienna later this week for another round of
            talks on security in Europe.
            """
        let source = SourceText(text)
        let ranges = try Segmenter().paragraphs(in: source)
        #expect(ranges.count == 2)
        #expect(source[ranges[0]].hasSuffix("in the Swiss city."))
    }

    @Test("tokens carry whether they are capitalised in the original")
    func capitalisation() throws {
        let source = SourceText("Wendy Sherman met ryabkov")
        let tokens = try Segmenter().tokens(in: TextNormalizer().normalize(source), original: source)
        #expect(tokens.map(\.isCapitalized) == [true, true, false, false])
    }
}
