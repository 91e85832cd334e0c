/// MinHash signatures of shingle sets: `k` minima of independent hash permutations, whose
/// share of equal slots between two sets estimates their Jaccard similarity with standard
/// error √(J(1−J)/k).
///
/// Permutation `i` maps a shingle hash `h` to
///
/// ```text
/// x    = h mod 2^32                                  (the low 32 bits)
/// π_i(x) = ((a_i · x + b_i) mod 2^64) >> 32            (a 32-bit value)
/// ```
///
/// Dietzfelbinger's multiply-add-shift scheme, strongly universal (2-independent) for 32-bit
/// keys with 64-bit `a_i`, `b_i` — the same guarantee as the `(a·x + b) mod (2^61 − 1)`
/// family of datasketch, at the cost of one multiply and one add per slot. `a_i` and `b_i` are
/// the outputs `2i` and `2i + 1` of splitmix64 seeded with ``seed``, so signatures are stable
/// across runs and machines and comparable whenever `permutations` and `seed` agree.
public struct MinHasher: Sendable, Hashable {
    /// Default number of permutations (k).
    public static let defaultPermutations = 128
    /// Default seed of the permutation parameters.
    public static let defaultSeed: UInt64 = 1

    /// k: slots per signature.
    public let permutations: Int
    public let seed: UInt64
    /// `a_i`.
    private let multipliers: [UInt64]
    /// `b_i`.
    private let increments: [UInt64]

    public init(permutations: Int = defaultPermutations, seed: UInt64 = defaultSeed) throws(NGramError) {
        guard permutations >= 1 && permutations <= 4096 else {
            throw .invalidParameter(name: "permutations", value: "\(permutations)", reason: "must be 1...4096")
        }
        self.permutations = permutations
        self.seed = seed
        var generator = SplitMix64(seed: seed)
        var multipliers: [UInt64] = []
        var increments: [UInt64] = []
        for _ in 0..<permutations {
            multipliers.append(generator.next())
            increments.append(generator.next())
        }
        self.multipliers = multipliers
        self.increments = increments
    }

    /// The permutation parameters `(a_i, b_i)`.
    public var coefficients: [(a: UInt64, b: UInt64)] {
        Array(zip(multipliers, increments))
    }

    /// The signature of a shingle set.
    public func signature(of set: ShingleSet) -> MinHashSignature {
        var values = [UInt32](repeating: .max, count: permutations)
        set.hashes.withUnsafeBufferPointer { hashes in
            values.withUnsafeMutableBufferPointer { values in
                multipliers.withUnsafeBufferPointer { multipliers in
                    increments.withUnsafeBufferPointer { increments in
                        Self.update(values, multipliers: multipliers, increments: increments, hashes: hashes)
                    }
                }
            }
        }
        return MinHashSignature(values: values, setSize: set.count)
    }

    /// The signature of some shingle hashes (duplicates allowed).
    public func signature(of hashes: [UInt64]) -> MinHashSignature {
        signature(of: ShingleSet(hashes))
    }

    /// Lowers each slot to the minimum over `hashes`. Two shingles per pass halve the loads and
    /// stores of the slots.
    @inline(__always)
    private static func update(_ values: UnsafeMutableBufferPointer<UInt32>, multipliers: UnsafeBufferPointer<UInt64>,
                               increments: UnsafeBufferPointer<UInt64>, hashes: UnsafeBufferPointer<UInt64>) {
        let k = values.count
        var index = 0
        while index + 1 < hashes.count {
            let x = hashes[index] & 0xFFFF_FFFF
            let y = hashes[index + 1] & 0xFFFF_FFFF
            for slot in 0..<k {
                let a = multipliers[slot]
                let b = increments[slot]
                let u = UInt32(truncatingIfNeeded: (a &* x &+ b) >> 32)
                let v = UInt32(truncatingIfNeeded: (a &* y &+ b) >> 32)
                values[slot] = min(values[slot], min(u, v))
            }
            index += 2
        }
        if index < hashes.count {
            let x = hashes[index] & 0xFFFF_FFFF
            for slot in 0..<k {
                let u = UInt32(truncatingIfNeeded: (multipliers[slot] &* x &+ increments[slot]) >> 32)
                values[slot] = min(values[slot], u)
            }
        }
    }
}

/// A MinHash signature: one 32-bit minimum per permutation (4 bytes × k: 512 bytes at the
/// default k = 128) and the size of the set it summarises.
public struct MinHashSignature: Sendable, Hashable {
    /// The minima, one per permutation.
    public var values: [UInt32]
    /// The number of distinct shingles summarised (for containment estimates).
    public var setSize: Int

    public init(values: [UInt32], setSize: Int) {
        self.values = values
        self.setSize = setSize
    }

    /// k.
    public var permutations: Int { values.count }
    /// Whether the signature summarises the empty set (evidence of nothing).
    public var isEmpty: Bool { setSize == 0 }

    /// The share of equal slots: an unbiased estimate of the Jaccard similarity (0 when either
    /// set is empty or the signatures have different lengths).
    public func estimatedJaccard(_ other: MinHashSignature) -> Double {
        guard !isEmpty, !other.isEmpty, values.count == other.values.count, !values.isEmpty else { return 0 }
        var equal = 0
        for index in values.indices where values[index] == other.values[index] { equal += 1 }
        return Double(equal) / Double(values.count)
    }

    /// Estimated containment of this set in `other`, |A ∩ B| / |A|, from the Jaccard estimate
    /// and the set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J). Capped at 1.
    public func estimatedContainment(in other: MinHashSignature) -> Double {
        let jaccard = estimatedJaccard(other)
        guard jaccard > 0 else { return 0 }
        let intersection = jaccard * Double(setSize + other.setSize) / (1 + jaccard)
        return min(1, intersection / Double(setSize))
    }
}

/// splitmix64 (Steele, Lea, Flood 2014): the deterministic generator behind MinHash
/// parameters; state advances by 0x9e3779b97f4a7c15 and each output is ``StableHash/mix64(_:)``
/// of the new state.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return StableHash.mix64(state)
    }
}
