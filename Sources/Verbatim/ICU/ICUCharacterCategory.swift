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
    static let bmpWordClasses: [UInt8] = {
        // The Swift cases must keep the shim's numbers.
        let shim: [(Int, WordClass)] = [
            (Int(VB_WORD_CLASS_OTHER), .other), (Int(VB_WORD_CLASS_LETTER), .letter), (Int(VB_WORD_CLASS_NUMERIC), .numeric),
            (Int(VB_WORD_CLASS_MID_LETTER), .midLetter), (Int(VB_WORD_CLASS_MID_NUM), .midNum),
            (Int(VB_WORD_CLASS_MID_NUM_LET), .midNumLet), (Int(VB_WORD_CLASS_EXTEND_NUM_LET), .extendNumLet),
            (Int(VB_WORD_CLASS_EXTEND_FORMAT), .extendFormat), (Int(VB_WORD_CLASS_NEWLINE), .newline),
            (Int(VB_WORD_CLASS_NEEDS_ICU), .needsICU),
        ]
        precondition(shim.allSatisfy { Int($1.rawValue) == $0 }, "WordClass no longer matches VB_WORD_CLASS_*")
        return (0..<0x10000).map { UInt8(vb_word_class(Int32($0))) }
    }()

    /// The word class of a code point.
    @inline(__always)
    static func wordClass(of scalar: UInt32) -> WordClass {
        let raw = scalar < 0x10000 ? bmpWordClasses[Int(scalar)] : vb_word_class(Int32(bitPattern: scalar))
        return WordClass(rawValue: raw) ?? .other
    }
}

extension UnicodeProperties {
    /// Per UTF-16 unit: whether it can end a sentence (Sentence_Break ATerm or STerm), or is
    /// the first half of a surrogate pair, whose code point must be checked with
    /// ``isSentenceTerminal(_:)``. Read from ICU once.
    static let sentenceTerminalCandidates: [Bool] = (0..<0x10000).map {
        (0xD800..<0xDC00).contains($0) || vb_is_sentence_terminal(Int32($0)) != 0
    }

    /// Whether a code point can end a sentence (Sentence_Break ATerm or STerm).
    static func isSentenceTerminal(_ scalar: UInt32) -> Bool {
        vb_is_sentence_terminal(Int32(bitPattern: scalar)) != 0
    }
}
