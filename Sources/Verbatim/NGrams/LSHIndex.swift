import Foundation

/// The banding of MinHash signatures for LSH: `bands` groups of `rows` slots. Two sets with
/// Jaccard similarity `s` share at least one band — become candidates — with probability
/// `1 − (1 − s^rows)^bands`, an S-curve that rises steeply around `(1/bands)^(1/rows)`.
public struct LSHParameters: Sendable, Hashable, CustomStringConvertible {
    /// Default weight of the false-positive area in ``optimal(threshold:permutations:falsePositiveWeight:falseNegativeWeight:)``.
    public static let defaultFalsePositiveWeight = 0.1
    /// Default weight of the false-negative area: missing a rendering costs more than
    /// verifying a spurious candidate.
    public static let defaultFalseNegativeWeight = 0.9

    /// b.
    public let bands: Int
    /// r: slots per band.
    public let rows: Int

    /// A banding; `bands × rows` must not exceed the signatures' permutations.
    public init(bands: Int, rows: Int) throws(NGramError) {
        guard bands >= 1 else { throw .invalidParameter(name: "bands", value: "\(bands)", reason: "must be at least 1") }
        guard rows >= 1 else { throw .invalidParameter(name: "rows", value: "\(rows)", reason: "must be at least 1") }
        self.bands = bands
        self.rows = rows
    }

    /// Slots used: b × r (≤ k; the rest of a signature is only used for estimates).
    public var usedPermutations: Int { bands * rows }

    /// The probability that two sets of Jaccard similarity `similarity` become candidates.
    public func candidateProbability(similarity: Double) -> Double {
        1 - pow(1 - pow(similarity, Double(rows)), Double(bands))
    }

    /// The similarity at which the S-curve is steepest, (1/b)^(1/r).
    public var inflection: Double { pow(1 / Double(bands), 1 / Double(rows)) }

    public var description: String { "\(bands)×\(rows)" }

    /// The banding that minimises the weighted areas of false positives (candidate probability
    /// integrated over similarities below `threshold`) and false negatives (non-candidate
    /// probability integrated above it), over all b, r with b × r ≤ k — datasketch's
    /// `_optimal_param`, with the same midpoint integration in steps of 0.001.
    public static func optimal(threshold: Double, permutations: Int = MinHasher.defaultPermutations,
                               falsePositiveWeight: Double = defaultFalsePositiveWeight,
                               falseNegativeWeight: Double = defaultFalseNegativeWeight) throws(NGramError) -> LSHParameters {
        guard threshold > 0 && threshold < 1 else {
            throw .invalidParameter(name: "threshold", value: "\(threshold)", reason: "must be in (0, 1)")
        }
        guard permutations >= 1 else {
            throw .invalidParameter(name: "permutations", value: "\(permutations)", reason: "must be at least 1")
        }
        guard falsePositiveWeight >= 0, falseNegativeWeight >= 0, falsePositiveWeight + falseNegativeWeight > 0 else {
            throw .invalidParameter(name: "weights", value: "\(falsePositiveWeight), \(falseNegativeWeight)",
                                    reason: "must be non-negative and not both 0")
        }
        let key = CacheKey(threshold: threshold, permutations: permutations, fp: falsePositiveWeight, fn: falseNegativeWeight)
        if let cached = cache.withLock({ $0[key] }) { return cached }
        var best = (bands: 1, rows: 1)
        var smallest = Double.infinity
        for b in 1...permutations {
            for r in 1...(permutations / b) {
                let error = falsePositiveArea(threshold: threshold, bands: b, rows: r) * falsePositiveWeight
                    + falseNegativeArea(threshold: threshold, bands: b, rows: r) * falseNegativeWeight
                if error < smallest {
                    smallest = error
                    best = (b, r)
                }
            }
        }
        let result = try LSHParameters(bands: best.bands, rows: best.rows)
        cache.withLock { $0[key] = result }
        return result
    }

    /// ∫₀ᵗ 1 − (1 − s^r)^b ds.
    public static func falsePositiveArea(threshold: Double, bands: Int, rows: Int) -> Double {
        integrate(from: 0, to: threshold) { 1 - pow(1 - pow($0, Double(rows)), Double(bands)) }
    }

