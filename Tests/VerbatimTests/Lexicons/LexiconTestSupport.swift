import Foundation

@testable import Verbatim

/// Helpers shared by the lexicon tests.
enum LexiconTesting {
    /// A lexicon file made of a version 1 header and the given entries.
    static func source(_ entries: String, pair: String = "de-en") -> String {
        "verbatim-lexicon: 1\npair: \(pair)\ndescription: test\n\n" + entries
    }

    /// A matcher over lexicon entries written inline.
    static func matcher(_ entries: String, pair: String = "de-en") throws -> LexiconMatcher {
        let lexicon = try Lexicon(contents: source(entries, pair: pair), file: "\(pair).lex")
        return LexiconMatcher(try LexiconSet([lexicon]))
    }

    /// An English document (one per call: analysers are not shared between threads).
    static func document(_ text: String, id: String = "test") throws -> Document {
        try TextAnalyzer().analyze(Article(id: id, text: text, language: "en"))
    }

    /// Full ids of the entries that fire on a text.
    static func fired(_ matcher: LexiconMatcher, _ text: String) throws -> [String] {
        matcher.matches(in: try document(text)).map(\.id)
    }

    /// The original text of each match.
    static func matchedTexts(_ matcher: LexiconMatcher, _ text: String) throws -> [String] {
        let document = try document(text)
        return matcher.matches(in: document).map { document[$0.range] }
    }

    /// One sentence of an `mt-XX.txt` fixture with the ids that must fire on it.
    struct ExpectedSentence {
        var line: Int
        var text: String
        var ids: [String]
    }

    /// Reads a fixture of sentences, each followed by `# expect: ID, ID` lines.
    static func expectations(in text: String) -> [ExpectedSentence] {
        var sentences: [ExpectedSentence] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("# expect:") {
                let ids = line.dropFirst("# expect:".count).split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if !sentences.isEmpty { sentences[sentences.count - 1].ids += ids }
            } else if line.hasPrefix("#") {
                continue
            } else {
                sentences.append(ExpectedSentence(line: index + 1, text: String(line), ids: []))
            }
        }
        return sentences
    }
}
