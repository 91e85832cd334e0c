import Testing

@testable import Verbatim

/// Each typographic fold and NFKC expansion, with the span between markers 1️⃣ and 2️⃣ checked
/// both ways: original → normalised gives the expected text, and normalised → original gives
/// the marked span back exactly.
@Suite("Normalised view and its offset map")
struct NormalizedTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var marked: String
        /// The normalised text of the marked span.
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "curly double quotes", marked: "He said 1️⃣“yes”2️⃣ twice.", expected: "\"yes\""),
        Case(name: "German low-high quotes", marked: "Er sagte 1️⃣„Nein“2️⃣.", expected: "\"nein\""),
        Case(name: "guillemets with NBSP", marked: "Il a dit 1️⃣«\u{A0}non\u{A0}»2️⃣.", expected: "\" non \""),
        Case(name: "single guillemets", marked: "1️⃣‹Ja›2️⃣", expected: "'ja'"),
        Case(name: "corner brackets", marked: "彼は1️⃣「はい」2️⃣と言った", expected: "\"はい\""),
        Case(name: "low single quote", marked: "1️⃣‚so‘2️⃣", expected: "'so'"),
        Case(name: "curly apostrophe", marked: "1️⃣Russia’s2️⃣ demands", expected: "russia's"),
        Case(name: "en and em dashes", marked: "talks 1️⃣– and —2️⃣ more", expected: "- and -"),
        Case(name: "minus sign", marked: "1️⃣−5 °C2️⃣", expected: "-5 °c"),
        Case(name: "no-break and narrow no-break spaces", marked: "1️⃣100\u{202F}000\u{A0}euros2️⃣", expected: "100 000 euros"),
        Case(name: "thin space", marked: "1️⃣a\u{2009}b2️⃣", expected: "a b"),
        Case(name: "soft hyphen removed", marked: "1️⃣co\u{AD}operation2️⃣ talks", expected: "cooperation"),
        Case(name: "zero-width space removed", marked: "1️⃣alliance\u{200B}and2️⃣", expected: "allianceand"),
        Case(name: "ellipsis expands", marked: "We were determined 1️⃣…2️⃣ to push", expected: "..."),
        Case(name: "fi ligature expands", marked: "a 1️⃣ﬁne2️⃣ day", expected: "fine"),
        Case(name: "ffl ligature expands", marked: "1️⃣baﬄe2️⃣", expected: "baffle"),
        Case(name: "composed accent", marked: "1️⃣Café2️⃣", expected: "café"),
        Case(name: "decomposed accent composes", marked: "1️⃣Cafe\u{301}2️⃣", expected: "caf\u{E9}"),
        Case(name: "decomposed accent on a capital composes", marked: "1️⃣E\u{301}TAT2️⃣", expected: "\u{E9}tat"),
        Case(name: "full-width letters and digits", marked: "1️⃣ＮＡＴＯ２０２２2️⃣", expected: "nato2022"),
        Case(name: "full-width quote", marked: "1️⃣＂ok＂2️⃣", expected: "\"ok\""),
        Case(name: "Cyrillic upper case folds", marked: "1️⃣РЯБКОВ2️⃣ заявил", expected: "рябков"),
        Case(name: "sharp s folds", marked: "1️⃣Straße2️⃣", expected: "strasse"),
        Case(name: "Greek final sigma folds", marked: "1️⃣ΟΔΟΣ2️⃣", expected: "οδοσ"),
        Case(name: "emoji outside the BMP", marked: "😀 1️⃣Ab2️⃣", expected: "ab"),
        Case(name: "ASCII upper case", marked: "1️⃣OSCE2️⃣", expected: "osce"),
        Case(name: "tab becomes space", marked: "1️⃣a\tb2️⃣", expected: "a b"),
    ]

    @Test("fold, then map back", arguments: cases)
    func foldAndMapBack(_ testCase: Case) {
        let marked = MarkedText(testCase.marked)
        let source = SourceText(marked.text)
        let normalized = TextNormalizer().normalize(source)
        let (start, end) = marked.range(1, 2)
        let original = TextRange(start, end)

        let forward = normalized.normalizedRange(of: original)
        // Code point for code point: String's == would take "e" + U+0301 for "é".
        #expect(Array(normalized[forward].unicodeScalars) == Array(testCase.expected.unicodeScalars))
        #expect(normalized.originalRange(of: forward) == original)
    }

    @Test("the whole normalised text maps back to the whole original")
    func wholeText() {
        let source = SourceText("„Ｗir“ — sagten ﬁnal…")
        let normalized = TextNormalizer().normalize(source)
        #expect(normalized.string == "\"wir\" - sagten final...")
        #expect(normalized.originalRange(of: 0..<normalized.units.count) == TextRange(0, source.count))
    }

    @Test("every normalised unit maps inside the original, in order")
    func monotonicMap() {
        let source = SourceText("Él dijo: «No cederemos… jamás». ＯＫ ﬁ e\u{301} \u{AD}x 😀")
        let normalized = TextNormalizer().normalize(source)
        var previous = 0
        for index in normalized.units.indices {
            let range = normalized.originalRange(of: index..<(index + 1))
            #expect(range.start >= previous)
            #expect(range.end <= source.count)
            previous = range.start
        }
    }

    @Test("code point offsets differ from UTF-16 offsets after a surrogate pair")
    func scalarOffsets() {
        let source = SourceText("😀 said 𝒳")
        #expect(source.scalarOffset(ofUTF16: 2) == 1)
        #expect(source.scalarOffset(ofUTF16: 8) == 7)
        #expect(source.utf16Offset(ofScalar: 7) == 8)
        #expect(source.scalarCount == 8)
        #expect(source[TextRange(3, 7)] == "said")
    }
}

@Suite("Transliteration keys")
struct TransliterationKeyTests {
    @Test("names in Cyrillic and Latin meet")
    func cyrillicAndLatin() throws {
        let keys = try TransliterationKeys()
        #expect(keys.key("Рябков") == "ryabkov")
        #expect(keys.key("Сергей Рябков") == "sergey ryabkov")
        #expect(keys.key("Riabkov") == "riabkov")
        #expect(keys.key("Ryabkov") == "ryabkov")
        #expect(keys.key("Zelenskyy") == "zelenskyy")
        #expect(keys.key("Łódź") == "lodz")
        #expect(keys.key("Müller") == "muller")
    }
}
