import Benchmark
import BenchmarkSupport
import Foundation
import Verbatim

/// Lexicon matching with every shipped lexicon loaded, on a few MB of English wire copy (the
/// seeds and the lexicon test fixtures, repeated), in release mode. The documents are analysed
/// before the measurement starts, so the figure is the matcher's alone. Reports MB/s per core
/// (from the thread's CPU time, which a busy machine disturbs less than the wall clock) as a
/// custom metric; the target is at least 20 MB/s.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, .custom("MB/s", polarity: .prefersLarger)],
        maxDuration: .seconds(20), maxIterations: 10)

    let corpus = EnglishCorpus.load(targetBytes: 4_000_000)
    let megabytes = Double(corpus.totalBytes) / 1_000_000
    let set: LexiconSet
    do {
        set = try LexiconSet.builtin()
    } catch {
        fatalError("built-in lexicons do not load: \(error)")
    }
    let matcher = LexiconMatcher(set)

    Benchmark("lexicon matching (\(String(format: "%.1f", megabytes)) MB English, \(set.entries.count) entries)") {
        benchmark in
        var count = 0
        benchmark.startMeasurement()
        let start = ThreadTime.seconds
        for document in corpus.documents { count += matcher.matches(in: document).count }
        let seconds = ThreadTime.seconds - start
        benchmark.stopMeasurement()
        blackHole(count)
        benchmark.measurement(.custom("MB/s", polarity: .prefersLarger), Int(megabytes / seconds))
    }

    Benchmark(
        "lexicon load + compile (\(LexiconSource.builtin.count) built-in files)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxIterations: 20)
    ) { benchmark in
        let sources = LexiconSource.builtin
        benchmark.startMeasurement()
        let loaded = try LexiconSet.parse(sources)
        let compiled = LexiconMatcher(loaded)
        benchmark.stopMeasurement()
        blackHole(compiled.stateCount)
    }

    Benchmark(
        "lexicon load only (\(LexiconSource.builtin.count) built-in files)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxIterations: 20)
    ) { benchmark in
        let sources = LexiconSource.builtin
        benchmark.startMeasurement()
        blackHole(try LexiconSet.parse(sources).entries.count)
        benchmark.stopMeasurement()
    }
}

/// English articles for the benchmark, analysed up front.
enum EnglishCorpus {
    struct Loaded {
        var documents: [Document]
        var totalBytes: Int
    }

    static func load(targetBytes: Int) -> Loaded {
        var sources: [String] = []
        for folder in ["seeds", "Tests/VerbatimTests/Fixtures/Lexicons"] {
            let url = Repository.url(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let text = try? String(contentsOf: url.appending(path: name), encoding: .utf8) {
                    // Fixture expectation lines are not copy.
                    sources.append(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n"))
                }
            }
        }
        precondition(!sources.isEmpty, "no benchmark input found under \(Repository.root.path)")
        let analyzer = TextAnalyzer()
        let analysed = sources.enumerated().map { index, text in
            try! analyzer.analyze(Article(id: "a\(index)", text: text, language: "en"))
        }
        var documents: [Document] = []
        var total = 0
        var index = 0
        while total < targetBytes {
            let document = analysed[index % analysed.count]
            documents.append(document)
            total += document.article.text.string.utf8.count
            index += 1
        }
        return Loaded(documents: documents, totalBytes: total)
    }
}

/// CPU time of the calling thread.
enum ThreadTime {
    static var seconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
