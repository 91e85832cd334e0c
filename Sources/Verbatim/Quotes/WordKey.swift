/// The 64-bit key by which the quote stage compares normalised words: the stable hash
/// (``StableHash``) of the word's canonical composition (NFC), so that two words get the same
/// key exactly when they are equal as Swift strings, which compare by canonical equivalence.
///
/// Keys replace `String`s on the attribution hot paths: a token's key is computed once from
/// its normalised UTF-16 units, and word lists become ``WordTable``s keyed by it. Two different
/// words could share a key only by a 64-bit hash collision; among the few thousand distinct
/// words of an article and the lexicons that happens with a probability of about 10⁻¹²
/// (the n-gram module relies on the same hash in the same way), so keys are not verified.
enum WordKey {
    /// The key of normalised UTF-16 units.
    static func of(_ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
        guard mayNeedComposition(units) else { return nonZero(StableHash.hash(utf16: units)) }
        // Rare: a combining mark the normaliser left apart from its base letter ("e" + U+0301).
        var composed: [UInt16] = []
        ICUNormalizer.nfc.append(normalizing: units, to: &composed)
        return composed.withUnsafeBufferPointer { nonZero(StableHash.hash(utf16: $0)) }
    }

    /// The key of normalised UTF-16 units.
    static func of(_ units: ArraySlice<UInt16>) -> UInt64 {
        units.withUnsafeBufferPointer { of($0) }
    }

    /// The key of a word given as a string (for building tables from lexicons).
    static func of(_ string: String) -> UInt64 {
        UTF16Conversion.units(of: string).withUnsafeBufferPointer { of($0) }
    }

    /// The key of ",", for comparisons with a token.
    static let comma = of(",")
    /// The key of "the".
    static let the = of("the")
    /// The key of the Japanese full stop "。".
    static let japaneseFullStop = of("。")
    /// The key of Japanese "こう" ("thus": 「…」。X は…こう語った).
    static let kou = of("こう")

    /// Whether units might not be in NFC. No code point below U+0300 composes with anything or
    /// changes under NFC, so text made of those alone is NFC; anything else asks ICU.
    @inline(__always)
    private static func mayNeedComposition(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let base = units.baseAddress, units.contains(where: { $0 >= 0x300 }) else { return false }
        return ICUNormalizer.nfc.spanQuickCheckYes(base, count: units.count) < units.count
    }

    /// ``WordTable`` marks empty slots with 0, so no key is 0: a hash of 0 becomes 1 (one more
    /// way to collide, as unlikely as any other).
    @inline(__always)
    private static func nonZero(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }
}

/// A hash table from ``WordKey``s to values: open addressing with linear probing, indexed by
/// the key's low bits (keys are already well mixed), so a lookup is a few integer compares
/// rather than hashing a `String` again.
struct WordTable<Value: Sendable>: Sendable {
    /// Slot keys; 0 marks an empty slot (``WordKey`` never gives 0).
    private var slots: [UInt64]
    private var values: [Value?]
    /// Number of keys in the table.
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
    }

    /// The value stored for a key; setting `nil` is not supported.
    subscript(key: UInt64) -> Value? {
        let slot = self.slot(of: key)
        return slots[slot] == key ? values[slot] : nil
    }

    /// The value stored for a key, or `defaultValue`; setting it stores the value.
    subscript(key: UInt64, default defaultValue: Value) -> Value {
        get { self[key] ?? defaultValue }
        set {
            let slot = self.slot(of: key)
            if slots[slot] == key {
                values[slot] = newValue
                return
            }
            slots[slot] = key
            values[slot] = newValue
            count += 1
            if count * 2 > slots.count { grow() }
        }
    }

    /// The slot that holds `key`, else the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot] != key && slots[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let oldSlots = slots
        let oldValues = values
        slots = [UInt64](repeating: 0, count: oldSlots.count * 2)
        values = [Value?](repeating: nil, count: oldSlots.count * 2)
        for (key, value) in zip(oldSlots, oldValues) where key != 0 {
            let slot = self.slot(of: key)
            slots[slot] = key
            values[slot] = value
        }
    }
}
