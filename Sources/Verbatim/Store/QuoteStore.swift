import Foundation
import GRDB

/// The persistent quote store: one SQLite file (WAL mode) holding articles with their
/// revisions, quotes, clusters of renderings with canonical forms, speakers, titles, artifacts
/// and the LSH index that matches new quotes against the clusters already stored.
///
/// Readers never block the writer nor each other (WAL). Writers — several ingest processes on
/// one file — take turns, one batch transaction at a time (`BEGIN IMMEDIATE`, waiting up to
/// ``busyTimeout`` for the lock); each batch re-checks what is stored inside its transaction,
/// so concurrent ingests lose and duplicate nothing.
public final class QuoteStore: @unchecked Sendable {
    /// The default file name, in the working directory.
    public static let defaultFileName = "verbatim.sqlite"
    /// The environment variable that names the store when `--db` is not given.
    public static let environmentVariable = "VERBATIM_DB"
    /// How long a writer waits for another writer's transaction.
    public static let busyTimeout: TimeInterval = 120

    /// The store file.
    public let path: String
    public let parameters: StoreParameters
    let pool: DatabasePool

    /// Writer-side caches, valid while no other connection commits (checked with
    /// `PRAGMA data_version` at the start of each batch). Touched only inside write transactions.
    var bandCache: [Int64: [Int64]] = [:]
    var clusterCache: [Int64: ClusterState] = [:]
    var speakerCache: [String: SpeakerState] = [:]
    var lastDataVersion: Int?

    /// Opens the store at `path`, creating it and running any migration it lacks.
    public convenience init(path: String, parameters: StoreParameters = StoreParameters()) throws(StoreError) {
        try self.init(path: path, parameters: parameters, migrations: nil)
    }

    /// Opens the store migrated up to `migrations` (nil: every migration), for tests of
    /// migrations from an earlier schema.
    init(path: String, parameters: StoreParameters, migrations last: String?) throws(StoreError) {
        self.path = path
        self.parameters = parameters
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "verbatim-store"
        configuration.prepareDatabase { db in
            // Durable against a killed process in WAL mode; only a power cut can lose the last
            // committed batches.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: directory.isEmpty ? "." : directory) else {
                throw StoreError(.open, file: path, reason: "no such folder: \(directory)")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.wrapping(error, file: path, kind: .open)
        }
        do {
            let migrator = StoreSchema.migrator(upTo: last)
            // Reads first: a store that is up to date opens without waiting for a writer.
            let (superseded, complete) = try pool.read { db in
                (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
            }
            if superseded {
                throw StoreError(.schema, file: path, reason: "the store was written by a newer Verbatim (unknown migrations)")
            }
            if !complete { try migrator.migrate(pool) }
            try checkParameters()
        } catch {
            throw StoreError.wrapping(error, file: path, kind: .schema)
        }
    }

    /// The store file named by `--db`, else `$VERBATIM_DB`, else `verbatim.sqlite`.
    public static func resolvePath(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let variable = environment[environmentVariable], !variable.isEmpty { return variable }
        return defaultFileName
    }

    /// The migrations applied to the store, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read { db in try StoreSchema.migrator().appliedMigrations(db) }
    }

    /// Bytes the store takes on disk (the database and its write-ahead log).
    public func fileSize() -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }

    /// Copies the write-ahead log into the database file.
    public func checkpoint() throws(StoreError) {
        do {
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        } catch {
            throw StoreError.wrapping(error, file: path)
        }
    }

    /// Row counts of the main tables.
    public func counts() throws(StoreError) -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            for table in ["articles", "revisions", "quotes", "clusters", "renderings", "speakers", "titles", "artifacts",
                          "lsh_bands", "batches"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    /// A read transaction on a snapshot of the store.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.wrapping(error, file: path)
        }
    }

    /// Records the clustering parameters in a new store; refuses a store built with another
    /// banding (its band keys would not match this one's).
    private func checkParameters() throws {
        let current = parameters.recorded
        func stored(_ db: Database) throws -> [String: String] {
            try Dictionary(
                Row.fetchAll(db, sql: "SELECT name, value FROM store_parameters").map { ($0["name"] as String, $0["value"] as String) },
                uniquingKeysWith: { first, _ in first })
        }
        let found = try pool.read(stored)
        if !found.isEmpty {
            for name in StoreParameters.bindingNames where found[name] != current[name] {
                throw StoreError(.schema, file: path, reason: "the store was built with \(name) = \(found[name] ?? "nothing"), "
                                 + "this Verbatim uses \(current[name] ?? "nothing"); ingest into a new store")
            }
            return
        }
        try pool.write { db in
            let stored = try stored(db)
            if stored.isEmpty {
                for (name, value) in current {
                    try db.execute(sql: "INSERT INTO store_parameters (name, value) VALUES (?, ?)", arguments: [name, value])
                }
                return
            }
            for name in StoreParameters.bindingNames where stored[name] != current[name] {
                throw StoreError(.schema, file: path, reason: "the store was built with \(name) = \(stored[name] ?? "nothing"), "
                                 + "this Verbatim uses \(current[name] ?? "nothing"); ingest into a new store")
            }
        }
    }
}

/// The parameters of the store's clustering, with their defaults; recorded in the store
/// (`store_parameters`) when it is created.
public struct StoreParameters: Sendable, Hashable {
    /// Thresholds and MinHash permutations, as ``QuoteClusterer`` uses them.
    public var clustering = ClusteringParameters()
    /// A cluster's renderings compared for the mean threshold at most (its first ones by
    /// arrival); below this size the rule is exactly ``QuoteClusterer``'s.
    public var meanSample = 32
    /// Candidate clusters verified for a new quote at most: those sharing the most band keys
    /// with it (QuoteClusterer verifies every candidate; a growing store cannot).
    public var maxVerified = 24
    /// Clusters registered under one band key at most: a key that many clusters share comes
    /// from common words and finds nothing useful (as frequent shingles are stop-listed).
    public var maxClustersPerBand = 64
    /// MT scores are compared in steps of this size when choosing the canonical rendering.
    public var scoreStep = 0.05

    public init() {}

    /// The LSH banding for ``ClusteringParameters/candidateThreshold``.
    public var banding: LSHParameters {
        get throws(NGramError) { try LSHParameters.optimal(threshold: clustering.candidateThreshold, permutations: clustering.permutations) }
    }

    /// Parameters that must match for a store to be usable: they define its band keys.
    static let bindingNames = ["permutations", "minhash_seed", "candidate_threshold"]

    var recorded: [String: String] {
        [
            "permutations": String(clustering.permutations),
            "minhash_seed": String(MinHasher.defaultSeed),
            "candidate_threshold": String(clustering.candidateThreshold),
            "join_threshold": String(clustering.joinThreshold),
            "mean_threshold": String(clustering.meanThreshold),
            "same_article_threshold": String(clustering.sameArticleThreshold),
            "mean_sample": String(meanSample),
            "max_verified": String(maxVerified),
            "max_clusters_per_band": String(maxClustersPerBand),
            "score_step": String(scoreStep),
        ]
    }
}
