/// How a rendering differs from the canonical one at one place.
public enum DifferenceKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The same word stands elsewhere (word order).
    case moved = "word-order"
    /// Another word in the same place.
    case substitution
    /// A word the rendering has and the canonical one lacks.
    case insertion
    /// A word the canonical rendering has and this one lacks.
    case omission
    /// The same number written another way ("100.000" against "100,000").
    case numberFormat = "number-format"
    /// The same word spelt or transliterated another way ("Riabkov" against "Ryabkov").
    case spelling
    /// The same word with other typography (curly against straight apostrophe).
    case typography
}

/// One difference between a rendering (the witness) and the canonical rendering (the base),
/// with the original text ranges on both sides.
public struct RenderingDifference: Sendable, Hashable {
    public var kind: DifferenceKind
    /// Token indices in the base and witness documents.
    public var baseTokens: Range<Int>?
    public var witnessTokens: Range<Int>?
    public var baseRange: TextRange?
    public var witnessRange: TextRange?
    public var baseText: String
    public var witnessText: String
}

/// The alignment of a witness rendering against the base: for each base word, the witness
/// word aligned with it (or nil), and the differences found.
public struct RenderingAlignment: Sendable, Hashable {
    /// Pairs of word positions (relative to each rendering's first word); nil where a side has
    /// no word.
    public var pairs: [(base: Int?, witness: Int?)]
    public var differences: [RenderingDifference]

    public static func == (lhs: RenderingAlignment, rhs: RenderingAlignment) -> Bool {
        lhs.differences == rhs.differences && lhs.pairs.count == rhs.pairs.count
            && zip(lhs.pairs, rhs.pairs).allSatisfy { $0.base == $1.base && $0.witness == $1.witness }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(differences) }
}

/// The words of a rendering as alignment needs them: comparison keys and stems, the words as
/// written and their spans. Built from a rendering and its document, or from what the quote
/// store keeps (then the spans are code point offsets).
public struct AlignmentWords: Sendable, Hashable {
    public var keys: [String]
    public var stems: [String]
    /// The words as written in the original text.
    public var surface: [String]
    /// Per word: its span in the original text.
    public var ranges: [TextRange]
    /// Token index of the first word in its document.
    public var firstToken: Int

    public init(keys: [String], stems: [String], surface: [String], ranges: [TextRange], firstToken: Int) {
        self.keys = keys
        self.stems = stems
        self.surface = surface
        self.ranges = ranges
        self.firstToken = firstToken
    }

    /// The words of a rendering, read from its document.
    public init(_ rendering: Rendering, in document: Document) {
        ranges = rendering.tokens.map { document.tokens[$0].range }
        surface = ranges.map { document.text[$0] }
        keys = rendering.keys
        stems = rendering.stems
        firstToken = rendering.tokens.lowerBound
    }
}

/// Aligns two renderings word by word, as CollateX does for textual variants: words unique to
/// both renderings anchor the alignment, and the longest order-preserving chain of anchors
/// (longest increasing subsequence) fixes it; anchors off that chain are transpositions
/// (moved words). Between anchors, a longest common subsequence adds the repeated words;
/// what is left pairs up as substitutions — classified as number format, spelling or
/// transliteration, or a different word — or stands alone as an insertion or omission.
public struct RenderingAligner: Sendable {
    public init() {}

    public func align(base: Rendering, in baseDocument: Document, witness: Rendering, in witnessDocument: Document) -> RenderingAlignment {
        align(base: AlignmentWords(base, in: baseDocument), witness: AlignmentWords(witness, in: witnessDocument))
    }

