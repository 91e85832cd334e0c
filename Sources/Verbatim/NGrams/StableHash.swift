/// Stable 64-bit hashing: the same value for the same text in every run, process and machine
/// (Swift's `Hasher` is seeded per process, so it cannot be stored or compared across runs).
///
/// The hash of a byte string is 64-bit FNV-1a followed by the splitmix64 finaliser:
///
/// ```text
/// h = 0xcbf29ce484222325
/// for each byte c:  h = (h XOR c) * 0x00000100000001b3        (mod 2^64)
/// h = (h XOR (h >> 30)) * 0xbf58476d1ce4e5b9
/// h = (h XOR (h >> 27)) * 0x94d049bb133111eb
/// h =  h XOR (h >> 31)
/// ```
///
/// Text is hashed as its UTF-8 bytes; UTF-16 input is transcoded on the fly (an unpaired
/// surrogate counts as U+FFFD, as `String(decoding:as:)` repairs it), so hashing a slice of a
/// normalised buffer gives the same value as hashing the equivalent `String`. FNV-1a alone has
/// weak high-to-low bit diffusion; the finaliser (Stafford's mix 13, used by splitmix64) makes
/// every output bit depend on every input bit, which MinHash relies on.
public enum StableHash {
    /// FNV-1a's 64-bit offset basis.
    public static let fnvOffsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a's 64-bit prime.
    public static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// The splitmix64 finaliser: a bijection of 64-bit values with full avalanche.
    @inlinable @inline(__always)
    public static func mix64(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// One FNV-1a step.
    @inlinable @inline(__always)
    public static func fnv1a(_ state: UInt64, _ byte: UInt8) -> UInt64 {
        (state ^ UInt64(byte)) &* fnvPrime
    }

    /// Raw 64-bit FNV-1a of bytes (without the finaliser), continuing from `state`.
    public static func fnv1a64(_ bytes: UnsafeBufferPointer<UInt8>, state: UInt64 = fnvOffsetBasis) -> UInt64 {
        var h = state
        for byte in bytes { h = fnv1a(h, byte) }
        return h
    }

    /// The stable hash of bytes: FNV-1a then the splitmix64 finaliser.
    public static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        mix64(fnv1a64(bytes))
    }

    /// The stable hashes of four slices of `bytes`, computed as four interleaved FNV-1a chains
    /// (the same values as four calls of ``hash(bytes:)``, about three times as fast).
    @inline(__always)
    static func hash4(_ bytes: UnsafeBufferPointer<UInt8>, _ r0: (Int, Int), _ r1: (Int, Int), _ r2: (Int, Int),
                      _ r3: (Int, Int)) -> (UInt64, UInt64, UInt64, UInt64) {
        var h0 = fnvOffsetBasis
        var h1 = fnvOffsetBasis
        var h2 = fnvOffsetBasis
        var h3 = fnvOffsetBasis
        let common = min(min(r0.1 - r0.0, r1.1 - r1.0), min(r2.1 - r2.0, r3.1 - r3.0))
        for offset in 0..<max(0, common) {
            h0 = fnv1a(h0, bytes[r0.0 + offset])
            h1 = fnv1a(h1, bytes[r1.0 + offset])
            h2 = fnv1a(h2, bytes[r2.0 + offset])
            h3 = fnv1a(h3, bytes[r3.0 + offset])
        }
        for index in (r0.0 + common)..<r0.1 { h0 = fnv1a(h0, bytes[index]) }
        for index in (r1.0 + common)..<r1.1 { h1 = fnv1a(h1, bytes[index]) }
        for index in (r2.0 + common)..<r2.1 { h2 = fnv1a(h2, bytes[index]) }
        for index in (r3.0 + common)..<r3.1 { h3 = fnv1a(h3, bytes[index]) }
        return (mix64(h0), mix64(h1), mix64(h2), mix64(h3))
    }

    /// The stable hash of bytes.
    public static func hash(bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash(bytes: $0) }
    }

    /// The stable hash of a string's UTF-8.
    public static func hash(_ string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { hash(bytes: $0) }
    }

    /// The stable hash of words joined by single spaces: the hash of a word shingle
    /// (``Shingler``) whose normalised tokens are `words`.
    public static func hash(words: [String]) -> UInt64 {
        hash(words.joined(separator: " "))
    }

    /// The stable hash of UTF-16 text, equal to the hash of the same text as a `String`.
    public static func hash(utf16: UnsafeBufferPointer<UInt16>) -> UInt64 {
        var h = fnvOffsetBasis
        UTF8Transcoding.forEachByte(of: utf16) { h = fnv1a(h, $0) }
        return mix64(h)
    }

    /// The stable hash of UTF-16 code units.
    public static func hash(utf16: [UInt16]) -> UInt64 {
        utf16.withUnsafeBufferPointer { hash(utf16: $0) }
    }
}

/// UTF-16 → UTF-8 without building strings (the hot path of shingling).
enum UTF8Transcoding {
    /// Calls `body` with each UTF-8 byte of `units`; an unpaired surrogate gives U+FFFD.
    @inline(__always)
    static func forEachByte(of units: UnsafeBufferPointer<UInt16>, _ body: (UInt8) -> Void) {
        var index = 0
        let count = units.count
        while index < count {
            let unit = units[index]
            index += 1
            if unit < 0x80 {
                body(UInt8(truncatingIfNeeded: unit))
                continue
            }
            var scalar = UInt32(unit)
            if unit & 0xF800 == 0xD800 {
                if unit & 0xFC00 == 0xD800, index < count, units[index] & 0xFC00 == 0xDC00 {
                    scalar = 0x10000 + ((UInt32(unit) & 0x3FF) << 10) + (UInt32(units[index]) & 0x3FF)
                    index += 1
                } else {
                    scalar = 0xFFFD
                }
            }
            if scalar < 0x800 {
                body(UInt8(truncatingIfNeeded: 0xC0 | (scalar >> 6)))
                body(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
            } else if scalar < 0x10000 {
                body(UInt8(truncatingIfNeeded: 0xE0 | (scalar >> 12)))
                body(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
                body(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
            } else {
                body(UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18)))
                body(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F)))
                body(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
                body(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
            }
        }
    }

    /// Appends the UTF-8 of `units` to `bytes`.
    @inline(__always)
    static func append(_ units: UnsafeBufferPointer<UInt16>, to bytes: inout [UInt8]) {
        forEachByte(of: units) { bytes.append($0) }
    }
}