    /// ∫ₜ¹ (1 − s^r)^b ds.
    public static func falseNegativeArea(threshold: Double, bands: Int, rows: Int) -> Double {
        integrate(from: threshold, to: 1) { 1 - (1 - pow(1 - pow($0, Double(rows)), Double(bands))) }
    }

    /// Midpoint rule in steps of 0.001, accumulated exactly as datasketch does.
    private static func integrate(from lower: Double, to upper: Double, _ f: (Double) -> Double) -> Double {
        let step = 0.001
        var area = 0.0
        var x = lower
        while x < upper {
            area += f(x + 0.5 * step) * step
            x += step
        }
        return area
    }

    private static let cache = ParameterCache()
}

private struct CacheKey: Hashable {
    var threshold: Double
    var permutations: Int
    var fp: Double
    var fn: Double
}

/// The optimal bandings computed so far (the search takes some milliseconds).
private final class ParameterCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [CacheKey: LSHParameters] = [:]

    func withLock<T>(_ body: (inout [CacheKey: LSHParameters]) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&values)
    }
}

/// An LSH banding index of MinHash signatures: insert signatures under integer ids, query a
/// signature for the ids that share a band with it (candidates to verify with an exact or
/// estimated similarity), remove ids.
///
/// Each band of `rows` slots is hashed to a 32-bit band key (splitmix64's finaliser chained
/// over the band's slots, two per step). Every band has its own open-addressing table of
/// 8-byte slots, `band key << 32 | entry + 1`, with linear probing and backward-shift
/// deletion, grown at load 3/4. The index keeps no signatures: per entry it stores b band keys
/// (4 bytes each, for removal), its id and map entry (about 40 bytes) and b table slots of 8
/// bytes at a load between 3/8 and 3/4 — some 700 bytes at the default banding for threshold
/// 0.5 (b = 32), counted by ``memoryFootprint``. A 32-bit band key collides
/// with an unrelated one in the same band with probability n/2³² per band and query (about
/// 0.02% at a million entries): a rare spurious candidate, which verification drops.
///
/// Queries do not mutate the index, so one index can serve concurrent queries.
public struct LSHIndex: Sendable {
    public let parameters: LSHParameters
    /// k of the signatures the index takes.
    public let permutations: Int

    private var tables: [BandTable]
    /// Per entry: the caller's id.
    private var ids: [Int] = []
    /// Per entry: its b band keys (entry e's at e·b ..< (e+1)·b).
    private var bandKeys: [UInt32] = []
    /// Per entry: 1 when it is in the band tables (live and non-empty), 0 otherwise.
    private var state: [UInt8] = []
    private var entryOfID: [Int: UInt32] = [:]
    private var freeEntries: [UInt32] = []

    /// An index with a given banding for signatures of `permutations` slots.
    public init(parameters: LSHParameters, permutations: Int = MinHasher.defaultPermutations) throws(NGramError) {
        guard parameters.usedPermutations <= permutations else {
            throw .invalidParameter(name: "banding", value: "\(parameters)",
                                    reason: "needs \(parameters.usedPermutations) permutations, signatures have \(permutations)")
        }
        self.parameters = parameters
        self.permutations = permutations
        tables = (0..<parameters.bands).map { _ in BandTable() }
    }

    /// An index whose banding is ``LSHParameters/optimal(threshold:permutations:falsePositiveWeight:falseNegativeWeight:)``
    /// for a Jaccard threshold.
    public init(threshold: Double = 0.5, permutations: Int = MinHasher.defaultPermutations) throws(NGramError) {
        try self.init(parameters: try LSHParameters.optimal(threshold: threshold, permutations: permutations),
                      permutations: permutations)
    }

    /// The number of ids in the index.
    public var count: Int { entryOfID.count }

    /// Whether an id is in the index.
    public func contains(id: Int) -> Bool { entryOfID[id] != nil }

    /// Makes room for `count` entries.
    public mutating func reserveCapacity(_ count: Int) {
        for band in tables.indices { tables[band].reserveCapacity(count) }
        ids.reserveCapacity(count)
        bandKeys.reserveCapacity(count * parameters.bands)
        state.reserveCapacity(count)
        entryOfID.reserveCapacity(count)
    }

