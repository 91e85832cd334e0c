import Testing

@testable import Verbatim

/// Golden values computed independently by the Python reference implementation in
/// docs/ngrams.md ("Reference implementation"); FNV-1a("a") and splitmix64(0) are the
/// published test vectors of those functions. Equal values here mean equal values in every
/// process and on every machine.
@Suite("N-grams: stable hashing")
struct NGramStableHashTests {
    static let golden: [(String, UInt64, UInt64)] = [
        // text, FNV-1a-64 (raw), stable hash (FNV-1a + splitmix64 finaliser)
        ("", 0xcbf2_9ce4_8422_2325, 0xf52a_15e9_a9b5_e89b),
        ("a", 0xaf63_dc4c_8601_ec8c, 0x02c0_bdbf_4814_20f8),
        ("the", 0x56f5_c919_4461_d57c, 0x9019_6226_0b6a_34d5),
        ("we will not", 0x2f91_5413_a788_46ca, 0xd088_2c48_0e2d_5441),
        ("we will not back down", 0xd5ac_e148_fa31_b1b3, 0x7c49_2247_93c1_db4c),
        ("рябков", 0x3253_79f9_69fc_693d, 0xa67e_8094_91c6_0400),
        ("北京", 0x9aa1_e75c_f025_7d61, 0x1c9f_ecba_d2ff_426a),
        ("naïve café", 0x459a_9306_a3b0_6b55, 0x1257_72f6_7511_8417),
        ("😀", 0xfeff_0738_7502_0288, 0xbdbd_daf8_3dff_6570),
    ]

    @Test("Golden FNV-1a and stable hashes of strings")
    func goldenStrings() {
        for (text, fnv, stable) in Self.golden {
            let raw = Array(text.utf8).withUnsafeBufferPointer { StableHash.fnv1a64($0) }
            #expect(raw == fnv, "FNV-1a of \(text)")
            #expect(StableHash.hash(text) == stable, "stable hash of \(text)")
            #expect(StableHash.mix64(fnv) == stable)
        }
    }

    @Test("UTF-16 input hashes as its UTF-8, surrogate pairs included")
    func utf16MatchesUTF8() {
        for (text, _, stable) in Self.golden {
            #expect(StableHash.hash(utf16: Array(text.utf16)) == stable, "UTF-16 hash of \(text)")
        }
        // An unpaired surrogate hashes as U+FFFD, as String(decoding:) repairs it.
        #expect(StableHash.hash(utf16: [0x61, 0xD800, 0x62]) == StableHash.hash("a\u{FFFD}b"))
        #expect(StableHash.hash(utf16: [0xDC00]) == 0x89f3_b4fc_779a_7220)
    }

    @Test("Word lists hash as their words joined by single spaces")
    func words() {
        #expect(StableHash.hash(words: ["we", "will", "not"]) == 0xd088_2c48_0e2d_5441)
    }

    @Test("splitmix64 golden outputs")
    func splitMix() {
        var zero = SplitMix64(seed: 0)
        #expect([zero.next(), zero.next(), zero.next()] == [0xe220_a839_7b1d_cdaf, 0x6e78_9e6a_a1b9_65f4, 0x06c4_5d18_8009_454f])
        var one = SplitMix64(seed: 1)
        #expect([one.next(), one.next()] == [0x910a_2dec_8902_5cc1, 0xbeeb_8da1_658e_ec67])
    }
}
