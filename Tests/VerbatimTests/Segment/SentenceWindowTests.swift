import Foundation
import Testing

@testable import Verbatim

/// ICU's sentence iterator reads only the stretches where a sentence can end; these tests check
/// that it finds the same boundaries there as in a pass over the whole paragraph.
@Suite("Sentence windows against a full ICU pass")
struct SentenceWindowTests {
    /// Boundaries strictly inside each paragraph from ICU's iterator over the paragraph alone.
    func fullPass(_ text: SourceText, paragraphs: [TextRange], locale: String) throws -> [Int] {
        let iterator = try ICUBreakIterator(.sentence, locale: locale + "@ss=standard")
        var boundaries: [Int] = []
        text.units.withUnsafeBufferPointer { buffer in
            for paragraph in paragraphs {
                iterator.forEachBoundary(in: UnsafeBufferPointer(rebasing: buffer[paragraph.start..<paragraph.end])) {
                    if $0.offset < paragraph.length { boundaries.append(paragraph.start + $0.offset) }
                }
            }
        }
        return boundaries
    }

    func windowed(_ text: SourceText, paragraphs: [TextRange], locale: String) throws -> [Int] {
        let segmenter = try Segmenter(locale: locale)
        return text.units.withUnsafeBufferPointer { segmenter.icuSentenceBoundaries(in: $0, paragraphs: paragraphs) }
    }

    static func corpus() throws -> [(text: String, language: String)] {
        var texts: [(String, String)] = []
        let seeds = Fixtures.repository.appending(path: "seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
            texts.append((try String(contentsOf: seeds.appending(path: name), encoding: .utf8), "en"))
        }
        for name in try Fixtures.files(in: "Language", suffix: ".txt") {
            texts.append((try Fixtures.text("Language/\(name)"), String(name.prefix(2))))
        }
        for name in try Fixtures.files(in: "Quotes", suffix: ".json") where name != "known-failures.json" {
            let object = try JSONSerialization.jsonObject(with: Fixtures.data("Quotes/\(name)")) as? [String: Any]
            for item in object?["cases"] as? [[String: Any]] ?? [] {
                if let text = item["text"] as? String { texts.append((text, String(name.prefix(2)))) }
            }
        }
        return texts
    }

    @Test("the seeds and every fixture text: the same boundaries")
    func corpusBoundaries() throws {
        var paragraphsCompared = 0
        for (text, language) in try Self.corpus() {
            let locale = TextAnalyzer.segmentationLocales.contains(language) ? language : "en"
            let source = SourceText(text)
            // Hard-wrapped paragraphs differ on purpose (a line break does not end a sentence there).
            let paragraphs = try Segmenter(locale: locale).paragraphs(in: source)
                .filter { range in !source.units[range.start..<range.end].contains { Segmenter.isLineBreak($0) } }
            #expect(try windowed(source, paragraphs: paragraphs, locale: locale)
                == fullPass(source, paragraphs: paragraphs, locale: locale), "\(text.prefix(80))")
            paragraphsCompared += paragraphs.count
        }
        #expect(paragraphsCompared > 300)
    }

    @Test("random sentences with abbreviations, numbers, quotes and odd spacing: the same boundaries")
    func randomText() throws {
        let pieces = ["The", "U.S.", "envoy", "said", "Mr.", "Smith", "left", ".", "!", "?", "…", "?!", "\u{201D}", "\u{201C}",
                      ")", "(", "3.5", "No.", "5", "e.g.", "etc.", "and", "then", "a.m.", "Gen.", "Lt.", "ok", "«", "»",
                      "Рябков", "г.", "заявил", "。", "交渉", " ", "  ", "\u{A0}", ",", ";", ":", "i.e.", "St.", "A.", "b."]
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<3_000 {
            let count = Int(generator.next() % 30) + 1
            var text = ""
            for _ in 0..<count {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 3 != 0 { text += " " }
            }
            let source = SourceText(text)
            let paragraphs = [TextRange(0, source.count)]
            let windowed = try windowed(source, paragraphs: paragraphs, locale: "en")
            let full = try fullPass(source, paragraphs: paragraphs, locale: "en")
            #expect(windowed == full, "\(text.debugDescription)")
            if windowed != full { return }
        }
    }

    @Test("a line break inside a hard-wrapped paragraph does not end a sentence")
    func wrappedParagraph() throws {
        let text = """
            The talks in Geneva lasted more than seven hours on Monday and\nended without any agreement. Ryabkov said the\nsides would meet again. Sherman called the talks\nfrank and forthright and said Washington would\nconsult its allies.
            """
        let source = SourceText(text)
        let segmenter = try Segmenter(locale: "en")
        let paragraph = [TextRange(0, source.count)]
        let sentences = segmenter.sentences(in: source, paragraphs: paragraph)[0].map { source[$0] }
        #expect(sentences.count == 3)
        #expect(sentences.first?.hasSuffix("ended without any agreement.") == true)
    }
}
