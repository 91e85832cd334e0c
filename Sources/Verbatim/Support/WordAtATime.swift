/// Tests on eight UTF-8 bytes or four UTF-16 units at once, in one 64-bit integer ("SIMD
/// within a register"), for the scans that skip long stretches of plain ASCII. Each test is
/// exact: it says yes only if some byte or unit qualifies (the borrow of a subtraction can only
/// start at a lane that does).
enum WordAtATime {
    /// Eight bytes from `pointer`, which need not be aligned.
    @inline(__always)
    static func load(_ pointer: UnsafeRawPointer) -> UInt64 {
        pointer.loadUnaligned(as: UInt64.self)
    }

    /// Whether all eight bytes are ASCII.
    @inline(__always)
    static func isASCII(bytes word: UInt64) -> Bool {
        word & 0x8080_8080_8080_8080 == 0
    }

    /// Whether some byte is below 0x20 (a control character); `word` must be ASCII.
    @inline(__always)
    static func hasControl(bytes word: UInt64) -> Bool {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether all four UTF-16 units are ASCII.
    @inline(__always)
    static func isASCII(units word: UInt64) -> Bool {
        word & 0xFF80_FF80_FF80_FF80 == 0
    }

    /// Whether some unit is below 0x20 (a control character, line breaks included); `word`
    /// must be ASCII.
    @inline(__always)
    static func hasControl(units word: UInt64) -> Bool {
        (word &- 0x0020_0020_0020_0020) & 0x8000_8000_8000_8000 != 0
    }

    /// Whether some unit equals `unit`.
    @inline(__always)
    static func contains(_ unit: UInt16, units word: UInt64) -> Bool {
        let difference = word ^ (UInt64(unit) &* 0x0001_0001_0001_0001)
        return (difference &- 0x0001_0001_0001_0001) & ~difference & 0x8000_8000_8000_8000 != 0
    }

    /// The offset of the first UTF-16 unit at or after `start` that is not ASCII, or the end.
    @inline(__always)
    static func asciiRunEnd(in buffer: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        var end = start
        while end + 4 <= buffer.count, isASCII(units: load(base + end)) { end += 4 }
        while end < buffer.count, buffer[end] < 0x80 { end += 1 }
        return end
    }

    /// Whether some UTF-16 unit may be a line break (U+000A–000D, U+0085, U+2028, U+2029),
    /// in any text: never no when one is, but also yes for the other units below U+000E (tab).
    @inline(__always)
    static func mayHaveLineBreak(units word: UInt64) -> Bool {
        (word &- 0x000E_000E_000E_000E) & ~word & 0x8000_8000_8000_8000 != 0
            || contains(0x85, units: word) || contains(0x2028, units: word) || contains(0x2029, units: word)
    }
}
