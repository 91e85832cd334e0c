/// Prefix, suffix and length tests on UTF-16 units that give exactly what `String`'s
/// `hasPrefix`, `hasSuffix` and `count` give, for *plain* text, and fall back to `String`
/// for anything else. The Japanese attribution rules match words by prefix and suffix
/// ("述べた" in "述べたと", "社長" at the end of "高橋社長"); on `String`s every such test walks
/// grapheme clusters with canonical equivalence, which made those rules the slowest part of
/// the quote stage.
///
/// Plain text is made of printable ASCII, hiragana, katakana (with ー) and the CJK unified
/// ideographs. Each of those characters is a whole `Character` next to any other of them (none
/// is a combining mark, joiner or other grapheme extender), is one UTF-16 unit, and no two of
/// them are canonically equivalent. So between plain texts a `Character` is a unit, and
/// comparing `Character`s is comparing units.
enum PlainText {
    @inline(__always)
    static func isPlain(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x21...0x7E, 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x4E00...0x9FFF: return true
        default: return false
        }
    }

    static func isPlain<Units: Collection<UInt16>>(_ units: Units) -> Bool {
        units.allSatisfy(isPlain)
    }
}

/// Text as UTF-16 units, with its `String` made only when a test needs it.
struct UnitText {
    let units: ArraySlice<UInt16>
    /// Whether the units are plain (``PlainText``).
    let isPlain: Bool

    init(_ units: ArraySlice<UInt16>) {
        self.units = units
        isPlain = PlainText.isPlain(units)
    }

    init(_ string: String) {
        self.init(ArraySlice(UTF16Conversion.units(of: string)))
    }

    /// The text as a `String` (as `NormalizedText` and `SourceText` make it).
    var string: String { UTF16Conversion.string(from: units) }

    /// `string.count`.
    var count: Int { isPlain ? units.count : string.count }

    /// `string.hasPrefix(word.text)`.
    func hasPrefix(_ word: UnitWord) -> Bool {
        isPlain && word.isPlain ? units.starts(with: word.units) : string.hasPrefix(word.text)
    }

    /// `word.text.hasPrefix(string)`.
    func isPrefix(of word: UnitWord) -> Bool {
        isPlain && word.isPlain ? word.units.starts(with: units) : word.text.hasPrefix(string)
    }

    /// `string.hasSuffix(word.text)`.
    func hasSuffix(_ word: UnitWord) -> Bool {
        isPlain && word.isPlain ? units.reversed().starts(with: word.units.reversed()) : string.hasSuffix(word.text)
    }

    /// `String(string.dropLast(word.text.count))`.
    func droppingLast(_ word: UnitWord) -> UnitText {
        isPlain && word.isPlain ? UnitText(units.dropLast(word.units.count)) : UnitText(String(string.dropLast(word.text.count)))
    }
}

/// A lexicon word with its UTF-16 units, for ``UnitText``'s tests.
struct UnitWord: Sendable {
    let text: String
    let units: [UInt16]
    /// Whether the units are plain (``PlainText``).
    let isPlain: Bool
    /// `text.count`.
    let count: Int

    init(_ text: String) {
        self.text = text
        units = UTF16Conversion.units(of: text)
        isPlain = PlainText.isPlain(units)
        count = text.count
    }
}

/// Words for prefix tests, indexed by first unit: a plain text can only start a plain word
/// with the same first unit, or start with one.
struct UnitWordIndex: Sendable {
    private let plainByFirstUnit: [UInt16: [UnitWord]]
    /// Words that are not plain (or empty), tested as `String`s every time.
    private let others: [UnitWord]

    init<Words: Sequence<String>>(_ words: Words) {
        var plain: [UInt16: [UnitWord]] = [:]
        var others: [UnitWord] = []
        for text in words {
            let word = UnitWord(text)
            if word.isPlain, let first = word.units.first { plain[first, default: []].append(word) } else { others.append(word) }
        }
        plainByFirstUnit = plain
        self.others = others
    }

    /// Whether some word starts `text` (`text.hasPrefix(word)` for some word).
    func anyStarts(_ text: UnitText) -> Bool {
        if others.contains(where: { text.hasPrefix($0) }) { return true }
        guard text.isPlain else { return plainByFirstUnit.values.contains { $0.contains { text.hasPrefix($0) } } }
        guard let first = text.units.first else { return false }  // "".hasPrefix(word) is false for a non-empty word
        return plainByFirstUnit[first]?.contains { text.hasPrefix($0) } ?? false
    }

    /// Whether `text` starts some word (`word.hasPrefix(text)` for some word).
    func anyStarts(with text: UnitText) -> Bool {
        if others.contains(where: { text.isPrefix(of: $0) }) { return true }
        guard text.isPlain else { return plainByFirstUnit.values.contains { $0.contains { text.isPrefix(of: $0) } } }
        guard let first = text.units.first else { return !plainByFirstUnit.isEmpty }  // every word starts with ""
        return plainByFirstUnit[first]?.contains { text.isPrefix(of: $0) } ?? false
    }
}
