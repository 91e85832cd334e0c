import Benchmark
import BenchmarkSupport
import Foundation
import Verbatim

/// Quote clustering on 100,000 and 1,000,000 renderings made by perturbing real quotes: each
/// utterance joins halves of two seed sentences and replaces half of its words from the
/// corpus vocabulary, and each rendering of it swaps neighbouring words, substitutes synonyms
/// and rewrites numbers. Measures time and memory; time at 1M should stay within 12 × the
/// time at 100k (near-linear growth).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(600), maxIterations: 1)

    for count in [100_000, 1_000_000] {
        Benchmark("cluster \(count) renderings", configuration: .init(maxIterations: 1)) { benchmark in
            let renderings = PerturbedQuotes.renderings(count: count)
            let clusterer = QuoteClusterer()
            benchmark.startMeasurement()
            let cpuStart = threadCPUSeconds()
            let clusters = try clusterer.cluster(renderings)
            let cpuSeconds = threadCPUSeconds() - cpuStart
            benchmark.stopMeasurement()
            blackHole(clusters)
            print("cluster \(count): \(clusters.count) clusters, \(String(format: "%.1f", cpuSeconds)) CPU-seconds")
        }
    }
}

/// Deterministic perturbed renderings of real quotes.
enum PerturbedQuotes {
    static let synonyms: [String: String] = [
        "said": "stated", "talks": "negotiations", "will": "shall", "big": "large", "difficult": "hard",
        "want": "wish", "security": "safety", "country": "nation", "people": "citizens", "week": "days",
        "decision": "choice", "agreement": "deal", "progress": "headway", "demands": "requests",
    ]

    /// Lower-case words of the seeds' and fixtures' quotes and sentences.
    static func baseQuotes() -> [[String]] {
        var texts: [String] = []
        let seeds = Repository.url("seeds")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).sorted() {
            if let text = try? String(contentsOf: seeds.appending(path: name), encoding: .utf8) {
                texts += text.split(whereSeparator: { $0 == "." || $0 == "\n" }).map(String.init)
            }
        }
        let words = texts.map { text in
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        }
        return words.filter { $0.count >= 6 }
    }

    static func renderings(count: Int) -> [Rendering] {
        var generator = SplitMix64(seed: 42)
        let bases = baseQuotes()
        let vocabulary = Array(Set(bases.flatMap { $0 })).sorted()
        let stopWords = StopWords.builtin(language: "en")
        var result: [Rendering] = []
        result.reserveCapacity(count)
        let renderingsPerUtterance = 5
        var utterance = 0
        while result.count < count {
            // A new utterance: the first half of one real sentence and the second half of
            // another, with half of its words replaced from the corpus vocabulary.
            let first = bases[Int(generator.next() % UInt64(bases.count))]
            let second = bases[Int(generator.next() % UInt64(bases.count))]
            var words = Array(first.prefix(first.count / 2)) + Array(second.suffix(second.count - second.count / 2))
            for index in words.indices where generator.next() % 2 == 0 {
                words[index] = vocabulary[Int(generator.next() % UInt64(vocabulary.count))]
            }
            let speaker = "speaker\(generator.next() % 5000)"
            for rendering in 0..<renderingsPerUtterance where result.count < count {
                var variant = words
                if rendering > 0 {
                    for index in variant.indices.dropLast() where generator.next() % 10 == 0 { variant.swapAt(index, index + 1) }
                    for index in variant.indices where generator.next() % 6 == 0 { variant[index] = synonyms[variant[index]] ?? variant[index] }
                    for index in variant.indices where variant[index].allSatisfy(\.isNumber) && variant[index].count > 3 {
                        variant[index] = String(variant[index].dropLast(3)) + "." + String(variant[index].suffix(3))
                    }
                }
                result.append(Rendering(reference: QuoteReference(document: utterance * renderingsPerUtterance + rendering, quote: 0),
                                        words: variant, speakerKey: speaker, stopWords: stopWords))
            }
            utterance += 1
        }
        return result
    }
}
