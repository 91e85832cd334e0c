import Foundation

/// A list of English words for glued-word and misspelling evidence: the system word list
/// from Debian's `wamerican` package (`/usr/share/dict/american-english`, installed by
/// `scripts/setup.sh`), or any list given by path. Words are kept lower-cased.
public struct WordList: Sendable {
    public let words: Set<String>
    /// Where the list came from, for reports.
    public let source: String

    /// Paths tried, in order, when no path is given.
    public static let systemPaths = ["/usr/share/dict/american-english", "/usr/share/dict/words", "/usr/share/dict/british-english"]

    public init(words: Set<String>, source: String) {
        self.words = words
        self.source = source
    }

    /// Loads a list, one word per line; nil when the file cannot be read.
    public init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var words = Set<String>()
        for line in data.split(separator: 0x0A) {
            let word = String(decoding: line, as: UTF8.self).lowercased()
            if !word.isEmpty { words.insert(word) }
        }
        self.words = words
        self.source = path
    }

    /// The first system word list found, or nil (the evidence that needs it is then skipped).
    public static let system: WordList? = systemPaths.lazy.compactMap { WordList(path: $0) }.first

    public func contains(_ word: String) -> Bool { words.contains(word) }
}
