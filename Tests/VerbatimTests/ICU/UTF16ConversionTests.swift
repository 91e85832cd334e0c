import Testing

@testable import Verbatim

@Suite("UTF-16 conversion")
struct UTF16ConversionTests {
    static let samples = [
        "", "plain ASCII", "Außenminister „Lawrow“", "Рябков заявил", "交渉は続いた", "flags 🇩🇪 and 😀 emoji",
        "\u{10FFFF} last and \u{10000} first supplementary", "e\u{301} decomposed", "mixed: a😀b€c𝔸d",
    ]

    @Test("units match the standard library's UTF-16 view", arguments: samples)
    func units(_ text: String) {
        var trailing: [Int] = []
        let units = UTF16Conversion.units(of: text, trailingSurrogates: &trailing)
        #expect(units == Array(text.utf16))
        let expected = units.indices.filter { $0 > 0 && units[$0] & 0xFC00 == 0xDC00 && units[$0 - 1] & 0xFC00 == 0xD800 }
        #expect(trailing == expected)
    }

    @Test("source text offsets: code points against UTF-16")
    func offsets() {
        let text = SourceText("a😀b𝔸c")
        #expect(text.count == 7)
        #expect(text.scalarCount == 5)
        #expect(text.scalarOffset(ofUTF16: 3) == 2)
        #expect(text.utf16Offset(ofScalar: 4) == 6)
    }
}
