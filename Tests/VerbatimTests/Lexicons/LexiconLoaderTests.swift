import Foundation
import Testing

@testable import Verbatim

@Suite("Lexicon loader")
struct LexiconLoaderTests {
    typealias T = LexiconTesting

    @Test("every shipped lexicon loads, and each entry's trace names its [id] line")
    func shippedLexiconsLoad() throws {
        let sources = LexiconSource.builtin
        #expect(sources.count >= 3, "built-in lexicons missing")
        var problems: [String] = []
        for source in sources {
            let (lexicon, errors) = Lexicon.parse(contents: source.contents, file: source.name)
            problems += errors.map(\.description)
            guard let lexicon else {
                problems.append("\(source.name): not loaded")
                continue
            }
            #expect(!lexicon.entries.isEmpty, "\(source.name) has no entries")
            #expect(source.name == lexicon.pair + ".lex", "\(source.name) declares pair \(lexicon.pair)")
            let lines = source.contents.split(separator: "\n", omittingEmptySubsequences: false)
            for entry in lexicon.entries {
                let line = lines[entry.location.line - 1].trimmingCharacters(in: .whitespaces)
                #expect(line == "[\(entry.localID)]", "\(entry.trace) is `\(line)`, not the header of \(entry.id)")
            }
        }
        #expect(problems.isEmpty, "shipped lexicons that do not load:\n\(problems.joined(separator: "\n"))")
        let set = try LexiconSet.builtin()
        #expect(set.entries.count == set.lexicons.reduce(0) { $0 + $1.entries.count })
        let first = try #require(set.entries.first)
        #expect(set[first.id]?.trace == first.trace)
    }

    @Test("every malformed fixture fails at the line and column its comment names")
    func malformedFixtures() throws {
        let names = try Fixtures.files(in: "Lexicons/malformed", suffix: ".lex")
        #expect(names.count >= 12)
        for name in names {
            let contents = try Fixtures.text("Lexicons/malformed/\(name)")
            // `# expect: LINE:COLUMN: message fragment`
            let first = try #require(contents.split(separator: "\n").first, "\(name): empty")
            let spec = first.dropFirst("# expect: ".count)
            let parts = spec.split(separator: ":", maxSplits: 2)
            try #require(parts.count == 3, "\(name): first line must be `# expect: LINE:COLUMN: message`")
            let line = try #require(Int(parts[0]))
            let column = try #require(Int(parts[1]))
            let fragment = parts[2].trimmingCharacters(in: .whitespaces)
            let (lexicon, errors) = Lexicon.parse(contents: contents, file: name)
            let found = errors.first { $0.line == line && $0.column == column && $0.message.contains(fragment) }
            #expect(found != nil, "\(name): expected \(line):\(column): \(fragment); got \(errors.map(\.description))")
            // The entry around the error is left out.
            let lines = contents.split(separator: "\n", omittingEmptySubsequences: false)
            let header = lines.prefix(line).lastIndex { $0.hasPrefix("[") }.map { $0 + 1 }
            let kept = lexicon?.entries.contains { $0.location.line == header } ?? false
            #expect(!kept, "\(name): the broken entry was kept")
            // The strict loader throws the first error in line order.
            #expect(throws: LexiconError.self) { try Lexicon(contents: contents, file: name) }
        }
    }

    @Test("a newer format version is refused as a whole, with one clear error")
    func newerVersion() throws {
        let contents = "verbatim-lexicon: 7\npair: de-en\n\n[x]\nweird: stuff\n"
        let (lexicon, errors) = Lexicon.parse(contents: contents, file: "future.lex")
        #expect(lexicon == nil)
        #expect(errors.count == 1)
        #expect(errors.first?.reason == .newerVersion(found: 7, supported: 1))
        #expect(errors.first?.description.hasPrefix("future.lex:1:19: format version 7 is newer") == true)
    }

