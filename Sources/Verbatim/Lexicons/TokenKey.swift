/// Lexicon matching keys: a token's normalised text (NFKC-casefolded, wire typography unified)
/// with combining marks removed, so that matching is case- and diacritic-insensitive
/// ("Zürich", "ZURICH" and "Zurich" share the key `zurich`).
///
/// Pattern literals and article tokens get their keys from this one place.
enum TokenKey {
    /// Whether every unit is ASCII (the fast path: the normalised text is the key).
    @inline(__always)
    static func isASCII(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var combined: UInt16 = 0
        for unit in units { combined |= unit }
        return combined < 0x80
    }

    /// Writes the key of a non-ASCII normalised token into `output` (replacing its contents):
    /// NFD, then nonspacing marks dropped. `scratch` is working space.
    static func nonASCIIKey(of units: UnsafeBufferPointer<UInt16>, into output: inout [UInt16], scratch: inout [UInt16]) {
        scratch.removeAll(keepingCapacity: true)
        ICUNormalizer.nfd.append(normalizing: units, to: &scratch)
        output.removeAll(keepingCapacity: true)
        scratch.withUnsafeBufferPointer { decomposed in
            var index = 0
            while index < decomposed.count {
                let (scalar, length) = SourceText.scalar(in: decomposed, at: index)
                if !UnicodeProperties.isNonspacingMark(scalar) {
                    for offset in 0..<length { output.append(decomposed[index + offset]) }
                }
                index += length
            }
        }
    }

    /// The key of a normalised token's units.
    static func key(of units: [UInt16]) -> [UInt16] {
        units.withUnsafeBufferPointer { buffer in
            if isASCII(buffer) { return units }
            var output: [UInt16] = []
            var scratch: [UInt16] = []
            nonASCIIKey(of: buffer, into: &output, scratch: &scratch)
            return output
        }
    }

    /// Whether the letters of an original token have the same case, one by one, as those of a
    /// literal written in a lexicon (for `case: sensitive`). Non-letters are skipped.
    static func sameLetterCase(_ text: SourceText, _ range: TextRange, as literal: [Bool]) -> Bool {
        var index = range.start
        var position = 0
        while index < range.end {
            let (scalar, length) = SourceText.scalar(in: text.units, at: index)
            index += length
            guard UnicodeProperties.isAlphabetic(scalar) else { continue }
            guard position < literal.count, literal[position] == UnicodeProperties.isUppercase(scalar) else {
                return false
            }
            position += 1
        }
        return position == literal.count
    }

    /// Per letter of a literal as written: whether it is uppercase.
    static func letterCase(of literal: String) -> [Bool] {
        literal.unicodeScalars.compactMap { scalar in
            UnicodeProperties.isAlphabetic(scalar.value) ? UnicodeProperties.isUppercase(scalar.value) : nil
        }
    }
}

/// Cuts pattern literals into tokens exactly as article text is cut (the text layer's
/// normaliser and word segmenter), with a cache: lexicons repeat their literals a lot.
///
/// Holds an ICU break iterator: one per thread.
final class LiteralTokenizer {
    private let segmenter: Segmenter
    private let normalizer = TextNormalizer()
    private var cache: [String: [PatternToken]] = [:]

    init() throws(ICUError) {
        segmenter = try Segmenter(locale: "en")
    }

    /// The tokens of a literal; empty when it has no word or number (punctuation only).
    func tokens(of literal: String) -> [PatternToken] {
        if let cached = cache[literal] { return cached }
        let source = SourceText(literal)
        let normalized = normalizer.normalize(source)
        let tokens = segmenter.tokens(in: normalized, original: source).map { token in
            let key = TokenKey.key(of: Array(normalized.units[token.normalized]))
            return PatternToken(key: UTF16Conversion.string(from: key), text: source[token.range])
        }
        cache[literal] = tokens
        return tokens
    }
}
