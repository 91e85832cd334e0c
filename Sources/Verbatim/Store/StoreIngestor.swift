import Dispatch
import Foundation

/// How an ingest runs, each setting with its default.
public struct IngestOptions: Sendable {
    /// Articles per transaction: a killed ingest loses at most the batch it was writing.
    public var batchSize = 500
    /// Threads that run the per-article stages (one ``ScanPipeline`` each).
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)

    public init(batchSize: Int = 500, workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)) {
        self.batchSize = max(1, batchSize)
        self.workers = max(1, workers)
    }
}

/// An article the ingest could not take, with where it came from and why.
public struct IngestRejection: Sendable, CustomStringConvertible, Hashable {
    public var location: InputLocation
    public var reason: String

    public init(location: InputLocation, reason: String) {
        self.location = location
        self.reason = reason
    }

    public init(_ error: InputError) {
        self.init(location: error.location, reason: String(error.description.dropFirst(error.location.description.count + 2)))
    }

    public var description: String { "\(location): \(reason)" }
}

/// Counts of an ingest so far; ``IngestSummary`` at the end.
public struct IngestProgress: Sendable, Hashable {
    /// Articles read so far, rejected ones included.
    public var read = 0
    /// The number of articles the inputs hold, when it can be known beforehand.
    public var expected: Int?
    public var added = 0
    public var revised = 0
    public var unchanged = 0
    public var rejected = 0
    public var quotes = 0
    public var newClusters = 0
    public var joined = 0
    public var batches = 0
    public var seconds = 0.0

    public init(expected: Int? = nil) {
        self.expected = expected
    }

    public var articlesPerSecond: Double { seconds > 0 ? Double(read) / seconds : 0 }

    /// Seconds left at the current rate, when the total is known.
    public var secondsLeft: Double? {
        guard let expected, articlesPerSecond > 0 else { return nil }
        return Double(max(0, expected - read)) / articlesPerSecond
    }

    mutating func add(_ outcome: BatchOutcome) {
        added += outcome.added
        revised += outcome.revised
        unchanged += outcome.unchanged
        quotes += outcome.quotes
        newClusters += outcome.newClusters
        joined += outcome.joined
        batches += 1
    }

    /// One line for a log: counts, rate and time left.
    public var line: String {
        var text = "\(Self.grouped(read))"
        if let expected { text += "/\(Self.grouped(expected))" }
        text += " articles · \(Self.grouped(Int(articlesPerSecond.rounded()))) articles/s"
        if let left = secondsLeft { text += " · ETA \(Self.clock(left))" }
        text += " · \(Self.grouped(added + revised)) stored, \(Self.grouped(unchanged)) unchanged"
        if rejected > 0 { text += ", \(Self.grouped(rejected)) rejected" }
        return text
    }

    /// A progress bar of `width` cells followed by ``line``, for a terminal.
    public func bar(width: Int = 28) -> String {
        guard let expected, expected > 0 else { return line }
        let done = min(width, width * read / expected)
        return "[" + String(repeating: "█", count: done) + String(repeating: "░", count: width - done) + "] " + line
    }

    /// The closing summary.
    public var summary: String {
        var text = "ingested \(Self.grouped(read)) articles in \(String(format: "%.1f", seconds)) s "
            + "(\(Self.grouped(Int(articlesPerSecond.rounded()))) articles/s): \(Self.grouped(added)) new, "
            + "\(Self.grouped(revised)) revised, \(Self.grouped(unchanged)) unchanged, \(Self.grouped(rejected)) rejected; "
        text += "\(Self.grouped(quotes)) quotes, \(Self.grouped(newClusters)) new clusters, \(Self.grouped(joined)) renderings joined"
        return text
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}

/// Reads articles, runs the per-article stages on several threads, and writes them to a
/// ``QuoteStore`` in batches, one transaction each. Articles already stored with the same text
/// are skipped before any work is done on them, so re-running an interrupted ingest only does
/// what is left.
public final class StoreIngestor {
    public let store: QuoteStore
    public let options: IngestOptions
    let lexicon: LexiconVersion
    let processors: [ArticleProcessor]

