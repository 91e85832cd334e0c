/// A separator inside a written number.
public enum NumberSeparator: String, Sendable, Hashable, Codable {
    case comma = ","
    case dot = "."
    /// A space of any kind: plain, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009).
    case space = " "
    /// `'` or `’`, as in Swiss "1'000".
    case apostrophe = "'"

    init?(unit: UInt16) {
        switch unit {
        case 0x2C: self = .comma
        case 0x2E: self = .dot
        case 0x20, 0xA0, 0x202F, 0x2009, 0x2007: self = .space
        case 0x27, 0x2019: self = .apostrophe
        default: return nil
        }
    }

    /// The kind of an ICU locale symbol ("," "." U+202F …).
    init?(symbol: String) {
        guard let unit = symbol.utf16.first else { return nil }
        self.init(unit: unit)
    }
}

/// One way to read a written number: which separator groups thousands, which marks decimals.
public struct NumberReading: Sendable, Hashable, Codable {
    public var grouping: NumberSeparator?
    public var decimal: NumberSeparator?
    public var value: Double

    /// Whether a locale that writes numbers with these separators would write it this way.
    public func fits(_ convention: NumberConvention) -> Bool {
        (grouping == nil || grouping == convention.grouping) && (decimal == nil || decimal == convention.decimal)
    }
}

/// How a locale writes numbers, from ICU's locale data.
public struct NumberConvention: Sendable, Hashable {
    public var grouping: NumberSeparator
    public var decimal: NumberSeparator

    public init(grouping: NumberSeparator, decimal: NumberSeparator) {
        self.grouping = grouping
        self.decimal = decimal
    }

    /// The convention of a locale (e.g. `de`: grouping ".", decimal ","), read from ICU.
    public init(locale: String) throws(ICUError) {
        let symbols = try ICUNumberSymbols(locale: locale)
        self.grouping = NumberSeparator(symbol: symbols.groupingSeparator) ?? .comma
        self.decimal = NumberSeparator(symbol: symbols.decimalSeparator) ?? .dot
    }
}

/// A number written in the text, with the ways it can be read.
///
/// "100.000" has two readings: 100000 with "." grouping thousands (German, Bulgarian, Spanish
/// style) and 100.0 with a decimal point (English style, but odd with three trailing zeros);
/// "100,000" the English and decimal-comma readings; "100 000" only space grouping (French,
/// Russian). "2.0.1" or "10.01.2022" fit no convention: they are versions or dates, and have no
/// readings.
public struct NumberMention: Sendable, Hashable {
    public var range: TextRange
    /// The number as written.
    public var text: String
    /// Lengths of the digit runs between separators, e.g. [100, 000] → [3, 3].
    public var groups: [Int]
    /// The separators between the digit runs, in order.
    public var separators: [NumberSeparator]
    /// Every consistent reading, most conventional first.
    public var readings: [NumberReading]

    /// The reading a locale with `convention` gives, or nil when that locale would not write
    /// the number this way (a foreign format).
    public func reading(in convention: NumberConvention) -> NumberReading? {
        readings.first { $0.fits(convention) }
    }

    /// Whether the number needs no separator at all ("2022", "15").
    public var isPlain: Bool { separators.isEmpty }

    /// Parses the digits-and-separators string of a number.
    public static func parse(_ text: String, range: TextRange) -> NumberMention {
        var groups: [Int] = []
        var separators: [NumberSeparator] = []
        var digits = Digits()
        var run = 0
        for unit in text.utf16 {
            if unit >= 0x30 && unit <= 0x39 {
                digits.append(UInt8(unit - 0x30))
                run += 1
            } else if let separator = NumberSeparator(unit: unit), run > 0 {
                groups.append(run)
                separators.append(separator)
                run = 0
            }
        }
        groups.append(run)
        return NumberMention(range: range, text: text, groups: groups, separators: separators,
                             readings: readings(digits: digits, groups: groups, separators: separators))
    }

