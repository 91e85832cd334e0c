internal import CVerbatimICU

/// The separators a locale's standard decimal format uses, from ICU's locale data (CLDR).
public struct ICUNumberSymbols: Sendable, Equatable {
    /// The locale asked for, e.g. "de".
    public var locale: String
    /// e.g. "," in German, "." in English.
    public var decimalSeparator: String
    /// e.g. "." in German, "," in English, U+202F in French.
    public var groupingSeparator: String

    /// The symbols of `locale`; throws when ICU has no data for it.
    public init(locale: String) throws(ICUError) {
        var decimal = [UInt16](repeating: 0, count: 8)
        var grouping = [UInt16](repeating: 0, count: 8)
        var decimalLength: Int32 = 0
        var groupingLength: Int32 = 0
        let status = vb_number_symbols(locale, &decimal, &decimalLength, &grouping, &groupingLength, 8)
        try ICUError.check(status, "reading number symbols of \(locale)")
        self.locale = locale
        self.decimalSeparator = UTF16Conversion.string(from: decimal.prefix(Int(decimalLength)))
        self.groupingSeparator = UTF16Conversion.string(from: grouping.prefix(Int(groupingLength)))
    }
}

/// Unicode character properties from ICU (`uchar`, `uscript`).
public enum UnicodeProperties {
    /// ICU's script codes for the scripts Verbatim routes on.
    public enum Script: Int32, Sendable {
        case common = 0, inherited = 1, arabic = 2, cyrillic = 8, greek = 14, han = 17, hangul = 18
        case hebrew = 19, hiragana = 20, katakana = 22, latin = 25
        case other = -1
    }

    /// The script of a code point.
    @inline(__always)
    public static func script(of scalar: UInt32) -> Script {
        if scalar < 0x10000 { return script(code: bmpScripts[Int(scalar)]) }
        return Script(rawValue: vb_script_of(Int32(bitPattern: scalar))) ?? .other
    }

    /// The script of an entry of ``bmpScripts``.
    @inline(__always)
    static func script(code: UInt8) -> Script {
        code == 0xFF ? .other : Script(rawValue: Int32(code)) ?? .other
    }

    /// Scripts of the Basic Multilingual Plane as ICU gives them, one byte each (0xFF for the
    /// scripts Verbatim does not route on), read from ICU once. Hot loops copy the reference
    /// once rather than touching the global per character.
    static let bmpScripts: [UInt8] = (0..<0x10000).map { scalar in
        let code = vb_script_of(Int32(scalar))
        return Script(rawValue: code) == nil ? 0xFF : UInt8(code)
    }

    @inline(__always)
    public static func isUppercase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A }
        return vb_is_uppercase(Int32(bitPattern: scalar)) != 0
    }

    @inline(__always)
    public static func isLowercase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x61 && scalar <= 0x7A }
        return vb_is_lowercase(Int32(bitPattern: scalar)) != 0
    }

    @inline(__always)
    public static func isAlphabetic(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return (scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A }
        return vb_is_alphabetic(Int32(bitPattern: scalar)) != 0
    }
}
