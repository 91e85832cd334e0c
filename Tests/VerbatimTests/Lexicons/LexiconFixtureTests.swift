import Foundation
import Testing

@testable import Verbatim

/// The shipped lexicons against text: they must stay silent on fluent native English and fire
/// on the machine-translated sentences their authors wrote for them.
@Suite("Shipped lexicons on text")
struct LexiconFixtureTests {
    typealias T = LexiconTesting

    /// The categories that must never fire on native English.
    static let nativeSilent: Set<ArtifactCategory> = [.title, .calque, .wordOrder]

    @Test("no title, calque or word-order entry fires on native English")
    func nativeEnglish() throws {
        let set = try LexiconSet.builtin()
        let matcher = LexiconMatcher(set) { Self.nativeSilent.contains($0.category) }
        let text = try Fixtures.text("Lexicons/native-english.txt")
        let document = try T.document(text, id: "native-english")
        let matches = matcher.matches(in: document)
        let report = matches.map { match in
            let sentence = document.sentences.first { $0.contains(match.range) }.map { document[$0] } ?? ""
            return "\(match.trace) \(match.id) [\(match.entry.category)] fired on “\(document[match.range])” in: \(sentence)"
        }
        #expect(matches.isEmpty, "false positives on native-english.txt:\n\(report.joined(separator: "\n"))")
    }

    /// The `mt-XX.txt` fixtures, one per pair lexicon, and `mt-common-en.txt`.
    static let machineTranslated: [String] = {
        (try? Fixtures.files(in: "Lexicons", suffix: ".txt").filter { $0.hasPrefix("mt-") }) ?? []
    }()

    @Test("each pair's machine-translated sentences fire the entries they expect", arguments: machineTranslated)
    func machineTranslatedFixture(_ name: String) throws {
        let set = try LexiconSet.builtin()
        let matcher = LexiconMatcher(set)
        let sentences = T.expectations(in: try Fixtures.text("Lexicons/\(name)"))
        #expect(!sentences.isEmpty, "\(name) has no sentences")
        var problems: [String] = []
        for sentence in sentences {
            let unknown = sentence.ids.filter { set[$0] == nil }
            for id in unknown { problems.append("\(name):\(sentence.line): \(id) is not an entry of the shipped lexicons") }
            let fired = Set(try T.fired(matcher, sentence.text))
            for id in sentence.ids where set[id] != nil && !fired.contains(id) {
                problems.append("\(name):\(sentence.line): \(id) (\(set[id]!.trace)) did not fire on: \(sentence.text)")
            }
        }
        #expect(problems.isEmpty, "\(problems.count) expectations failed:\n\(problems.joined(separator: "\n"))")
    }

    @Test("every pair lexicon has its machine-translated fixture")
    func fixturePerPair() throws {
        let set = try LexiconSet.builtin()
        let expected = set.pairs.filter { $0.hasSuffix("-en") }.map { "mt-\($0.dropLast(3)).txt" }
        let missing = expected.filter { !Self.machineTranslated.contains($0) }
        #expect(missing.isEmpty, "missing fixtures: \(missing)")
    }
}
