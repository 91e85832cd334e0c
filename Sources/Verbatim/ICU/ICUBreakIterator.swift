internal import CVerbatimICU

/// An ICU break iterator (`ubrk`) for characters, words, lines or sentences.
///
/// A break iterator holds state and a pointer to the text it walks: use one per thread
/// (``copy()`` is cheap) and iterate only while the text buffer is alive, which
/// ``boundaries(in:)`` guarantees.
public final class ICUBreakIterator {
    /// What the iterator finds boundaries of.
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    /// A boundary and, for word iterators, the rule status of the segment that ends there.
    public struct Boundary: Sendable, Equatable {
        /// UTF-16 offset of the boundary.
        public var offset: Int
        /// ICU's rule status for word iterators (< 100 none/punctuation, 100..<200 number,
        /// 200..<300 letters, 300..<400 kana, 400..<500 ideographs); 0 for other kinds.
        public var status: Int32
    }

    let handle: OpaquePointer
    public let kind: Kind
    public let locale: String

    /// Opens an iterator; `locale` may carry keywords such as `en@ss=standard`, which keeps
    /// sentences whole after abbreviations like "U.S." and "Dr.".
    public init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        let handle = vb_break_open(kind.rawValue, locale, &status)
        try ICUError.check(status, "opening \(kind) break iterator for \(locale)")
        guard let handle else { throw ICUError(status: 1, operation: "opening \(kind) break iterator") }
        self.handle = handle
        self.kind = kind
        self.locale = locale
    }

    private init(handle: OpaquePointer, kind: Kind, locale: String) {
        self.handle = handle
        self.kind = kind
        self.locale = locale
    }

    deinit { vb_break_close(handle) }

    /// An independent copy, for use on another thread.
    public func copy() throws(ICUError) -> ICUBreakIterator {
        var status: Int32 = 0
        let clone = vb_break_clone(handle, &status)
        try ICUError.check(status, "cloning break iterator")
        guard let clone else { throw ICUError(status: 1, operation: "cloning break iterator") }
        return ICUBreakIterator(handle: clone, kind: kind, locale: locale)
    }

    /// Calls `body` with each boundary after the first (offset 0) in `text`, in order.
    public func forEachBoundary(in text: UnsafeBufferPointer<UInt16>, _ body: (Boundary) -> Void) {
        guard text.count > 0 else { return }
        var status: Int32 = 0
        vb_break_set_text(handle, text.baseAddress, Int32(text.count), &status)
        guard status <= 0 else { return }
        _ = vb_break_first(handle)
        while true {
            let next = vb_break_next(handle)
            if next < 0 { break }
            // Rule statuses mean something for words only; other kinds skip the call.
            body(Boundary(offset: Int(next), status: kind == .word ? vb_break_rule_status(handle) : 0))
        }
        // Never leave ICU pointing at a buffer that may be freed.
        vb_break_set_text(handle, nil, 0, &status)
    }

    /// All boundaries after offset 0 in `text`.
    public func boundaries(in text: [UInt16]) -> [Boundary] {
        var result: [Boundary] = []
        text.withUnsafeBufferPointer { buffer in forEachBoundary(in: buffer) { result.append($0) } }
        return result
    }
}
