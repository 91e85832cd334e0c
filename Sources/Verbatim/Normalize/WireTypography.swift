/// The wire-typography folds applied before Unicode normalisation: every quotation-mark
/// style, apostrophes, dashes, exotic spaces, invisible characters and the ellipsis become one
/// plain form, so that matching never depends on which keyboard or CMS produced the copy.
///
/// | original | folded to |
/// |---|---|
/// | “ ” „ ‟ « » 「 」 ″ ＂ 〝 〞 | `"` |
/// | ‘ ’ ‚ ‛ ‹ › 『 』 ′ ʼ ＇ | `'` |
/// | ‐ ‑ ‒ – — ― − ⁃ ﹘ ﹣ － | `-` |
/// | NBSP, U+2000–U+200A, narrow NBSP, U+205F, ideographic space, tab | space |
/// | soft hyphen, zero-width space/joiners, word joiner, BOM | removed |
/// | … | `...` |
/// | U+2028, U+2029 | newline |
///
/// Everything else goes to ICU's NFKC with case folding (ligatures, full-width forms,
/// composed and decomposed accents).
public enum WireTypography {
    /// The fold of a code point, or nil when it is not a typographic character.
    /// An empty array removes the character.
    @inline(__always)
    public static func fold(_ scalar: UInt32) -> [UInt16]? {
        switch scalar {
        case 0x09: return [0x20]
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x300C, 0x300D, 0x2033, 0xFF02, 0x301D, 0x301E:
            return [0x22]
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x300E, 0x300F, 0x2032, 0x02BC, 0xFF07:
            return [0x27]
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D:
            return [0x2D]
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return [0x20]
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
            return []
        case 0x2026:
            return [0x2E, 0x2E, 0x2E]
        case 0x2028, 0x2029:
            return [0x0A]
        default:
            return nil
        }
    }

    /// Whether a code point might have a fold (a cheap pre-check for the hot loop).
    @inline(__always)
    static func mayFold(_ unit: UInt16) -> Bool {
        unit == 0x09 || unit == 0xA0 || unit == 0xAD || unit == 0xAB || unit == 0xBB || unit == 0x02BC
            || (unit >= 0x2000 && unit <= 0x2060) || unit == 0x2212 || (unit >= 0x3000 && unit <= 0x301E)
            || unit >= 0xFE58
    }
}
