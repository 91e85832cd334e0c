import Foundation
import Testing

@testable import Verbatim

/// ``WordRules`` must find exactly the words and numbers that ICU's word break iterator finds:
/// these tests run both over the same text and compare.
@Suite("Word rules against ICU's iterator")
struct WordRulesTests {
    /// Word and number segments from ICU's iterator (status 100 and up).
    func icuSegments(_ units: [UInt16]) throws -> [WordRules.Segment] {
        let iterator = try ICUBreakIterator(.word, locale: "en")
        var segments: [WordRules.Segment] = []
        var start = 0
        units.withUnsafeBufferPointer { buffer in
            iterator.forEachBoundary(in: buffer) { boundary in
                defer { start = boundary.offset }
                guard boundary.status >= 100 else { return }
                segments.append(WordRules.Segment(range: start..<boundary.offset, isNumber: boundary.status < 200))
            }
        }
        return segments
    }

    func ruleSegments(_ units: [UInt16]) -> [WordRules.Segment]? {
        units.withUnsafeBufferPointer { WordRules.segments(in: $0) }
    }

    /// The characters whose rules differ: letters of three scripts, digits, every mid mark,
    /// "_", "@", combining and format characters, spaces, line breaks, colons ICU tailors out.
    static let alphabet: [String] = [
        "a", "Z", "é", "ß", "ж", "Я", "ω", "1", "0", "٣", ".", ",", ";", ":", "'", "’", "·", "_", "@", "-", "/",
        " ", "\u{A0}", "\n", "\u{301}", "\u{AD}", "\u{2060}", "\u{FF1A}", "\u{FE55}", "\u{2027}", "\u{FF0E}", "$", "%",
        "\"", "«", "!", "😀", "\u{1F1E9}",
    ]

    @Test("10,000 random strings: the same words and numbers as ICU")
    func randomStrings() throws {
        var generator = SplitMix64(seed: 20_260_121)
        var checked = 0
        for _ in 0..<10_000 {
            let length = Int(generator.next() % 24) + 1
            let text = (0..<length).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }.joined()
            let units = Array(text.utf16)
            guard let rules = ruleSegments(units) else { continue }
            let icu = try icuSegments(units)
            #expect(rules == icu, "\(text.debugDescription): rules \(rules) ICU \(icu)")
            if rules != icu { return }
            checked += 1
        }
        #expect(checked == 10_000)
    }

    @Test("the seeds and every fixture text: the same tokens as ICU")
    func corpus() throws {
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.repository.appending(path: "seeds").path) {
            texts.append(try String(contentsOf: Fixtures.repository.appending(path: "seeds/\(name)"), encoding: .utf8))
        }
        for name in try Fixtures.files(in: "Language", suffix: ".txt") { texts.append(try Fixtures.text("Language/\(name)")) }
        for name in try Fixtures.files(in: "Quotes", suffix: ".json") {
            let object = try JSONSerialization.jsonObject(with: Fixtures.data("Quotes/\(name)")) as? [String: Any]
            for item in object?["cases"] as? [[String: Any]] ?? [] { if let text = item["text"] as? String { texts.append(text) } }
        }
        var compared = 0
        for text in texts {
            let normalized = TextNormalizer().normalize(SourceText(text))
            guard let rules = ruleSegments(normalized.units) else { continue }
            let icu = try icuSegments(normalized.units)
            #expect(rules == icu, "\(text.prefix(80))")
            compared += 1
        }
        // Everything but the Japanese and Chinese texts takes the rules.
        #expect(compared > 100)
    }

    @Test("Japanese, Chinese, Korean, Thai and Hebrew text is left to ICU")
    func dictionaryScripts() {
        for text in ["交渉は続いた", "会谈", "회담", "การเจรจา", "שיחות", "talks in Genf 会谈"] {
            #expect(ruleSegments(Array(text.utf16)) == nil, "\(text)")
        }
    }

    @Test("numbers and words as ICU types them")
    func statuses() throws {
        let units = Array("abc123 123abc 100.000 1,5 U.S don't a_ 1_ _ x".utf16)
        let segments = try #require(ruleSegments(units))
        let text = String(decoding: units, as: UTF16.self)
        let described = segments.map { segment -> String in
            let start = String.Index(utf16Offset: segment.range.lowerBound, in: text)
            let end = String.Index(utf16Offset: segment.range.upperBound, in: text)
            return "\(text[start..<end])=\(segment.isNumber ? "n" : "w")"
        }
        #expect(described == ["abc123=n", "123abc=w", "100.000=n", "1,5=n", "U.S=w", "don't=w", "a_=w", "1_=n", "x=w"])
        #expect(segments == (try icuSegments(units)))
    }
}
