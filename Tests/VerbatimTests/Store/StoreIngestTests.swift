import Foundation
import GRDB
import Testing

@testable import Verbatim

@Suite("Store: ingest")
struct StoreIngestTests {
    @Test("ingesting the same articles twice changes nothing")
    func idempotent() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let store = try QuoteStore(path: folder.appending(path: "q.sqlite").path)
        let ingestor = try StoreFixtures.ingestor(store)
        let first = try ingestor.ingest([StoreFixtures.seedsFolder])
        #expect(first.added == 5 && first.rejected == 0)
        let counts = try store.counts()
        let facts = try StoreFixtures.clusterFacts(store)
        let table = try store.quoteTable()

        let second = try ingestor.ingest([StoreFixtures.seedsFolder])
        #expect(second.added == 0 && second.revised == 0 && second.unchanged == 5)
        var after = try store.counts()
        #expect(after["batches"] == counts["batches"])  // nothing left to write: no transaction at all
        after["batches"] = counts["batches"]
        #expect(after == counts)
        #expect(try StoreFixtures.clusterFacts(store) == facts)
        #expect(try store.quoteTable().clusters == table.clusters)

        // A fresh process on the same file (empty caches) agrees.
        let reopened = try QuoteStore(path: store.path)
        let third = try StoreFixtures.ingestor(reopened).ingest(articles: StoreFixtures.seeds())
        #expect(third.unchanged == 5)
        #expect(try reopened.counts()["revisions"] == 5)
    }

    @Test("the seeds one by one give the same clusters and canonical quotes as one batch")
    func oneByOne() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let batch = try QuoteStore(path: folder.appending(path: "batch.sqlite").path)
        try StoreFixtures.ingestor(batch).ingest([StoreFixtures.seedsFolder])
        let single = try QuoteStore(path: folder.appending(path: "single.sqlite").path)
        for article in StoreFixtures.seeds() {
            // A new ingestor (and store connection) per article: as separate runs would.
            let store = try QuoteStore(path: single.path)
            try StoreFixtures.ingestor(store, batchSize: 1).ingest(articles: [article])
        }
        let facts = try StoreFixtures.clusterFacts(batch)
        #expect(facts.count >= 10)
        #expect(try StoreFixtures.clusterFacts(single) == facts)
        let canonical = { (store: QuoteStore) in try Set(store.quoteTable().clusters.map { "\($0.canonical)|\($0.speaker ?? "")" }) }
        #expect(try canonical(single) == canonical(batch))
        // Renderings of one utterance across articles meet in one cluster.
        let multi = try batch.quoteTable(QuoteQuery(minRenderings: 2)).clusters
        #expect(multi.count >= 3)
        #expect(multi.allSatisfy { Set($0.sources).count == $0.renderings })
    }

    @Test("a changed text under the same id is a new revision; its old quotes leave their clusters")
    func revisions() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let store = try QuoteStore(path: folder.appending(path: "q.sqlite").path)
        let ingestor = try StoreFixtures.ingestor(store)
        let seeds = StoreFixtures.seeds()
        try ingestor.ingest(articles: seeds)
        let before = try store.counts()
        var changed = seeds[0]
        changed = Article(id: changed.id, text: changed.text.string + "\nUpdated at 12:00.\n")
        let result = try ingestor.ingest(articles: [changed])
        #expect(result.revised == 1 && result.added == 0)
        let after = try store.counts()
        #expect(after["articles"] == before["articles"])
        #expect(after["revisions"] == (before["revisions"] ?? 0) + 1)
        // Old quotes stay as history, but only the current revision's are renderings.
        #expect(after["quotes"]! > before["quotes"]!)
        #expect(after["renderings"] == before["renderings"])
        let stale = try store.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM renderings r JOIN quotes q ON q.id = r.quote_id JOIN revisions v ON v.id = q.revision_id
                JOIN articles a ON a.id = v.article_id WHERE a.current_revision != v.id
                """)
        }
        #expect(stale == 0)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM clusters WHERE renderings = 0") } == 0)
        let sum = try store.read { db in try Int.fetchOne(db, sql: "SELECT SUM(renderings) FROM clusters") }
        #expect(sum == after["renderings"])
        // The same new text again: nothing.
        #expect(try ingestor.ingest(articles: [changed]).unchanged == 1)
    }

    @Test("bad inputs are rejected with file and line; the rest is stored")
    func rejected() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let input = folder.appending(path: "in.jsonl")
        let good = StoreFixtures.corpus(count: 3)
        var lines = try good.map { String(decoding: try JSONSerialization.data(withJSONObject: ["id": $0.id, "text": $0.text]), as: UTF8.self) }
        lines.insert("{not json", at: 1)
        lines.insert(#"{"id": "x"}"#, at: 3)
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let store = try QuoteStore(path: folder.appending(path: "q.sqlite").path)
        var rejections: [IngestRejection] = []
        let result = try StoreFixtures.ingestor(store).ingest([input.path, folder.appending(path: "missing.txt").path],
                                                             rejected: { rejections.append($0) })
        #expect(result.added == 3 && result.rejected == 3)
        #expect(rejections.map(\.location.line) == [2, 4, nil])
        #expect(rejections[0].description.hasPrefix("\(input.path):2: not a JSON object"))
        #expect(rejections[1].reason.contains("\"text\""))
        #expect(try store.counts()["articles"] == 3)
    }

    @Test("readers query while an ingest runs (WAL)")
    func readersDuringIngest() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        let path = folder.appending(path: "q.sqlite").path
        let writerStore = try QuoteStore(path: path)
        let readerStore = try QuoteStore(path: path)
        let articles = StoreFixtures.corpus(count: 60).map { Article(id: $0.id, text: $0.text) }
        let ingestor = try StoreFixtures.ingestor(writerStore, batchSize: 5, workers: 1)
        let writer = Task.detached { try ingestor.ingest(articles: articles) }
        var seen: [Int] = []
        var reads = 0
        while true {
            let done = try writerStore.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM batches") ?? 0 } >= 12
            let table = try readerStore.quoteTable()
            #expect(table.clusters.allSatisfy { !$0.members.isEmpty })
            seen.append(try readerStore.counts()["articles"] ?? 0)
            reads += 1
            if done { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        let result = try await writer.value
        #expect(result.added == 60)
        #expect(reads > 1)
        #expect(seen == seen.sorted())
    }

    @Test("stored words round-trip, separators in text included")
    func storedWords() {
        let words = StoredWords(keys: ["we", "need", "a\u{1F}b"], surface: ["We", "need", "ab"],
                                ranges: [TextRange(0, 2), TextRange(3, 7), TextRange(8, 10)],
                                content: ["need", "ab"], speakerKey: "ryabkov", firstToken: 12)
        let decoded = StoredWords(encoded: words.encoded)
        #expect(decoded?.surface == words.surface)
        #expect(decoded?.keys == ["we", "need", "a\u{FFFD}b"])
        #expect(decoded?.ranges == words.ranges)
        #expect(decoded?.speakerKey == "ryabkov")
        #expect(decoded?.firstToken == 12)
        #expect(StoredWords(encoded: "garbage") == nil)
    }

    @Test("quotes: filters by speaker, source, date and renderings; json has the report's cluster fields")
    func queries() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let store = try QuoteStore(path: folder.appending(path: "q.sqlite").path)
        try StoreFixtures.ingestor(store).ingest([StoreFixtures.seedsFolder])
        let all = try store.quoteTable()
        let sherman = try store.quoteTable(QuoteQuery(speaker: "Sherman"))
        #expect(!sherman.clusters.isEmpty && sherman.clusters.count < all.clusters.count)
        #expect(sherman.clusters.allSatisfy { $0.speaker == "Wendy Sherman" })
        #expect(try store.quoteTable(QuoteQuery(speaker: "Шерман")).clusters.count == sherman.clusters.count)
        #expect(try store.quoteTable(QuoteQuery(since: "2999-01-01")).clusters.isEmpty)
        #expect(try store.quoteTable(QuoteQuery(source: "nowhere")).clusters.isEmpty)
        #expect(try store.quoteTable(QuoteQuery(minRenderings: 2)).clusters.allSatisfy { $0.renderings >= 2 })
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(all)) as? [String: Any]
        let first = (json?["clusters"] as? [[String: Any]])?.first
        for field in ["id", "canonical", "speaker", "members"] { #expect(first?[field] != nil) }
        #expect(all.csv().hasPrefix("id,renderings,speaker"))
        #expect(all.markdown().contains("| id | renderings |"))

        let multi = try #require(try store.quoteTable(QuoteQuery(minRenderings: 2)).clusters.first)
        let detail = try store.clusterDetail(multi.id)
        #expect(detail.renderings.count == multi.renderings)
        #expect(detail.renderings.filter(\.is_canonical).count == 1)
        #expect(detail.renderings.allSatisfy { !$0.aligned.isEmpty })
        #expect(detail.text().contains("canonical │"))
        #expect(throws: StoreError.self) { try store.clusterDetail("c999999") }
        #expect(throws: StoreError.self) { try store.clusterDetail("zzz") }
    }
}
