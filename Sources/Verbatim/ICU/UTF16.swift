internal import CVerbatimICU

/// Fast conversions between Swift strings and UTF-16 buffers through ICU
/// (`u_strFromUTF8` / `u_strToUTF8`), which measured several times faster than the
/// standard library's transcoding views on Linux.
public enum UTF16Conversion {
    /// The UTF-16 code units of `string`.
    public static func units(of string: String) -> [UInt16] {
        var string = string
        return string.withUTF8 { utf8 -> [UInt16] in
            guard utf8.count > 0 else { return [] }
            guard utf8.count < Int(Int32.max) else { return Array(String(decoding: utf8, as: UTF8.self).utf16) }
            // UTF-16 never needs more code units than UTF-8 has bytes.
            return [UInt16](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var status: Int32 = 0
                let length = utf8.withMemoryRebound(to: CChar.self) { bytes in
                    vb_utf8_to_utf16(bytes.baseAddress, Int32(bytes.count), buffer.baseAddress,
                                     Int32(buffer.count), &status)
                }
                // A Swift String is always valid UTF-8, so this cannot fail; be safe anyway.
                count = status > 0 ? 0 : Int(length)
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
