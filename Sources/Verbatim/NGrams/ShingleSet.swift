import Algorithms

/// A set of shingle hashes, kept sorted and without duplicates, with the exact measures that
/// verify what MinHash and LSH only estimate.
///
/// Conventions for empty sets: an empty set is evidence of nothing, so its Jaccard similarity
/// and containment with any set are 0.
public struct ShingleSet: Sendable, Hashable {
    /// The hashes, ascending, each once.
    public private(set) var hashes: [UInt64]

    /// The set of some hashes (sorted and deduplicated here).
    public init(_ hashes: [UInt64]) {
        var sorted = hashes
        var kept = 0
        sorted.withUnsafeMutableBufferPointer { buffer in
            if buffer.count <= 48 {
                // Insertion sort: quote-sized sets are small.
                for index in buffer.indices.dropFirst() {
                    let value = buffer[index]
                    var position = index
                    while position > 0 && buffer[position - 1] > value {
                        buffer[position] = buffer[position - 1]
                        position -= 1
                    }
                    buffer[position] = value
                }
            } else {
                buffer.sort()
            }
            for index in buffer.indices where kept == 0 || buffer[kept - 1] != buffer[index] {
                buffer[kept] = buffer[index]
                kept += 1
            }
        }
        sorted.removeLast(sorted.count - kept)
        self.hashes = sorted
    }

    /// The set of the stable hashes of some strings (e.g. shingle texts written out).
    public init(strings: [String]) {
        self.init(strings.map { StableHash.hash($0) })
    }

    public var count: Int { hashes.count }
    public var isEmpty: Bool { hashes.isEmpty }

    /// Whether the set holds a hash (binary search).
    public func contains(_ hash: UInt64) -> Bool {
        let index = hashes.partitioningIndex { $0 >= hash }
        return index < hashes.count && hashes[index] == hash
    }

    /// |self ∩ other|, by merging the two sorted arrays.
    public func intersectionCount(with other: ShingleSet) -> Int {
        hashes.withUnsafeBufferPointer { a in
            other.hashes.withUnsafeBufferPointer { b in
                var i = 0
                var j = 0
                var common = 0
                while i < a.count && j < b.count {
                    let x = a[i]
                    let y = b[j]
                    if x == y {
                        common += 1
                        i += 1
                        j += 1
                    } else if x < y {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                return common
            }
        }
    }

    /// Exact Jaccard similarity |A ∩ B| / |A ∪ B| (0 when either set is empty).
    public func jaccard(_ other: ShingleSet) -> Double {
        guard !isEmpty, !other.isEmpty else { return 0 }
        let common = intersectionCount(with: other)
        return Double(common) / Double(count + other.count - common)
    }

    /// Exact containment of this set in `other`: |A ∩ B| / |A|, the share of this text's
    /// shingles found in the other (1 when this text is a clause of the other; 0 when empty).
    public func containment(in other: ShingleSet) -> Double {
        guard !isEmpty else { return 0 }
        return Double(intersectionCount(with: other)) / Double(count)
    }

    /// The set without the hashes for which `isExcluded` holds.
    public func removing(where isExcluded: (UInt64) -> Bool) -> ShingleSet {
        var copy = self
        copy.hashes.removeAll(where: isExcluded)
        return copy
    }
}
