import Foundation
import Testing

@testable import Verbatim

@Suite("N-grams: LSH banding index")
struct NGramLSHTests {
    @Test("Bandings for thresholds 0.3–0.9 match datasketch's optimisation (Python reference)")
    func bandingTable() throws {
        // Default weights: false positives 0.1, false negatives 0.9 (docs/ngrams.md).
        let expected: [(Double, Int, Int)] = [
            (0.3, 32, 2), (0.4, 42, 3), (0.5, 32, 4), (0.6, 25, 5), (0.7, 20, 6), (0.8, 14, 9), (0.9, 8, 16),
        ]
        for (threshold, bands, rows) in expected {
            let parameters = try LSHParameters.optimal(threshold: threshold)
            #expect(parameters.bands == bands && parameters.rows == rows, "threshold \(threshold): \(parameters)")
        }
        // datasketch's own default weights (0.5, 0.5).
        let even = try LSHParameters.optimal(threshold: 0.5, falsePositiveWeight: 0.5, falseNegativeWeight: 0.5)
        #expect(even.bands == 25 && even.rows == 5)
        #expect(throws: NGramError.self) { try LSHParameters.optimal(threshold: 1.2) }
    }

    @Test("Golden band keys (Python reference)")
    func goldenBandKeys() throws {
        let signature = try MinHasher().signature(of: NGramMinHashTests.quote)
        let index = try LSHIndex(parameters: LSHParameters(bands: 32, rows: 4))
        #expect(Array(index.bandKeysOf(signature).prefix(6)) == [0x2f2a_5bc3, 0x126e_5a60, 0xd60b_d186, 0xf1f6_7b1c, 0xbdb5_dbec, 0x3b03_b3b2])
        let odd = try LSHIndex(parameters: LSHParameters(bands: 42, rows: 3))
        #expect(Array(odd.bandKeysOf(signature).prefix(3)) == [0xbc69_3b15, 0x8c19_78c8, 0x2f4a_b51a])
    }

    @Test("Insert, query, remove")
    func insertQueryRemove() throws {
        let hasher = try MinHasher()
        var index = try LSHIndex(threshold: 0.5)
        var generator = SetPairGenerator(seed: 11)
        let (a, nearA) = generator.pair(size: 40, jaccard: 0.9)
        let b = ShingleSet(generator.hashes(40))
        try index.insert(hasher.signature(of: a), id: 10)
        try index.insert(hasher.signature(of: b), id: 20)
        try index.insert(hasher.signature(of: ShingleSet([])), id: 30)
        #expect(index.count == 3 && index.contains(id: 30))
        #expect(try index.query(hasher.signature(of: nearA)) == [10])
        #expect(try index.query(hasher.signature(of: b)) == [20])
        #expect(try index.query(hasher.signature(of: ShingleSet([]))) == [])
        #expect(throws: NGramError.duplicateID(10)) { try index.insert(hasher.signature(of: b), id: 10) }
        let removed = index.remove(id: 10)
        let removedAgain = index.remove(id: 10)
        #expect(removed && !removedAgain)
        #expect(try index.query(hasher.signature(of: a)) == [])
        // A freed entry is reused under a new id.
        try index.insert(hasher.signature(of: a), id: 40)
        #expect(try index.query(hasher.signature(of: nearA)) == [40])
        let removedEmpty = index.remove(id: 30)
        #expect(removedEmpty && index.count == 2)
        #expect(throws: NGramError.self) { try index.query(MinHasher(permutations: 64).signature(of: a)) }
    }

