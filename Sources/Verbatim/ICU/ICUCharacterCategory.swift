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

extension UnicodeProperties {
    /// The classes of ICU's word break rules that decide where words and numbers end (see
    /// ``WordRules``), from ICU's character properties.
    enum WordClass: UInt8 {
        case other = 0, letter, numeric, midLetter, midNum, midNumLet, extendNumLet, extendFormat, newline, needsICU
    }

    /// Word classes of the Basic Multilingual Plane, one byte each, read from ICU once. Hot
    /// loops copy the reference once rather than touching the global per character.
    static let bmpWordClasses: [UInt8] = (0..<0x10000).map { UInt8(vb_word_class(Int32($0))) }

    /// The word class of a code point.
    @inline(__always)
    static func wordClass(of scalar: UInt32) -> WordClass {
        let raw = scalar < 0x10000 ? bmpWordClasses[Int(scalar)] : vb_word_class(Int32(bitPattern: scalar))
        return WordClass(rawValue: raw) ?? .other
    }
}

extension UnicodeProperties {
    /// Whether each code point of the Basic Multilingual Plane can end a sentence
    /// (Sentence_Break ATerm or STerm), read from ICU once.
    static let bmpSentenceTerminals: [Bool] = (0..<0x10000).map { vb_is_sentence_terminal(Int32($0)) != 0 }

    /// Whether a code point can end a sentence (Sentence_Break ATerm or STerm).
    static func isSentenceTerminal(_ scalar: UInt32) -> Bool {
        scalar < 0x10000 ? bmpSentenceTerminals[Int(scalar)] : vb_is_sentence_terminal(Int32(bitPattern: scalar)) != 0
    }
}
