/// A read-only map from 64-bit keys to lists of small integers, in flat arrays with open
/// addressing: a lookup is one multiply and usually one probe, where a `Dictionary` hashes
/// its key with SipHash. For hot lookups keyed by stable hashes or code points.
struct IntegerTable: Sendable {
    private var keys: [UInt64]
    /// Per slot: where its values start in `values` and how many there are (0: empty slot).
    private var spans: [(start: UInt32, count: UInt32)]
    private var values: [Int32]
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
        keys = Array(repeating: 0, count: 1 << bits)
        spans = Array(repeating: (0, 0), count: 1 << bits)
        values = []
        let mask = (1 << Int(bits)) - 1
        for key in order {
            let list = grouped[key]!
            guard !list.isEmpty else { continue }
            var slot = Self.slot(of: key, shift: shift)
            while spans[slot].count != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            spans[slot] = (UInt32(values.count), UInt32(list.count))
            values += list
        }
    }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Calls `body` with each value stored under `key`.
    @inline(__always)
    func forEachValue(of key: UInt64, _ body: (Int) -> Void) {
        let mask = keys.count - 1
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let span = spans[slot]
            if span.count == 0 { return }
            if keys[slot] == key {
                for index in Int(span.start)..<Int(span.start + span.count) { body(Int(values[index])) }
                return
            }
            slot = (slot + 1) & mask
        }
    }
}
