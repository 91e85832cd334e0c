/// A read-only map from 64-bit keys to lists of small integers, in flat arrays with open
/// addressing: a lookup is one multiply and usually one probe, where a `Dictionary` hashes
/// its key with SipHash. For hot lookups keyed by stable hashes or code points.
struct IntegerTable: Sendable {
    /// A key and where its values start in `values` and how many there are (0: empty slot);
    /// one 16-byte slot, so a probe touches one cache line.
    private struct Slot: Sendable {
        var key: UInt64 = 0
        var start: UInt32 = 0
        var count: UInt32 = 0
    }
    private var slots: [Slot]
    private var values: [Int32]
    /// One bit per 16-bit prefix of the mixed keys present: a key whose bit is clear is not
    /// in the table, found out in 8 KB that stay in the L1 cache (most looked-up words are
    /// not in any profile).
    private var filter = [UInt64](repeating: 0, count: 1 << 10)
    private let shift: UInt64

    /// A table of `entries`; values of repeated keys are concatenated in order.
    init(_ entries: [(key: UInt64, values: [Int32])]) {
        var grouped: [UInt64: [Int32]] = [:]
        var order: [UInt64] = []
        for (key, values) in entries {
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []] += values
        }
        // At most half full, so probe sequences stay short.
        var bits: UInt64 = 4
        while (1 << bits) < order.count * 2 { bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: Slot(), count: 1 << bits)
        values = []
        let mask = (1 << Int(bits)) - 1
        for key in order {
            let list = grouped[key]!
            guard !list.isEmpty else { continue }
            var slot = Self.slot(of: key, shift: shift)
            while slots[slot].count != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, start: UInt32(values.count), count: UInt32(list.count))
            let bit = Self.filterBit(of: key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            values += list
        }
    }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    private static func filterBit(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// Calls `body` with each value stored under `key`.
    @inline(__always)
    func forEachValue(of key: UInt64, _ body: (Int) -> Void) {
        let bit = Self.filterBit(of: key)
        guard filter[bit >> 6] >> UInt64(bit & 63) & 1 != 0 else { return }
        let mask = slots.count - 1
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let entry = slots[slot]
            if entry.count == 0 { return }
            if entry.key == key {
                for index in Int(entry.start)..<Int(entry.start + entry.count) { body(Int(values[index])) }
                return
            }
            slot = (slot + 1) & mask
        }
    }
}
