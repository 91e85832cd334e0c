import Testing

@testable import Verbatim

@Suite("Numbers in a locale's style")
struct NumberRecognizerTests {
    func numbers(_ text: String, locale: String = "en") throws -> [NumberMention] {
        let article = Article(id: "n", text: text, language: locale)
        return try TextAnalyzer().analyze(article).numbers
    }

    @Test("ICU's locale data gives each locale's separators")
    func conventions() throws {
        #expect(try NumberConvention(locale: "en") == NumberConvention(grouping: .comma, decimal: .dot))
        #expect(try NumberConvention(locale: "de") == NumberConvention(grouping: .dot, decimal: .comma))
        #expect(try NumberConvention(locale: "fr") == NumberConvention(grouping: .space, decimal: .comma))
        #expect(try NumberConvention(locale: "ru") == NumberConvention(grouping: .space, decimal: .comma))
        #expect(try NumberConvention(locale: "bg") == NumberConvention(grouping: .space, decimal: .comma))
    }

    @Test("English: 100,000 is one hundred thousand and native")
    func english() throws {
        let en = try NumberConvention(locale: "en")
        let found = try numbers("Nearly 100,000 troops and 1.5 million people; 2,500.75 dollars.")
        #expect(found.map(\.text) == ["100,000", "1.5", "2,500.75"])
        #expect(found[0].reading(in: en)?.value == 100_000)
        #expect(found[1].reading(in: en)?.value == 1.5)
        #expect(found[2].reading(in: en)?.value == 2500.75)
    }

    @Test("German: 100.000 is one hundred thousand, and not an English way to write it")
    func german() throws {
        let de = try NumberConvention(locale: "de")
        let en = try NumberConvention(locale: "en")
        let found = try numbers("Russland hat 100.000 Soldaten und 1.234,5 Panzer, 3,5 Prozent.", locale: "de")
        #expect(found.map(\.text) == ["100.000", "1.234,5", "3,5"])
        #expect(found[0].reading(in: de)?.value == 100_000)
        #expect(found[1].reading(in: de)?.value == 1234.5)
        #expect(found[2].reading(in: de)?.value == 3.5)
        #expect(found[1].reading(in: en) == nil)
        // In English copy "100.000" only reads as a decimal with three trailing zeros.
        #expect(found[0].reading(in: en)?.grouping == nil)
    }

    @Test("French and Russian: groups separated by no-break spaces")
    func spaceGrouped() throws {
        let fr = try NumberConvention(locale: "fr")
        let found = try numbers("Environ 100\u{202F}000 soldats et 2\u{A0}500,5 euros.", locale: "fr")
        #expect(found.map(\.text) == ["100\u{202F}000", "2\u{A0}500,5"])
        #expect(found[0].reading(in: fr)?.value == 100_000)
        #expect(found[1].reading(in: fr)?.value == 2500.5)
        let ru = try numbers("Около 100 000 военных.", locale: "ru")
        #expect(ru.first?.text == "100 000")
    }

    @Test("a plain space does not join numbers in English copy")
    func plainSpaceInEnglish() throws {
        #expect(try numbers("In 2021 100 people came.").map(\.text) == ["2021", "100"])
    }

    @Test("versions and dates fit no convention")
    func irregular() throws {
        let found = try numbers("Version 2.0.1 shipped on 10.01.2022.")
        #expect(found.map(\.text) == ["2.0.1", "10.01.2022"])
        #expect(found.allSatisfy { $0.readings.isEmpty })
    }

    @Test("values are read exactly, long numbers and leading zeros included")
    func values() {
        func value(_ text: String, reading index: Int = 0) -> Double? {
            let mention = NumberMention.parse(text, range: TextRange(0, text.utf16.count))
            return index < mention.readings.count ? mention.readings[index].value : nil
        }
        #expect(value("2022") == 2022)
        #expect(value("100.001", reading: 1) == 100.001)
        #expect(value("1,5", reading: 0) == 1.5)
        #expect(value("12345678901234567890") == 12345678901234567890)
        #expect(value("0.000000000000000012", reading: 0) == 0.000000000000000012)
        #expect(value("1.234.567,891", reading: 0) == 1234567.891)
    }
}
