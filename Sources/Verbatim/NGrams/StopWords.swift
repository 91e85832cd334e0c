/// Words too frequent to be evidence that two texts share a phrase, for shingles that leave
/// them out.
///
/// The built-in lists are the top of each built-in language profile's word list
/// (``LanguageProfile/rankedWords``, most frequent word of news copy first), so a language
/// gets stop words as soon as it has a profile. Words are matched on their normalised form
/// (case-folded, typography unified) through their ``StableHash``.
public struct StopWords: Sendable, Hashable {
    /// The words, normalised.
    public let words: [String]
    /// Stable hashes of the words' UTF-8.
    let table: HashSet64

    /// How many of a profile's most frequent words the built-in lists take.
    public static let defaultCount = 40

    /// Stop words from a list of words (normalised with ``TextNormalizer``).
    public init(_ words: [String]) {
        let normalizer = TextNormalizer()
        let normalized = words.map { normalizer.normalize($0) }
        self.words = normalized
        self.table = HashSet64(normalized.map { StableHash.hash($0) })
    }

    /// Whether a normalised word is a stop word.
    public func contains(_ word: String) -> Bool {
        table.contains(StableHash.hash(word))
    }

    /// Whether the word with this stable hash is a stop word.
    @inline(__always)
    public func contains(hash: UInt64) -> Bool {
        table.contains(hash)
    }

    /// The top `count` words of a built-in language profile, or nil when no profile has
    /// that language (e.g. `ja`, `zh`, `ko`, which have no profile).
    public static func builtin(language: String, count: Int = defaultCount) -> StopWords? {
        if count == defaultCount { return builtinDefault[language] }
        guard let profile = LanguageProfile.builtin.first(where: { $0.language == language }) else { return nil }
        return StopWords(Array(profile.rankedWords.prefix(max(0, count))))
    }

    /// The languages with built-in stop words.
    public static var builtinLanguages: [String] { builtinDefault.keys.sorted() }

    private static let builtinDefault: [String: StopWords] = Dictionary(
        LanguageProfile.builtin.map { ($0.language, StopWords(Array($0.rankedWords.prefix(defaultCount)))) },
        uniquingKeysWith: { first, _ in first })
}

/// A small open-addressing set of 64-bit hashes (linear probing), faster than `Set<UInt64>`
/// because it skips `Hasher`: the values are stable hashes already.
struct HashSet64: Sendable, Hashable {
    private var slots: [UInt64]
    private var hasZero = false
    private let mask: Int

    init(_ values: [UInt64]) {
        var capacity = 8
        while capacity < values.count * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for value in values {
            if value == 0 { hasZero = true; continue }
            var index = Int(truncatingIfNeeded: value) & mask
            while slots[index] != 0 && slots[index] != value { index = (index + 1) & mask }
            slots[index] = value
        }
    }

    @inline(__always)
    func contains(_ value: UInt64) -> Bool {
        if value == 0 { return hasZero }
        var index = Int(truncatingIfNeeded: value) & mask
        while true {
            let slot = slots[index]
            if slot == value { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }
}
