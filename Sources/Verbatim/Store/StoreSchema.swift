import GRDB

/// The quote store's schema, built by GRDB's `DatabaseMigrator`: each migration runs once, in
/// order, and is recorded in the `grdb_migrations` table. Never edit a released migration; add
/// the next one to ``migrations``.
///
/// | table | one row per | key facts |
/// |---|---|---|
/// | `batches` | ingest transaction | start, end, articles written, lexicon version (v2) |
/// | `articles` | article id | `external_id` (unique), `current_revision` |
/// | `revisions` | text of an article | `content_hash`, `number`, text and metadata, MT score |
/// | `speakers` | person (name key) | fullest name, canonical title |
/// | `titles` | title written with a person in a revision | speaker, revision, offsets |
/// | `quotes` | quote of a revision | offsets, text, kind, speaker |
/// | `clusters` | utterance | canonical quote and text, speaker, anchor, count |
/// | `renderings` | quote in a cluster | comparison keys, differences from the canonical (JSON) |
/// | `lsh_bands` | (band key, cluster) | the persisted LSH index |
/// | `artifacts` | artifact of a revision | offsets, category, rule, suggestion |
/// | `lexicon_versions` (v2) | lexicon set used | hash, description |
public enum StoreSchema {
    /// The migrations in order; the last one is the current schema.
    public static let migrations = ["v1", "v2"]

    /// The migrator with every migration, or up to and including `last`.
    static func migrator(upTo last: String? = nil) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        if last == "v1" { return migrator }
        migrator.registerMigration("v2", migrate: v2)
        return migrator
    }

    /// The first schema: articles with revisions, quotes, clusters, renderings, the LSH bands,
    /// speakers, titles and artifacts.
    static func v1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE batches (
                id INTEGER PRIMARY KEY,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                articles INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                external_id TEXT NOT NULL UNIQUE,
                current_revision INTEGER
            );
            CREATE TABLE revisions (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id),
                number INTEGER NOT NULL,
                content_hash TEXT NOT NULL,
                batch_id INTEGER NOT NULL REFERENCES batches(id),
                text TEXT NOT NULL,
                headline TEXT,
                source TEXT,
                language TEXT,
                declared_language TEXT,
                translated_from TEXT,
                published TEXT,
                date TEXT NOT NULL,
                location TEXT NOT NULL,
                encoding TEXT NOT NULL,
                mt_score REAL NOT NULL,
                source_language TEXT,
                artifact_count INTEGER NOT NULL,
                UNIQUE (article_id, number)
            );
            CREATE INDEX revisions_by_source ON revisions(source);
            CREATE INDEX revisions_by_date ON revisions(date);
            CREATE TABLE speakers (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                canonical_title TEXT,
                canonical_title_score REAL
            );
            CREATE INDEX speakers_by_name ON speakers(name COLLATE NOCASE);
            CREATE TABLE titles (
                id INTEGER PRIMARY KEY,
                speaker_id INTEGER NOT NULL REFERENCES speakers(id),
                revision_id INTEGER NOT NULL REFERENCES revisions(id),
                title TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL
            );
            CREATE INDEX titles_by_speaker ON titles(speaker_id);
            CREATE INDEX titles_by_revision ON titles(revision_id);
            CREATE TABLE quotes (
                id INTEGER PRIMARY KEY,
                revision_id INTEGER NOT NULL REFERENCES revisions(id),
                position INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                kind TEXT NOT NULL,
                context TEXT NOT NULL,
                paragraph INTEGER NOT NULL,
                continues INTEGER,
                speaker_id INTEGER REFERENCES speakers(id),
                speaker_name TEXT,
                speaker_title TEXT,
                attribution TEXT,
                word_count INTEGER NOT NULL,
                UNIQUE (revision_id, position)
            );
            CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
            CREATE TABLE clusters (
                id INTEGER PRIMARY KEY,
                canonical_quote INTEGER NOT NULL REFERENCES quotes(id),
                canonical_text TEXT NOT NULL,
                reason TEXT NOT NULL,
                speaker_id INTEGER REFERENCES speakers(id),
                speaker_quote INTEGER REFERENCES quotes(id),
                anchor_quote INTEGER NOT NULL REFERENCES quotes(id),
                renderings INTEGER NOT NULL,
                created_batch INTEGER NOT NULL REFERENCES batches(id),
                updated_batch INTEGER NOT NULL REFERENCES batches(id)
            );
            CREATE INDEX clusters_by_speaker ON clusters(speaker_id);
            CREATE INDEX clusters_by_renderings ON clusters(renderings);
            CREATE TABLE renderings (
                quote_id INTEGER PRIMARY KEY REFERENCES quotes(id),
                cluster_id INTEGER NOT NULL REFERENCES clusters(id),
                words TEXT NOT NULL,
                differences TEXT
            );
            CREATE INDEX renderings_by_cluster ON renderings(cluster_id);
            CREATE TABLE lsh_bands (
                band_key INTEGER NOT NULL,
                cluster_id INTEGER NOT NULL,
                PRIMARY KEY (band_key, cluster_id)
            ) WITHOUT ROWID;
            CREATE TABLE artifacts (
                id INTEGER PRIMARY KEY,
                revision_id INTEGER NOT NULL REFERENCES revisions(id),
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                category TEXT NOT NULL,
                suggestion TEXT,
                rule TEXT NOT NULL,
                rule_id TEXT NOT NULL,
                evidence TEXT NOT NULL,
                weight REAL NOT NULL,
                note TEXT
            );
            CREATE INDEX artifacts_by_revision ON artifacts(revision_id);
            CREATE TABLE store_parameters (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """)
    }

    /// Lexicon versions: the hash of the lexicon set each batch ran with, so that findings can be
    /// traced to the lexicons that made them; and an index for queries by language.
    static func v2(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE lexicon_versions (
                id INTEGER PRIMARY KEY,
                hash TEXT NOT NULL UNIQUE,
                lexicons INTEGER NOT NULL,
                entries INTEGER NOT NULL,
                description TEXT NOT NULL,
                first_batch INTEGER REFERENCES batches(id)
            );
            ALTER TABLE batches ADD COLUMN lexicon_version INTEGER REFERENCES lexicon_versions(id);
            CREATE INDEX revisions_by_language ON revisions(language);
            """)
    }
}