    /// Aligns two renderings given by their words alone (as the quote store keeps them).
    public func align(base: AlignmentWords, witness: AlignmentWords) -> RenderingAlignment {
        let a = base.stems
        let b = witness.stems
        // 1. Anchors: stems that occur once in each rendering.
        var countA: [String: Int] = [:]
        var countB: [String: Int] = [:]
        for stem in a { countA[stem, default: 0] += 1 }
        for stem in b { countB[stem, default: 0] += 1 }
        var positionB: [String: Int] = [:]
        for (index, stem) in b.enumerated() where countB[stem] == 1 { positionB[stem] = index }
        var anchors: [(Int, Int)] = []
        for (index, stem) in a.enumerated() where countA[stem] == 1 {
            if let other = positionB[stem] { anchors.append((index, other)) }
        }
        // 2. The longest chain of anchors in order on both sides; the rest moved.
        let chain = Self.longestIncreasingChain(anchors)
        let inChain = Set(chain.map(\.0))
        let moved = anchors.filter { !inChain.contains($0.0) }
        var matchA = [Int?](repeating: nil, count: a.count)
        var matchB = [Int?](repeating: nil, count: b.count)
        for (i, j) in chain { matchA[i] = j; matchB[j] = i }
        // 3. Between chain anchors: longest common subsequence of stems.
        var boundaries = [(-1, -1)] + chain + [(a.count, b.count)]
        boundaries.sort { $0.0 < $1.0 }
        let movedA = Set(moved.map(\.0))
        let movedB = Set(moved.map(\.1))
        for (left, right) in zip(boundaries, boundaries.dropFirst()) {
            let rangeA = (left.0 + 1)..<right.0
            let rangeB = (left.1 + 1)..<right.1
            guard !rangeA.isEmpty, !rangeB.isEmpty else { continue }
            let freeA = rangeA.filter { !movedA.contains($0) }
            let freeB = rangeB.filter { !movedB.contains($0) }
            for (i, j) in Self.lcs(freeA.map { a[$0] }, freeB.map { b[$0] }) {
                matchA[freeA[i]] = freeB[j]
                matchB[freeB[j]] = freeA[i]
            }
        }
        // 4. Pairs and differences.
        var differences: [RenderingDifference] = []
        func difference(_ kind: DifferenceKind, _ i: Int?, _ j: Int?) {
            let baseToken = i.map { base.firstToken + $0 }
            let witnessToken = j.map { witness.firstToken + $0 }
            differences.append(RenderingDifference(
                kind: kind, baseTokens: baseToken.map { $0..<($0 + 1) }, witnessTokens: witnessToken.map { $0..<($0 + 1) },
                baseRange: i.map { base.ranges[$0] }, witnessRange: j.map { witness.ranges[$0] },
                baseText: i.map { base.surface[$0] } ?? "", witnessText: j.map { witness.surface[$0] } ?? ""))
        }
        for (i, j) in moved { difference(.moved, i, j) }
        var pairs: [(base: Int?, witness: Int?)] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, movedA.contains(i) { pairs.append((i, nil)); i += 1; continue }
            if j < b.count, movedB.contains(j) { pairs.append((nil, j)); j += 1; continue }
            if i < a.count, let other = matchA[i], other == j {
                let baseText = base.surface[i]
                let witnessText = witness.surface[j]
                // Typography: same word, other marks (a capital at a sentence start is no difference).
                if baseText != witnessText && baseText.lowercased() != witnessText.lowercased() {
                    difference(.typography, i, j)
                }
                pairs.append((i, j)); i += 1; j += 1
                continue
            }
            let baseFree = i < a.count && matchA[i] == nil
            let witnessFree = j < b.count && matchB[j] == nil
            if baseFree && witnessFree {
                difference(Self.substitutionKind(base.keys[i], witness.keys[j]), i, j)
                pairs.append((i, j)); i += 1; j += 1
            } else if baseFree {
                difference(.omission, i, nil)
                pairs.append((i, nil)); i += 1
            } else if witnessFree {
                difference(.insertion, nil, j)
                pairs.append((nil, j)); j += 1
            } else if i < a.count && (j >= b.count || (matchA[i] ?? 0) < j) {
                pairs.append((i, nil)); i += 1
            } else {
                pairs.append((nil, j)); j += 1
            }
        }
        return RenderingAlignment(pairs: pairs, differences: differences)
    }

    /// What kind of substitution two differing words make.
    static func substitutionKind(_ base: String, _ witness: String) -> DifferenceKind {
        let digitsA = base.unicodeScalars.filter { ("0"..."9").contains($0) }
        let digitsB = witness.unicodeScalars.filter { ("0"..."9").contains($0) }
        if !digitsA.isEmpty, String(String.UnicodeScalarView(digitsA)) == String(String.UnicodeScalarView(digitsB)) {
            return .numberFormat
        }
        if NameKey.key(base) == NameKey.key(witness) { return .spelling }
        let distance = Verbatim.editDistance(Array(base.utf8), Array(witness.utf8))
        if max(base.count, witness.count) >= 5 && distance * 5 <= max(base.count, witness.count) { return .spelling }
        return .substitution
    }

    /// The longest chain of pairs increasing in both coordinates (pairs come sorted by the first).
    static func longestIncreasingChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        guard !pairs.isEmpty else { return [] }
        var tails: [Int] = []  // index into pairs of the smallest tail of each length
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if pairs[tails[mid]].1 < pair.1 { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [(Int, Int)] = []
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            chain.append(pairs[cursor])
            cursor = previous[cursor]
        }
        return chain.reversed()
    }

    /// Longest common subsequence of two short sequences, as index pairs.
    static func lcs(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result: [(Int, Int)] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { result.append((i, j)); i += 1; j += 1 }
            else if table[i + 1][j] >= table[i][j + 1] { i += 1 } else { j += 1 }
        }
        return result
    }
}
