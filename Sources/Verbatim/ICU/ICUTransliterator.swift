internal import CVerbatimICU

/// An ICU transform (`utrans`), such as `Any-Latin; Latin-ASCII` for comparing names across
/// scripts ("Рябков" → "Riabkov").
///
/// A configured transliterator may be shared read-only between threads; opening one costs
/// about 180 µs, so keep it.
public final class ICUTransliterator: @unchecked Sendable {
    let handle: OpaquePointer
    /// The compound id it was opened with.
    public let id: String

    /// Opens the transform with the given compound id.
    public init(_ id: String) throws(ICUError) {
        let units = UTF16Conversion.units(of: id)
        var status: Int32 = 0
        let handle = units.withUnsafeBufferPointer { vb_translit_open($0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "opening transliterator \(id)")
        guard let handle else { throw ICUError(status: 1, operation: "opening transliterator \(id)") }
        self.handle = handle
        self.id = id
    }

    deinit { vb_translit_close(handle) }

    /// `units` transformed.
    public func transform(_ units: UnsafeBufferPointer<UInt16>) -> [UInt16] {
        guard units.count > 0 else { return [] }
        var capacity = units.count * 4 + 16
        while true {
            var buffer = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let length = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                // utrans transforms in place: copy the source in again before every try.
                _ = out.initialize(from: units)
                return vb_translit_transform(handle, out.baseAddress, Int32(units.count), Int32(capacity), &status)
            }
            if status == Int32(VB_STATUS_BUFFER_OVERFLOW) {
                capacity = Int(length) + 16
                continue
            }
            guard status <= 0 else { return Array(units) }
            buffer.removeLast(capacity - Int(length))
            return buffer
        }
    }

    /// `string` transformed.
    public func transform(_ string: String) -> String {
        let units = UTF16Conversion.units(of: string)
        return UTF16Conversion.string(from: units.withUnsafeBufferPointer { transform($0) })
    }
}
