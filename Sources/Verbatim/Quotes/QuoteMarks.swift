/// The quotation marks of the world's common styles and how each may pair.
///
/// | style | marks |
/// |---|---|
/// | English | “…” ‘…’ "…" '…' |
/// | German | „…“ ‚…‘ »…« (and „…” in broken copy) |
/// | French, Russian, Spanish, Italian | «…» ‹…› (with „…“ inside in Russian) |
/// | Swedish, Finnish | ”…” ’…’ |
/// | Japanese, Chinese | 「…」 『…』 |
enum QuoteMarks {
    struct Info {
        /// Whether the glyph can open a quotation at all.
        var opens: Bool
        /// Whether the glyph can close one.
        var closes: Bool
        /// Glyphs that close a quotation this glyph opened; the first is the regular one.
        var closers: [UInt16]
        var isSingle: Bool
        /// Straight marks and apostrophe-like glyphs whose role comes from context.
        var isAmbiguous: Bool
        /// Guillemets and corner brackets: direction comes from the glyph, and French puts
        /// spaces inside them.
        var isDirectional: Bool
    }

    static func info(_ unit: UInt16) -> Info? {
        switch unit {
        case 0x201C: return Info(opens: true, closes: true, closers: [0x201D, 0x201C, 0x22], isSingle: false, isAmbiguous: false, isDirectional: false)
        case 0x201D: return Info(opens: true, closes: true, closers: [0x201D, 0x22], isSingle: false, isAmbiguous: false, isDirectional: false)
        case 0x201E: return Info(opens: true, closes: false, closers: [0x201C, 0x201D, 0x22], isSingle: false, isAmbiguous: false, isDirectional: false)
        case 0x201F: return Info(opens: true, closes: false, closers: [0x201D, 0x201C], isSingle: false, isAmbiguous: false, isDirectional: false)
        case 0x00AB: return Info(opens: true, closes: true, closers: [0x00BB, 0x22, 0x201C, 0x201D], isSingle: false, isAmbiguous: false, isDirectional: true)
        case 0x00BB: return Info(opens: true, closes: true, closers: [0x00AB], isSingle: false, isAmbiguous: false, isDirectional: true)
        case 0x2039: return Info(opens: true, closes: true, closers: [0x203A], isSingle: true, isAmbiguous: false, isDirectional: true)
        case 0x203A: return Info(opens: true, closes: true, closers: [0x2039], isSingle: true, isAmbiguous: false, isDirectional: true)
        case 0x300C: return Info(opens: true, closes: false, closers: [0x300D], isSingle: false, isAmbiguous: false, isDirectional: true)
        case 0x300D: return Info(opens: false, closes: true, closers: [], isSingle: false, isAmbiguous: false, isDirectional: true)
        case 0x300E: return Info(opens: true, closes: false, closers: [0x300F], isSingle: true, isAmbiguous: false, isDirectional: true)
        case 0x300F: return Info(opens: false, closes: true, closers: [], isSingle: true, isAmbiguous: false, isDirectional: true)
        case 0x22: return Info(opens: true, closes: true, closers: [0x22, 0x201D, 0x201C], isSingle: false, isAmbiguous: true, isDirectional: false)
        case 0x2018: return Info(opens: true, closes: true, closers: [0x2019, 0x2018, 0x27], isSingle: true, isAmbiguous: false, isDirectional: false)
        case 0x2019: return Info(opens: true, closes: true, closers: [0x2019], isSingle: true, isAmbiguous: true, isDirectional: false)
        case 0x201A: return Info(opens: true, closes: false, closers: [0x2018, 0x2019], isSingle: true, isAmbiguous: false, isDirectional: false)
        case 0x27: return Info(opens: true, closes: true, closers: [0x27, 0x2019], isSingle: true, isAmbiguous: true, isDirectional: false)
        default: return nil
        }
    }

    /// Whether a glyph is any quotation mark.
    static func isMark(_ unit: UInt16) -> Bool { info(unit) != nil }
}
