import Foundation
import GRDB
import Testing

@testable import Verbatim

@Suite("Store: schema and migrations")
struct StoreSchemaTests {
    @Test("an empty store gets every migration")
    func fromEmpty() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let store = try QuoteStore(path: folder.appending(path: "q.sqlite").path)
        #expect(try store.appliedMigrations() == StoreSchema.migrations)
        let tables = try store.read { db in
            try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
        for table in ["articles", "revisions", "quotes", "clusters", "renderings", "speakers", "titles", "artifacts", "lsh_bands",
                      "lexicon_versions", "batches"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("a store of the previous schema (v1) migrates, keeping its data, and ingests")
    func fromPrevious() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let path = folder.appending(path: "old.sqlite").path
        do {
            let old = try QuoteStore(path: path, parameters: StoreParameters(), migrations: "v1")
            #expect(try old.appliedMigrations() == ["v1"])
            try old.pool.write { db in
                try db.execute(sql: "INSERT INTO batches (started_at, finished_at, articles) VALUES ('2022-01-10', '2022-01-10', 1)")
                try db.execute(sql: "INSERT INTO articles (external_id) VALUES ('old-1')")
                try db.execute(sql: """
                    INSERT INTO revisions (article_id, number, content_hash, batch_id, text, date, location, encoding, mt_score,
                                           artifact_count) VALUES (1, 1, 'abc', 1, 'Old text.', '2022-01-10', 'old.txt', 'UTF-8', 0, 0)
                    """)
                try db.execute(sql: "UPDATE articles SET current_revision = 1")
            }
            let columns = try old.read { db in try db.columns(in: "batches").map(\.name) }
            #expect(!columns.contains("lexicon_version"))
        }
        let store = try QuoteStore(path: path)
        #expect(try store.appliedMigrations() == ["v1", "v2"])
        #expect(try store.read { db in try db.columns(in: "batches").map(\.name) }.contains("lexicon_version"))
        #expect(try store.counts()["articles"] == 1)
        let result = try StoreFixtures.ingestor(store).ingest([StoreFixtures.seedsFolder])
        #expect(result.added == 5)
        #expect(try store.counts()["articles"] == 6)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM lexicon_versions") } == 1)
    }

    @Test("a store from a newer Verbatim, or with another banding, is refused with a store error")
    func refused() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let path = folder.appending(path: "q.sqlite").path
        let store = try QuoteStore(path: path)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        }
        #expect {
            try QuoteStore(path: path)
        } throws: { error in
            (error as? StoreError)?.kind == .schema && "\(error)".contains("newer")
        }

        let other = folder.appending(path: "other.sqlite").path
        _ = try QuoteStore(path: other)
        var parameters = StoreParameters()
        parameters.clustering.candidateThreshold = 0.4
        #expect {
            try QuoteStore(path: other, parameters: parameters)
        } throws: { error in
            (error as? StoreError)?.kind == .schema && "\(error)".contains("candidate_threshold")
        }
        #expect(throws: StoreError.self) { try QuoteStore(path: folder.appending(path: "no/such/folder/q.sqlite").path) }
    }

    @Test("store errors carry the file, the SQL and SQLite's reason")
    func errors() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let store = try QuoteStore(path: folder.appending(path: "q.sqlite").path)
        #expect {
            try store.read { db in try db.execute(sql: "SELECT x FROM nowhere") }
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.file == store.path && error.sql == "SELECT x FROM nowhere" && error.reason.contains("no such table")
        }
    }
}
