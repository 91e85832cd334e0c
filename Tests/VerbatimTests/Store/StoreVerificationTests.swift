import Foundation
import Testing

@testable import Verbatim

@Suite("Store: verification")
struct StoreVerificationTests {
    @Test("hashed comparison keys score every pair exactly as RenderingSimilarity does")
    func preparedScores() throws {
        let scanner = try ScanPipeline()
        let documents = try StoreFixtures.seeds().map { try scanner.process($0) }
            + StoreFixtures.corpus(count: 20).map { try scanner.process(Article(id: $0.id, text: $0.text)) }
        let renderings = try QuoteClusterer().renderings(of: documents)
        let prepared = renderings.map(RenderingSimilarity.Prepared.init)
        let similarity = RenderingSimilarity()
        var positive = 0
        for a in renderings.indices {
            for b in renderings.indices {
                let expected = similarity.score(renderings[a], renderings[b])
                #expect(similarity.score(prepared[a], prepared[b]) == expected)
                if expected > 0 { positive += 1 }
            }
        }
        #expect(positive > renderings.count)
    }

    @Test("stored words give the same rendering and alignment as the document")
    func storedWordsAlign() throws {
        let scanner = try ScanPipeline()
        let seeds = StoreFixtures.seeds()
        let documents = try seeds.map { try scanner.process($0) }
        let renderings = try QuoteClusterer().renderings(of: documents).filter { !$0.isFragment }
        let (base, witness) = (renderings[0], renderings[1])
        let stored = { (rendering: Rendering) in StoredWords(encoded: StoredWords(rendering, in: documents[rendering.reference.document]).encoded)! }
        let fromStore = RenderingAligner().align(base: stored(base).alignmentWords, witness: stored(witness).alignmentWords)
        let fromDocuments = RenderingAligner().align(base: base, in: documents[base.reference.document], witness: witness,
                                                     in: documents[witness.reference.document])
        #expect(fromStore.pairs.count == fromDocuments.pairs.count)
        #expect(fromStore.differences.map(\.kind) == fromDocuments.differences.map(\.kind))
        #expect(fromStore.differences.map(\.witnessText) == fromDocuments.differences.map(\.witnessText))
        #expect(stored(base).rendering.stems == base.stems)
        #expect(stored(base).rendering.content == base.content)
    }

    @Test("the canonical order is total and prefers original, clean, complete renderings")
    func canonicalRank() {
        func rank(_ mt: Double, _ artifacts: Int, _ words: Int, _ id: String, _ position: Int = 0) -> CanonicalRank {
            CanonicalRank(mtScore: mt, step: 0.05, artifacts: artifacts, words: words, externalID: id, position: position)
        }
        #expect(rank(0.10, 9, 5, "z") < rank(0.30, 0, 50, "a"))
        #expect(rank(0.10, 1, 5, "z") < rank(0.12, 2, 50, "a"))
        #expect(rank(0.10, 1, 50, "z") < rank(0.11, 1, 5, "a"))
        #expect(rank(0.10, 1, 5, "a") < rank(0.10, 1, 5, "b"))
        #expect(rank(0.10, 1, 5, "a", 1) < rank(0.10, 1, 5, "a", 2))
    }
}
