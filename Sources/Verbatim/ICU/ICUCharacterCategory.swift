internal import CVerbatimICU

extension UnicodeProperties {
    /// ICU's `U_NON_SPACING_MARK` general category value.
    private static let nonspacingMarkCategory: Int32 = 6

    /// Whether a code point is a nonspacing combining mark (general category Mn), such as the
    /// accents that NFD splits off letters (`u_charType`).
    @inline(__always)
    public static func isNonspacingMark(_ scalar: UInt32) -> Bool {
        if scalar < 0x300 { return false }
        return vb_char_type(Int32(bitPattern: scalar)) == nonspacingMarkCategory
    }
}
