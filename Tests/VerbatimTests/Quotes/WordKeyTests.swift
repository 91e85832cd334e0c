import Testing

@testable import Verbatim

/// The word keys and tables behind speaker attribution, and the quotation-mark table: the
/// fast paths must decide exactly as the `String` and `Set<String>` comparisons they replace.
@Suite("Quotes: word keys and mark tables")
struct WordKeyTests {
    @Test("keys agree exactly when strings are equal, canonical equivalents included")
    func keysFollowStringEquality() {
        let words = ["said", "saïd", "sa\u{0308}id", "präsidentin", "pra\u{0308}sidentin", "заявил", "述べた", "ﾃｽﾄ", "", "a", "A"]
        for left in words {
            for right in words {
                #expect((WordKey.of(left) == WordKey.of(right)) == (left == right), "\(left) / \(right)")
            }
        }
    }

    @Test("the key of UTF-16 units is the key of the same string")
    func unitsAndStringsAgree() {
        for word in ["minister", "ministra", "pra\u{0308}sidentin", "заместитель", "高橋"] {
            let units = Array(word.utf16)
            #expect(units.withUnsafeBufferPointer { WordKey.of($0) } == WordKey.of(word))
        }
    }

    @Test("a table finds what was stored, and nothing else, as it grows")
    func tableStoresAndGrows() {
        var table = WordTable<Int>()
        for number in 0..<1000 { table[WordKey.of("w\(number)"), default: 0] = number }
        #expect(table.count == 1000)
        for number in 0..<1000 { #expect(table[WordKey.of("w\(number)")] == number) }
        #expect(table[WordKey.of("w1000")] == nil)
        table[WordKey.of("w7"), default: 0] += 1
        #expect(table[WordKey.of("w7")] == 8)
        #expect(table.count == 1000)
    }

    /// Words for the prefix and suffix tests: plain ones and ones that need `String`'s rules
    /// (combining marks, canonical equivalents, halfwidth kana, a Hangul syllable and its jamo).
    static let unitWords = ["", "述べ", "述べた", "述べたと", "と", "との", "社長", "高橋社長", "高橋", "が", "か\u{3099}", "か",
                            "\u{3099}", "がた", "か\u{3099}た", "ｶﾞ", "ｶ", "e", "e\u{0301}", "é", "said", "sa", "한", "\u{1112}\u{1161}\u{11AB}",
                            "\u{1112}\u{1161}", "同氏", "同", "氏", "A\u{030A}", "Å", "\u{212B}"]

    @Test("unit prefix, suffix and length tests give exactly what String's give")
    func unitTextFollowsStrings() {
        for text in Self.unitWords {
            let unitText = UnitText(text)
            #expect(unitText.count == text.count, "\(text)")
            #expect(unitText.string == text)
            for other in Self.unitWords {
                let word = UnitWord(other)
                #expect(unitText.hasPrefix(word) == text.hasPrefix(other), "\(text) / \(other)")
                #expect(unitText.isPrefix(of: word) == other.hasPrefix(text), "\(text) / \(other)")
                #expect(unitText.hasSuffix(word) == text.hasSuffix(other), "\(text) / \(other)")
                if text.hasSuffix(other) {
                    #expect(unitText.droppingLast(word).string == String(text.dropLast(other.count)), "\(text) / \(other)")
                }
            }
            for words in [Self.unitWords, ["述べた", "語った", "ｶﾞ", "e\u{0301}"], []] {
                let index = UnitWordIndex(words)
                #expect(index.anyStarts(unitText) == words.contains { text.hasPrefix($0) }, "\(text)")
                #expect(index.anyStarts(with: unitText) == words.contains { $0.hasPrefix(text) }, "\(text)")
            }
        }
    }

    @Test("isMark is true exactly for the glyphs that have mark info")
    func markTableMatchesInfo() {
        for unit in UInt16.min...UInt16.max {
            #expect(QuoteMarks.isMark(unit) == (QuoteMarks.info(unit) != nil), "U+\(String(unit, radix: 16))")
        }
    }

    @Test("decomposed accents attribute as composed ones (the normaliser may leave them apart)")
    func decomposedTextAttributesTheSame() throws {
        let composed = "„Wir werden nicht nachgeben“, sagte die Präsidentin Anna Weber am Montag."
        let decomposed = "„Wir werden nicht nachgeben“, sagte die Pra\u{0308}sidentin Anna Weber am Montag."
        let analyzer = TextAnalyzer()
        var results: [[String?]] = []
        for text in [composed, decomposed] {
            var document = try analyzer.analyze(Article(id: "case", text: text, language: "de"))
            QuoteStage().apply(to: &document)
            results.append(document.quotes.flatMap { [$0.speaker?.name, $0.speaker?.title] })
        }
        // Strings compare by canonical equivalence: "Pra\u{0308}sidentin" == "Präsidentin".
        #expect(results[0] == ["Anna Weber", "Präsidentin"])
        #expect(results[1] == ["Anna Weber", "Präsidentin"])
    }
}