    /// The readings of a number whose digit values are `digits`, in runs of `groups` lengths
    /// between `separators`.
    static func readings(digits: Digits, groups: [Int], separators: [NumberSeparator]) -> [NumberReading] {
        guard !digits.isEmpty else { return [] }
        if separators.isEmpty {
            return [NumberReading(grouping: nil, decimal: nil, value: value(of: digits, fractionDigits: 0))]
        }
        let groupsOfThree = groups.count > 1 && (1...3).contains(groups[0]) && groups.dropFirst().allSatisfy { $0 == 3 }
        let first = separators[0]
        let allSame = separators.allSatisfy { $0 == first }
        var result: [NumberReading] = []
        if allSame {
            if groupsOfThree {
                result.append(NumberReading(grouping: first, decimal: nil, value: value(of: digits, fractionDigits: 0)))
            }
            if separators.count == 1 && first != .space && first != .apostrophe {
                result.append(NumberReading(grouping: nil, decimal: first, value: value(of: digits, fractionDigits: groups[1])))
            }
        } else if let decimal = separators.last, separators.dropLast().allSatisfy({ $0 == first && $0 != decimal }) {
            // One grouping separator throughout, then a different decimal mark.
            let integerGroups = groups.dropLast()
            let grouped = (1...3).contains(integerGroups[0]) && integerGroups.dropFirst().allSatisfy { $0 == 3 }
            if grouped && decimal != .space && decimal != .apostrophe {
                result.append(NumberReading(grouping: first, decimal: decimal, value: value(of: digits, fractionDigits: groups.last!)))
            }
        }
        return result
    }

    /// The value of decimal digits with the last `fractionDigits` of them after the point,
    /// correctly rounded (as parsing the written decimal would give).
    static func value(of digits: Digits, fractionDigits: Int) -> Double {
        if digits.count <= 15 {
            // Both the integer and the power of ten are exact doubles, so one division
            // rounds correctly.
            var scale = 1.0
            for _ in 0..<fractionDigits { scale *= 10 }
            return Double(digits.leading) / scale
        }
        var written = digits.written
        if fractionDigits > 0 { written.insert(".", at: written.index(written.endIndex, offsetBy: -fractionDigits)) }
        return Double(written) ?? 0
    }

    /// The digits of a number as it is read: their count, the value of the first 15 (exact in
    /// a double), and all of them written out only when there are more.
    struct Digits {
        var count = 0
        var leading: UInt64 = 0
        var isEmpty: Bool { count == 0 }
        private var longer = ""

        mutating func append(_ digit: UInt8) {
            if count < 15 { leading = leading * 10 + UInt64(digit) }
            if count == 15 {
                // The first fifteen, leading zeros kept.
                let value = String(leading)
                longer = String(repeating: "0", count: 15 - value.count) + value
            }
            if count >= 15 { longer.unicodeScalars.append(Unicode.Scalar(digit + 0x30)) }
            count += 1
        }

        /// All the digits, written.
        var written: String { count > 15 ? longer : String(leading) }
    }
}

/// Finds the numbers of a text from its number tokens, joining groups split by spaces
/// ("100 000") when the gap is a no-break or thin space, or any space when the document's
/// convention groups with spaces.
public struct NumberRecognizer: Sendable {
    /// The document's convention, if known: it decides whether a plain space joins groups.
    public var convention: NumberConvention?

    public init(convention: NumberConvention? = nil) {
        self.convention = convention
    }

    public func numbers(in text: SourceText, tokens: [Token]) -> [NumberMention] {
        var result: [NumberMention] = []
        let units = text.units
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .number else { index += 1; continue }
            var range = token.range
            // Join following three-digit groups separated by a single space.
            var next = index + 1
            while next < tokens.count, tokens[next].kind == .number, tokens[next].range.start == range.end + 1 {
                let gap = units[range.end]
                let nextText = text[tokens[next].range]
                let nextIsGroup = nextText.utf16.prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count == 3
                let lastGroup = text[range].utf16.reversed().prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count
                let spaceJoins = gap == 0xA0 || gap == 0x202F || gap == 0x2009
                    || (gap == 0x20 && convention?.grouping == .space)
                guard spaceJoins, nextIsGroup, (1...3).contains(lastGroup) else { break }
                range.end = tokens[next].range.end
                next += 1
            }
            result.append(NumberMention.parse(text[range], range: range))
            index = next
        }
        return result
    }
}
