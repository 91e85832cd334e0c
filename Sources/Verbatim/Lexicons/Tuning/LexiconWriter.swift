import Foundation

/// Edits `key: value` lines of entries in the text of a `.lex` file, in place.
///
/// The file is never re-serialised: every line the edit does not concern comes out byte for
/// byte as it went in — comments, blank lines, continuation lines, spacing, order, line endings
/// (LF or CRLF) and a missing final newline. A key the entry already has is rewritten on its
/// own line (its continuation lines, if any, are dropped); a new key goes on a new line right
/// after the entry's last `key: value` line (or its continuation), before any comment or blank
/// line that leads to the next entry. `verbatim lexicon eval --write` records its figures this
/// way.
public struct LexiconWriter: Sendable {
    /// One change to an entry: set `key` to `value`, or remove the key when `value` is nil.
    public struct Edit: Sendable, Hashable {
        public var key: String
        public var value: String?

        public init(key: String, value: String?) {
            self.key = key
            self.value = value
        }

        /// Sets a key.
        public static func set(_ key: String, _ value: String) -> Edit { Edit(key: key, value: value) }
        /// Removes a key (and its continuation lines) if the entry has it.
        public static func remove(_ key: String) -> Edit { Edit(key: key, value: nil) }
    }

    public init() {}

    /// The file's text with the edits applied.
    /// - Parameters:
    ///   - edits: per entry id as written in its `[id]` line (not the full `PAIR/id`), the
    ///     changes in the order new lines should appear.
    ///   - contents: the text of the file.
    /// - Returns: the new text, and the ids of `edits` that no entry of the file has.
    public func applying(_ edits: [String: [Edit]], to contents: String) -> (text: String, missing: [String]) {
        var lines = Self.lines(of: contents)
        let entries = Self.entries(in: lines)
        var replaced: [Int: String] = [:]
        var deleted: Set<Int> = []
        var inserted: [Int: [String]] = [:]
        var found: Set<String> = []
        for entry in entries {
            guard let changes = edits[entry.id] else { continue }
            found.insert(entry.id)
            let anchor = entry.fields.last?.lines.last ?? entry.header
            let lineEnding = lines[anchor].hasSuffix("\r") ? "\r" : ""
            for change in changes {
                let existing = entry.fields.filter { $0.key == change.key }
                if let value = change.value {
                    if let first = existing.first {
                        // The key's first line keeps its place; its continuation lines and any
                        // repeats of the key go.
                        let own = lines[first.lines[0]].hasSuffix("\r") ? "\r" : ""
                        replaced[first.lines[0]] = "\(change.key): \(value)" + own
                        deleted.formUnion(first.lines.dropFirst())
                        for other in existing.dropFirst() { deleted.formUnion(other.lines) }
                    } else {
                        inserted[anchor, default: []].append("\(change.key): \(value)" + lineEnding)
                    }
                } else {
                    for field in existing { deleted.formUnion(field.lines) }
                }
            }
        }
        var output: [String] = []
        output.reserveCapacity(lines.count + inserted.values.reduce(0) { $0 + $1.count })
        for index in lines.indices {
            if let replacement = replaced[index] {
                output.append(replacement)
            } else if !deleted.contains(index) {
                output.append(lines[index])
            }
            if let added = inserted[index] { output += added }
        }
        lines = output
        let missing = edits.keys.filter { !found.contains($0) }.sorted()
        return (lines.joined(separator: "\n"), missing)
    }

    // MARK: - Reading the structure

    /// A `key: value` line of an entry and its continuation lines.
    struct Field {
        var key: String
        /// Indices of the key's line and of its continuation lines (comment lines between them
        /// are not part of it).
        var lines: [Int]
    }

    struct Entry {
        var id: String
        /// Index of the `[id]` line.
        var header: Int
        var fields: [Field]
    }

    /// The file cut at `\n`; a line keeps its `\r` (CRLF files), and the last element is what
    /// follows the final `\n` (empty when the file ends with one).
    static func lines(of contents: String) -> [String] {
        contents.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// The entries of a file with their fields, read the way ``LexiconParser`` reads them: a
    /// comment line neither ends a field nor belongs to it, a blank line ends it, a line
    /// indented by two spaces (or a tab) continues it.
    static func entries(in lines: [String]) -> [Entry] {
        var entries: [Entry] = []
        var continuable = false
        for (index, line) in lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            let content = scalars.filter { !Self.isSpace($0) && $0 != "\r" }
            if content.isEmpty {
                continuable = false
                continue
            }
            if scalars[0] == "#" { continue }
            if scalars[0] == " " || scalars[0] == "\t" {
                let indent = scalars.prefix { $0 == " " || $0 == "\t" }.count
                if (indent >= 2 || scalars[0] == "\t"), continuable, !entries.isEmpty,
                    let last = entries[entries.count - 1].fields.indices.last
                {
                    entries[entries.count - 1].fields[last].lines.append(index)
                }
                continue
            }
            continuable = false
            if scalars[0] == "[" {
                let id = scalars.dropFirst().prefix { $0 != "]" }
                entries.append(Entry(id: String(String.UnicodeScalarView(id)), header: index, fields: []))
                continue
            }
            guard !entries.isEmpty, let colon = scalars.firstIndex(of: ":"), colon > 0 else { continue }
            let key = String(String.UnicodeScalarView(scalars[..<colon]))
            entries[entries.count - 1].fields.append(Field(key: key, lines: [index]))
            continuable = true
        }
        return entries
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{A0}"
    }
}

extension LexiconWriter {
    /// Records an evaluation's figures in lexicon files on disk (`eval --write`), each file
    /// edited in place (see ``applying(_:to:)``). Only files read from a path are written;
    /// a file whose text would not change is left alone.
    /// - Returns: the paths written.
    public func record(_ evaluation: LexiconEvaluation, in sources: [LexiconSource], date: String) throws(TuningError) -> [String] {
        var names: [String: String] = [:]
        for source in sources {
            guard let path = source.path else { continue }
            if let other = names[source.name] {
                throw TuningError(.lexiconFile("two lexicon files are named \(source.name) (\(other) and \(path)): "
                                               + "their findings cannot be told apart"), file: path)
            }
            names[source.name] = path
        }
        var written: [String] = []
        for source in sources {
            guard let path = source.path else { continue }
            let parsed = Lexicon.parse(contents: source.contents, file: source.name)
            guard let lexicon = parsed.lexicon else {
                throw TuningError(.lexiconFile(parsed.errors.first?.description ?? "the file does not load"), file: path)
            }
            let edits = evaluation.edits(for: lexicon, date: date)
            guard !edits.isEmpty else { continue }
            let (text, missing) = applying(edits, to: source.contents)
            if let id = missing.first {
                throw TuningError(.lexiconFile("entry [\(id)] was evaluated but is not in the file: it changed during the evaluation"),
                                  file: path)
            }
            guard text != source.contents else { continue }
            do {
                try text.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw TuningError(.io("cannot write: \(error.localizedDescription)"), file: path)
            }
            written.append(path)
        }
        return written
    }
}
