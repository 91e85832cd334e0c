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

    // One constant per glyph, so that looking a glyph up allocates nothing.
    static let leftDouble = Info(opens: true, closes: true, closers: [0x201D, 0x201C, 0x22], isSingle: false, isAmbiguous: false, isDirectional: false)
    static let rightDouble = Info(opens: true, closes: true, closers: [0x201D, 0x22], isSingle: false, isAmbiguous: false, isDirectional: false)
    static let lowDouble = Info(opens: true, closes: false, closers: [0x201C, 0x201D, 0x22], isSingle: false, isAmbiguous: false, isDirectional: false)
    static let reversedDouble = Info(opens: true, closes: false, closers: [0x201D, 0x201C], isSingle: false, isAmbiguous: false, isDirectional: false)
    static let leftGuillemet = Info(opens: true, closes: true, closers: [0x00BB, 0x22, 0x201C, 0x201D], isSingle: false, isAmbiguous: false, isDirectional: true)
    static let rightGuillemet = Info(opens: true, closes: true, closers: [0x00AB], isSingle: false, isAmbiguous: false, isDirectional: true)
    static let leftSingleGuillemet = Info(opens: true, closes: true, closers: [0x203A], isSingle: true, isAmbiguous: false, isDirectional: true)
    static let rightSingleGuillemet = Info(opens: true, closes: true, closers: [0x2039], isSingle: true, isAmbiguous: false, isDirectional: true)
    static let leftCorner = Info(opens: true, closes: false, closers: [0x300D], isSingle: false, isAmbiguous: false, isDirectional: true)
    static let rightCorner = Info(opens: false, closes: true, closers: [], isSingle: false, isAmbiguous: false, isDirectional: true)
    static let leftWhiteCorner = Info(opens: true, closes: false, closers: [0x300F], isSingle: true, isAmbiguous: false, isDirectional: true)
    static let rightWhiteCorner = Info(opens: false, closes: true, closers: [], isSingle: true, isAmbiguous: false, isDirectional: true)
    static let straightDouble = Info(opens: true, closes: true, closers: [0x22, 0x201D, 0x201C], isSingle: false, isAmbiguous: true, isDirectional: false)
    static let leftSingle = Info(opens: true, closes: true, closers: [0x2019, 0x2018, 0x27], isSingle: true, isAmbiguous: false, isDirectional: false)
    static let rightSingle = Info(opens: true, closes: true, closers: [0x2019], isSingle: true, isAmbiguous: true, isDirectional: false)
    static let lowSingle = Info(opens: true, closes: false, closers: [0x2018, 0x2019], isSingle: true, isAmbiguous: false, isDirectional: false)
    static let straightSingle = Info(opens: true, closes: true, closers: [0x27, 0x2019], isSingle: true, isAmbiguous: true, isDirectional: false)

    static func info(_ unit: UInt16) -> Info? {
        switch unit {
        case 0x201C: return leftDouble
        case 0x201D: return rightDouble
        case 0x201E: return lowDouble
        case 0x201F: return reversedDouble
        case 0x00AB: return leftGuillemet
        case 0x00BB: return rightGuillemet
        case 0x2039: return leftSingleGuillemet
        case 0x203A: return rightSingleGuillemet
        case 0x300C: return leftCorner
        case 0x300D: return rightCorner
        case 0x300E: return leftWhiteCorner
        case 0x300F: return rightWhiteCorner
        case 0x22: return straightDouble
        case 0x2018: return leftSingle
        case 0x2019: return rightSingle
        case 0x201A: return lowSingle
        case 0x27: return straightSingle
        default: return nil
        }
    }

    /// Whether a glyph is any quotation mark (the glyphs of ``info(_:)``).
    @inline(__always)
    static func isMark(_ unit: UInt16) -> Bool {
        // One test for what most text is made of (letters, digits, spaces): every mark is
        // in U+0022…U+0027 or at U+00AB and above. (Below U+0022 the subtraction wraps.)
        guard unit &- 0x22 < 6 || unit >= 0xAB else { return false }
        switch unit {
        case 0x22, 0x27, 0x00AB, 0x00BB, 0x2018...0x201A, 0x201C...0x201F, 0x2039, 0x203A, 0x300C...0x300F: return true
        default: return false
        }
    }
}
