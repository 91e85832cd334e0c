internal import CVerbatimICU

/// Fast conversions between Swift strings and UTF-16 buffers: UTF-8 → UTF-16 decoded
/// directly, UTF-16 → UTF-8 through ICU (`u_strToUTF8`), both several times faster than the
/// standard library's transcoding views on Linux.
public enum UTF16Conversion {
    /// The UTF-16 code units of `string`.
    public static func units(of string: String) -> [UInt16] {
        var ignored: [Int] = []
        return units(of: string, trailingSurrogates: &ignored)
    }

    /// The UTF-16 code units of `string`, and in `trailingSurrogates` the offsets of the
    /// second halves of its surrogate pairs (what separates UTF-16 from code point offsets).
    ///
    /// A Swift string is valid UTF-8, so decoding needs no checks: ASCII is widened as is and
    /// longer sequences are assembled directly, several times faster than a general converter.
    public static func units(of string: String, trailingSurrogates: inout [Int]) -> [UInt16] {
        var string = string
        return string.withUTF8 { utf8 -> [UInt16] in
            let count = utf8.count
            guard count > 0 else { return [] }
            // UTF-16 never needs more code units than UTF-8 has bytes.
            return [UInt16](unsafeUninitializedCapacity: count) { buffer, written in
                var input = 0
                var output = 0
                while input < count {
                    // Eight ASCII bytes at a time.
                    while input + 8 <= count, WordAtATime.isASCII(bytes: WordAtATime.load(utf8.baseAddress! + input)) {
                        for offset in 0..<8 { buffer[output + offset] = UInt16(utf8[input + offset]) }
                        input += 8
                        output += 8
                    }
                    guard input < count else { break }
                    let byte = utf8[input]
                    if byte < 0x80 {
                        buffer[output] = UInt16(byte)
                        input += 1
                        output += 1
                    } else if byte < 0xE0 {
                        buffer[output] = UInt16(byte & 0x1F) << 6 | UInt16(utf8[input + 1] & 0x3F)
                        input += 2
                        output += 1
                    } else if byte < 0xF0 {
                        buffer[output] = UInt16(byte & 0x0F) << 12 | UInt16(utf8[input + 1] & 0x3F) << 6
                            | UInt16(utf8[input + 2] & 0x3F)
                        input += 3
                        output += 1
                    } else {
                        let scalar = UInt32(byte & 0x07) << 18 | UInt32(utf8[input + 1] & 0x3F) << 12
                            | UInt32(utf8[input + 2] & 0x3F) << 6 | UInt32(utf8[input + 3] & 0x3F)
                        let offset = scalar - 0x10000
                        buffer[output] = UInt16(0xD800 + (offset >> 10))
                        buffer[output + 1] = UInt16(0xDC00 + (offset & 0x3FF))
                        trailingSurrogates.append(output + 1)
                        input += 4
                        output += 2
                    }
                }
                written = output
            }
        }
    }

    /// A string from UTF-16 code units; unpaired surrogates become U+FFFD.
    public static func string<C: Collection>(from units: C) -> String where C.Element == UInt16 {
        if let fast = units.withContiguousStorageIfAvailable({ string(fromBuffer: $0) }) { return fast }
        return Array(units).withUnsafeBufferPointer { string(fromBuffer: $0) }
    }

    static func string(fromBuffer units: UnsafeBufferPointer<UInt16>) -> String {
        guard units.count > 0 else { return "" }
        let capacity = units.count * 3
        var status: Int32 = 0
        let result = String(unsafeUninitializedCapacity: capacity) { utf8 in
            let written = utf8.withMemoryRebound(to: CChar.self) { bytes in
                vb_utf16_to_utf8(units.baseAddress, Int32(units.count), bytes.baseAddress,
                                 Int32(bytes.count), &status)
            }
            return status > 0 ? 0 : Int(written)
        }
        if status > 0 {
            // Ill-formed UTF-16 (a lone surrogate): let the standard library repair it.
            return String(decoding: units, as: UTF16.self)
        }
        return result
    }
}