    /// Adds a signature under an id. The signature of an empty set is recorded (it counts, and
    /// can be removed) but is never a candidate: it is evidence of nothing.
    public mutating func insert(_ signature: MinHashSignature, id: Int) throws(NGramError) {
        try check(signature)
        guard entryOfID[id] == nil else { throw .duplicateID(id) }
        let b = parameters.bands
        let entry: Int
        if let free = freeEntries.popLast() {
            entry = Int(free)
            ids[entry] = id
        } else {
            entry = ids.count
            guard entry < Int(UInt32.max) else {
                throw .invalidParameter(name: "index size", value: "\(entry)", reason: "at most 2^32 − 2 entries")
            }
            ids.append(id)
            state.append(0)
            bandKeys.append(contentsOf: repeatElement(0, count: b))
        }
        entryOfID[id] = UInt32(entry)
        guard !signature.isEmpty else {
            state[entry] = 0
            return
        }
        state[entry] = 1
        let keys = bandKeysOf(signature)
        for band in 0..<b {
            bandKeys[entry * b + band] = keys[band]
            tables[band].reserveForInsert()
        }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: b) { home in
            // As in queries: load every band's home slot first, in a loop that does nothing
            // else, so that the cache misses overlap.
            tables.withUnsafeBufferPointer { tables in
                for band in 0..<b { home[band] = tables[band].homeSlot(key: keys[band]) }
            }
            for band in 0..<b { tables[band].insert(key: keys[band], entry: UInt32(entry), homeSlot: home[band]) }
        }
    }

    /// Removes an id; returns whether it was there.
    @discardableResult
    public mutating func remove(id: Int) -> Bool {
        guard let stored = entryOfID.removeValue(forKey: id) else { return false }
        let entry = Int(stored)
        let b = parameters.bands
        if state[entry] == 1 {
            for band in 0..<b { tables[band].remove(key: bandKeys[entry * b + band], entry: stored) }
        }
        state[entry] = 0
        freeEntries.append(stored)
        return true
    }

    /// The ids of the entries that share at least one band with `signature`, ascending.
    public func query(_ signature: MinHashSignature) throws(NGramError) -> [Int] {
        try check(signature)
        guard !signature.isEmpty else { return [] }
        let keys = bandKeysOf(signature)
        let bands = parameters.bands
        var entries: [UInt32] = []
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bands) { first in
            // Load every band's home slot first: the loads are independent, so their cache
            // misses overlap instead of waiting on each band's probe loop in turn.
            for band in 0..<bands { first[band] = tables[band].homeSlot(key: keys[band]) }
            for band in 0..<bands where first[band] != 0 {
                tables[band].collect(key: keys[band], homeSlot: first[band], into: &entries)
            }
        }
        guard !entries.isEmpty else { return [] }
        var result = entries.map { ids[Int($0)] }
        result.sort()
        var kept = 0
        for index in result.indices where kept == 0 || result[kept - 1] != result[index] {
            result[kept] = result[index]
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }

    /// Bytes held by the index's storage (band tables, band keys, ids, id map), by capacity.
    public var memoryFootprint: Int {
        var bytes = tables.reduce(0) { $0 + $1.memoryFootprint }
        bytes += ids.capacity * MemoryLayout<Int>.stride
        bytes += bandKeys.capacity * MemoryLayout<UInt32>.stride
        bytes += state.capacity + freeEntries.capacity * MemoryLayout<UInt32>.stride
        // Dictionary storage: key and value per bucket plus one metadata bit.
        bytes += entryOfID.capacity * (MemoryLayout<Int>.stride + MemoryLayout<UInt32>.stride) * 4 / 3
            + entryOfID.capacity / 6
        return bytes
    }

    /// The band keys of a signature (stable: the same in every process).
    public func bandKeysOf(_ signature: MinHashSignature) -> [UInt32] {
        let r = parameters.rows
        return signature.values.withUnsafeBufferPointer { values in
            (0..<parameters.bands).map { band in
                var h = StableHash.mix64(UInt64(band) &+ 0x9e37_79b9_7f4a_7c15)
                var slot = band * r
                let end = slot + r
                while slot + 1 < end {
                    h = StableHash.mix64(h ^ (UInt64(values[slot]) | UInt64(values[slot + 1]) << 32))
                    slot += 2
                }
                if slot < end { h = StableHash.mix64(h ^ UInt64(values[slot])) }
                return UInt32(truncatingIfNeeded: h >> 32)
            }
        }
    }

    private func check(_ signature: MinHashSignature) throws(NGramError) {
        guard signature.values.count == permutations else {
            throw .permutationMismatch(expected: permutations, actual: signature.values.count)
        }
    }
}

