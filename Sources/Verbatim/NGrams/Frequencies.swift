import Foundation

/// Document frequencies of n-grams over a corpus: in how many documents each shingle hash
/// occurs. The basis of ``FrequencyFilter``, which drops n-grams too common to be evidence.
public struct DocumentFrequencies: Sendable {
    /// Documents added.
    public private(set) var documentCount = 0
    private var counts: [UInt64: UInt32] = [:]

    public init() {}

    /// Distinct n-grams seen.
    public var distinctCount: Int { counts.count }

    /// Adds one document's shingles (each counted once per document).
    public mutating func add(_ document: ShingleSet) {
        documentCount += 1
        for hash in document.hashes { counts[hash, default: 0] &+= 1 }
    }

    /// Adds the counts of another corpus (for counting in parallel and merging).
    public mutating func merge(_ other: DocumentFrequencies) {
        documentCount += other.documentCount
        counts.merge(other.counts, uniquingKeysWith: &+)
    }

    /// In how many documents an n-gram occurs.
    public func documentFrequency(of hash: UInt64) -> Int {
        Int(counts[hash] ?? 0)
    }

    /// In how many documents an n-gram, written out, occurs (e.g. "we will not" as a word
    /// 3-gram: its words joined by single spaces, normalised).
    public func documentFrequency(of text: String) -> Int {
        documentFrequency(of: StableHash.hash(text))
    }

    /// The n-grams that `filter` rejects: too common (or too rare) to be evidence.
    public func rejected(by filter: FrequencyFilter) -> Set<UInt64> {
        var result: Set<UInt64> = []
        for (hash, count) in counts where !filter.admits(documentFrequency: Int(count), documentCount: documentCount) {
            result.insert(hash)
        }
        return result
    }

    /// A document's shingles without those `filter` rejects.
    public func filtered(_ document: ShingleSet, by filter: FrequencyFilter) -> ShingleSet {
        document.removing { !filter.admits(documentFrequency: documentFrequency(of: $0), documentCount: documentCount) }
    }

    /// Every n-gram with its document frequency, most frequent first (ties by hash).
    public func sortedByFrequency() -> [(hash: UInt64, documents: Int)] {
        counts.map { (hash: $0.key, documents: Int($0.value)) }
            .sorted { $0.documents != $1.documents ? $0.documents > $1.documents : $0.hash < $1.hash }
    }
}

/// Bounds on the document frequency of an n-gram that counts as evidence (passim's `--max-df`):
/// an n-gram found in too many documents ("the prime minister said", boilerplate, datelines)
/// links texts that have nothing else in common.
public struct FrequencyFilter: Sendable, Hashable {
    /// Default ``maxDocumentFrequency`` (passim's default `max-df`).
    public static let defaultMaxDocumentFrequency = 100
    /// Default ``maxDocumentFraction``.
    public static let defaultMaxDocumentFraction = 0.05

    /// An n-gram in more documents than this is rejected.
    public var maxDocumentFrequency: Int
    /// An n-gram in more than this share of the documents is rejected (so the bound scales
    /// down for small corpora; 1 disables it).
    public var maxDocumentFraction: Double
    /// An n-gram in fewer documents than this is rejected (2 keeps only n-grams that can link
    /// two documents; 1, the default, keeps all).
    public var minDocumentFrequency: Int

    public init(maxDocumentFrequency: Int = defaultMaxDocumentFrequency,
                maxDocumentFraction: Double = defaultMaxDocumentFraction, minDocumentFrequency: Int = 1) {
        self.maxDocumentFrequency = maxDocumentFrequency
        self.maxDocumentFraction = maxDocumentFraction
        self.minDocumentFrequency = minDocumentFrequency
    }

    /// The largest admitted document frequency in a corpus of `documentCount` documents:
    /// min(maxDocumentFrequency, max(1, ⌊maxDocumentFraction × documentCount⌋)).
    public func maximum(documentCount: Int) -> Int {
        let fraction = Int((maxDocumentFraction * Double(documentCount)).rounded(.down))
        return min(maxDocumentFrequency, max(1, fraction))
    }

    /// Whether an n-gram with this document frequency counts as evidence.
    public func admits(documentFrequency: Int, documentCount: Int) -> Bool {
        documentFrequency >= minDocumentFrequency && documentFrequency <= maximum(documentCount: documentCount)
    }
}

/// Occurrence counts of n-grams in a (sub-)corpus, for comparing corpora with
/// ``LogLikelihood``.
public struct NGramCounts: Sendable {
    /// All occurrences counted.
    public private(set) var total = 0
    private var counts: [UInt64: Int] = [:]

    public init() {}

