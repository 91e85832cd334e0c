/// Why lexicon tuning (`verbatim lexicon new`, `mine`, `eval`) could not go on, with the file
/// and the facts that make the problem clear.
public struct TuningError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The pair is not `XX-en` (two or three lowercase letters, then `-en`).
        case badPair(String)
        /// The gold file is not JSON in the gold format, or a field has the wrong type.
        case badGold(String)
        /// A gold artifact could not be placed in its document (as `score.py` would refuse it).
        case unlocatable(document: String, text: String, why: String)
        /// A gold document is not among the articles read.
        case missingDocument(String)
        /// A file could not be read or written.
        case io(String)
        /// A lexicon file to be written has an entry the evaluation did not see, or two files
        /// given share one name.
        case lexiconFile(String)
    }

    public var reason: Reason
    /// The file concerned (the gold file, a lexicon file), if any.
    public var file: String?

    public init(_ reason: Reason, file: String? = nil) {
        self.reason = reason
        self.file = file
    }

    public var description: String {
        let prefix = file.map { "\($0): " } ?? ""
        switch reason {
        case .badPair(let pair):
            return prefix + "`\(pair)` is not a language pair into English: expected `XX-en` (e.g. `de-en`)"
        case .badGold(let why):
            return prefix + "not a gold file in the format of seeds.gold.json: \(why)"
        case .unlocatable(let document, let text, let why):
            return prefix + "gold artifact \"\(text.prefix(60))\" in \(document): \(why)"
        case .missingDocument(let id):
            return prefix + "gold document \(id) is not among the articles read: give the folder that holds \(id).txt"
        case .io(let why):
            return prefix + why
        case .lexiconFile(let why):
            return prefix + why
        }
    }
}
