import Foundation
import Testing

@testable import Verbatim

@Suite("N-grams: frequency statistics")
struct NGramFrequencyTests {
    @Test("Document frequency counts each document once")
    func documentFrequency() {
        var frequencies = DocumentFrequencies()
        frequencies.add(ShingleSet(strings: ["the prime minister", "prime minister said", "we will not"]))
        frequencies.add(ShingleSet(strings: ["the prime minister", "prime minister said", "will not back"]))
        frequencies.add(ShingleSet(strings: ["the prime minister", "we will not", "we will not"]))
        #expect(frequencies.documentCount == 3)
        #expect(frequencies.documentFrequency(of: "the prime minister") == 3)
        #expect(frequencies.documentFrequency(of: "we will not") == 2)
        #expect(frequencies.documentFrequency(of: "never seen") == 0)
        #expect(frequencies.distinctCount == 4)
        #expect(frequencies.sortedByFrequency().first?.hash == StableHash.hash("the prime minister"))
        var merged = DocumentFrequencies()
        merged.merge(frequencies)
        merged.merge(frequencies)
        #expect(merged.documentCount == 6 && merged.documentFrequency(of: "we will not") == 4)
    }

    @Test("Max-DF filter drops boilerplate n-grams (passim's max-df)")
    func maxDocumentFrequency() {
        var frequencies = DocumentFrequencies()
        for index in 0..<200 {
            frequencies.add(ShingleSet(strings: ["reporting by", "editing by", "item \(index)", index < 4 ? "rare quote" : "x\(index)"]))
        }
        let filter = FrequencyFilter(maxDocumentFrequency: 100, maxDocumentFraction: 0.05)
        #expect(filter.maximum(documentCount: 200) == 10)
        #expect(FrequencyFilter(maxDocumentFraction: 1).maximum(documentCount: 1000) == 100)
        let document = ShingleSet(strings: ["reporting by", "rare quote", "item 3"])
        #expect(frequencies.filtered(document, by: filter) == ShingleSet(strings: ["rare quote", "item 3"]))
        #expect(frequencies.rejected(by: filter) == Set(["reporting by", "editing by"].map { StableHash.hash($0) }))
        // Keeping only n-grams that can link two documents.
        let linking = FrequencyFilter(maxDocumentFrequency: 100, maxDocumentFraction: 0.05, minDocumentFrequency: 2)
        #expect(frequencies.filtered(document, by: linking) == ShingleSet(strings: ["rare quote"]))
    }

    @Test("Dunning G² golden values (Python reference)")
    func logLikelihood() {
        #expect(abs(LogLikelihood.g2(10, 20, 1000, 5000) - 4.9073903122) < 1e-8)
        #expect(abs(LogLikelihood.g2(110, 2442, 111, 29114) - 270.7218769362) < 1e-7)
        #expect(abs(LogLikelihood.g2(0, 5, 100, 100) - 6.8095084921) < 1e-8)
        #expect(LogLikelihood.g2(10, 10, 90, 90) < 1e-12)
        #expect(LogLikelihood.g2(0, 0, 0, 0) == 0)
        #expect(LogLikelihood.signedG2(count: 0, total: 100, otherCount: 5, otherTotal: 105) < 0)
        #expect(abs(LogLikelihood.g2(count: 10, total: 1010, otherCount: 20, otherTotal: 5020) - 4.9073903122) < 1e-8)
    }

    @Test("Keyness between translated and original sub-corpora")
    func keyness() {
        var translated = NGramCounts()
        var original = NGramCounts()
        let calque = StableHash.hash("at the present moment")
        let common = StableHash.hash("the minister said")
        var generator = SetPairGenerator(seed: 8)
        for _ in 0..<200 {
            translated.add([calque, common] + generator.hashes(20))
            original.add([common] + generator.hashes(21))
        }
        #expect(translated.count(of: calque) == 200 && translated.total == 200 * 22)
        let key = translated.keyness(against: original)
        #expect(key.first?.hash == calque)
        #expect(key.first.map { $0.g2 > 100 } == true)
        #expect(!key.contains { $0.hash == common })
        let reverse = original.keyness(against: translated)
        #expect(reverse.first?.hash == calque && reverse.first.map { $0.g2 < 0 } == true)
    }
}
