import Foundation

@testable import Verbatim

/// Temporary stores, the seed articles and generated corpora for the store tests.
enum StoreFixtures {
    /// A fresh folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "verbatim-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static var seedsFolder: String { Fixtures.repository.appending(path: "seeds").path }

    /// The seed articles, sorted by file name.
    static func seeds() -> [Article] {
        ArticleReader().readAll([seedsFolder]).articles
    }

    /// An ingestor with the built-in lexicons.
    static func ingestor(_ store: QuoteStore, batchSize: Int = 500, workers: Int = 2) throws -> StoreIngestor {
        try StoreIngestor(store: store, lexicons: LexiconSet.builtin(), options: IngestOptions(batchSize: batchSize, workers: workers))
    }

    /// Clusters as comparable facts: canonical wording, speaker and the renderings as
    /// (article id, quote position), independent of the store's numbering.
    static func clusterFacts(_ store: QuoteStore) throws -> Set<String> {
        try store.read { db in
            let rows = try String.fetchAll(db, sql: """
                SELECT c.canonical_text || ' | ' || IFNULL(s.name, '-') || ' | ' ||
                       (SELECT GROUP_CONCAT(x, ' ') FROM (SELECT a.external_id || '#' || q.position AS x
                        FROM renderings r JOIN quotes q ON q.id = r.quote_id JOIN revisions v ON v.id = q.revision_id
                        JOIN articles a ON a.id = v.article_id WHERE r.cluster_id = c.id ORDER BY x))
                FROM clusters c LEFT JOIN speakers s ON s.id = c.speaker_id
                """)
            return Set(rows)
        }
    }

    /// A deterministic corpus of `count` wire-copy-like articles built from the seeds, in the
    /// manner of `shared/bench/make_corpus.py`: each takes paragraphs of one seed in a new order
    /// and varies the quotation marks, so the same quotes recur across articles.
    static func corpus(count: Int, seed: UInt64 = 7, prefix: String = "g") -> [(id: String, text: String)] {
        var random = SplitMix64(seed: seed)
        let stories = seeds().map { article in
            article.text.string.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let marks: [(String, String)] = [("“", "”"), ("\"", "\""), ("«", "»"), ("„", "“")]
        return (0..<count).map { number in
            let story = stories[Int(random.next() % UInt64(stories.count))]
            var paragraphs = Array(story.dropFirst())
            for index in paragraphs.indices.reversed() {
                paragraphs.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            let (open, close) = marks[Int(random.next() % UInt64(marks.count))]
            let body = paragraphs.prefix(4).map { paragraph in
                paragraph.replacingOccurrences(of: "“", with: open).replacingOccurrences(of: "”", with: close)
            }
            let id = prefix + String(format: "%06d", number)
            return (id, ([story[0]] + body).joined(separator: "\n\n") + "\n\nReport \(id).\n")
        }
    }

    /// Writes articles as JSON Lines.
    static func writeJSONLines(_ articles: [(id: String, text: String)], to url: URL) throws {
        var out = Data()
        for article in articles {
            out += try JSONSerialization.data(withJSONObject: ["id": article.id, "text": article.text, "source": "wire"])
            out += Data("\n".utf8)
        }
        try out.write(to: url)
    }
}
