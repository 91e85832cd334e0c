import Foundation

/// Numbers written in a convention foreign to the target language: "100.000 troops" or
/// "3,5 percent" in English copy. A number like "1.5" or a version "2.0.1" is no foreign
/// thousands separator.
public struct NumberFormatDetector: Sendable {
    public var target: NumberConvention
    public var weight = 0.5

    public init(target: NumberConvention) {
        self.target = target
    }

    public func artifacts(in document: Document, index: Int) -> [Artifact] {
        document.numbers.compactMap { number -> Artifact? in
            guard !number.isPlain, !number.readings.isEmpty else { return nil }
            let native = number.reading(in: target)
            let foreign = number.readings.first { !$0.fits(target) }
            // "100.000", "1.500": the only native reading is a decimal with three trailing
            // digits, where a foreign reading groups thousands.
            let groupedAbroad = native?.decimal != nil && number.separators.count == 1 && number.groups.count == 2
                && number.groups[1] == 3 && (1...3).contains(number.groups[0]) && !number.text.hasPrefix("0")
                && foreign?.grouping != nil
            guard native == nil || groupedAbroad, let reading = foreign else { return nil }
            return Artifact(
                document: index, range: number.range, category: .number,
                suggestion: Self.format(reading.value, convention: target), rule: "detector/number-format",
                ruleID: "number-format", evidence: .numberFormat, weight: weight,
                note: "written with \(reading.grouping.map { "'\($0.rawValue)' grouping" } ?? "'\(reading.decimal?.rawValue ?? "")' decimals")")
        }
    }

    /// A value written in a convention: "100,000", "1,234.5".
    static func format(_ value: Double, convention: NumberConvention) -> String {
        let integer = Int(value.rounded(.towardZero))
        let fraction = value - Double(integer)
        var digits = String(integer)
        var grouped = ""
        while digits.count > 3 {
            grouped = convention.grouping.rawValue + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if fraction > 0 {
            let decimals = String(String(format: "%.6f", fraction).dropFirst(2)).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
            grouped += convention.decimal.rawValue + decimals
        }
        return grouped
    }
}

/// Words run together by a scraper or an MT system ("allianceand"): a lower-case word found
/// neither in the word list nor elsewhere in the batch that splits into a dictionary word and
/// a function word. An ordinary compound ("ceasefire") splits into no function word.
public struct GluedWordDetector: Sendable {
    public var words: WordList
    public var weight = 0.4
    /// Short words that a glued pair must contain on one side.
    public var functionWords: Set<String> = ["and", "the", "of", "to", "in", "on", "for", "with", "that", "is", "as", "at", "by", "or", "from", "but", "not", "are", "was"]

    public init(words: WordList) {
        self.words = words
    }

    public func artifacts(in document: Document, index: Int, vocabulary: [String: Int]) -> [Artifact] {
        var result: [Artifact] = []
        for token in document.tokens where token.kind == .word && !token.isCapitalized {
            let key = document.normalizedText(of: token)
            let bytes = Array(key.utf8)
            guard bytes.count >= 7, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            if words.contains(key) || (vocabulary[key] ?? 0) > 1 { continue }
            for split in 2...(bytes.count - 2) {
                let left = String(decoding: bytes[..<split], as: UTF8.self)
                let right = String(decoding: bytes[split...], as: UTF8.self)
                let glued = (functionWords.contains(right) && left.count >= 4 && words.contains(left))
                    || (functionWords.contains(left) && right.count >= 4 && words.contains(right))
                if glued {
                    result.append(Artifact(
                        document: index, range: token.range, category: .typography, suggestion: "\(left) \(right)",
                        rule: "detector/glued-word", ruleID: "glued-word", evidence: .gluedWord, weight: weight,
                        note: "'\(left)' and '\(right)' run together"))
                    break
                }
            }
        }
        return result
    }
}

/// Names spelt one letter away from a known given name ("Volodymr" for "Volodymyr"), or from
/// a spelling that the batch's other articles use more often.
public struct NameSpellingDetector: Sendable {
    public var firstNames: [String: FirstNames.Gender]
    public var words: WordList?
    public var weight = 0.3

