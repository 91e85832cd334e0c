/// Transliteration keys: a Latin, ASCII, lower-case form of a word so that renderings of a
/// name in several scripts and schemes can be compared ("Рябков" and "Ryabkov" → "ryabkov";
/// "Riabkov" → "riabkov", which ``NameKey`` joins to them).
///
/// Uses ICU's `Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower` transform: Cyrillic names
/// come out the way English-language wires spell them. Shareable between threads.
public final class TransliterationKeys: @unchecked Sendable {
    /// The ICU transform used.
    public static let transformID = "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"
    private let transliterator: ICUTransliterator

    public init() throws(ICUError) {
        transliterator = try ICUTransliterator(Self.transformID)
    }

    /// The key of a word or name.
    public func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return transliterator.transform(text)
    }
}

/// A looser key for person names, built on a transliteration key, that joins the usual
/// romanisation variants of one name: "Riabkov" / "Ryabkov", "Zelenskiy" / "Zelenskyy" /
/// "Zelensky", "Sergei" / "Sergey", "Dmitri" / "Dmitry", "Kharkov" / "Charkow".
public enum NameKey {
    /// The name key of a transliteration key (ASCII, lower case).
    public static func key(_ transliterated: String) -> String {
        var text = Array(transliterated.utf8)
        func replace(_ from: String, _ to: String) {
            let pattern = Array(from.utf8)
            let replacement = Array(to.utf8)
            var out: [UInt8] = []
            out.reserveCapacity(text.count)
            var index = 0
            while index < text.count {
                if index + pattern.count <= text.count, text[index..<(index + pattern.count)].elementsEqual(pattern) {
                    out += replacement
                    index += pattern.count
                } else {
                    out.append(text[index])
                    index += 1
                }
            }
            text = out
        }
        // Digraphs of the common romanisation schemes, longest first.
        for (from, to) in [("shch", "sh"), ("sch", "sh"), ("kh", "h"), ("ch", "h"), ("zh", "j"), ("tz", "ts"),
                           ("ya", "ia"), ("ja", "ia"), ("yu", "iu"), ("ju", "iu"), ("yo", "io"), ("jo", "io"),
                           ("ye", "e"), ("je", "e"), ("ey", "ei"), ("ay", "ai"), ("oy", "oi"), ("w", "v"),
                           ("y", "i"), ("j", "i"), ("ck", "k"), ("x", "ks")]
        {
            replace(from, to)
        }
        // Collapse doubled letters ("ii" from "-iy", "yy") and a final "i" after "i".
        var collapsed: [UInt8] = []
        for byte in text where collapsed.last != byte || !(0x61...0x7A).contains(byte) { collapsed.append(byte) }
        return String(decoding: collapsed, as: UTF8.self)
    }
}
