/// Turns the bytes of wire copy into text: UTF-8 when valid; otherwise a byte order mark, or
/// ICU's charset detection and conversion for legacy wire encodings (windows-1251, KOI8-R,
/// ISO-8859-2, windows-1252, UTF-16 …). The decision and its confidence are reported.
///
/// NUL bytes in text that is not UTF-16 are replaced by U+FFFD with a warning (documented
/// replacement); bytes that are mostly NULs or control characters are refused as binary.
public struct TextDecoding: Sendable {
    /// A charset to use instead of detection (`--encoding`).
    public var forcedEncoding: String?
    /// Detected charsets with a lower ICU confidence (0–100) are still used, with a warning.
    public var lowConfidenceWarning: Int = 30

    public init(forcedEncoding: String? = nil) {
        self.forcedEncoding = forcedEncoding
    }

    /// Decodes `bytes`; `location` names them in errors.
    public func decode(_ bytes: [UInt8], at location: InputLocation) -> Result<(String, DecodingDecision), InputError> {
        bytes.withUnsafeBytes { decode($0, at: location) }
    }

    public func decode(_ bytes: UnsafeRawBufferPointer, at location: InputLocation) -> Result<(String, DecodingDecision), InputError> {
        if let forced = forcedEncoding {
            guard let charset = ICUConverter.standardName(forced) else {
                return .failure(InputError(.unknownEncoding(forced), at: location))
            }
            let body = Self.strippingBOM(bytes, for: charset)
            return convert(body, charset: charset, method: .forced, confidence: 1, location: location)
        }
        if let (charset, bomLength) = Self.byteOrderMark(bytes) {
            let body = UnsafeRawBufferPointer(rebasing: bytes[bomLength...])
            return convert(body, charset: charset, method: .byteOrderMark, confidence: 1, location: location)
        }
        let (nulCount, controlCount) = Self.countControlBytes(bytes)
        if nulCount == 0, let text = Self.validUTF8(bytes) {
            return .success((text, DecodingDecision(encoding: "UTF-8", method: .utf8, confidence: 1)))
        }
        // Many NULs: UTF-16 or UTF-32 without a byte order mark, or binary data.
        let looksWide = nulCount * 5 >= bytes.count
        if controlCount * 10 > bytes.count && !looksWide {
            var at = location
            at.byte = bytes.firstIndex { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }
            return .failure(InputError(.binary, at: at))
        }
        if nulCount > 0 && !looksWide {
            // Text with stray NUL bytes: replace them (documented), then decode the rest.
            var cleaned = Array(bytes)
            let first = cleaned.firstIndex(of: 0) ?? 0
            for index in cleaned.indices where cleaned[index] == 0 { cleaned[index] = 0x1A }
            return decode(cleaned, at: location).map { text, decision in
                var decision = decision
                decision.warnings.append("\(nulCount) NUL byte(s) replaced by U+FFFD, the first at byte \(first)")
                return (text.replacingSubstitutes(), decision)
            }
        }
        // Legacy encodings and BOM-less UTF-16: ask ICU.
        let detector: ICUCharsetDetector
        do { detector = try ICUCharsetDetector() } catch {
            return .failure(InputError(.unreadable(error.description), at: location))
        }
        for match in detector.detect(bytes) {
            let isWide = match.charset.hasPrefix("UTF-16") || match.charset.hasPrefix("UTF-32")
            if looksWide != isWide { continue }
            if case .success(let result) = convert(bytes, charset: match.charset, method: .detected,
                                                   confidence: Double(match.confidence) / 100, location: location)
            {
                var (text, decision) = result
                if match.confidence < lowConfidenceWarning {
                    decision.warnings.append("low detection confidence (\(match.confidence)/100)")
                }
                return .success((text, decision))
            }
        }
        if looksWide {
            var at = location
            at.byte = bytes.firstIndex(of: 0)
            return .failure(InputError(.binary, at: at))
        }
        // Nothing decodes cleanly: UTF-8 with replacement characters, reported.
        let text = String(decoding: bytes, as: UTF8.self)
        let firstBad = Self.firstInvalidUTF8(bytes) ?? 0
        return .success((text, DecodingDecision(
            encoding: "UTF-8", method: .detected, confidence: 0,
            warnings: ["invalid UTF-8 replaced by U+FFFD, the first at byte \(firstBad)"])))
    }

    private func convert(_ bytes: UnsafeRawBufferPointer, charset: String, method: DecodingDecision.Method,
                         confidence: Double, location: InputLocation) -> Result<(String, DecodingDecision), InputError> {
        do {
            let units = try ICUConverter.utf16(from: bytes, charset: charset, strict: true)
            var text = UTF16Conversion.string(from: units)
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            let name = ICUConverter.standardName(charset) ?? charset
            return .success((text, DecodingDecision(encoding: name, method: method, confidence: confidence)))
        } catch {
            var at = location
            at.byte = error.byteOffset
            return .failure(InputError(.undecodable(charset: charset), at: at))
        }
    }

    /// The charset a byte order mark names, and the mark's length.
    /// NUL bytes, and control bytes other than tab, line feed, form feed and carriage return.
    /// Eight bytes at a time: most stretches of text have no byte below 0x20 at all.
    static func countControlBytes(_ bytes: UnsafeRawBufferPointer) -> (nul: Int, control: Int) {
        var nul = 0
        var control = 0
        func count(_ byte: UInt8) {
            if byte == 0 { nul += 1 } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                control += 1
            }
        }
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = WordAtATime.load(base + index)
                if !WordAtATime.isASCII(bytes: word) || WordAtATime.hasControl(bytes: word) {
                    for offset in 0..<8 { count(bytes[index + offset]) }
                }
                index += 8
            }
        }
        while index < bytes.count {
            count(bytes[index])
            index += 1
        }
        return (nul, control)
    }

    static func byteOrderMark(_ bytes: UnsafeRawBufferPointer) -> (String, Int)? {
        // Every byte order mark starts with one of these: most text leaves at the first byte.
        guard let first = bytes.first, first == 0xEF || first == 0xFF || first == 0xFE || first == 0x00 else { return nil }
        let b = Array(bytes.prefix(4))
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
        if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if b.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if b.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    static func strippingBOM(_ bytes: UnsafeRawBufferPointer, for charset: String) -> UnsafeRawBufferPointer {
        if let (named, length) = byteOrderMark(bytes), charset.hasPrefix(String(named.prefix(5))) {
            return UnsafeRawBufferPointer(rebasing: bytes[length...])
        }
        return bytes
    }

    static func validUTF8(_ bytes: UnsafeRawBufferPointer) -> String? {
        String(validating: bytes.bindMemory(to: UInt8.self), as: UTF8.self)
    }

    static func firstInvalidUTF8(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0  // byte offset of the scalar being decoded
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): consumed += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return consumed
            }
        }
    }
}

extension String {
    /// Replaces the SUB placeholders left for NUL bytes with U+FFFD.
    fileprivate func replacingSubstitutes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{1A}" ? "\u{FFFD}" : $0 }))
    }
}
