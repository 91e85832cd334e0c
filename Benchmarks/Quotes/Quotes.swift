import Benchmark
import BenchmarkSupport
import Foundation
import Verbatim

/// Quote extraction + speaker attribution throughput over a large set of articles (the seeds
/// and the six-language quote fixtures, repeated to a few MB), measured in release mode on
/// documents analysed beforehand, so the figure is the quote stage's own. Reports MB/s.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .custom("MB/s", polarity: .prefersLarger), .custom("MB/s per CPU-second", polarity: .prefersLarger)],
        maxDuration: .seconds(20), maxIterations: 10)

    let (documents, bytes) = QuoteCorpus.documents(targetBytes: 4_000_000)
    let megabytes = Double(bytes) / 1_000_000

    Benchmark("extract + attribute quotes (\(String(format: "%.1f", megabytes)) MB)") { benchmark in
        let stage = QuoteStage()
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        let cpuStart = threadCPUSeconds()
        for var document in documents {
            stage.apply(to: &document)
            blackHole(document.quotes)
        }
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let cpuSeconds = threadCPUSeconds() - cpuStart
        benchmark.stopMeasurement()
        benchmark.measurement(.custom("MB/s", polarity: .prefersLarger), Int(megabytes / seconds))
        benchmark.measurement(.custom("MB/s per CPU-second", polarity: .prefersLarger), Int(megabytes / cpuSeconds))
    }
}

enum QuoteCorpus {
    /// Analysed documents of about `targetBytes` of UTF-8 text.
    static func documents(targetBytes: Int) -> ([Document], Int) {
        var texts: [(String, String?)] = []
        let seeds = Repository.url("seeds")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).sorted() {
            if let text = try? String(contentsOf: seeds.appending(path: name), encoding: .utf8) { texts.append((text, "en")) }
        }
        let fixtures = Repository.url("Tests/VerbatimTests/Fixtures/Quotes")
        for language in ["en", "de", "fr", "ru", "es", "ja"] {
            guard let data = try? Data(contentsOf: fixtures.appending(path: "\(language).json")),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let cases = object["cases"] as? [[String: Any]]
            else { continue }
            for item in cases { if let text = item["text"] as? String { texts.append((text, language)) } }
        }
        precondition(!texts.isEmpty, "no benchmark input under \(Repository.root.path)")
        let analyzer = TextAnalyzer()
        var documents: [Document] = []
        var total = 0
        var index = 0
        while total < targetBytes {
            let (text, language) = texts[index % texts.count]
            if let document = try? analyzer.analyze(Article(id: "a\(index)", text: text, language: language)) {
                documents.append(document)
                total += text.utf8.count
            }
            index += 1
        }
        return (documents, total)
    }
}
