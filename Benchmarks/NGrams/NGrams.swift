import Benchmark
import BenchmarkSupport
import Foundation
import Verbatim

/// The n-gram module in release mode, on one core:
/// - quote signatures: word 3-gram shingles of quote-sized token ranges (3–80 words) of the
///   seed articles and language samples, plus a MinHash-128 signature each;
/// - signatures alone, from precomputed shingle sets;
/// - LSH inserts into an index growing to 1M entries, and queries against 1M entries, with
///   the index's bytes per entry (counted from its storage) and the resident memory it added.
/// Reference (datasketch, Python, measured on this machine): about 5,000 MinHash-128
/// signatures/s, 15,000 LSH inserts/s, 39,000 queries/s.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        maxDuration: .seconds(30), maxIterations: 5)

    Benchmark("quote signatures: shingle (words 3) + MinHash-128",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal] + rates("signatures"))) { benchmark in
        let quotes = QuoteCorpus.shared
        let shingler = try Shingler(.words(3))
        let hasher = try MinHasher()
        var stopwatch = Stopwatch()
        benchmark.startMeasurement()
        stopwatch.start()
        for quote in quotes.quotes {
            let document = quotes.documents[quote.document]
            blackHole(hasher.signature(of: shingler.shingleSet(in: document, tokens: quote.tokens)))
        }
        stopwatch.stop()
        benchmark.stopMeasurement()
        stopwatch.report(benchmark, "signatures", count: quotes.quotes.count)
    }

    Benchmark("quote signatures: MinHash-128 of precomputed shingle sets",
              configuration: .init(metrics: [.wallClock] + rates("signatures"))) { benchmark in
        let quotes = QuoteCorpus.shared
        let shingler = try Shingler(.words(3))
        let hasher = try MinHasher()
        let sets = quotes.quotes.map { shingler.shingleSet(in: quotes.documents[$0.document], tokens: $0.tokens) }
        var stopwatch = Stopwatch()
        benchmark.startMeasurement()
        stopwatch.start()
        for set in sets { blackHole(hasher.signature(of: set)) }
        stopwatch.stop()
        benchmark.stopMeasurement()
        stopwatch.report(benchmark, "signatures", count: sets.count)
    }

    Benchmark("LSH insert: 1M quote signatures (threshold 0.5, 32×4)",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident] + rates("inserts") + [
                  .custom("index bytes/entry", polarity: .prefersSmaller),
                  .custom("RSS bytes/entry", polarity: .prefersSmaller),
              ], maxIterations: 2)) { benchmark in
        let hasher = try MinHasher()
        var index = try LSHIndex(threshold: 0.5)
        let residentBefore = ResidentMemory.bytes()
        var stopwatch = Stopwatch()
        benchmark.startMeasurement()
        for batch in 0..<(SyntheticQuotes.entries / SyntheticQuotes.batch) {
            // Signatures are made outside the timed part, a batch at a time.
            let first = batch * SyntheticQuotes.batch
            let signatures = (first..<(first + SyntheticQuotes.batch)).map { hasher.signature(of: SyntheticQuotes.set($0)) }
            stopwatch.start()
            for (offset, signature) in signatures.enumerated() { try index.insert(signature, id: first + offset) }
            stopwatch.stop()
        }
        benchmark.stopMeasurement()
        let residentAfter = ResidentMemory.bytes()
        stopwatch.report(benchmark, "inserts", count: SyntheticQuotes.entries)
        benchmark.measurement(.custom("index bytes/entry", polarity: .prefersSmaller), index.memoryFootprint / SyntheticQuotes.entries)
        benchmark.measurement(.custom("RSS bytes/entry", polarity: .prefersSmaller),
                              max(0, residentAfter - residentBefore) / SyntheticQuotes.entries)
        blackHole(index)
    }

    Benchmark("LSH query: 100k queries against 1M entries (half near-duplicates)",
              configuration: .init(metrics: [.wallClock] + rates("queries") + [
                  .custom("candidates/query ×1000", polarity: .prefersSmaller),
              ], maxIterations: 3)) { benchmark in
        let (index, hasher) = try SyntheticQuotes.index()
        let queries = (0..<100_000).map { query in
            // Even queries: a variant of an indexed quote (2 of 20 shingles changed, J ≈ 0.82);
            // odd ones: a quote that is not in the index.
            hasher.signature(of: query % 2 == 0 ? SyntheticQuotes.variant(query * 7) : SyntheticQuotes.set(SyntheticQuotes.entries + query))
        }
        var candidates = 0
        var stopwatch = Stopwatch()
        benchmark.startMeasurement()
        stopwatch.start()
        for query in queries { candidates += try index.query(query).count }
        stopwatch.stop()
        benchmark.stopMeasurement()
        stopwatch.report(benchmark, "queries", count: queries.count)
        benchmark.measurement(.custom("candidates/query ×1000", polarity: .prefersSmaller), candidates * 1000 / queries.count)
    }
}