    public init(firstNames: [String: FirstNames.Gender] = FirstNames.builtin, words: WordList?) {
        self.firstNames = firstNames
        self.words = words
    }

    /// `names` counts capitalised words over the batch (normalised), for majority spellings.
    public func artifacts(in document: Document, index: Int, names: [String: Int]) -> [Artifact] {
        var result: [Artifact] = []
        for token in document.tokens where token.kind == .word && token.isCapitalized {
            let key = document.normalizedText(of: token)
            let bytes = Array(key.utf8)
            guard bytes.count >= 6, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            if firstNames[key] != nil || (words?.contains(key) ?? false) { continue }
            var suggestion: String?
            // A known given name one edit away, with the same first letter.
            for name in firstNames.keys where name.utf8.count >= 6 && abs(name.utf8.count - bytes.count) <= 1
                && name.utf8.first == bytes.first
            {
                if editDistance(Array(name.utf8), bytes) == 1 { suggestion = name; break }
            }
            // Else a spelling of the batch used at least twice as often, one edit away.
            if suggestion == nil {
                let own = names[key] ?? 0
                for (other, count) in names where count >= max(2, own * 2) && other.utf8.count >= 6 && other != key
                    && other.utf8.first == bytes.first && abs(other.utf8.count - bytes.count) <= 1
                {
                    if editDistance(Array(other.utf8), bytes) == 1 { suggestion = other; break }
                }
            }
            guard let suggestion else { continue }
            let written = document.text[token.range]
            let cased = written.prefix(1) + suggestion.dropFirst()
            result.append(Artifact(
                document: index, range: token.range, category: .entity, suggestion: String(cased),
                rule: "detector/name-spelling", ruleID: "name-spelling", evidence: .nameSpelling, weight: weight,
                note: "one letter away from the usual spelling"))
        }
        return result
    }
}

/// Quotation marks that do not pair up: a closing mark of another style or after a stray space
/// (“… solutions. "), or a quotation never closed. A quoted title closed properly is fine.
public struct QuoteTypographyDetector: Sendable {
    public var weight = 0.3

    public init() {}

    public func artifacts(in document: Document, index: Int) -> [Artifact] {
        var result: [Artifact] = []
        let units = document.text.units
        for quote in document.quotes {
            if let close = quote.closeMark, !quote.flags.isDisjoint(with: [.mismatchedClose, .spaceBeforeClose]) {
                // From the last character of the quotation to the closing mark.
                let start = max(quote.range.start, quote.range.end - 1)
                let expected = Self.closer(for: units[quote.openMark.start])
                let trailing = units[start] == 0x2E || units[start] == 0x2C ? document.text[TextRange(start, start + 1)] : ""
                result.append(Artifact(
                    document: index, range: TextRange(start, close.end), category: .typography,
                    suggestion: trailing + expected, rule: "detector/quote-marks", ruleID: "quote-marks",
                    evidence: .quoteTypography, weight: weight,
                    note: quote.flags.contains(.spaceBeforeClose) ? "space before the closing mark" : "closing mark of another style"))
            } else if quote.flags.contains(.unclosed) {
                result.append(Artifact(
                    document: index, range: quote.openMark, category: .typography, suggestion: nil,
                    rule: "detector/quote-marks", ruleID: "quote-unclosed", evidence: .quoteTypography, weight: weight * 0.7,
                    note: "quotation never closed in its paragraph"))
            }
        }
        return result
    }

    static func closer(for opener: UInt16) -> String {
        switch opener {
        case 0x201C: return "\u{201D}"
        case 0x201E: return "\u{201C}"
        case 0xAB: return "\u{BB}"
        case 0xBB: return "\u{AB}"
        case 0x300C: return "\u{300D}"
        default: return "\""
        }
    }
}
