import Foundation
import Testing

@testable import Verbatim

/// `lexicon mine` on a small synthetic bundle (`Fixtures/Tuning/mining-bundle.jsonl`): two
/// originals, two renderings translated from German (declared by `translated_from`), one from French.
@Suite("Lexicon tuning: mining proposals")
struct TuningMinerTests {
    static func mined() throws -> MiningResult {
        let (articles, errors) = ArticleReader().readAll([Fixtures.url("Tuning/mining-bundle.jsonl").path])
        #expect(errors.isEmpty)
        return try LexiconMiner().mine(pair: "de-en", articles: articles, lexicons: try LexiconSet.builtin())
    }

    @Test("roles come from translated_from: de translated, fr left out, clean English original")
    func roles() throws {
        let result = try Self.mined()
        let roles = Dictionary(uniqueKeysWithValues: result.documents.map { ($0.id, $0.role) })
        #expect(roles == ["orig-1": .original, "orig-2": .original, "mt-1": .translated, "mt-2": .translated, "fr-1": .other])
        #expect(result.documents.filter { $0.role == .translated }.allSatisfy { $0.declared })
    }

    @Test("renderings: words moved, a substituted word, a number format; titles; with support")
    func renderings() throws {
        let result = try Self.mined()
        func proposal(_ pattern: String) throws -> LexiconProposal {
            try #require(result.proposals.first { $0.pattern == pattern }, "no proposal `\(pattern)` in \(result.proposals.map(\.pattern))")
        }
        let moved = try proposal("will have a clear message hear")
        #expect(moved.category == .wordOrder)
        #expect(moved.suggestions == ["will hear a clear message"])
        #expect(moved.support == 2, "mt-1 and mt-2; fr-1 is not translated from de")
        #expect(moved.examples.count == 2)
        #expect(moved.originals.first?.hasPrefix("orig-1: ") == true)

        let title = try proposal("vice foreign minister")
        #expect(title.category == .title)
        #expect(title.origin == .title)
        #expect(title.suggestions.first == "Deputy Secretary of State", "qualifier \"US\" left out")
        #expect(title.support == 2)

        let calque = try proposal("become")
        #expect(calque.category == .calque)
        #expect(calque.suggestions == ["get"])
        #expect(calque.support == 2)

        let number = try proposal("3,5")
        #expect(number.category == .number)
        #expect(number.suggestions == ["3.5"])
        #expect(number.support == 1)

        // Renderings and titles come first, by support; the best is supported twice.
        let fromRenderings = result.proposals.prefix { $0.origin != .keyness }
        #expect(fromRenderings.count == 4)
        #expect(fromRenderings.map(\.support) == fromRenderings.map(\.support).sorted(by: >))
    }

    @Test("over-represented phrases: counts, G², covering entries; shared quotes and names are not phrases")
    func keyness() throws {
        let result = try Self.mined()
        let phrases = result.proposals.filter { $0.origin == .keyness }
        let side = try #require(phrases.first { $0.pattern == "the american side" }, "\(phrases.map(\.pattern))")
        #expect(side.occurrences == 3)
        #expect(side.support == 2)
        #expect(side.originalCount == 0)
        #expect((side.g2 ?? 0) >= MiningParameters().minimumG2)
        #expect(side.coveredBy.contains { $0.hasPrefix("bg-en.lex:") }, "the built-in bg-en entry already fires on it")
        // Windows of the quote both German renderings share grow past a phrase and are dropped.
        #expect(!phrases.contains { $0.pattern.contains("clear message") })
        #expect(!phrases.contains { $0.pattern.contains("porter") })
    }

    @Test("the proposals are a lexicon that loads and lints clean, evidence in comments")
    func lexiconText() throws {
        let result = try Self.mined()
        let text = result.lexiconText(limit: 10, takenIDs: ["title.vice-foreign-minister"])
        let lexicon = try Lexicon(contents: text, file: "de-en.lex")
        #expect(lexicon.pair == "de-en")
        #expect(lexicon.entries.count == min(10, result.proposals.count))
        #expect(lexicon.entries.first?.localID == "title.vice-foreign-minister-2", "ids avoid the pair's existing ones")
        let report = LexiconLinter().lint([LexiconSource(name: "de-en-proposed.lex", contents: text)])
        #expect(!report.hasErrors, "\(report.findings)")
        #expect(text.contains("#   de:       mt-1: \"This week Russia [will have a clear message hear] from"))
        #expect(text.contains("#   original: orig-1: "))
        #expect(text.contains("# Left out (1):\n#   fr-1 (translated_from: fr)"))
        #expect(text.contains("suggest: will hear a clear message\n"))
    }

    @Test("pairs are checked")
    func badPair() throws {
        #expect(throws: TuningError.self) {
            _ = try LexiconMiner().mine(pair: "en", articles: [], lexicons: try LexiconSet.builtin())
        }
    }
}
