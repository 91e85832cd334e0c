/// Verification of a candidate pair of renderings, by a similarity that survives translation:
/// containment of content-word stems (one rendering is often a clause of a longer one) and the
/// share of the shorter rendering covered by word trigrams the two share, with the speaker as
/// a signal but not a requirement.
public struct RenderingSimilarity: Sendable {
    /// Weight of content-word containment (the rest goes to trigram coverage).
    public var containmentWeight = 0.5
    /// Added when both renderings have the same speaker; subtracted when they differ.
    public var speakerAdjustment = 0.1
    /// Content words two renderings must share at least.
    public var minimumSharedWords = 2

    public init() {}

    /// A score in [0, 1] (before the speaker adjustment).
    public func score(_ a: Rendering, _ b: Rendering) -> Double {
        let shared = a.content.intersection(b.content).count
        guard shared >= minimumSharedWords else { return 0 }
        let smaller = min(a.content.count, b.content.count)
        let containment = smaller > 0 ? Double(shared) / Double(smaller) : 0
        let coverage = Self.trigramCoverage(a.stems, b.stems)
        var score = containmentWeight * containment + (1 - containmentWeight) * coverage
        if let first = a.speakerKey, let second = b.speakerKey {
            score += first == second ? speakerAdjustment : -speakerAdjustment
        }
        return min(1, max(0, score))
    }

    /// The share of the shorter sequence's words that lie in a word trigram found in the other.
    static func trigramCoverage(_ a: [String], _ b: [String]) -> Double {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 3 else { return short == long ? 1 : 0 }
        var trigrams = Set<[String]>()
        if long.count >= 3 { for index in 0...(long.count - 3) { trigrams.insert(Array(long[index..<(index + 3)])) } }
        var covered = [Bool](repeating: false, count: short.count)
        for index in 0...(short.count - 3) where trigrams.contains(Array(short[index..<(index + 3)])) {
            covered[index] = true
            covered[index + 1] = true
            covered[index + 2] = true
        }
        return Double(covered.filter { $0 }.count) / Double(short.count)
    }
}

extension RenderingSimilarity {
    /// A rendering's comparison keys hashed once for many comparisons (the quote store
    /// verifies each new quote against many stored renderings): content stems, stems and word
    /// trigrams as stable 64-bit hashes. ``score(_:_:)-(Prepared,Prepared)`` gives the same
    /// score as ``score(_:_:)-(Rendering,Rendering)`` up to 64-bit hash collisions.
    public struct Prepared: Sendable {
        let content: Set<UInt64>
        let stems: [UInt64]
        /// Hashes of the word trigrams, in order.
        let trigrams: [UInt64]
        let trigramSet: Set<UInt64>
        public let speakerKey: String?
        /// Number of words.
        public var count: Int { stems.count }

        public init(_ rendering: Rendering) {
            content = Set(rendering.content.map { StableHash.hash($0) })
            stems = rendering.stems.map { StableHash.hash($0) }
            var trigrams: [UInt64] = []
            if stems.count >= 3 {
                trigrams.reserveCapacity(stems.count - 2)
                for index in 0...(stems.count - 3) {
                    trigrams.append(StableHash.mix64(stems[index] ^ StableHash.mix64(stems[index + 1] ^ StableHash.mix64(stems[index + 2]))))
                }
            }
            self.trigrams = trigrams
            trigramSet = Set(trigrams)
            speakerKey = rendering.speakerKey
        }
    }

    /// The score of ``score(_:_:)-(Rendering,Rendering)`` on prepared renderings.
    public func score(_ a: Prepared, _ b: Prepared) -> Double {
        let (smallSet, largeSet) = a.content.count <= b.content.count ? (a.content, b.content) : (b.content, a.content)
        var shared = 0
        for hash in smallSet where largeSet.contains(hash) { shared += 1 }
        guard shared >= minimumSharedWords else { return 0 }
        let smaller = smallSet.count
        let containment = smaller > 0 ? Double(shared) / Double(smaller) : 0
        let coverage = Self.trigramCoverage(a, b)
        var score = containmentWeight * containment + (1 - containmentWeight) * coverage
        if let first = a.speakerKey, let second = b.speakerKey {
            score += first == second ? speakerAdjustment : -speakerAdjustment
        }
        return min(1, max(0, score))
    }

    static func trigramCoverage(_ a: Prepared, _ b: Prepared) -> Double {
        let (short, long) = a.stems.count <= b.stems.count ? (a, b) : (b, a)
        guard short.stems.count >= 3 else { return short.stems == long.stems ? 1 : 0 }
        var covered = [Bool](repeating: false, count: short.stems.count)
        for (index, trigram) in short.trigrams.enumerated() where long.trigramSet.contains(trigram) {
            covered[index] = true
            covered[index + 1] = true
            covered[index + 2] = true
        }
        return Double(covered.filter { $0 }.count) / Double(short.stems.count)
    }
}
