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
