/// A problem in the n-gram module: a parameter out of range, a signature that does not fit an
/// index, an id inserted twice, or ICU failing to open the transliterator.
public enum NGramError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A parameter is outside its allowed range; `reason` says which range.
    case invalidParameter(name: String, value: String, reason: String)
    /// A signature made with another number of permutations than the index or signature it meets.
    case permutationMismatch(expected: Int, actual: Int)
    /// ``LSHIndex/insert(_:id:)`` was given an id that is already in the index.
    case duplicateID(Int)
    /// ICU could not open the transliterator that transliterated shingles need.
    case transliteration(ICUError)

    public var description: String {
        switch self {
        case .invalidParameter(let name, let value, let reason):
            return "n-grams: invalid \(name) \(value): \(reason)"
        case .permutationMismatch(let expected, let actual):
            return "n-grams: signature has \(actual) permutations, expected \(expected)"
        case .duplicateID(let id):
            return "n-grams: id \(id) is already in the LSH index"
        case .transliteration(let error):
            return "n-grams: cannot transliterate shingles: \(error)"
        }
    }
}
