/// The plain-text data files of `Lexicons/` other than `.lex` lexicons (attribution cues,
/// language profiles, abbreviations, given names) share one shape:
///
/// ```text
/// # comments start with '#'
/// verbatim-KIND: 1          ← the format version, first; a newer one is refused
/// key: value                ← key-value lines …
/// [section]                 ← … or sections of space-separated words
/// word word word
/// ```
public struct DataFile: Sendable {
    /// A problem in a data file, with its line.
    public struct ParseError: Error, CustomStringConvertible, Sendable, Equatable {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// One line of content: a `key: value` pair, or a line of words inside a `[section]`.
    public struct Line: Sendable {
        public var number: Int
        /// The section the line stands in, if any.
        public var section: String?
        /// The key of a `key: value` line.
        public var key: String?
        public var value: String
    }

    public var file: String
    public var version: Int
    public var lines: [Line]

    /// Parses a data file whose first line is `verbatim-KIND: VERSION`.
    public init(parsing text: String, file: String, kind: String, supportedVersion: Int, sections: Bool = false) throws(ParseError) {
        self.file = file
        var version: Int?
        var section: String?
        var lines: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard version != nil else {
                let magic = "verbatim-\(kind):"
                guard line.hasPrefix(magic), let found = Int(line.dropFirst(magic.count).trimmingSpaces()), found >= 1 else {
                    throw ParseError(file: file, line: index + 1, message: "expected '\(magic) \(supportedVersion)' first")
                }
                guard found <= supportedVersion else {
                    throw ParseError(file: file, line: index + 1,
                                     message: "format version \(found) is newer than this build reads (\(supportedVersion))")
                }
                version = found
                continue
            }
            if sections, line.hasPrefix("["), line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            if sections, section != nil {
                lines.append(Line(number: index + 1, section: section, key: nil, value: line))
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw ParseError(file: file, line: index + 1, message: "expected 'key: value'")
            }
            lines.append(Line(number: index + 1, section: section, key: String(line[..<colon]).trimmingSpaces(),
                              value: String(line[line.index(after: colon)...]).trimmingSpaces()))
        }
        guard let version else { throw ParseError(file: file, line: 1, message: "empty file: expected 'verbatim-\(kind): \(supportedVersion)'") }
        self.version = version
        self.lines = lines
    }

    /// The value of the first line with `key`.
    public func value(_ key: String) -> String? { lines.first { $0.key == key }?.value }

    /// The words of every line with `key` (or of every line of `section`), in order.
    public func words(_ key: String? = nil, section: String? = nil) -> [String] {
        lines.filter { line in key.map { line.key == $0 } ?? (line.section == section && line.key == nil) }
            .flatMap { $0.value.split(separator: " ").map(String.init) }
    }
}
