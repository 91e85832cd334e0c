internal import CVerbatimICU

/// A failure reported by the system ICU library, with the operation that failed.
public struct ICUError: Error, CustomStringConvertible, Sendable, Equatable {
    /// ICU's status code (a `UErrorCode` value > 0).
    public let status: Int32
    /// What Verbatim was doing, e.g. "opening transliterator Any-Latin".
    public let operation: String

    /// ICU's name for the status, e.g. `U_BUFFER_OVERFLOW_ERROR`.
    public var name: String { String(cString: vb_status_name(status)) }

    public var description: String { "ICU error \(name) (\(status)) while \(operation)" }

    /// Throws when `status` holds a failure; warnings (< 0) pass.
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 { throw ICUError(status: status, operation: operation()) }
    }
}

/// Facts about the ICU library that Verbatim runs against.
public enum ICU {
    /// The version of the system ICU linked at run time, e.g. "72.1".
    public static var version: String { String(cString: vb_icu_version()) }
}