    @Test("all fields of an entry are read, values continue on indented lines")
    func fields() throws {
        let lexicon = try Lexicon(contents: T.source("""
            # A comment.
            [vice-foreign-minister-us]
            category: title
            pattern: vice foreign minister
            pattern: deputy-foreign minister
            when: followed-by <Cap> <Cap>
            when: in-sentence american|us|u.s.|washington
            unless: preceded-by former|ex within 3
            suggest: Deputy Secretary of State | deputy secretary
            weight: 0.8
            case: insensitive
            precision: 0.9
            recall: 0.25
            measured: 2025-01-01 on 120 articles
            note: German "Vize-Außenminister(in)" and similar literal renderings;
              the US title is Deputy Secretary of State.
            """), file: "de-en.lex")
        #expect(lexicon.pair == "de-en")
        #expect(lexicon.description == "test")
        let entry = try #require(lexicon.entries.first)
        #expect(entry.id == "de-en/vice-foreign-minister-us")
        #expect(entry.trace == "de-en.lex:6")
        #expect(entry.category == .title)
        #expect(entry.patterns.map(\.text) == ["vice foreign minister", "deputy-foreign minister"])
        #expect(entry.patterns[1].items[0].alternatives == [.literal([
            PatternToken(key: "deputy", text: "deputy"), PatternToken(key: "foreign", text: "foreign"),
        ])])
        #expect(entry.patterns[0].location.description == "de-en.lex:8:10")
        #expect(entry.when.map(\.kind) == [.followedBy, .inSentence])
        #expect(entry.when[0].pattern.items.map(\.alternatives) == [[.capitalized], [.capitalized]])
        #expect(entry.unless.first?.within == 3)
        #expect(entry.unless.first?.kind == .precededBy)
        #expect(entry.suggestions == ["Deputy Secretary of State", "deputy secretary"])
        #expect(entry.weight == 0.8)
        #expect(entry.precision == 0.9 && entry.recall == 0.25)
        #expect(entry.measured == "2025-01-01 on 120 articles")
        #expect(entry.note.hasSuffix("literal renderings; the US title is Deputy Secretary of State."))
        #expect(!entry.isCaseSensitive)
    }

    @Test("a byte order mark and CRLF line ends are accepted")
    func byteOrderMarkAndCRLF() throws {
        let contents = "\u{FEFF}" + T.source("[a]\ncategory: calque\npattern: x y\nweight: 0.5\nnote: n\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let lexicon = try Lexicon(contents: contents, file: "de-en.lex")
        #expect(lexicon.entries.map(\.trace) == ["de-en.lex:5"])
        #expect(lexicon.entries.first?.note == "n")
    }

    @Test("category names round-trip through Codable by raw value")
    func categoryCodable() throws {
        let data = try JSONEncoder().encode([ArtifactCategory.wordOrder, .calque])
        #expect(String(decoding: data, as: UTF8.self) == #"["word-order","calque"]"#)
        #expect(try JSONDecoder().decode([ArtifactCategory].self, from: data) == [.wordOrder, .calque])
    }

    @Test("the parser goes on after an error and reports every problem of a file")
    func severalErrors() throws {
        let (lexicon, errors) = Lexicon.parse(contents: T.source("""
            [a]
            category: calque
            pattern: good pattern
            weight: 0.5
            note: x

            [b]
            category: nonsense
            pattern: fine
            weight: 2
            note: x

            [c]
            category: calque
            pattern: also fine
            weight: 0.5
            note: x
            """), file: "de-en.lex")
        #expect(errors.map { "\($0.line):\($0.column)" } == ["12:11", "14:9"])
        #expect(lexicon?.entries.map(\.localID) == ["a", "c"])
    }
}

@Suite("Lexicon sets")
struct LexiconSetTests {
    typealias T = LexiconTesting

    @Test("a user lexicon's entry replaces the built-in entry with the same full id")
    func overrideByID() throws {
        let builtin = try LexiconSet.builtin()
        let target = try #require(builtin.entries.first { $0.category == .calque })
        let folder = FileManager.default.temporaryDirectory.appending(path: "verbatim-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let user = """
            verbatim-lexicon: 1
            pair: \(target.pair)

            [\(target.localID)]
            category: calque
            pattern: zzqx frobnicated
            weight: 0.9
            note: A user's own version.

            [user-only]
            category: grammar
            pattern: qqzx
            weight: 0.2
            note: x
            """
        try user.write(to: folder.appending(path: "mine.lex"), atomically: true, encoding: .utf8)
        try "not a lexicon".write(to: folder.appending(path: "notes.txt"), atomically: true, encoding: .utf8)

        let set = try LexiconSet.load(directory: folder)
        #expect(set.entries.count == builtin.entries.count + 1)
        let replaced = try #require(set[target.id])
        #expect(replaced.trace == "mine.lex:4")
        #expect(replaced.weight == 0.9)
        #expect(set.replaced.map(\.trace) == [target.trace])
        #expect(set["\(target.pair)/user-only"]?.category == .grammar)
        // The entry keeps its place in the set's order.
        #expect(set.entries.firstIndex { $0.id == target.id } == builtin.entries.firstIndex { $0.id == target.id })

        let matcher = LexiconMatcher(set)
        let document = try T.document("They zzqx frobnicated it.")
        #expect(matcher.matches(in: document).map(\.trace) == ["mine.lex:4"])

        let alone = try LexiconSet.load(directory: folder, includingBuiltin: false)
        #expect(alone.entries.map(\.localID) == [target.localID, "user-only"])
    }

    @Test("two files of one set may not define the same full id; unreadable paths are errors")
    func duplicateAcrossFiles() throws {
        let one = try Lexicon(contents: T.source("[x]\ncategory: calque\npattern: a b\nweight: 0.1\nnote: n\n"), file: "a.lex")
        let two = try Lexicon(contents: T.source("[x]\ncategory: calque\npattern: c d\nweight: 0.1\nnote: n\n"), file: "b.lex")
        #expect {
            try LexiconSet([one, two])
        } throws: { error in
            (error as? LexiconError)?.description == "b.lex:5:2: duplicate id `de-en/x`: already defined at a.lex:5"
        }
        #expect(throws: LexiconError.self) { try LexiconSet.load(files: ["/nonexistent/verbatim.lex"]) }
    }
}