/// The custom rate metrics of a benchmark: per second of wall-clock time and of CPU time.
func rates(_ name: String) -> [BenchmarkMetric] {
    [.custom("\(name)/s (wall)", polarity: .prefersLarger), .custom("\(name)/s (CPU)", polarity: .prefersLarger)]
}

/// Quote-sized token ranges (3–80 words, about 25 on average) of analysed articles.
final class QuoteCorpus: Sendable {
    struct Quote: Sendable {
        var document: Int
        var tokens: Range<Int>
    }

    let documents: [Document]
    let quotes: [Quote]

    static let shared = QuoteCorpus(count: 50_000)

    init(count: Int) {
        let analyzer = TextAnalyzer()
        var documents: [Document] = []
        for (index, bytes) in MixedCorpus.load(targetBytes: 400_000).articles.enumerated() {
            if let document = try? analyzer.analyze(Article(id: "a\(index)", text: String(decoding: bytes, as: UTF8.self))),
               document.tokens.count >= 10
            {
                documents.append(document)
            }
        }
        precondition(!documents.isEmpty, "no benchmark articles")
        var random = SplitMix64(seed: 2024)
        var quotes: [Quote] = []
        while quotes.count < count {
            let document = Int(random.next() % UInt64(documents.count))
            let tokens = documents[document].tokens.count
            // Lengths 3–80, skewed short like real quotes: the smaller of two uniform draws.
            let length = min(tokens, 3 + Int(min(random.next() % 78, random.next() % 78)))
            let start = Int(random.next() % UInt64(tokens - length + 1))
            quotes.append(Quote(document: document, tokens: start..<(start + length)))
        }
        self.documents = documents
        self.quotes = quotes
    }

    var averageLength: Double { Double(quotes.reduce(0) { $0 + $1.tokens.count }) / Double(quotes.count) }
}

/// Synthetic quote shingle sets for the index benchmarks: set i is 20 hashes from
/// splitmix64 seeded with mix64(i) (a 22-word quote's word 3-grams).
enum SyntheticQuotes {
    static let entries = 1_000_000
    static let batch = 10_000
    static let size = 20

    /// Distinct splitmix64 streams per quote: seeding with mix64(i) starts each stream at an
    /// unrelated point of the generator's cycle (seeds i and i + 1 would share 19 outputs).
    static func set(_ index: Int) -> ShingleSet {
        var random = SplitMix64(seed: StableHash.mix64(UInt64(index)))
        return ShingleSet((0..<size).map { _ in random.next() })
    }

    /// Set `index` with 2 of its 20 hashes replaced (Jaccard 18/22 ≈ 0.82 with the original).
    static func variant(_ index: Int) -> ShingleSet {
        var random = SplitMix64(seed: StableHash.mix64(UInt64(index)))
        var hashes = (0..<size).map { _ in random.next() }
        hashes[0] = ~hashes[0]
        hashes[1] = ~hashes[1]
        return ShingleSet(hashes)
    }

    static func index() throws -> (LSHIndex, MinHasher) {
        let hasher = try MinHasher()
        var index = try LSHIndex(threshold: 0.5)
        index.reserveCapacity(entries)
        for id in 0..<entries { try index.insert(hasher.signature(of: set(id)), id: id) }
        return (index, hasher)
    }
}

/// Wall-clock and thread CPU time of a stretch of work. The CPU time is what one core spent,
/// the fair "per core" figure on a machine shared with other jobs; wall time is reported too.
struct Stopwatch {
    private var wallStart = ContinuousClock.now
    private var cpuStart = threadCPUSeconds()
    var wall: Double = 0
    var cpu: Double = 0

    mutating func start() {
        wallStart = ContinuousClock.now
        cpuStart = threadCPUSeconds()
    }

    mutating func stop() {
        wall += (ContinuousClock.now - wallStart) / .seconds(1)
        cpu += threadCPUSeconds() - cpuStart
    }

    /// Reports `count / time` as "NAME/s (wall)" and "NAME/s (CPU)".
    func report(_ benchmark: Benchmark, _ name: String, count: Int) {
        benchmark.measurement(.custom("\(name)/s (wall)", polarity: .prefersLarger), Int(Double(count) / wall))
        benchmark.measurement(.custom("\(name)/s (CPU)", polarity: .prefersLarger), Int(Double(count) / cpu))
    }
}

/// Resident memory of this process, from /proc/self/statm (Linux; 0 elsewhere).
enum ResidentMemory {
    static func bytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
