import Foundation

/// A hand annotation of articles in the gold format (`verbatim-gold/1`, the format of
/// `../shared/eval/seeds.gold.json`): per document whether it was translated and from what,
/// and the artifacts an annotator marked. Quotes in the file are not read here.
public struct GoldStandard: Sendable {
    public struct Document: Sendable, Hashable {
        public var id: String
        /// Whether the article is a translation (false: original copy, where every finding is a false alarm).
        public var translated: Bool
        /// The language it was translated from, if the annotator knew it.
        public var sourceLanguage: String?
    }

    /// One annotated artifact, located as `score.py` locates it: by explicit `start`/`end`
    /// (whose text must agree), else by `text` inside `context` (which must occur once), else by
    /// `text` alone (which must occur once in the document).
    public struct Artifact: Sendable, Hashable {
        public var document: String
        public var category: String
        public var text: String
        public var context: String?
        public var start: Int?
        public var end: Int?
        /// Needs more than a lexicon or a rule to find (alignment with another rendering, or meaning).
        public var stretch: Bool
        public var suggestion: String?
    }

    /// The file's name, as reports give it.
    public var file: String
    /// Documents in id order.
    public var documents: [Document]
    /// Artifacts in file order.
    public var artifacts: [Artifact]

    public func document(_ id: String) -> Document? { documents.first { $0.id == id } }

    public init(file: String, documents: [Document], artifacts: [Artifact]) {
        self.file = file
        self.documents = documents
        self.artifacts = artifacts
    }

    /// Reads a gold file.
    public init(contentsOf path: String) throws(TuningError) {
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TuningError(.io("cannot read the gold file"), file: path)
        }
        try self.init(data: data, file: name)
    }

    /// Parses the JSON of a gold file.
    public init(data: Data, file: String) throws(TuningError) {
        let decoded: Raw
        do {
            decoded = try JSONDecoder().decode(Raw.self, from: data)
        } catch let error as DecodingError {
            throw TuningError(.badGold(Self.describe(error)), file: file)
        } catch {
            throw TuningError(.badGold(String(describing: error)), file: file)
        }
        if let format = decoded.format, !format.hasPrefix("verbatim-gold/") {
            throw TuningError(.badGold("`format` is `\(format)`, expected `verbatim-gold/1`"), file: file)
        }
        self.file = file
        documents = decoded.documents.map { Document(id: $0.key, translated: $0.value.translated, sourceLanguage: $0.value.source_language) }
            .sorted { $0.id < $1.id }
        artifacts = decoded.artifacts.map {
            Artifact(document: $0.doc, category: $0.category, text: $0.text, context: $0.context, start: $0.start, end: $0.end,
                     stretch: $0.stretch ?? false, suggestion: $0.suggestion)
        }
        let known = Set(documents.map(\.id))
        if let stray = artifacts.first(where: { !known.contains($0.document) }) {
            throw TuningError(.badGold("artifact \"\(stray.text.prefix(40))\" names document \(stray.document), "
                                       + "which is not in `documents`"), file: file)
        }
    }

    private struct Raw: Decodable {
        struct RawDocument: Decodable {
            var translated: Bool
            var source_language: String?
        }
        struct RawArtifact: Decodable {
            var doc: String
            var category: String
            var text: String
            var context: String?
            var start: Int?
            var end: Int?
            var stretch: Bool?
            var suggestion: String?
        }
        var format: String?
        var documents: [String: RawDocument]
        var artifacts: [RawArtifact]
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing `\(key.stringValue)` at \(path(context).isEmpty ? "top level" : path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context)): \(context.debugDescription)"
        case .dataCorrupted(let context): return "not JSON: \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }
}

/// A document's text as `score.py` sees it: Unicode code points after Python's universal
/// newline translation (`\r\n` and `\r` read as `\n`), so that gold spans land where the
/// scorer puts them.
struct ScorerText {
    let scalars: [UInt32]

    init(_ text: String) {
        var result: [UInt32] = []
        result.reserveCapacity(text.utf16.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = scalar == "\r"
            result.append(previousCR ? 0x0A : scalar.value)
        }
        scalars = result
    }

    static func scalars(of string: String) -> [UInt32] { string.unicodeScalars.map(\.value) }

    /// Non-overlapping occurrences, as Python's `str.count`.
    func count(_ needle: [UInt32]) -> Int {
        guard !needle.isEmpty else { return scalars.count + 1 }
        var count = 0
        var index = 0
        while let found = Self.index(of: needle, in: scalars, from: index) {
            count += 1
            index = found + needle.count
        }
        return count
    }

    /// The first occurrence at or after `start`, as Python's `str.index`.
    static func index(of needle: [UInt32], in haystack: [UInt32], from start: Int = 0) -> Int? {
        guard !needle.isEmpty else { return start <= haystack.count ? start : nil }
        guard haystack.count >= needle.count else { return nil }
        var position = start
        while position + needle.count <= haystack.count {
            if haystack[position] == needle[0], haystack[position..<(position + needle.count)].elementsEqual(needle) {
                return position
            }
            position += 1
        }
        return nil
    }

    /// The code point span of a gold artifact, or why it cannot be placed.
    func locate(_ artifact: GoldStandard.Artifact) throws(TuningError) -> (start: Int, end: Int) {
        let needle = Self.scalars(of: artifact.text)
        func fail(_ why: String) -> TuningError {
            TuningError(.unlocatable(document: artifact.document, text: artifact.text, why: why))
        }
        if let start = artifact.start, let end = artifact.end {
            guard start >= 0, start <= end, end <= scalars.count, Array(scalars[start..<end]) == needle else {
                throw fail("offsets \(start)-\(end) do not hold the text")
            }
            return (start, end)
        }
        let start: Int
        if let context = artifact.context {
            let haystack = Self.scalars(of: context)
            let occurrences = count(haystack)
            guard occurrences == 1, let contextStart = Self.index(of: haystack, in: scalars) else {
                throw fail("its context occurs \(occurrences) times")
            }
            guard let inner = Self.index(of: needle, in: haystack) else { throw fail("its text is not inside its context") }
            start = contextStart + inner
        } else {
            let occurrences = count(needle)
            guard occurrences == 1, let found = Self.index(of: needle, in: scalars) else {
                throw fail("its text occurs \(occurrences) times (give a `context`)")
            }
            start = found
        }
        return (start, start + needle.count)
    }
}
