@testable import Verbatim

/// Deterministic inputs for the n-gram property tests: every generator is seeded, so a run
/// sees the same sets every time and a failure reproduces.
struct SetPairGenerator {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A uniform double in [lower, upper).
    mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * Double(random.next() >> 11) / Double(1 << 53)
    }

    /// A uniform integer in `range`.
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    /// `count` fresh random hashes (distinct with overwhelming probability).
    mutating func hashes(_ count: Int) -> [UInt64] {
        (0..<count).map { _ in random.next() }
    }

    /// Two sets of `size` hashes each whose exact Jaccard similarity is as close to `jaccard`
    /// as sets of that size allow: they share c = round(2·size·J / (1 + J)) hashes.
    mutating func pair(size: Int, jaccard: Double) -> (ShingleSet, ShingleSet) {
        let common = min(size, Int((2 * Double(size) * jaccard / (1 + jaccard)).rounded()))
        let shared = hashes(common)
        return (ShingleSet(shared + hashes(size - common)), ShingleSet(shared + hashes(size - common)))
    }

    /// A sentence of `count` words drawn from a synthetic vocabulary (a few syllables each).
    mutating func sentence(words count: Int) -> String {
        let syllables = ["ka", "lo", "mi", "ren", "tos", "va", "ber", "sun", "di", "ol", "pra", "zen", "ut", "gar"]
        return (0..<count).map { _ in
            (0..<integer(1...3)).map { _ in syllables[integer(0...(syllables.count - 1))] }.joined()
        }.joined(separator: " ")
    }
}
