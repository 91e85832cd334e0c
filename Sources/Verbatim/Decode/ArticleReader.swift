import Foundation

/// Reads articles from files, folders (recursively: `.txt`, plus `.jsonl`/`.ndjson` as JSON
/// Lines), JSON Lines files and standard input.
///
/// A JSON Lines article is one object per line with `id` and `text`, and optionally
/// `headline`, `language`, `source`, `translated_from` and `published`. A plain-text
/// article's id is its file name without extension.
///
/// Reading never stops at a bad input: each one is handed on as an ``InputError`` naming its
/// file, line or byte, and the rest of the batch goes on.
public struct ArticleReader: Sendable {
    public var decoding: TextDecoding

    public init(decoding: TextDecoding = TextDecoding()) {
        self.decoding = decoding
    }

    /// File extensions read as JSON Lines.
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]
    /// File extensions read as plain text when a folder is walked.
    public static let textExtensions: Set<String> = ["txt"]

    /// Reads every input in `paths` (`-` is standard input), calling `handle` with each article
    /// or error in order.
    public func read(_ paths: [String], _ handle: (Result<Article, InputError>) throws -> Void) rethrows {
        for path in paths {
            if path == "-" {
                try readStandardInput(handle)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                try handle(.failure(InputError(.unreadable("no such file or folder"), at: InputLocation(path: path))))
                continue
            }
            if isFolder.boolValue {
                for file in Self.files(inFolder: path) { try readFile(file, handle) }
            } else {
                try readFile(path, handle)
            }
        }
    }

    /// All articles and errors of `paths`, collected.
    public func readAll(_ paths: [String]) -> (articles: [Article], errors: [InputError]) {
        var articles: [Article] = []
        var errors: [InputError] = []
        read(paths) { result in
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let error): errors.append(error)
            }
        }
        return (articles, errors)
    }

    /// The readable files below a folder, sorted by path.
    public static func files(inFolder folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var files: [String] = []
        for case let url as URL in walker {
            let ext = url.pathExtension.lowercased()
            guard textExtensions.contains(ext) || jsonLinesExtensions.contains(ext) else { continue }
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(url.path)
            }
        }
        return files.sorted()
    }

    /// Reads one file: JSON Lines by extension, else one plain-text article.
    public func readFile(_ path: String, _ handle: (Result<Article, InputError>) throws -> Void) rethrows {
        let location = InputLocation(path: path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            try handle(.failure(InputError(.unreadable(error.localizedDescription), at: location)))
            return
        }
        let url = URL(fileURLWithPath: path)
        if Self.jsonLinesExtensions.contains(url.pathExtension.lowercased()) {
            try readJSONLines(data, path: path, handle)
        } else {
            try handle(article(fromBytes: data, id: url.deletingPathExtension().lastPathComponent, location: location))
        }
    }

    /// Standard input: JSON Lines when its first non-blank byte is `{`, else one article `stdin`.
    public func readStandardInput(_ handle: (Result<Article, InputError>) throws -> Void) rethrows {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        if data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "{") {
            try readJSONLines(data, path: "-", handle)
        } else {
            try handle(article(fromBytes: data, id: "stdin", location: InputLocation(path: "-")))
        }
    }

    /// One plain-text article from bytes.
    public func article(fromBytes data: Data, id: String, location: InputLocation) -> Result<Article, InputError> {
        let decoded = data.withUnsafeBytes { decoding.decode($0, at: location) }
        return decoded.flatMap { text, decision in
            guard !text.allSatisfy(\.isWhitespace) else { return .failure(InputError(.empty, at: location)) }
            return .success(Article(id: id, text: text, location: location, decoding: decision))
        }
    }

    /// Articles from JSON Lines bytes, one per non-blank line.
    public func readJSONLines(_ data: Data, path: String, _ handle: (Result<Article, InputError>) throws -> Void) rethrows {
        var lineNumber = 0
        var lineStart = data.startIndex
        while lineStart < data.endIndex {
            lineNumber += 1
            let lineEnd = data[lineStart...].firstIndex(of: 0x0A) ?? data.endIndex
            let line = data[lineStart..<lineEnd]
            lineStart = lineEnd < data.endIndex ? data.index(after: lineEnd) : data.endIndex
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            try handle(Self.jsonArticle(line, location: InputLocation(path: path, line: lineNumber)))
        }
    }

    static func jsonArticle(_ line: Data, location: InputLocation) -> Result<Article, InputError> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: line, options: [])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "invalid JSON"
            return .failure(InputError(.invalidJSON(reason), at: location))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(InputError(.invalidJSON("expected an object"), at: location))
        }
        let id: String
        switch fields["id"] {
        case let text as String where !text.isEmpty: id = text
        case let number as NSNumber: id = number.stringValue
        default: return .failure(InputError(.badField("missing or empty \"id\""), at: location))
        }
        guard let text = fields["text"] as? String else {
            return .failure(InputError(.badField("article \(id): missing \"text\" (a string)"), at: location))
        }
        guard !text.allSatisfy(\.isWhitespace) else { return .failure(InputError(.empty, at: location)) }
        func optional(_ key: String) -> String? { fields[key] as? String }
        return .success(Article(
            id: id, text: text, headline: optional("headline"), language: optional("language"),
            source: optional("source"), translatedFrom: optional("translated_from"),
            published: optional("published"), location: location,
            decoding: DecodingDecision(encoding: "UTF-8", method: .json, confidence: 1)))
    }
}