    public init(store: QuoteStore, lexicons: LexiconSet, options: IngestOptions = IngestOptions()) throws {
        self.store = store
        self.options = options
        lexicon = LexiconVersion(lexicons)
        processors = try (0..<options.workers).map { _ in
            try ArticleProcessor(lexicons: lexicons, parameters: store.parameters.clustering)
        }
    }

    /// Ingests every article of `paths` (files, folders, JSON Lines, `-`). Rejected inputs go to
    /// `rejected` with their location and reason; `progress` hears after each batch.
    ///
    /// Batches flow through a two-stage pipeline: while one batch is written (one transaction,
    /// on a writer thread), the next is read and processed on the worker threads.
    @discardableResult
    public func ingest(_ paths: [String], reader: ArticleReader = ArticleReader(),
                       rejected: (IngestRejection) -> Void = { _ in },
                       progress: (IngestProgress) -> Void = { _ in }) throws(StoreError) -> IngestProgress {
        let pipeline = WritePipeline(store: store, lexicon: lexicon, expected: Self.expectedArticles(paths))
        var batch: [Article] = []
        func flush() {
            guard !batch.isEmpty, !pipeline.failed else { return }
            let articles = batch
            batch.removeAll(keepingCapacity: true)
            do {
                let prepared = try prepare(articles, rejected: rejected)
                pipeline.update { $0.unchanged += prepared.skipped; $0.rejected += prepared.rejected }
                pipeline.submit(prepared.processed)
            } catch {
                pipeline.fail(error)
            }
            progress(pipeline.snapshot())
        }
        reader.read(paths) { result in
            guard !pipeline.failed else { return }
            pipeline.update { $0.read += 1 }
            switch result {
            case .success(let article):
                batch.append(article)
                if batch.count >= options.batchSize { flush() }
            case .failure(let error):
                pipeline.update { $0.rejected += 1 }
                rejected(IngestRejection(error))
            }
        }
        flush()
        let result = try pipeline.finish()
        progress(result)
        return result
    }

    /// Ingests articles given in memory, in batches.
    @discardableResult
    public func ingest(articles: [Article], rejected: (IngestRejection) -> Void = { _ in }) throws(StoreError) -> IngestProgress {
        var state = IngestProgress(expected: articles.count)
        let clock = ContinuousClock.now
        var start = 0
        while start < articles.count {
            let batch = Array(articles[start..<min(articles.count, start + options.batchSize)])
            state.read += batch.count
            try ingestBatch(batch, into: &state, rejected: rejected)
            start += batch.count
        }
        state.seconds = (ContinuousClock.now - clock) / .seconds(1)
        return state
    }

    func ingestBatch(_ articles: [Article], into state: inout IngestProgress,
                     rejected: (IngestRejection) -> Void) throws(StoreError) {
        let prepared = try prepare(articles, rejected: rejected)
        state.unchanged += prepared.skipped
        state.rejected += prepared.rejected
        guard !prepared.processed.isEmpty else { return }
        state.add(try store.write(prepared.processed, lexicon: lexicon))
    }

    /// Skips what is stored already (the write re-checks inside its transaction) and runs the
    /// per-article stages over the rest.
    func prepare(_ articles: [Article], rejected: (IngestRejection) -> Void) throws(StoreError)
        -> (processed: [ProcessedArticle], skipped: Int, rejected: Int)
    {
        let hashes = articles.map { ProcessedArticle.contentHash(of: $0.text.string) }
        let stored = try store.currentHashes(of: articles.map(\.id))
        var todo: [Int] = []
        var seen = Set<String>()
        var skipped = 0
        for index in articles.indices {
            let key = articles[index].id + "\u{1F}" + hashes[index]
            if stored[articles[index].id] == hashes[index] || !seen.insert(key).inserted {
                skipped += 1
            } else {
                todo.append(index)
            }
        }
        let results = process(todo.map { (articles[$0], hashes[$0]) })
        var processed: [ProcessedArticle] = []
        var failures = 0
        for (index, result) in zip(todo, results) {
            switch result {
            case .success(let article): processed.append(article)
            case .failure(let error):
                failures += 1
                rejected(IngestRejection(location: articles[index].location, reason: "article \(articles[index].id): \(error)"))
            }
        }
        return (processed, skipped, failures)
    }

