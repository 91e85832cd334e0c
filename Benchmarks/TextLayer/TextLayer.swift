import Benchmark
import Foundation
import Verbatim

/// Decode + normalise + segment on a few MB of mixed-language wire copy (English seeds and
/// the German, French, Spanish, Italian, Russian, Ukrainian, Bulgarian, Polish, Dutch and CJK
/// language samples), measured in release mode. Reports MB/s on one core as a custom metric.
let benchmarks: @Sendable () -> Void = {
    let corpus = MixedCorpus.load(targetBytes: 4_000_000)
    let megabytes = Double(corpus.totalBytes) / 1_000_000

    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, .custom("MB/s", polarity: .prefersLarger), .custom("MB/s per CPU-second", polarity: .prefersLarger)],
        maxDuration: .seconds(20), maxIterations: 10)

    Benchmark("decode+normalise+segment (\(String(format: "%.1f", megabytes)) MB mixed)") { benchmark in
        let analyzer = TextAnalyzer()
        let decoding = TextDecoding()
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        let cpuStart = threadCPUSeconds()
        for (index, bytes) in corpus.articles.enumerated() {
            guard case .success(let (text, decision)) = decoding.decode(bytes, at: InputLocation(path: "bench"))
            else { continue }
            let article = Article(id: "a\(index)", text: text, decoding: decision)
            blackHole(try analyzer.analyze(article))
        }
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let cpuSeconds = threadCPUSeconds() - cpuStart
        benchmark.stopMeasurement()
        benchmark.measurement(.custom("MB/s", polarity: .prefersLarger), Int(megabytes / seconds))
        benchmark.measurement(.custom("MB/s per CPU-second", polarity: .prefersLarger), Int(megabytes / cpuSeconds))
    }

    Benchmark("normalise only (\(String(format: "%.1f", megabytes)) MB mixed)") { benchmark in
        let normalizer = TextNormalizer()
        let texts = corpus.articles.map { SourceText(String(decoding: $0, as: UTF8.self)) }
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        let cpuStart = threadCPUSeconds()
        for text in texts { blackHole(normalizer.normalize(text)) }
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let cpuSeconds = threadCPUSeconds() - cpuStart
        benchmark.stopMeasurement()
        benchmark.measurement(.custom("MB/s", polarity: .prefersLarger), Int(megabytes / seconds))
        benchmark.measurement(.custom("MB/s per CPU-second", polarity: .prefersLarger), Int(megabytes / cpuSeconds))
    }
}

/// Articles for benchmarks, built from the repository's seeds and language samples.
enum MixedCorpus {
    struct Loaded {
        var articles: [[UInt8]]
        var totalBytes: Int
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func load(targetBytes: Int) -> Loaded {
        let folders = ["seeds", "Tests/VerbatimTests/Fixtures/Language"]
        var sources: [[UInt8]] = []
        for folder in folders {
            let url = repository.appending(path: folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let data = FileManager.default.contents(atPath: url.appending(path: name).path) {
                    sources.append(Array(data))
                }
            }
        }
        precondition(!sources.isEmpty, "no benchmark input found under \(repository.path)")
        var articles: [[UInt8]] = []
        var total = 0
        var index = 0
        while total < targetBytes {
            let article = sources[index % sources.count]
            articles.append(article)
            total += article.count
            index += 1
        }
        return Loaded(articles: articles, totalBytes: total)
    }
}

/// Seconds of CPU time this thread has used: rates per CPU-second are per-core figures even
/// when other work shares the machine.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
}
