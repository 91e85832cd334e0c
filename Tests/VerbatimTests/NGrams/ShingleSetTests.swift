import Testing

@testable import Verbatim

@Suite("N-grams: exact Jaccard and containment")
struct NGramSetTests {
    @Test("Sets are sorted and deduplicated")
    func sorting() {
        let set = ShingleSet([5, 3, 5, 1, 3])
        #expect(set.hashes == [1, 3, 5])
        #expect(set.contains(3) && !set.contains(4))
    }

    @Test("Containment of a clause in a longer rendering is exact")
    func containment() {
        // A quote and a longer rendering of which it is a clause: word 3-grams written out.
        let quote = ShingleSet(strings: ["we will not", "will not back", "not back down"])
        let longer = ShingleSet(strings: [
            "he said we", "said we will", "we will not", "will not back", "not back down", "back down and",
        ])
        #expect(quote.containment(in: longer) == 1)
        #expect(longer.containment(in: quote) == 0.5)
        #expect(quote.jaccard(longer) == 0.5)
        #expect(quote.intersectionCount(with: longer) == 3)
        // Two of three shingles shared.
        let variant = ShingleSet(strings: ["we will not", "will not back", "not back off"])
        #expect(abs(variant.containment(in: quote) - 2.0 / 3) < 1e-12)
        #expect(variant.jaccard(quote) == 0.5)
    }

    @Test("Empty sets are evidence of nothing")
    func empty() {
        let empty = ShingleSet([])
        let some = ShingleSet([1, 2])
        #expect(empty.jaccard(empty) == 0)
        #expect(empty.containment(in: some) == 0)
        #expect(some.containment(in: empty) == 0)
        #expect(some.jaccard(some) == 1)
    }

    @Test("Exact measures agree with Set arithmetic on generated sets")
    func generated() {
        var generator = SetPairGenerator(seed: 7)
        for _ in 0..<200 {
            let pool = generator.hashes(40)
            let a = (0..<generator.integer(1...30)).map { _ in pool[generator.integer(0...39)] }
            let b = (0..<generator.integer(1...30)).map { _ in pool[generator.integer(0...39)] }
            let (setA, setB) = (Set(a), Set(b))
            let common = Double(setA.intersection(setB).count)
            #expect(ShingleSet(a).jaccard(ShingleSet(b)) == common / Double(setA.union(setB).count))
            #expect(ShingleSet(a).containment(in: ShingleSet(b)) == common / Double(setA.count))
        }
    }
}
