/// Why a lexicon file could not be loaded, with the file, line and column (1-based, counted in
/// Unicode code points) and what was expected there.
///
/// `description` reads like a compiler diagnostic: `de-en.lex:42:10: unknown token class <foo>: …`.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The file or folder could not be read.
        case unreadable(String)
        /// The file does not start with `verbatim-lexicon: N`.
        case missingVersion(found: String?)
        /// `verbatim-lexicon:` is not a whole number.
        case badVersion(String)
        /// The file is written in a newer format than this Verbatim reads.
        case newerVersion(found: Int, supported: Int)
        /// `pair:` is not `XX-en`, `common` or `en`.
        case badPair(String)
        /// A key the format does not define (with the nearest known key, if one is close).
        case unknownKey(String, suggestion: String?)
        /// An entry key (`category:` …) before the first `[id]`.
        case entryKeyInHeader(String)
        /// A header key (`pair:` …) inside an entry.
        case headerKeyInEntry(String)
        /// A key that may appear once appears again.
        case duplicateKey(String, firstLine: Int)
        /// A required key is missing (in the header or in an entry).
        case missingKey(String)
        /// An `[id]` that is empty, unterminated or uses characters other than a–z, 0–9, `-`, `.`.
        case badID(String)
        /// An id used twice; where the first one is (`de-en.lex:12`).
        case duplicateID(String, first: String)
        /// `category:` is not one of the eight categories.
        case badCategory(String)
        /// `weight:` is not a number from 0 to 1.
        case badWeight(String)
        /// `precision:` or `recall:` is not a number from 0 to 1.
        case badMeasure(key: String, value: String)
        /// `case:` is neither `insensitive` nor `sensitive`.
        case badCase(String)
        /// `pattern:` (or a condition) with nothing to match.
        case emptyPattern
        /// An empty alternative: `a||b`, `|a`.
        case emptyAlternative
        /// A `|` with nothing after it: `a|`.
        case unterminatedAlternative
        /// A `?` that does not end an item: `?`, `a?|b`.
        case misplacedOptional
        /// `<foo>`: not `<number>`, `<Cap>` or `<lower>`.
        case unknownTokenClass(String)
        /// `<Cap` without its `>`.
        case unterminatedTokenClass(String)
        /// `when:`/`unless:` that does not start with `followed-by`, `preceded-by` or `in-sentence`.
        case unknownCondition(String)
        /// `within N` where N is not a whole number from 1 to ``Lexicon/maximumWithin``, or
        /// `within` on an `in-sentence` condition.
        case badWithin(String)
        /// A line that is neither `key: value`, `[id]`, a comment, a blank line nor a continuation.
        case malformedLine(String)
        /// A line indented by one space: continuation lines start with at least two.
        case unexpectedIndentation
        /// A continuation line with no `key: value` line before it.
        case continuationWithoutKey
        /// ICU could not be set up to tokenize the patterns.
        case icu(String)
    }

    /// The file's name as reports give it (`de-en.lex`), or its path for unreadable files.
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file (unreadable).
    public var line: Int
    /// 1-based column in Unicode code points; 0 when the problem concerns the whole file.
    public var column: Int
    public var reason: Reason

    public init(_ reason: Reason, file: String, line: Int, column: Int) {
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
    }

    /// Where the problem is.
    public var location: SourceLocation {
        SourceLocation(file: file, line: line, column: column > 0 ? column : nil)
    }

    /// `FILE:LINE:COLUMN: message`.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }

    /// What went wrong and what was expected, without the location.
    public var message: String {
        switch reason {
        case .unreadable(let why):
            return "cannot read lexicon: \(why)"
        case .missingVersion(let found):
            let what = found.map { "found `\($0)`" } ?? "found nothing"
            return "expected `verbatim-lexicon: \(Lexicon.supportedVersion)` as the first key of the file; \(what)"
        case .badVersion(let value):
            return "`verbatim-lexicon:` must be a whole number (the format version); found `\(value)`"
        case .newerVersion(let found, let supported):
            return "format version \(found) is newer than this Verbatim reads (up to \(supported)); "
                + "the file was not read: upgrade Verbatim to use it"
        case .badPair(let value):
            return "`pair:` must be `XX-en` (two or three lowercase letters, e.g. `de-en`), `common` or `en`; found `\(value)`"
        case .unknownKey(let key, let suggestion):
            let hint = suggestion.map { "; did you mean `\($0)`?" } ?? ""
            let known = (LexiconParser.headerKeys + LexiconParser.entryKeys).joined(separator: ", ")
            return "unknown key `\(key)`\(hint.isEmpty ? "" : hint) (the format's keys: \(known))"
        case .entryKeyInHeader(let key):
            return "`\(key):` belongs to an entry: expected an `[id]` line before it"
        case .headerKeyInEntry(let key):
            return "`\(key):` belongs to the file header, before the first `[id]`"
        case .duplicateKey(let key, let firstLine):
            return "`\(key):` may appear once per entry; it already appears on line \(firstLine)"
        case .missingKey(let key):
            return "missing required key `\(key):`"
        case .badID(let why):
            return "bad id: \(why); an id is `[id]` with lowercase letters a–z, digits, `-` and `.`"
        case .duplicateID(let id, let first):
            return "duplicate id `\(id)`: already defined at \(first)"
        case .badCategory(let value):
            let known = ArtifactCategory.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown category `\(value)`: expected one of \(known)"
        case .badWeight(let value):
            return "`weight:` must be a number from 0 to 1; found `\(value)`"
        case .badMeasure(let key, let value):
            return "`\(key):` must be a number from 0 to 1; found `\(value)`"
        case .badCase(let value):
            return "`case:` must be `insensitive` or `sensitive`; found `\(value)`"
        case .emptyPattern:
            return "empty pattern: expected at least one item (a word, `a|b`, `*`, `<number>`, `<Cap>`, `<lower>`)"
        case .emptyAlternative:
            return "empty alternative: expected a word between the `|` separators"
        case .unterminatedAlternative:
            return "unterminated alternative: expected a word after `|`"
        case .misplacedOptional:
            return "misplaced `?`: it follows a whole item (`word?`, `a|b?`, `*?`)"
        case .unknownTokenClass(let name):
            return "unknown token class `\(name)`: expected `<number>`, `<Cap>` or `<lower>`"
        case .unterminatedTokenClass(let text):
            return "unterminated token class `\(text)`: expected `>`"
        case .unknownCondition(let word):
            return "unknown condition `\(word)`: expected `followed-by`, `preceded-by` or `in-sentence` and a pattern"
        case .badWithin(let why):
            return "bad `within`: \(why)"
        case .malformedLine(let text):
            return "expected `key: value`, `[id]`, a comment or a blank line; found `\(text)`"
        case .unexpectedIndentation:
            return "unexpected indentation: a continuation line starts with at least two spaces, other lines at column 1"
        case .continuationWithoutKey:
            return "continuation line without a `key: value` line before it"
        case .icu(let why):
            return "cannot tokenize patterns: \(why)"
        }
    }
}