    /// Counts each occurrence (pass ``Shingler/hashes(in:tokens:)``, duplicates included).
    public mutating func add(_ hashes: [UInt64]) {
        total += hashes.count
        for hash in hashes { counts[hash, default: 0] += 1 }
    }

    /// Adds the counts of another corpus.
    public mutating func merge(_ other: NGramCounts) {
        total += other.total
        counts.merge(other.counts, uniquingKeysWith: +)
    }

    /// Occurrences of an n-gram.
    public func count(of hash: UInt64) -> Int { counts[hash] ?? 0 }

    /// Distinct n-grams seen.
    public var distinctCount: Int { counts.count }

    /// The n-grams whose frequency differs most between this corpus and `other`, by signed G²
    /// (positive: relatively more frequent here), strongest first, keeping those seen at least
    /// `minimumCount` times in both corpora together and with |G²| ≥ `minimumG2`
    /// (3.84: p < 0.05; 10.83: p < 0.001 for one degree of freedom).
    public func keyness(against other: NGramCounts, minimumCount: Int = 5, minimumG2: Double = 10.83) -> [Keyness] {
        var result: [Keyness] = []
        var seen = Set<UInt64>()
        for (hash, count) in counts {
            seen.insert(hash)
            let otherCount = other.count(of: hash)
            append(hash, count, otherCount)
        }
        for (hash, otherCount) in other.counts where !seen.contains(hash) { append(hash, 0, otherCount) }
        func append(_ hash: UInt64, _ count: Int, _ otherCount: Int) {
            guard count + otherCount >= minimumCount else { return }
            let g2 = LogLikelihood.signedG2(count: count, total: total, otherCount: otherCount, otherTotal: other.total)
            if abs(g2) >= minimumG2 { result.append(Keyness(hash: hash, count: count, otherCount: otherCount, g2: g2)) }
        }
        result.sort { abs($0.g2) != abs($1.g2) ? abs($0.g2) > abs($1.g2) : $0.hash < $1.hash }
        return result
    }
}

/// How an n-gram's frequency differs between two corpora.
public struct Keyness: Sendable, Hashable {
    public var hash: UInt64
    /// Occurrences in the first corpus.
    public var count: Int
    /// Occurrences in the second.
    public var otherCount: Int
    /// Signed G²: positive when relatively more frequent in the first corpus.
    public var g2: Double
}

/// Dunning's log-likelihood ratio (G²) for a 2 × 2 contingency table (Dunning 1993,
/// "Accurate methods for the statistics of surprise and coincidence").
///
/// For an n-gram seen `a` times among `A` n-grams of corpus 1 and `b` times among `B` of
/// corpus 2, the table is [[a, b], [A − a, B − b]] and
/// G² = 2 Σᵢⱼ kᵢⱼ ln(kᵢⱼ N / (Rᵢ Cⱼ)), with 0 ln 0 = 0, N the sum of the table, Rᵢ and Cⱼ its
/// row and column sums. Under independence G² follows χ² with one degree of freedom.
public enum LogLikelihood {
    /// G² of a 2 × 2 table `[[k11, k12], [k21, k22]]` (counts ≥ 0).
    public static func g2(_ k11: Int, _ k12: Int, _ k21: Int, _ k22: Int) -> Double {
        let cells = [k11, k12, k21, k22].map { Double(max(0, $0)) }
        let n = cells.reduce(0, +)
        guard n > 0 else { return 0 }
        let rows = [cells[0] + cells[1], cells[2] + cells[3]]
        let columns = [cells[0] + cells[2], cells[1] + cells[3]]
        var sum = 0.0
        for row in 0..<2 {
            for column in 0..<2 {
                let k = cells[row * 2 + column]
                if k > 0 { sum += k * log(k * n / (rows[row] * columns[column])) }
            }
        }
        return max(0, 2 * sum)
    }

    /// G² of an n-gram seen `count` times among `total` in corpus 1 and `otherCount` times
    /// among `otherTotal` in corpus 2.
    public static func g2(count: Int, total: Int, otherCount: Int, otherTotal: Int) -> Double {
        g2(count, otherCount, total - count, otherTotal - otherCount)
    }

    /// G² with the sign of the difference: positive when the n-gram is relatively more
    /// frequent in corpus 1 (count / total > otherCount / otherTotal).
    public static func signedG2(count: Int, total: Int, otherCount: Int, otherTotal: Int) -> Double {
        let value = g2(count: count, total: total, otherCount: otherCount, otherTotal: otherTotal)
        let here = total > 0 ? Double(count) / Double(total) : 0
        let there = otherTotal > 0 ? Double(otherCount) / Double(otherTotal) : 0
        return here >= there ? value : -value
    }
}
