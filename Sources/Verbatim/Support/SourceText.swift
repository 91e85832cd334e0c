/// A half-open range of UTF-16 code unit offsets into an article's original text.
///
/// Verbatim works on UTF-16 internally (ICU's native form). Reports convert ranges to
/// Unicode code point offsets with ``SourceText/scalarRange(_:)``.
public struct TextRange: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}

/// An article's original text as decoded, before any normalisation: every span Verbatim
/// reports points into it.
public struct SourceText: Sendable {
    /// The text.
    public let string: String
    /// Its UTF-16 code units; ``TextRange`` offsets index these.
    public let units: [UInt16]
    /// UTF-16 offsets of the trailing halves of surrogate pairs, ascending: what separates
    /// UTF-16 offsets from code point offsets.
    private let trailingSurrogates: [Int]

    public init(_ string: String) {
        self.string = string
        var trailing: [Int] = []
        self.units = UTF16Conversion.units(of: string, trailingSurrogates: &trailing)
        self.trailingSurrogates = trailing
    }

    /// Length in UTF-16 code units.
    public var count: Int { units.count }

    /// Length in Unicode code points.
    public var scalarCount: Int { units.count - trailingSurrogates.count }

    /// The code point offset of a UTF-16 offset.
    public func scalarOffset(ofUTF16 offset: Int) -> Int {
        offset - Self.countBelow(offset, in: trailingSurrogates)
    }

    /// The UTF-16 offset of a code point offset.
    public func utf16Offset(ofScalar offset: Int) -> Int {
        // Each trailing surrogate at or below the answer adds one unit.
        var result = offset
        for trailing in trailingSurrogates {
            if trailing <= result { result += 1 } else { break }
        }
        return result
    }

    /// A UTF-16 range as code point offsets, as reports write them.
    public func scalarRange(_ range: TextRange) -> (start: Int, end: Int) {
        (scalarOffset(ofUTF16: range.start), scalarOffset(ofUTF16: range.end))
    }

    /// The original text of a range.
    public subscript(range: TextRange) -> String {
        let lower = max(0, min(range.start, units.count))
        let upper = max(lower, min(range.end, units.count))
        return units.withUnsafeBufferPointer { buffer in
            UTF16Conversion.string(fromBuffer: UnsafeBufferPointer(rebasing: buffer[lower..<upper]))
        }
    }

    /// The code point that starts at a UTF-16 offset (U+FFFD for a lone surrogate).
    @inline(__always)
    public func scalar(at offset: Int) -> UInt32 {
        Self.scalar(in: units, at: offset).value
    }

    static func countBelow(_ value: Int, in sorted: [Int]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Decodes the code point at `offset` and its length in code units.
    @inline(__always)
    static func scalar<C: RandomAccessCollection>(in units: C, at offset: C.Index) -> (value: UInt32, length: Int)
    where C.Element == UInt16, C.Index == Int {
        let unit = units[offset]
        if unit & 0xFC00 == 0xD800, offset + 1 < units.endIndex {
            let next = units[offset + 1]
            if next & 0xFC00 == 0xDC00 {
                return (0x10000 + ((UInt32(unit) & 0x3FF) << 10) + (UInt32(next) & 0x3FF), 2)
            }
        }
        if unit & 0xF800 == 0xD800 { return (0xFFFD, 1) }
        return (UInt32(unit), 1)
    }
}
