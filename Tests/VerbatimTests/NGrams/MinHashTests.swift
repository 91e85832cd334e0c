import Foundation
import Testing

@testable import Verbatim

@Suite("N-grams: MinHash")
struct NGramMinHashTests {
    /// The word 3-grams of "we will not back down", hashed.
    static let quote = ShingleSet(strings: ["we will not", "will not back", "not back down"])

    @Test("Golden signatures (Python reference): the same in every process")
    func golden() throws {
        let signature = try MinHasher().signature(of: Self.quote)
        #expect(signature.permutations == 128)
        #expect(signature.setSize == 3)
        #expect(Array(signature.values.prefix(8)) == [
            0x1fdb_39dd, 0x8660_01a3, 0x61ea_088b, 0x483c_3803, 0x411e_14e3, 0x54ac_5ba0, 0x00ab_9285, 0x52f6_a11d,
        ])
        #expect(Array(signature.values.suffix(4)) == [0x8224_230a, 0x0e09_da2c, 0x5367_80ba, 0x4219_ec42])
        #expect(signature.values.reduce(0) { $0 + Int($1) } == 135_211_202_609)
        let small = try MinHasher(permutations: 8, seed: 42).signature(of: Self.quote)
        #expect(small.values == [0x1136_a4be, 0x6b4a_e5d1, 0x40da_4987, 0x3d31_98e4, 0x6651_773a, 0x2ee3_f48c, 0x206b_a930, 0x7aef_5a5a])
    }

    @Test("Order and duplicates of the input do not matter")
    func orderIndependent() throws {
        let hasher = try MinHasher()
        let hashes = Self.quote.hashes
        #expect(hasher.signature(of: hashes.reversed() + hashes) == hasher.signature(of: Self.quote))
    }

    @Test("Estimates stay within 3/√k of the exact Jaccard for 99% of generated pairs")
    func estimateError() throws {
        let k = 128
        let hasher = try MinHasher(permutations: k)
        var generator = SetPairGenerator(seed: 2024)
        let pairs = 600
        var within = 0
        var withinTight = 0
        var totalError = 0.0
        for _ in 0..<pairs {
            // Quote-sized to short-article-sized sets, Jaccard anywhere in [0, 1].
            let (a, b) = generator.pair(size: generator.integer(3...120), jaccard: generator.uniform(0, 1))
            let exact = a.jaccard(b)
            let error = abs(hasher.signature(of: a).estimatedJaccard(hasher.signature(of: b)) - exact)
            totalError += error
            if error <= 3 / Double(k).squareRoot() { within += 1 }
            // The binomial standard error √(J(1−J)/k): 2.58σ (+ one slot) covers 99%.
            if error <= 2.58 * (exact * (1 - exact) / Double(k)).squareRoot() + 1 / Double(k) { withinTight += 1 }
        }
        #expect(Double(within) / Double(pairs) >= 0.99)
        #expect(Double(withinTight) / Double(pairs) >= 0.97)
        // Mean absolute error of a binomial estimate: about 0.8 σ ≤ 0.8 · 0.5/√k ≈ 0.035.
        #expect(totalError / Double(pairs) <= 0.04)
    }

    @Test("Estimates on shingled generated sentences")
    func estimateOnText() throws {
        let analyzer = TextAnalyzer()
        let shingler = try Shingler(.words(2))
        let hasher = try MinHasher()
        var generator = SetPairGenerator(seed: 99)
        var worst = 0.0
        for _ in 0..<40 {
            let words = generator.sentence(words: generator.integer(10...60)).split(separator: " ").map(String.init)
            // The second text keeps a prefix and rewrites the rest.
            let kept = generator.integer(3...words.count)
            let other = words.prefix(kept).joined(separator: " ") + " " + generator.sentence(words: words.count - kept)
            let a = try shingler.shingleSet(of: words.joined(separator: " "), analyzer: analyzer, language: "en")
            let b = try shingler.shingleSet(of: other, analyzer: analyzer, language: "en")
            let error = abs(hasher.signature(of: a).estimatedJaccard(hasher.signature(of: b)) - a.jaccard(b))
            worst = max(worst, error)
        }
        #expect(worst <= 3 / 128.0.squareRoot())
    }

    @Test("Containment estimate from signatures and set sizes")
    func containmentEstimate() throws {
        let hasher = try MinHasher(permutations: 256)
        var generator = SetPairGenerator(seed: 5)
        // A 20-shingle clause inside a 100-shingle article: J = 0.2, containment 1.
        let clause = generator.hashes(20)
        let article = ShingleSet(clause + generator.hashes(80))
        let estimate = hasher.signature(of: clause).estimatedContainment(in: hasher.signature(of: article))
        #expect(ShingleSet(clause).containment(in: article) == 1)
        #expect(estimate >= 0.75)
        #expect(hasher.signature(of: article).estimatedContainment(in: hasher.signature(of: clause)) <= 0.35)
    }

    @Test("Empty sets estimate 0; bad parameters are refused")
    func edgeCases() throws {
        let hasher = try MinHasher()
        let empty = hasher.signature(of: ShingleSet([]))
        #expect(empty.isEmpty)
        #expect(empty.estimatedJaccard(empty) == 0)
        #expect(hasher.signature(of: Self.quote).estimatedJaccard(hasher.signature(of: Self.quote)) == 1)
        #expect(throws: NGramError.self) { try MinHasher(permutations: 0) }
        let other = try MinHasher(permutations: 64).signature(of: Self.quote)
        #expect(hasher.signature(of: Self.quote).estimatedJaccard(other) == 0)
    }
}
