import Foundation
import Testing

@testable import Verbatim

/// The quote fixtures (`Fixtures/Quotes/LANG.json`): short articles in English, German, French,
/// Russian, Spanish and Japanese covering each case class — quotation styles, nesting,
/// unclosed and broken marks, multi-paragraph quotes, apostrophes, dashes after quotes, every
/// attribution form, fragments and headlines. Each case lists every quote the extractor must
/// report, with its speaker and kind.
///
/// Cases in `Fixtures/Quotes/known-failures.json` are known not to pass yet: they stay run and
/// visible, and a known failure that starts passing must be taken off the list.
@Suite("Quote fixtures in six languages")
struct QuoteFixtureTests {
    struct ExpectedQuote: Decodable {
        var span: String
        var speaker: String?
        var kind: String
        var occurrence: Int?
        var unclosed: Bool?
        var continues: Bool?
    }

    struct Case: Decodable {
        var name: String
        var text: String
        var quotes: [ExpectedQuote]
    }

    struct FixtureFile: Decodable {
        var language: String
        var cases: [Case]
    }

    static let languages = ["en", "de", "fr", "ru", "es", "ja"]

    static func load(_ language: String) throws -> FixtureFile {
        try JSONDecoder().decode(FixtureFile.self, from: Fixtures.data("Quotes/\(language).json"))
    }

    static func knownFailures() throws -> Set<String> {
        let list = try JSONDecoder().decode([String: [String]].self, from: Fixtures.data("Quotes/known-failures.json"))
        return Set(list.flatMap { language, names in names.map { "\(language)/\($0)" } })
    }

    /// What is wrong with one case, or an empty list.
    static func problems(in testCase: Case, language: String) throws -> [String] {
        let article = Article(id: "case", text: testCase.text, language: language)
        let document = try ScanPipeline().process(article)
        let source = document.text
        var problems: [String] = []
        var expectedRanges: [TextRange] = []
        for expected in testCase.quotes {
            guard let range = locate(expected.span, occurrence: expected.occurrence ?? 1, in: testCase.text) else {
                problems.append("fixture span not found: \(expected.span)")
                continue
            }
            let utf16 = TextRange(source.utf16Offset(ofScalar: range.start), source.utf16Offset(ofScalar: range.end))
            expectedRanges.append(utf16)
            guard let found = document.quotes.first(where: { $0.range == utf16 }) else {
                let near = document.quotes.first { $0.range.overlaps(utf16) }.map { "found instead: \(source[$0.range])" } ?? "not found"
                problems.append("missing quote «\(expected.span)» (\(near))")
                continue
            }
            if found.speaker?.name != expected.speaker {
                problems.append("«\(expected.span.prefix(40))»: speaker \(found.speaker?.name ?? "nil"), expected \(expected.speaker ?? "nil")")
            }
            let kind = found.context == .headline ? "headline" : found.kind.rawValue
            if kind != expected.kind && !(expected.kind == "headline" && found.context == .related) {
                problems.append("«\(expected.span.prefix(40))»: kind \(kind), expected \(expected.kind)")
            }
            if expected.unclosed == true && !found.flags.contains(.unclosed) {
                problems.append("«\(expected.span.prefix(40))»: not flagged unclosed")
            }
            if expected.continues == true && !found.flags.contains(.continues) {
                problems.append("«\(expected.span.prefix(40))»: not flagged as continuing")
            }
        }
        for extra in document.quotes where !expectedRanges.contains(extra.range) && !expectedRanges.contains(where: { $0.overlaps(extra.range) }) {
            problems.append("unexpected quote «\(source[extra.range])»")
        }
        return problems
    }

    /// Code point range of the n-th occurrence of `needle`.
    static func locate(_ needle: String, occurrence: Int, in text: String) -> (start: Int, end: Int)? {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - pattern.count) where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
            seen += 1
            if seen == occurrence { return (start, start + pattern.count) }
        }
        return nil
    }

    @Test("every case passes, except the listed known failures", arguments: languages)
    func fixtures(_ language: String) throws {
        let file = try Self.load(language)
        #expect(file.cases.count >= 12)
        let known = try Self.knownFailures()
        for testCase in file.cases {
            let problems = try Self.problems(in: testCase, language: language)
            let id = "\(language)/\(testCase.name)"
            if known.contains(id) {
                #expect(!problems.isEmpty, "\(id) passes now: take it off known-failures.json")
            } else {
                #expect(problems.isEmpty, "\(id): \(problems.joined(separator: "; "))")
            }
        }
    }
}