/// One band's table: an open-addressing multimap from 32-bit band keys to entries, each slot
/// `key << 32 | entry + 1` (0 is empty), linear probing, backward-shift deletion.
struct BandTable: Sendable {
    private var slots: [UInt64] = Array(repeating: 0, count: 16)
    private var mask = 15
    private(set) var count = 0

    var memoryFootprint: Int { slots.capacity * MemoryLayout<UInt64>.stride }

    mutating func reserveCapacity(_ entries: Int) {
        var capacity = slots.count
        while entries * 4 > capacity * 3 { capacity <<= 1 }
        if capacity != slots.count { rehash(capacity) }
    }

    /// Grows the table if one more entry would pass load 3/4.
    @inline(__always)
    mutating func reserveForInsert() {
        if (count + 1) * 4 > slots.count * 3 { rehash(slots.count * 2) }
    }

    /// Inserts an entry; call ``reserveForInsert()`` first. `homeSlot` is the key's
    /// ``homeSlot(key:)``, loaded ahead.
    mutating func insert(key: UInt32, entry: UInt32, homeSlot: UInt64) {
        let value = UInt64(key) << 32 | UInt64(entry + 1)
        let mask = self.mask
        slots.withUnsafeMutableBufferPointer { slots in
            var index = Int(key) & mask
            if homeSlot != 0 {
                repeat { index = (index + 1) & mask } while slots[index] != 0
            }
            slots[index] = value
        }
        count += 1
    }

    mutating func remove(key: UInt32, entry: UInt32) {
        let value = UInt64(key) << 32 | UInt64(entry + 1)
        let mask = self.mask
        let removed = slots.withUnsafeMutableBufferPointer { slots -> Bool in
            var index = Int(key) & mask
            while slots[index] != value {
                if slots[index] == 0 { return false }
                index = (index + 1) & mask
            }
            // Backward-shift deletion: move later members of the cluster into the hole when
            // their home does not lie cyclically in (hole, position].
            var hole = index
            var position = index
            while true {
                position = (position + 1) & mask
                let slot = slots[position]
                if slot == 0 { break }
                let home = Int(slot >> 32) & mask
                let stays = hole <= position ? (hole < home && home <= position) : (hole < home || home <= position)
                if stays { continue }
                slots[hole] = slot
                hole = position
            }
            slots[hole] = 0
            return true
        }
        if removed { count -= 1 }
    }

    /// The slot where a key's probe sequence starts (0 when empty).
    @inline(__always)
    func homeSlot(key: UInt32) -> UInt64 {
        slots.withUnsafeBufferPointer { $0[Int(key) & mask] }
    }

    /// Appends the entries stored under `key`, given the key's home slot (``homeSlot(key:)``).
    func collect(key: UInt32, homeSlot: UInt64, into entries: inout [UInt32]) {
        slots.withUnsafeBufferPointer { slots in
            var index = Int(key) & mask
            var slot = homeSlot
            while slot != 0 {
                if UInt32(truncatingIfNeeded: slot >> 32) == key { entries.append(UInt32(truncatingIfNeeded: slot) - 1) }
                index = (index + 1) & mask
                slot = slots[index]
            }
        }
    }

    private mutating func rehash(_ capacity: Int) {
        let old = slots
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        let mask = self.mask
        slots.withUnsafeMutableBufferPointer { slots in
            for value in old where value != 0 {
                var index = Int(value >> 32) & mask
                while slots[index] != 0 { index = (index + 1) & mask }
                slots[index] = value
            }
        }
    }
}
