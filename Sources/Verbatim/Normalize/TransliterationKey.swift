/// Transliteration keys: a Latin, ASCII, lower-case form of a word so that renderings of a
/// name in several scripts and schemes can be compared ("Рябков", "Riabkov" → "riabkov";
/// "Ryabkov" → "ryabkov", which a later fuzzy comparison joins).
///
/// Uses ICU's `Any-Latin; Latin-ASCII; Lower` transform. Shareable between threads.
public final class TransliterationKeys: @unchecked Sendable {
    /// The ICU transform used.
    public static let transformID = "Any-Latin; Latin-ASCII; Lower"
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
