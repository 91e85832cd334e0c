internal import CVerbatimICU

/// ICU's charset detector (`ucsdet`). Holds state: use one per thread.
public final class ICUCharsetDetector {
    /// A candidate charset with ICU's confidence (0–100).
    public struct Match: Sendable, Equatable {
        public var charset: String
        public var confidence: Int
    }

    let handle: OpaquePointer

    public init() throws(ICUError) {
        var status: Int32 = 0
        let handle = vb_csdet_open(&status)
        try ICUError.check(status, "opening charset detector")
        guard let handle else { throw ICUError(status: 1, operation: "opening charset detector") }
        self.handle = handle
    }

    deinit { vb_csdet_close(handle) }

    /// Candidate charsets for `bytes`, best first.
    public func detect(_ bytes: UnsafeRawBufferPointer, maxMatches: Int = 8) -> [Match] {
        guard bytes.count > 0 else { return [] }
        let nameCapacity = 64
        var names = [CChar](repeating: 0, count: maxMatches * nameCapacity)
        var confidences = [Int32](repeating: 0, count: maxMatches)
        var status: Int32 = 0
        let found = vb_csdet_detect(handle, bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                                    Int32(min(bytes.count, Int(Int32.max))), Int32(maxMatches),
                                    &names, Int32(nameCapacity), &confidences, &status)
        guard status <= 0 else { return [] }
        return (0..<Int(found)).map { index in
            let start = index * nameCapacity
            let name = names[start..<(start + nameCapacity)].withUnsafeBufferPointer { buffer in
                String(cString: buffer.baseAddress!)
            }
            return Match(charset: name, confidence: Int(confidences[index]))
        }
    }
}

/// ICU's charset converters (`ucnv`).
public enum ICUConverter {
    /// A conversion that stopped at an illegal or unmappable byte sequence.
    public struct ConversionError: Error, Sendable, Equatable {
        public var charset: String
        /// Byte offset of the first bad sequence in the input.
        public var byteOffset: Int
        public var status: Int32
    }

    /// ICU's canonical name for a charset alias, or nil when ICU does not know it.
    public static func canonicalName(_ alias: String) -> String? {
        var status: Int32 = 0
        guard let name = vb_charset_canonical_name(alias, &status), status <= 0 else { return nil }
        return String(cString: name)
    }

    /// The charset's MIME (else IANA) name, e.g. `windows-1251` for `cp1251`, falling back to
    /// ICU's canonical name; nil when ICU does not know the charset.
    public static func standardName(_ alias: String) -> String? {
        for standard in ["MIME", "IANA"] {
            var status: Int32 = 0
            if let name = vb_charset_standard_name(alias, standard, &status), status <= 0 {
                return String(cString: name)
            }
        }
        return canonicalName(alias)
    }

    /// Decodes `bytes` in `charset` to UTF-16. When `strict`, an illegal or unmappable
    /// sequence throws with its byte offset; otherwise it becomes U+FFFD.
    public static func utf16(from bytes: UnsafeRawBufferPointer, charset: String, strict: Bool)
        throws(ConversionError) -> [UInt16]
    {
        guard bytes.count > 0 else { return [] }
        var capacity = bytes.count * 2 + 2
        while true {
            var status: Int32 = 0
            var errorOffset: Int32 = -1
            var output = [UInt16](repeating: 0, count: capacity)
            let length = output.withUnsafeMutableBufferPointer { out in
                vb_convert_to_utf16(charset, bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                                    Int32(bytes.count), out.baseAddress, Int32(capacity),
                                    strict ? 1 : 0, &errorOffset, &status)
            }
            if status == Int32(VB_STATUS_BUFFER_OVERFLOW) && Int(length) > capacity {
                capacity = Int(length)
                continue
            }
            if status > 0 {
                throw ConversionError(charset: charset, byteOffset: Int(max(errorOffset, 0)), status: status)
            }
            output.removeLast(capacity - Int(length))
            return output
        }
    }
}
