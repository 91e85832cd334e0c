/// The normalised view of a text for matching — wire typography folded, then NFKC with case
/// folding through ICU — in which any span maps back exactly to the original characters.
///
/// Each normalised UTF-16 unit records the original range it came from. A character that
/// expands ("ﬁ" → "fi", "…" → "...") gives several units that all map to it; characters
/// that combine ("e" + U+0301 → "é") give one unit that maps to all of them; removed
/// characters (soft hyphens, zero-width spaces) map to nothing and are covered by the spans
/// around them.
public struct NormalizedText: Sendable {
    /// The normalised text as UTF-16.
    public let units: [UInt16]
    /// Per normalised unit: the original UTF-16 offset where its source starts.
    public let originStarts: [Int32]
    /// Per normalised unit: the original UTF-16 offset where its source ends.
    public let originEnds: [Int32]
    /// Length of the original text in UTF-16 units.
    public let originalCount: Int

    init(units: [UInt16], originStarts: [Int32], originEnds: [Int32], originalCount: Int) {
        self.units = units
        self.originStarts = originStarts
        self.originEnds = originEnds
        self.originalCount = originalCount
    }

    /// The normalised text.
    public var string: String { UTF16Conversion.string(from: units) }

    /// The normalised text of a range of normalised units.
    public subscript(range: Range<Int>) -> String {
        UTF16Conversion.string(from: units[range.clamped(to: 0..<units.count)])
    }

    /// The original range that a range of normalised units came from.
    public func originalRange(of range: Range<Int>) -> TextRange {
        guard !units.isEmpty else { return TextRange(0, 0) }
        if range.isEmpty {
            let at = range.lowerBound < units.count ? Int(originStarts[max(range.lowerBound, 0)]) : originalCount
            return TextRange(at, at)
        }
        let lower = max(0, range.lowerBound)
        let upper = min(units.count, range.upperBound)
        return TextRange(Int(originStarts[lower]), Int(originEnds[upper - 1]))
    }

    /// The smallest range of normalised units that covers an original range: the inverse of
    /// ``originalRange(of:)`` for ranges on character boundaries.
    public func normalizedRange(of original: TextRange) -> Range<Int> {
        // First unit whose source ends after the original start; first unit whose source
        // starts at or after the original end.
        let lower = Self.firstIndex(in: originEnds) { Int($0) > original.start }
        let upper = Self.firstIndex(in: originStarts) { Int($0) >= original.end }
        return lower..<max(lower, upper)
    }