    @Test("Removal keeps every other entry findable (backward-shift deletion)")
    func removalChurn() throws {
        let hasher = try MinHasher(permutations: 32)
        var index = try LSHIndex(parameters: LSHParameters(bands: 8, rows: 4), permutations: 32)
        var generator = SetPairGenerator(seed: 3)
        let sets = (0..<600).map { _ in ShingleSet(generator.hashes(generator.integer(1...8))) }
        let signatures = sets.map { hasher.signature(of: $0) }
        // Duplicated sets make long runs of equal keys in the tables.
        for (id, signature) in signatures.enumerated() { try index.insert(signature, id: id) }
        for (id, signature) in signatures.enumerated() where id % 3 == 0 { try index.insert(signature, id: 1000 + id) }
        for id in stride(from: 0, to: 600, by: 2) {
            let removed = index.remove(id: id)
            #expect(removed)
        }
        for (id, signature) in signatures.enumerated() {
            let found = try index.query(signature)
            #expect(found.contains(id) == (id % 2 == 1), "id \(id)")
            if id % 3 == 0 { #expect(found.contains(1000 + id)) }
        }
    }

    /// Bounds on the share of pairs with Jaccard in [0, t − 0.1] that become candidates: the
    /// S-curve's average over that interval (docs/ngrams.md) plus a margin for sampling.
    static let falseCandidateBound: [Double: Double] = [0.3: 0.36, 0.5: 0.17, 0.7: 0.14, 0.9: 0.04]

    /// Pairs above the threshold must be found; pairs below it rarely, at most the S-curve's
    /// average over their similarities plus a margin.
    @Test("Recall ≥ 0.95 above the threshold; measured false-candidate rate below it",
          arguments: [0.3, 0.5, 0.7, 0.9])
    func recallAndFalseCandidates(threshold: Double) throws {
        let hasher = try MinHasher()
        var index = try LSHIndex(threshold: threshold)
        var generator = SetPairGenerator(seed: UInt64(threshold * 1000))
        let pairs = 800
        var above: [(Int, MinHashSignature, Double)] = []
        var below: [(Int, MinHashSignature, Double)] = []
        for id in 0..<pairs {
            let isAbove = id % 2 == 0
            // Exact similarity in [t, 1] for pairs above, in [0, t − 0.1) for pairs below
            // (small sets cannot hit every target, so draw again until the exact value fits).
            var (a, b, exact) = (ShingleSet([]), ShingleSet([]), -1.0)
            while isAbove ? exact < threshold : !(0..<(threshold - 0.1)).contains(exact) {
                let target = isAbove ? generator.uniform(threshold, 1) : generator.uniform(0, threshold - 0.1)
                (a, b) = generator.pair(size: generator.integer(10...80), jaccard: target)
                exact = a.jaccard(b)
            }
            try index.insert(hasher.signature(of: a), id: id)
            if isAbove { above.append((id, hasher.signature(of: b), exact)) }
            else { below.append((id, hasher.signature(of: b), exact)) }
        }
        var found = 0
        var unrelated = 0
        var expectedRecall = 0.0
        for (id, signature, exact) in above {
            expectedRecall += index.parameters.candidateProbability(similarity: exact) / Double(above.count)
            let candidates = try index.query(signature)
            if candidates.contains(id) { found += 1 }
            unrelated += candidates.filter { $0 != id }.count
        }
        let recall = Double(found) / Double(above.count)
        #expect(recall >= 0.95, "recall \(recall) at threshold \(threshold)")

        var falseCandidates = 0
        var expected = 0.0
        for (id, signature, exact) in below {
            let candidates = try index.query(signature)
            if candidates.contains(id) { falseCandidates += 1 }
            unrelated += candidates.filter { $0 != id }.count
            expected += index.parameters.candidateProbability(similarity: exact)
        }
        let rate = Double(falseCandidates) / Double(below.count)
        expected /= Double(below.count)
        #expect(rate <= expected + 0.06, "false-candidate rate \(rate), S-curve predicts \(expected)")
        #expect(rate <= Self.falseCandidateBound[threshold] ?? 0, "false-candidate rate \(rate) at threshold \(threshold)")
        print("threshold \(threshold) \(index.parameters): recall \(recall) (S-curve \(expectedRecall)), false-candidate rate \(rate) (S-curve \(expected))")
        // Unrelated random sets (Jaccard ≈ 0) are practically never candidates.
        #expect(Double(unrelated) / Double(pairs * pairs) < 0.001)
    }

    @Test("Memory per entry stays under 1 KB")
    func memory() throws {
        let hasher = try MinHasher()
        var index = try LSHIndex(threshold: 0.5)
        var generator = SetPairGenerator(seed: 1)
        let count = 5000
        for id in 0..<count { try index.insert(hasher.signature(of: ShingleSet(generator.hashes(5))), id: id) }
        let perEntry = Double(index.memoryFootprint) / Double(count)
        #expect(perEntry < 1024, "\(perEntry) bytes per entry")
    }
}
