internal import CVerbatimICU

/// One of ICU's normalization forms (`unorm2`). Instances are process-wide singletons owned
/// by ICU, safe to share between threads.
public struct ICUNormalizer: @unchecked Sendable {
    /// A Unicode normalization form.
    public enum Form: Int32, Sendable, CaseIterable {
        case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3
        /// NFKC followed by full case folding (ICU's `NFKC_Casefold`).
        case nfkcCasefold = 4
    }

    let handle: OpaquePointer

    /// The normalizer for `form`.
    public init(_ form: Form) throws(ICUError) {
        var status: Int32 = 0
        let handle = vb_normalizer_get(form.rawValue, &status)
        try ICUError.check(status, "opening normalizer \(form)")
        guard let handle else { throw ICUError(status: 1, operation: "opening normalizer \(form)") }
        self.handle = handle
    }

    /// Shared instances; opening them never fails on a working ICU installation.
    public static let nfkcCasefold: ICUNormalizer = try! ICUNormalizer(.nfkcCasefold)  // ICU data is linked in
    public static let nfd: ICUNormalizer = try! ICUNormalizer(.nfd)
    public static let nfc: ICUNormalizer = try! ICUNormalizer(.nfc)
    public static let nfkc: ICUNormalizer = try! ICUNormalizer(.nfkc)

    /// `string` normalized.
    public func normalize(_ string: String) -> String {
        let units = UTF16Conversion.units(of: string)
        var out: [UInt16] = []
        units.withUnsafeBufferPointer { append(normalizing: $0, to: &out) }
        return UTF16Conversion.string(from: out)
    }

    /// Appends the normalization of `source` to `output`.
    public func append(normalizing source: UnsafeBufferPointer<UInt16>, to output: inout [UInt16]) {
        guard source.count > 0 else { return }
        var capacity = max(16, source.count * 3)
        while true {
            var status: Int32 = 0
            var written = 0
            let start = output.count
            output.append(contentsOf: repeatElement(0, count: capacity))
            output.withUnsafeMutableBufferPointer { buffer in
                written = Int(vb_normalizer_normalize(handle, source.baseAddress, Int32(source.count),
                                                      buffer.baseAddress! + start, Int32(capacity), &status))
            }
            if status == Int32(VB_STATUS_BUFFER_OVERFLOW) {
                output.removeLast(capacity)
                capacity = written
                continue
            }
            output.removeLast(capacity - (status > 0 ? 0 : written))
            return
        }
    }

    /// Length of the prefix of `source` that is already normalized; the end is at a
    /// normalization boundary.
    @inline(__always)
    func spanQuickCheckYes(_ source: UnsafePointer<UInt16>, count: Int) -> Int {
        var status: Int32 = 0
        let span = vb_normalizer_span_quick_check_yes(handle, source, Int32(count), &status)
        return status > 0 ? 0 : Int(span)
    }

    /// Whether normalization never interacts across a boundary before `codePoint`.
    @inline(__always)
    func hasBoundaryBefore(_ codePoint: UInt32) -> Bool {
        vb_normalizer_has_boundary_before(handle, Int32(bitPattern: codePoint)) != 0
    }
}
