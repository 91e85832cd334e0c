import Foundation
import Testing

@testable import Verbatim

@Suite("Artifact detector")
struct ArtifactDetectorTests {
    struct Expected: Decodable {
        var text: String
        var category: String
        var suggestion: String?
    }

    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expect: [Expected]
        var reject: [String]
        var testDescription: String { name }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            text = try container.decode(String.self, forKey: .text)
            expect = try container.decode([Expected].self, forKey: .expect)
            reject = try container.decode([String].self, forKey: .reject)
        }

        enum CodingKeys: String, CodingKey { case name, text, expect, reject }
    }

    struct CaseFile: Decodable { var cases: [Case] }

    static let cases: [Case] = (try? JSONDecoder().decode(CaseFile.self, from: Fixtures.data("Artifacts/document-cases.json")).cases) ?? []

    /// The artifacts of one article scanned alone.
    static func artifacts(_ text: String) throws -> (Document, [Artifact]) {
        let scanner = try ScanPipeline()
        let document = try scanner.process(Article(id: "case", text: text, language: "en"))
        let batch = try scanner.analyzeBatch([document])
        return (document, batch.artifacts[0])
    }

    @Test("the case file loads")
    func caseFile() { #expect(Self.cases.count >= 10) }

    @Test("each kind of evidence, with its negative cases", arguments: cases)
    func documentCase(_ testCase: Case) throws {
        let (document, found) = try Self.artifacts(testCase.text)
        let spans = found.map { (document.text[$0.range], $0) }
        for expected in testCase.expect {
            let match = spans.first { $0.0 == expected.text && $0.1.category.rawValue == expected.category }
            #expect(match != nil, "expected [\(expected.category)] «\(expected.text)», found \(spans.map { "[\($0.1.category)] «\($0.0)»" })")
            if let suggestion = expected.suggestion { #expect(match?.1.suggestion == suggestion) }
        }
        for rejected in testCase.reject {
            #expect(!spans.contains { $0.0 == rejected || $0.0.contains(rejected) && rejected.count > 3 },
                    "«\(rejected)» must not be reported: \(spans.map { "[\($0.1.category)] «\($0.0)» \($0.1.rule)" })")
        }
    }

    @Test("every lexicon finding traces to a file and line of its lexicon")
    func traces() throws {
        let (_, found) = try Self.artifacts("With a view to the summit, the ministers met in Kiev.")
        let lexicon = found.filter { $0.evidence == .lexicon }
        #expect(!lexicon.isEmpty)
        for artifact in lexicon {
            let parts = artifact.rule.split(separator: ":")
            #expect(parts.count == 2 && parts[0].hasSuffix(".lex") && Int(parts[1]) != nil, "\(artifact.rule)")
        }
    }

    @Test("machine-translated sentences score above fluent native paragraphs")
    func calibration() throws {
        let native = try Fixtures.text("Lexicons/native-english.txt").components(separatedBy: "\n\n").filter { !$0.isEmpty }
        var mt: [String] = []
        for file in try Fixtures.files(in: "Lexicons", suffix: ".txt") where file.hasPrefix("mt-") && file != "mt-common-en.txt" {
            let lines = try Fixtures.text("Lexicons/\(file)").split(separator: "\n").filter { !$0.hasPrefix("#") }
            mt.append(lines.joined(separator: " "))
        }
        let scanner = try ScanPipeline()
        let documents = try (native + mt).enumerated().map { try scanner.process(Article(id: "d\($0)", text: $1, language: "en")) }
        let scores = try scanner.analyzeBatch(documents).assessments.map(\.score)
        let nativeScores = scores.prefix(native.count)
        let mtScores = scores.suffix(mt.count)
        #expect((nativeScores.max() ?? 1) < 0.3, "native: \(nativeScores)")
        #expect((mtScores.min() ?? 0) > (nativeScores.max() ?? 1), "mt: \(mtScores), native: \(nativeScores)")
    }

    @Test("the source language comes from the pair whose entries fire")
    func sourceLanguage() throws {
        let text = "With a view to the talks, the delegations met within the framework of the summit. "
            + "The minister is since years in office, and the troops displaced to the border were building troops there."
        let scanner = try ScanPipeline()
        let document = try scanner.process(Article(id: "de", text: text, language: "en"))
        let assessment = try scanner.analyzeBatch([document]).assessments[0]
        #expect(assessment.sourceLanguage == "de", "\(assessment.languageEvidence)")
        #expect(assessment.score > 0.5)
    }
}