    /// Binary search for the first index where a monotonic predicate holds.
    private static func firstIndex(in values: [Int32], where predicate: (Int32) -> Bool) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let mid = (low + high) / 2
            if predicate(values[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

/// Builds ``NormalizedText`` views: wire typography folded, then ICU's `NFKC_Casefold`.
///
/// ASCII runs take a fast path (they only need lower-casing); other text goes through ICU in
/// pieces cut at normalisation boundaries, so each piece's output maps to exactly its source.
public struct TextNormalizer: Sendable {
    let normalizer: ICUNormalizer

    public init() {
        normalizer = .nfkcCasefold
    }

    /// The normalised view of a text.
    public func normalize(_ text: SourceText) -> NormalizedText {
        text.units.withUnsafeBufferPointer { normalize($0) }
    }

    /// The normalised view of UTF-16 units.
    public func normalize(_ source: UnsafeBufferPointer<UInt16>) -> NormalizedText {
        let count = source.count
        guard count > 0 else { return NormalizedText(units: [], originStarts: [], originEnds: [], originalCount: 0) }
        // The output is written straight into its arrays, sized for the usual text (a few
        // expansions); text that expands more is normalised again with room for the worst.
        for capacity in [count + count / 8 + 16, count * 18 + 16] {
            var starts: [Int32] = []
            var ends: [Int32] = []
            var produced: Int?  // units written, nil when out of room
            let units = [UInt16](unsafeUninitializedCapacity: capacity) { unitBuffer, unitCount in
                starts = [Int32](unsafeUninitializedCapacity: capacity) { startBuffer, startCount in
                    ends = [Int32](unsafeUninitializedCapacity: capacity) { endBuffer, endCount in
                        var output = MappedUnits(units: unitBuffer, starts: startBuffer, ends: endBuffer)
                        if normalize(source, into: &output) { produced = output.count }
                        endCount = produced ?? 0
                    }
                    startCount = produced ?? 0
                }
                unitCount = produced ?? 0
            }
            if produced != nil { return NormalizedText(units: units, originStarts: starts, originEnds: ends, originalCount: count) }
        }
        preconditionFailure("NFKC_Casefold expands a UTF-16 unit to at most 18")
    }

    /// Normalises `source` into `output`; false if `output` runs out of room.
    private func normalize(_ source: UnsafeBufferPointer<UInt16>, into output: inout MappedUnits) -> Bool {
        let count = source.count
        guard let base = source.baseAddress else { return true }
        var scratch: [UInt16] = []
        var index = 0
        // End of the stretch known to be NFKC_Casefold-normalised already (ASCII excepted).
        var quickYesEnd = 0

        /// Normalises a piece through ICU: the character of `length` units at `index` and what
        /// follows up to the next normalisation boundary; false if `output` runs out of room.
        func normalizePiece(startingWith length: Int) -> Bool {
            var end = index + length
            while end < count {
                let (next, nextLength) = SourceText.scalar(in: source, at: end)
                if next < 0x80 || normalizer.hasBoundaryBefore(next) || WireTypography.fold(next) != nil { break }
                end += nextLength
            }
            scratch.removeAll(keepingCapacity: true)
            normalizer.append(normalizing: UnsafeBufferPointer(start: base + index, count: end - index), to: &scratch)
            guard output.hasRoom(for: scratch.count) else { return false }
            for piece in scratch { output.append(piece, from: index, to: end) }
            index = end
            if quickYesEnd < index { quickYesEnd = index }
            return true
        }

        while index < count {
            let unit = source[index]
            if unit < 0x80 {
                // A run of ASCII: fold upper case and tabs; everything else is already normal,
                // unless a combining mark follows the last letter ("e" + U+0301 → "é"): that
                // letter goes to ICU with its marks.
                var end = WordAtATime.asciiRunEnd(in: source, from: index + 1)
                let combines = end < count && !normalizer.hasBoundaryBefore(SourceText.scalar(in: source, at: end).value)
                if combines { end -= 1 }
                guard output.hasRoom(for: end - index) else { return false }
                output.appendOneToOne(base, index..<end, foldingASCII: true)
                index = end
                if combines {
                    guard normalizePiece(startingWith: 1) else { return false }
                }
                continue
            }
            let (scalar, length) = SourceText.scalar(in: source, at: index)
            if WireTypography.mayFold(unit), let folded = WireTypography.fold(scalar) {
                guard output.hasRoom(for: folded.count) else { return false }
                for piece in folded { output.append(piece, from: index, to: index + length) }
                index += length
                continue
            }
            if index >= quickYesEnd {
                quickYesEnd = index + normalizer.spanQuickCheckYes(base + index, count: count - index)
            }
            if index + length <= quickYesEnd {
                // Already normalised: copy as is, with the rest of the stretch that needs no
                // fold (non-ASCII letters of one script come in long runs).
                guard output.hasRoom(for: length) else { return false }
                for offset in 0..<length { output.append(source[index + offset], from: index, to: index + length) }
                index += length
                var end = index
                while end < quickYesEnd {
                    let unit = source[end]
                    if unit < 0x80 || unit & 0xF800 == 0xD800 || WireTypography.mayFold(unit) { break }
                    end += 1
                }
                guard output.hasRoom(for: end - index) else { return false }
                output.appendOneToOne(base, index..<end, foldingASCII: false)
                index = end
                continue
            }
            guard normalizePiece(startingWith: length) else { return false }
        }
        return true
    }

    /// The normalised form of a short string (for lexicon patterns and lookups).
    public func normalize(_ string: String) -> String {
        let units = UTF16Conversion.units(of: string)
        return units.withUnsafeBufferPointer { normalize($0).string }
    }
}

/// The output of ``TextNormalizer``: normalised units with the original range of each,
/// written straight into the arrays' storage (three `Array.append`s per unit cost more than
/// the normalisation of ASCII itself).
private struct MappedUnits {
    let units: UnsafeMutableBufferPointer<UInt16>
    let starts: UnsafeMutableBufferPointer<Int32>
    let ends: UnsafeMutableBufferPointer<Int32>
    private(set) var count = 0

    init(units: UnsafeMutableBufferPointer<UInt16>, starts: UnsafeMutableBufferPointer<Int32>,
         ends: UnsafeMutableBufferPointer<Int32>) {
        self.units = units
        self.starts = starts
        self.ends = ends
    }

    @inline(__always)
    func hasRoom(for extra: Int) -> Bool { count + extra <= units.count }

    /// Appends units of `source` that each stand for one character, each from its own offset:
    /// ASCII with upper case and tabs folded (`foldingASCII`), or units that are already normal
    /// (no surrogates). Check ``hasRoom(for:)`` first.
    @inline(__always)
    mutating func appendOneToOne(_ source: UnsafePointer<UInt16>, _ range: Range<Int>, foldingASCII: Bool) {
        let (units, starts, ends) = (self.units.baseAddress! + count, self.starts.baseAddress! + count, self.ends.baseAddress! + count)
        let from = source + range.lowerBound
        let first = Int32(truncatingIfNeeded: range.lowerBound)
        for offset in 0..<range.count {
            let unit = from[offset]
            units[offset] = !foldingASCII ? unit : unit &- 0x41 < 26 ? unit | 0x20 : (unit == 0x09 ? 0x20 : unit)
            starts[offset] = first &+ Int32(truncatingIfNeeded: offset)
            ends[offset] = first &+ Int32(truncatingIfNeeded: offset) &+ 1
        }
        count += range.count
    }

    /// Appends a unit that came from `start..<end` of the original; check ``hasRoom(for:)`` first.
    @inline(__always)
    mutating func append(_ unit: UInt16, from start: Int, to end: Int) {
        units.initializeElement(at: count, to: unit)
        starts.initializeElement(at: count, to: Int32(truncatingIfNeeded: start))
        ends.initializeElement(at: count, to: Int32(truncatingIfNeeded: end))
        count += 1
    }
}
