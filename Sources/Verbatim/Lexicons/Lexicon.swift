import Foundation

/// One `.lex` file: a format version, a pair (`de-en`, `common`, `en`) and its entries.
public struct Lexicon: Sendable {
    /// The newest format version this Verbatim reads. Newer files are refused with
    /// ``LexiconError/Reason/newerVersion(found:supported:)``, never misread.
    public static let supportedVersion = 1
    /// The largest `within N` a condition may use.
    public static let maximumWithin = 100

    /// The file's name, as traces give it (`de-en.lex`).
    public var file: String
    /// The format version the file declares.
    public var version: Int
    /// `XX-en`, `common` or `en`.
    public var pair: String
    /// The `description:` line, for people.
    public var description: String?
    /// The entries in file order.
    public var entries: [LexiconEntry]

    public init(file: String, version: Int, pair: String, description: String?, entries: [LexiconEntry]) {
        self.file = file
        self.version = version
        self.pair = pair
        self.description = description
        self.entries = entries
    }

    /// Parses a lexicon, failing on its first error (in line order).
    /// - Parameters:
    ///   - contents: the text of the file.
    ///   - file: the name that traces give (`de-en.lex`).
    public init(contents: String, file: String) throws(LexiconError) {
        let outcome = try LexiconParser().parse(contents, file: file)
        if let first = outcome.errors.first { throw first }
        guard let lexicon = outcome.lexicon else {
            throw LexiconError(.missingKey("pair"), file: file, line: 1, column: 1)
        }
        self = lexicon
    }

    /// Parses a lexicon without stopping at errors: the entries that parsed, and every error
    /// found. The lexicon is nil when the file's header is unusable (no or newer version, no pair).
    public static func parse(contents: String, file: String) -> (lexicon: Lexicon?, errors: [LexiconError]) {
        do {
            let outcome = try LexiconParser().parse(contents, file: file)
            return (outcome.lexicon, outcome.errors)
        } catch {
            return (nil, [error])
        }
    }
}

/// The text of a lexicon file and the name traces give it.
public struct LexiconSource: Sendable, Hashable {
    /// The file's name (`de-en.lex`).
    public var name: String
    /// Where it was read from; nil for built-in lexicons.
    public var path: String?
    public var contents: String

    public init(name: String, path: String? = nil, contents: String) {
        self.name = name
        self.path = path
        self.contents = contents
    }

    /// The built-in lexicons, compiled into the binary from `Lexicons/*.lex`.
    public static var builtin: [LexiconSource] {
        BuiltinData.files.filter { $0.path.hasSuffix(".lex") && !$0.path.contains("/") }
            .map { LexiconSource(name: $0.path, contents: $0.contents) }
    }

    /// Reads `.lex` files and the `.lex` files directly inside folders, in the order given
    /// (each folder's files sorted by name).
    public static func read(paths: [String]) throws(LexiconError) -> [LexiconSource] {
        var sources: [LexiconSource] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw LexiconError(.unreadable("no such file or folder"), file: path, line: 0, column: 0)
            }
            var files = [path]
            if isFolder.boolValue {
                let names: [String]
                do {
                    names = try manager.contentsOfDirectory(atPath: path)
                } catch {
                    throw LexiconError(.unreadable(error.localizedDescription), file: path, line: 0, column: 0)
                }
                files = names.filter { $0.hasSuffix(".lex") }.sorted().map {
                    URL(fileURLWithPath: path).appending(path: $0).path(percentEncoded: false)
                }
            }
            for file in files {
                guard let data = manager.contents(atPath: file) else {
                    throw LexiconError(.unreadable("cannot open the file"), file: file, line: 0, column: 0)
                }
                guard let contents = String(data: data, encoding: .utf8) else {
                    throw LexiconError(.unreadable("not valid UTF-8"), file: file, line: 0, column: 0)
                }
                let name = URL(fileURLWithPath: file).lastPathComponent
                sources.append(LexiconSource(name: name, path: file, contents: contents))
            }
        }
        return sources
    }
}

/// Lexicons loaded together: the entries the matcher uses, looked up by full id.
///
/// An entry of a later lexicon (a user's) with the same full id as an entry already in the
/// set (a built-in one) replaces it: see ``overridden(by:)``.
public struct LexiconSet: Sendable {
    /// The lexicons in load order.
    public private(set) var lexicons: [Lexicon]
    /// The effective entries, in load order; a replaced entry keeps its place.
    public private(set) var entries: [LexiconEntry]
    /// Entries replaced by a later entry with the same full id.
    public private(set) var replaced: [LexiconEntry] = []
    private var positions: [String: Int] = [:]