    /// Runs the per-article stages over `items` on the worker threads, results in input order.
    func process(_ items: [(Article, String)]) -> [Result<ProcessedArticle, ICUError>] {
        guard !items.isEmpty else { return [] }
        let work = ProcessingWork(items: items, processors: processors)
        let threads = min(processors.count, items.count)
        if threads == 1 {
            work.run(worker: 0)
        } else {
            DispatchQueue.concurrentPerform(iterations: threads) { worker in work.run(worker: worker) }
        }
        return work.results.map { $0! }
    }

    /// An estimate of how many articles `paths` hold: lines of JSON Lines files, plain-text
    /// files; nil when standard input is among them.
    public static func expectedArticles(_ paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { total += 1; continue }
            for file in isFolder.boolValue ? ArticleReader.files(inFolder: path) : [path] {
                let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
                guard ArticleReader.jsonLinesExtensions.contains(ext) else { total += 1; continue }
                guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .mappedIfSafe) else { total += 1; continue }
                total += data.withUnsafeBytes { bytes in
                    var lines = 0
                    var blank = true
                    for byte in bytes {
                        if byte == 0x0A {
                            if !blank { lines += 1 }
                            blank = true
                        } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                            blank = false
                        }
                    }
                    return lines + (blank ? 0 : 1)
                }
            }
        }
        return total
    }
}

/// The shared state of one parallel run: items handed out by a locked counter, each worker
/// using its own processor, each result written to its own slot.
private final class ProcessingWork: @unchecked Sendable {
    let items: [(Article, String)]
    let processors: [ArticleProcessor]
    var results: [Result<ProcessedArticle, ICUError>?]
    private var next = 0
    private let lock = NSLock()

    init(items: [(Article, String)], processors: [ArticleProcessor]) {
        self.items = items
        self.processors = processors
        results = Array(repeating: nil, count: items.count)
    }

    func run(worker: Int) {
        let processor = processors[worker]
        while true {
            lock.lock()
            let index = next
            next += 1
            lock.unlock()
            guard index < items.count else { return }
            let (article, hash) = items[index]
            let result: Result<ProcessedArticle, ICUError>
            do {
                result = .success(try processor.process(article, contentHash: hash))
            } catch {
                result = .failure(error)
            }
            lock.lock()
            results[index] = result
            lock.unlock()
        }
    }
}

/// The writer stage of an ingest: batches are written one at a time on a serial queue, at most
/// one waiting, while the caller prepares the next; counts are shared under a lock.
private final class WritePipeline: @unchecked Sendable {
    private let store: QuoteStore
    private let lexicon: LexiconVersion
    private let queue = DispatchQueue(label: "verbatim.store.writer")
    private let slots = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var state: IngestProgress
    private var failure: StoreError?
    private let start = ContinuousClock.now

    init(store: QuoteStore, lexicon: LexiconVersion, expected: Int?) {
        self.store = store
        self.lexicon = lexicon
        state = IngestProgress(expected: expected)
    }

    var failed: Bool { lock.withLock { failure != nil } }

    func update(_ body: (inout IngestProgress) -> Void) {
        lock.withLock { body(&state) }
    }

    func fail(_ error: StoreError) {
        lock.withLock { if failure == nil { failure = error } }
    }

    func snapshot() -> IngestProgress {
        lock.withLock {
            state.seconds = (ContinuousClock.now - start) / .seconds(1)
            return state
        }
    }

    /// Queues a batch for writing; waits while another is already waiting.
    func submit(_ batch: [ProcessedArticle]) {
        guard !batch.isEmpty else { return }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard !failed else { return }
            do {
                let outcome = try store.write(batch, lexicon: lexicon)
                update { $0.add(outcome) }
            } catch {
                fail(StoreError.wrapping(error, file: store.path))
            }
        }
    }

    /// Waits for the writes in flight; the final counts, or the first store error.
    func finish() throws(StoreError) -> IngestProgress {
        queue.sync {}
        if let failure = lock.withLock({ failure }) { throw failure }
        return snapshot()
    }
}
