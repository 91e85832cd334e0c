import Foundation
import Testing

@testable import Verbatim

/// `lexicon new`: the skeleton loads as it is, and every commented example loads once uncommented.
@Suite("Lexicon tuning: the skeleton of a new pair")
struct TuningSkeletonTests {
    /// The skeleton with the `# ` of every example line removed (explanations, `## `, dropped).
    static func uncommented(_ text: String) -> String {
        var lines: [String] = []
        var inExamples = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("## ") { inExamples = true; continue }
            if inExamples, line.hasPrefix("# ") {
                lines.append(String(line.dropFirst(2)))
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test("the skeleton loads: header, no entries")
    func loads() throws {
        let skeleton = try LexiconSkeleton(pair: "xx-en")
        let lexicon = try Lexicon(contents: skeleton.text, file: skeleton.fileName)
        #expect(lexicon.pair == "xx-en")
        #expect(lexicon.version == Lexicon.supportedVersion)
        #expect(lexicon.entries.isEmpty)
        #expect(skeleton.fileName == "xx-en.lex")
    }

    @Test("every example, uncommented, is a valid entry; every category and condition form is shown")
    func examples() throws {
        let skeleton = try LexiconSkeleton(pair: "de-en")
        let text = Self.uncommented(skeleton.text)
        let lexicon = try Lexicon(contents: text, file: "de-en.lex")
        #expect(Set(lexicon.entries.map(\.category)) == Set(ArtifactCategory.allCases))
        let conditions = lexicon.entries.flatMap(\.conditions)
        #expect(Set(conditions.map(\.kind)) == Set(ContextCondition.Kind.allCases))
        #expect(conditions.contains { $0.within != nil })
        #expect(lexicon.entries.contains { !$0.unless.isEmpty })
        #expect(lexicon.entries.contains { $0.isCaseSensitive })
        let report = LexiconLinter().lint([LexiconSource(name: "de-en.lex", contents: text)])
        #expect(!report.hasErrors, "\(report.findings)")
        // The examples fire on what they describe.
        let matcher = LexiconMatcher(try LexiconSet([lexicon]))
        let document = try TextAnalyzer().analyze(Article(
            id: "t", text: "The US envoy, vice foreign minister Wendy Sherman, met them in Washington.", language: "en"))
        #expect(matcher.matches(in: document).map(\.entry.localID) == ["title.vice-foreign-minister-us"])
    }

    @Test("the pair is named in the header and the language spelt out")
    func names() throws {
        let skeleton = try LexiconSkeleton(pair: "de-en")
        #expect(skeleton.languageName == "German")
        #expect(skeleton.text.contains("pair: de-en\n"))
        #expect(skeleton.text.contains("German → English"))
        // An unknown code stays a code.
        #expect(try LexiconSkeleton(pair: "qqq-en").languageName == "qqq")
    }

    @Test("only pairs into English", arguments: ["en", "common", "de", "de-fr", "DE-en", "d-en", "en-en"])
    func badPairs(_ pair: String) {
        #expect(throws: TuningError.self) { try LexiconSkeleton(pair: pair) }
    }
}