    /// A set of lexicons. Two entries with one full id in these lexicons are an error
    /// (``LexiconError/Reason/duplicateID(_:first:)``): overriding goes through ``overridden(by:)``.
    public init(_ lexicons: [Lexicon]) throws(LexiconError) {
        self.lexicons = lexicons
        self.entries = []
        for lexicon in lexicons {
            for entry in lexicon.entries {
                if let existing = positions[entry.id] {
                    throw LexiconError(
                        .duplicateID(entry.id, first: entries[existing].trace), file: entry.location.file,
                        line: entry.location.line, column: 2)
                }
                positions[entry.id] = entries.count
                entries.append(entry)
            }
        }
    }

    /// A set in which later entries replace earlier ones with the same full id (no error).
    init(overriding lexicons: [Lexicon]) {
        self.lexicons = lexicons
        self.entries = []
        for lexicon in lexicons {
            for entry in lexicon.entries { add(entry) }
        }
    }

    private mutating func add(_ entry: LexiconEntry) {
        if let existing = positions[entry.id] {
            replaced.append(entries[existing])
            entries[existing] = entry
        } else {
            positions[entry.id] = entries.count
            entries.append(entry)
        }
    }

    /// The entry with a full id (`de-en/with-a-view-to`).
    public subscript(id: String) -> LexiconEntry? {
        positions[id].map { entries[$0] }
    }

    /// The entry with a full id (`de-en/with-a-view-to`).
    public func entry(id: String) -> LexiconEntry? { self[id] }

    /// The entries of one pair (`de-en`).
    public func entries(pair: String) -> [LexiconEntry] {
        entries.filter { $0.pair == pair }
    }

    /// The pairs of the lexicons, in load order, without repeats.
    public var pairs: [String] {
        var seen: Set<String> = []
        return lexicons.map(\.pair).filter { seen.insert($0).inserted }
    }

    /// This set with another's entries added; an entry of `other` whose full id is already
    /// here replaces the one here (recorded in ``replaced``).
    public func overridden(by other: LexiconSet) -> LexiconSet {
        var result = self
        result.lexicons += other.lexicons
        for entry in other.entries { result.add(entry) }
        return result
    }

    /// This set with the lexicons of `other` in place of its lexicons of the same file name (a
    /// file named like a built-in lexicon is its new version, as `verbatim lexicon lint` and the
    /// tuning commands treat it); other entries of `other` replace entries with the same full id.
    public func replacingFiles(with other: LexiconSet) -> LexiconSet {
        let names = Set(other.lexicons.map(\.file))
        return LexiconSet(overriding: lexicons.filter { !names.contains($0.file) }).overridden(by: other)
    }

    /// Parses sources strictly (the first error of each file is thrown).
    public static func parse(_ sources: [LexiconSource]) throws(LexiconError) -> LexiconSet {
        let parser = try LexiconParser()
        var lexicons: [Lexicon] = []
        for source in sources {
            let outcome = parser.parse(source.contents, file: source.name)
            if let first = outcome.errors.first { throw first }
            if let lexicon = outcome.lexicon { lexicons.append(lexicon) }
        }
        return try LexiconSet(lexicons)
    }

    private static let builtinResult: Result<LexiconSet, LexiconError> = Result { () throws(LexiconError) in
        try parse(LexiconSource.builtin)
    }

    /// The built-in lexicons (`Lexicons/*.lex`, compiled into the binary), parsed once per process.
    public static func builtin() throws(LexiconError) -> LexiconSet {
        try builtinResult.get()
    }

    /// Lexicon files by path (files, or folders whose `.lex` files are read), without the built-in ones.
    public static func load(files paths: [String]) throws(LexiconError) -> LexiconSet {
        try parse(try LexiconSource.read(paths: paths))
    }

    /// What `--lexicons DIR` loads: the built-in lexicons, then the `.lex` files of `directory`,
    /// whose entries replace built-in entries with the same full id.
    /// - Parameter includingBuiltin: false to load only the folder's lexicons.
    public static func load(directory: URL, includingBuiltin: Bool = true) throws(LexiconError) -> LexiconSet {
        let user = try load(files: [directory.path(percentEncoded: false)])
        guard includingBuiltin else { return user }
        return try builtin().overridden(by: user)
    }
}
