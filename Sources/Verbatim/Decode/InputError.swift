/// Why an input could not be read as an article. Each names its file, line or byte; the
/// rest of a batch goes on.
public struct InputError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The file or folder could not be read.
        case unreadable(String)
        /// No encoding decoded the bytes; the byte offset of the first bad sequence.
        case undecodable(charset: String)
        /// `--encoding` named a charset ICU does not know.
        case unknownEncoding(String)
        /// The bytes look like binary data, not text.
        case binary
        /// A JSON Lines line is not a JSON object.
        case invalidJSON(String)
        /// A JSON Lines object lacks a required field or has one of the wrong type.
        case badField(String)
        /// The article has no text.
        case empty
    }

    public var location: InputLocation
    public var reason: Reason

    public init(_ reason: Reason, at location: InputLocation) {
        self.reason = reason
        self.location = location
    }

    public var description: String {
        switch reason {
        case .unreadable(let why): return "\(location): cannot read: \(why)"
        case .undecodable(let charset): return "\(location): cannot decode as \(charset)"
        case .unknownEncoding(let name): return "\(location): unknown encoding '\(name)'"
        case .binary: return "\(location): binary data, not text"
        case .invalidJSON(let why): return "\(location): not a JSON object: \(why)"
        case .badField(let why): return "\(location): \(why)"
        case .empty: return "\(location): no text"
        }
    }
}
