import Foundation

/// What every benchmark suite needs: per-thread CPU time, the repository's files, and the mixed
/// corpus that the text-layer and n-gram suites share.

/// Seconds of CPU time this thread has used: rates per CPU-second are per-core figures even
/// when other work shares the machine.
public func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
}

/// The Verbatim repository the benchmarks read their input from (seeds, fixtures).
public enum Repository {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A folder or file below the root.
    public static func url(_ relative: String) -> URL { root.appending(path: relative) }
}

/// Articles for benchmarks, built from the repository's seeds and language samples, one
/// article per file, repeated up to a size.
public enum MixedCorpus {
    public struct Loaded: Sendable {
        public var articles: [[UInt8]]
        /// Each article's language: "en" for the seeds, the sample's from its file name.
        public var languages: [String]
        public var totalBytes: Int
    }

    public static func load(targetBytes: Int) -> Loaded {
        var sources: [[UInt8]] = []
        var sourceLanguages: [String] = []
        for folder in ["seeds", "Tests/VerbatimTests/Fixtures/Language"] {
            let url = Repository.url(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let data = FileManager.default.contents(atPath: url.appending(path: name).path) {
                    sources.append(Array(data))
                    sourceLanguages.append(folder == "seeds" ? "en" : String(name.prefix { $0 != "-" }))
                }
            }
        }
        precondition(!sources.isEmpty, "no benchmark input found under \(Repository.root.path)")
        var articles: [[UInt8]] = []
        var languages: [String] = []
        var total = 0
        var index = 0
        while total < targetBytes {
            let article = sources[index % sources.count]
            articles.append(article)
            languages.append(sourceLanguages[index % sources.count])
            total += article.count
            index += 1
        }
        return Loaded(articles: articles, languages: languages, totalBytes: total)
    }
}
