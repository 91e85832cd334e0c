import Benchmark
import BenchmarkSupport
import Foundation
import Verbatim

/// The whole `scan` — text layer, quotes, artifacts per article, then clusters, speakers and
/// cross-article evidence — on 1,000 articles (the seeds repeated with their ids varied),
/// release mode. Reports articles per second on one core.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .custom("articles/s", polarity: .prefersLarger), .custom("articles per CPU-second", polarity: .prefersLarger)],
        maxDuration: .seconds(120), maxIterations: 3)

    let articles = SeedArticles.load(count: 1_000)
    Benchmark("scan \(articles.count) articles") { benchmark in
        let pipeline = try ScanPipeline()
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        let cpuStart = threadCPUSeconds()
        let documents = try articles.map { try pipeline.process($0) }
        let report = try pipeline.report(for: documents)
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let cpuSeconds = threadCPUSeconds() - cpuStart
        benchmark.stopMeasurement()
        blackHole(report)
        benchmark.measurement(.custom("articles/s", polarity: .prefersLarger), Int(Double(articles.count) / seconds))
        benchmark.measurement(.custom("articles per CPU-second", polarity: .prefersLarger), Int(Double(articles.count) / cpuSeconds))
    }
}

enum SeedArticles {
    static func load(count: Int) -> [Article] {
        let (seeds, _) = ArticleReader().readAll([Repository.url("seeds").path])
        precondition(!seeds.isEmpty, "no seeds under \(Repository.root.path)")
        return (0..<count).map { index in
            var article = seeds[index % seeds.count]
            article.id = "\(article.id)-\(index)"
            return article
        }
    }
}
