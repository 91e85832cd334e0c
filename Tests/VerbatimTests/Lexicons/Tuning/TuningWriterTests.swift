import Foundation
import Testing

@testable import Verbatim

/// `lexicon eval --write`: figures go into the file in place, everything else stays byte for byte.
@Suite("Lexicon tuning: recording figures in lexicon files")
struct TuningWriterTests {
    /// Set `VERBATIM_RECORD=1` to write the golden file anew (then review it as a diff).
    static let recording = ProcessInfo.processInfo.environment["VERBATIM_RECORD"] == "1"

    /// An evaluation of the fixture lexicon with chosen figures.
    func evaluation(of lexicon: Lexicon) throws -> LexiconEvaluation {
        func entry(_ id: String) throws -> LexiconEntry {
            try #require(lexicon.entries.first { $0.localID == id }, "no entry \(id) in the fixture")
        }
        let scores = ArtifactScores(truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 0, recall: 0, f1: 0,
                                    categoryAccuracy: 0, recallCore: 0, recallByCategory: [:])
        let entries = [
            EntryEvaluation(entry: try entry("calque.in-the-frame-of"), firings: 3, truePositives: 2, relevant: 4, found: 2,
                            nativeFirings: 1, falseAlarms: []),
            EntryEvaluation(entry: try entry("calque.old-figures"), firings: 1, truePositives: 1, relevant: 3, found: 1,
                            nativeFirings: 0, falseAlarms: []),
            EntryEvaluation(entry: try entry("title.never-fires"), firings: 0, truePositives: 0, relevant: 2, found: 0,
                            nativeFirings: 0, falseAlarms: []),
            EntryEvaluation(entry: try entry("entity.last-line"), firings: 2, truePositives: 2, relevant: 0, found: 0,
                            nativeFirings: 0, falseAlarms: []),
        ]
        return LexiconEvaluation(goldFile: "test.gold.json", documentCount: 4, originalDocumentCount: 1, goldArtifactCount: 9,
                                 overall: scores, entries: entries, unannotated: [])
    }

    @Test("--write keeps comments, blank lines, continuations and order; golden file")
    func golden() throws {
        let input = try Fixtures.text("Tuning/record-input.lex")
        let lexicon = try Lexicon(contents: input, file: "xx-en.lex")
        let edits = try evaluation(of: lexicon).edits(for: lexicon, date: "2026-01-31")
        let (output, missing) = LexiconWriter().applying(edits, to: input)
        #expect(missing.isEmpty)
        let expectedURL = Fixtures.url("Tuning/record-expected.lex")
        if Self.recording { try output.write(to: expectedURL, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(output == expected, "re-record with VERBATIM_RECORD=1 and review the diff")

        // Every line of the input that no edit concerns is still there, in the same order.
        let figures = ["precision:", "recall:", "measured:"]
        func kept(_ text: String) -> [String] {
            var lines: [String] = []
            var inFigure = false
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                if figures.contains(where: line.hasPrefix) { inFigure = true; continue }
                if inFigure, line.hasPrefix("  ") { continue }
                inFigure = false
                lines.append(line)
            }
            return lines
        }
        #expect(kept(output) == kept(input))
        // The result loads, with the figures in it.
        let reloaded = try Lexicon(contents: output, file: "xx-en.lex")
        let frame = try #require(reloaded.entries.first { $0.localID == "calque.in-the-frame-of" })
        #expect(frame.precision == 0.667)
        #expect(frame.recall == 0.5)
        #expect(frame.measured?.hasPrefix("2026-01-31 on test.gold.json (4 documents): 3 firings, 2 true") == true)
        let never = try #require(reloaded.entries.first { $0.localID == "title.never-fires" })
        #expect(never.precision == nil)
        #expect(never.recall == 0)
        let last = try #require(reloaded.entries.first { $0.localID == "entity.last-line" })
        #expect(last.precision == 1)
        #expect(last.recall == nil)
        #expect(!output.hasSuffix("\n"), "a file without a final newline keeps it that way")
    }

    @Test("writing the same figures twice changes nothing")
    func idempotent() throws {
        let input = try Fixtures.text("Tuning/record-input.lex")
        let lexicon = try Lexicon(contents: input, file: "xx-en.lex")
        let edits = try evaluation(of: lexicon).edits(for: lexicon, date: "2026-01-31")
        let once = LexiconWriter().applying(edits, to: input).text
        let twice = LexiconWriter().applying(edits, to: once).text
        #expect(once == twice)
    }

    @Test("CRLF files keep CRLF; new lines go after the entry's last field, before the comments of the next")
    func crlf() {
        let input = "verbatim-lexicon: 1\r\npair: xx-en\r\n\r\n[a]\r\ncategory: calque\r\npattern: x y\r\nweight: 0.5\r\n"
            + "note: n\r\n# about b\r\n[b]\r\ncategory: calque\r\npattern: y z\r\nweight: 0.5\r\nnote: m\r\n"
        let (output, missing) = LexiconWriter().applying(["a": [.set("precision", "1")], "zz": [.set("recall", "0")]], to: input)
        #expect(missing == ["zz"])
        #expect(output == input.replacingOccurrences(of: "note: n\r\n", with: "note: n\r\nprecision: 1\r\n"))
    }

    @Test("an entry is named by its local id; unknown ids are reported, the text unchanged")
    func missingEntry() {
        let input = "verbatim-lexicon: 1\npair: xx-en\n\n[a]\ncategory: calque\npattern: x\nweight: 0.5\nnote: n\n"
        let (output, missing) = LexiconWriter().applying(["xx-en/a": [.set("precision", "1")]], to: input)
        #expect(missing == ["xx-en/a"])
        #expect(output == input)
    }

    @Test("figures are written with up to three decimals")
    func figures() {
        #expect(LexiconEvaluation.figure(1) == "1")
        #expect(LexiconEvaluation.figure(0) == "0")
        #expect(LexiconEvaluation.figure(0.5) == "0.5")
        #expect(LexiconEvaluation.figure(2.0 / 3) == "0.667")
        #expect(LexiconEvaluation.figure(0.1004) == "0.1")
    }
}
