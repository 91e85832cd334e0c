import GRDB

/// A problem with the quote store: it could not be opened or migrated, a statement failed, or
/// it holds something this version cannot read. Carries the facts: the store file, the SQL
/// that failed (when one did) and the reason.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The file could not be opened or created.
        case open
        /// A migration failed, or the store was written by a newer Verbatim.
        case schema
        /// A statement failed (SQLite's message in ``reason``).
        case statement
        /// Something asked for is not in the store (a cluster id).
        case notFound = "not-found"
        /// A parameter or argument is out of range.
        case invalidArgument = "invalid-argument"
    }

    public var kind: Kind
    /// The store file.
    public var file: String
    /// The SQL that failed, if a statement did.
    public var sql: String?
    public var reason: String

    public init(_ kind: Kind, file: String, sql: String? = nil, reason: String) {
        self.kind = kind
        self.file = file
        self.sql = sql
        self.reason = reason
    }

    public var description: String {
        var text = "\(file): store \(kind == .statement ? "error" : kind.rawValue): \(reason)"
        if let sql { text += " (SQL: \(sql))" }
        return text
    }

    /// The store error of any error thrown while working on `file`: GRDB's errors keep their
    /// SQL and SQLite message.
    static func wrapping(_ error: any Error, file: String, kind: Kind = .statement) -> StoreError {
        switch error {
        case let error as StoreError:
            return error
        case let error as DatabaseError:
            return StoreError(kind, file: file, sql: error.sql, reason: error.message ?? "SQLite error \(error.resultCode)")
        default:
            return StoreError(kind, file: file, reason: "\(error)")
        }
    }
}
