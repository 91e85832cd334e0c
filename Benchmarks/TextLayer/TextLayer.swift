import Benchmark
import BenchmarkSupport
import Foundation
import Verbatim

/// Decode + normalise + segment on a few MB of mixed-language wire copy (English seeds and
/// the German, French, Spanish, Italian, Russian, Ukrainian, Bulgarian, Polish, Dutch and CJK
/// language samples, one article each), measured in release mode: with each article's language
/// given, and with it identified from the text. Reports MB/s and MB/s per CPU-second (a
/// per-core figure even when other work shares the machine) as custom metrics.
let benchmarks: @Sendable () -> Void = {
    let corpus = MixedCorpus.load(targetBytes: 4_000_000)
    let megabytes = Double(corpus.totalBytes) / 1_000_000

    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, .custom("MB/s", polarity: .prefersLarger), .custom("MB/s per CPU-second", polarity: .prefersLarger)],
        maxDuration: .seconds(20), maxIterations: 10)

    // The issue's figure: decode + normalise + segment, with each article's language given
    // as feeds give it (JSON Lines `language`), so the segmenters of its locale are used.
    Benchmark("decode+normalise+segment, language given (\(String(format: "%.1f", megabytes)) MB mixed)") { benchmark in
        measure(benchmark, corpus: corpus, declaringLanguage: true)
    }

    // The whole text layer: the same with the language identified from the text.
    Benchmark("decode+normalise+identify+segment (\(String(format: "%.1f", megabytes)) MB mixed)") { benchmark in
        measure(benchmark, corpus: corpus, declaringLanguage: false)
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

/// Decodes and analyses every article of `corpus` and reports MB/s, wall clock and per
/// CPU-second.
func measure(_ benchmark: Benchmark, corpus: MixedCorpus.Loaded, declaringLanguage: Bool) {
    let megabytes = Double(corpus.totalBytes) / 1_000_000
    let analyzer = TextAnalyzer()
    let decoding = TextDecoding()
    benchmark.startMeasurement()
    let start = ContinuousClock.now
    let cpuStart = threadCPUSeconds()
    for (index, bytes) in corpus.articles.enumerated() {
        guard case .success(let (text, decision)) = decoding.decode(bytes, at: InputLocation(path: "bench"))
        else { continue }
        let language = declaringLanguage ? corpus.languages[index] : nil
        let article = Article(id: "a\(index)", text: text, language: language, decoding: decision)
        blackHole(try? analyzer.analyze(article))
    }
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    let cpuSeconds = threadCPUSeconds() - cpuStart
    benchmark.stopMeasurement()
    benchmark.measurement(.custom("MB/s", polarity: .prefersLarger), Int(megabytes / seconds))
    benchmark.measurement(.custom("MB/s per CPU-second", polarity: .prefersLarger), Int(megabytes / cpuSeconds))
}
