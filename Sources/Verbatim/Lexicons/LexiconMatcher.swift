/// A lexicon entry found in a document.
public struct LexiconMatch: Sendable {
    private let box: EntryBox
    /// The entry that fired.
    public var entry: LexiconEntry { box.entry }
    /// Its index in ``LexiconMatcher/entries``.
    public var entryIndex: Int
    /// Which of the entry's ``LexiconEntry/patterns`` matched.
    public var patternIndex: Int
    /// The matched tokens: indices into ``Document/tokens``.
    public var tokens: Range<Int>
    /// The original text the match covers: from its first token's start to its last token's end.
    public var range: TextRange

    /// The entry's full id (`de-en/with-a-view-to`).
    public var id: String { entry.id }
    /// `FILE:LINE` of the entry (`de-en.lex:42`).
    public var trace: String { entry.trace }
    /// The pattern that matched.
    public var pattern: TokenPattern { entry.patterns[patternIndex] }

    init(box: EntryBox, entryIndex: Int, patternIndex: Int, tokens: Range<Int>, range: TextRange) {
        self.box = box
        self.entryIndex = entryIndex
        self.patternIndex = patternIndex
        self.tokens = tokens
        self.range = range
    }
}

/// An entry shared by all its matches (a match copies one reference, not the entry's fields).
final class EntryBox: Sendable {
    let entry: LexiconEntry

    init(_ entry: LexiconEntry) {
        self.entry = entry
    }
}

/// Finds lexicon entries in documents.
///
/// Every pattern of every entry is compiled once, at initialisation, into one automaton over
/// token keys (``TokenKey``: case- and diacritic-insensitive) and token classes, which then
/// runs once over a document's tokens; context conditions and `case: sensitive` letter case
/// are checked on the candidate matches it reports.
///
/// - A match lies inside one paragraph. Context conditions look inside the match's sentence
///   (from the start of its first token's sentence to the end of its last token's), so a
///   sentence break the segmenter puts inside a phrase ("U.S. Foreign Ministry") hides nothing.
/// - An entry's matches do not overlap each other: of overlapping candidates the leftmost,
///   then the longest, is kept. Matches of different entries may overlap.
///
/// A matcher is immutable and `Sendable`: share one between threads; each call keeps its
/// working state to itself.
public struct LexiconMatcher: Sendable {
    /// The entries the matcher looks for, in set order.
    public let entries: [LexiconEntry]
    private let boxes: [EntryBox]
    private let keys: KeyTable
    private let automaton: TokenAutomaton
    /// Per automaton pattern: its entry, its index among the entry's patterns, and (for
    /// `case: sensitive` entries) its program, to check letter case.
    private let patternEntries: [Int32]
    private let patternIndices: [Int32]
    private let casePrograms: [PatternProgram?]
    /// Per entry: conditions compiled, and whether letter case must be checked.
    private let compiledEntries: [CompiledEntry]

    /// Compiles the entries of a set.
    /// - Parameters:
    ///   - set: the lexicons (built-in, user, or both).
    ///   - include: which entries to look for (all by default), e.g. only some categories or pairs.
    public init(_ set: LexiconSet, where include: (LexiconEntry) -> Bool = { _ in true }) {
        self.init(entries: set.entries.filter(include))
    }

    /// Compiles entries.
    public init(entries: [LexiconEntry]) {
        self.entries = entries
        self.boxes = entries.map(EntryBox.init)
        var vocabulary: [[UInt16]: Int32] = [:]
        var ordered: [[UInt16]] = []
        func intern(_ key: String) -> Int32 {
            let units = UTF16Conversion.units(of: key)
            if let id = vocabulary[units] { return id }
            let id = Int32(ordered.count)
            vocabulary[units] = id
            ordered.append(units)
            return id
        }
        func program(_ pattern: TokenPattern, caseSensitive: Bool) -> PatternProgram {
            PatternProgram(pattern, caseSensitive: caseSensitive, intern: intern)
        }

        var shapes: [TokenAutomaton.PatternShape] = []
        var patternEntries: [Int32] = []
        var patternIndices: [Int32] = []
        var casePrograms: [PatternProgram?] = []
        var compiledEntries: [CompiledEntry] = []
        for (entryIndex, entry) in entries.enumerated() {
            let conditions = entry.when.map { CompiledCondition($0, program: program($0.pattern, caseSensitive: entry.isCaseSensitive)) }
            let exclusions = entry.unless.map {
                CompiledCondition($0, program: program($0.pattern, caseSensitive: entry.isCaseSensitive))
            }
            compiledEntries.append(
                CompiledEntry(when: conditions, unless: exclusions, checksCase: entry.isCaseSensitive))
            for (patternIndex, pattern) in entry.patterns.enumerated() where pattern.isMatchable {
                let items = pattern.items.map { item in
                    (alternatives: item.alternatives.map { alternative -> [PatternAtom] in
                        switch alternative {
                        case .literal(let tokens): return tokens.map { .key(intern($0.key)) }
                        case .any: return [.any]
                        case .number: return [.number]
                        case .capitalized: return [.capitalized]
                        case .lowercase: return [.lowercase]
                        }
                    }, isOptional: item.isOptional)
                }
                shapes.append(TokenAutomaton.PatternShape(items: items))
                patternEntries.append(Int32(entryIndex))
                patternIndices.append(Int32(patternIndex))
                casePrograms.append(entry.isCaseSensitive ? program(pattern, caseSensitive: true) : nil)
            }
        }
        self.keys = KeyTable(keys: ordered)
        self.automaton = TokenAutomaton(patterns: shapes, keyCount: ordered.count)
        self.patternEntries = patternEntries
        self.patternIndices = patternIndices
        self.casePrograms = casePrograms
        self.compiledEntries = compiledEntries
    }

    /// Number of automaton states (for diagnostics and benchmarks).
    public var stateCount: Int { automaton.stateCount }
    /// Number of distinct literal keys.
    public var vocabularySize: Int { keys.count }

    /// Every entry found in a document, ordered by position, then by entry order.
    public func matches(in document: Document) -> [LexiconMatch] {
        let tokens = document.tokens
        guard !tokens.isEmpty, !patternEntries.isEmpty else { return [] }
        let view = DocumentView(document, keys: keys)
        var candidates: [TokenAutomaton.Candidate] = []
        view.keys.withUnsafeBufferPointer { keys in
            view.classes.withUnsafeBufferPointer { classes in
                view.paragraphOfToken.withUnsafeBufferPointer { segments in
                    automaton.run(keys: keys, classes: classes, segments: segments, into: &candidates)
                }
            }
        }
        guard !candidates.isEmpty else { return [] }

        // By entry, then leftmost, then longest: the order in which an entry's overlaps resolve.
        patternEntries.withUnsafeBufferPointer { entryOf in
            candidates.sort { lhs, rhs in
                let left = entryOf[Int(lhs.pattern)]
                let right = entryOf[Int(rhs.pattern)]
                if left != right { return left < right }
                if lhs.start != rhs.start { return lhs.start < rhs.start }
                if lhs.end != rhs.end { return lhs.end > rhs.end }
                return lhs.pattern < rhs.pattern
            }
        }
        var kept: [TokenAutomaton.Candidate] = []
        var currentEntry: Int32 = -1
        var keptEnd: Int32 = -1
        for candidate in candidates {
            let entry = patternEntries[Int(candidate.pattern)]
            if entry != currentEntry {
                currentEntry = entry
                keptEnd = -1
            }
            if candidate.start < keptEnd { continue }
            let start = Int(candidate.start)
            let end = Int(candidate.end)
            if let program = casePrograms[Int(candidate.pattern)],
                !program.matches(from: start, limit: end, endingAt: end, in: view)
            {
                continue
            }
            if compiledEntries[Int(entry)].hasConditions {
                let sentence = view.sentenceBounds(of: start..<end)
                guard compiledEntries[Int(entry)].holds(start..<end, sentence: sentence, in: view) else { continue }
            }
            keptEnd = candidate.end
            kept.append(candidate)
        }
        // Matches go in text order, then entry order.
        patternEntries.withUnsafeBufferPointer { entryOf in
            kept.sort { lhs, rhs in
                if lhs.start != rhs.start { return lhs.start < rhs.start }
                let left = entryOf[Int(lhs.pattern)]
                let right = entryOf[Int(rhs.pattern)]
                if left != right { return left < right }
                return lhs.end > rhs.end
            }
        }
        return kept.map { candidate in
            let entry = Int(patternEntries[Int(candidate.pattern)])
            let start = Int(candidate.start)
            let end = Int(candidate.end)
            return LexiconMatch(
                box: boxes[entry], entryIndex: entry, patternIndex: Int(patternIndices[Int(candidate.pattern)]),
                tokens: start..<end, range: TextRange(tokens[start].range.start, tokens[end - 1].range.end))
        }
    }
}

// MARK: - Compiled pieces

/// A document as the matcher sees it: token key ids, class bits and sentences.
struct DocumentView {
    let document: Document
    /// Per token: its key's id in the matcher's vocabulary, or -1.
    var keys: [Int32]
    /// Per token: ``TokenClassBits``.
    var classes: [UInt8]
    /// Per token: its sentence.
    var sentenceOfToken: [Int32]
    /// Per sentence `s`: its first token; the last element is the token count.
    var sentenceStarts: [Int32]
    /// Per token: its paragraph.
    var paragraphOfToken: [Int32]

    init(_ document: Document, keys table: KeyTable) {
        self.document = document
        let tokens = document.tokens
        let count = tokens.count
        var keys = [Int32](repeating: -1, count: count)
        var classes = [UInt8](repeating: 0, count: count)
        var keyBuffer: [UInt16] = []
        var scratch: [UInt16] = []
        let original = document.text.units
        keys.withUnsafeMutableBufferPointer { keys in
            classes.withUnsafeMutableBufferPointer { classes in
                tokens.withUnsafeBufferPointer { tokens in
                    document.normalized.units.withUnsafeBufferPointer { units in
                        for index in 0..<count {
                            let token = tokens[index]
                            let lower = max(0, min(token.normalized.lowerBound, units.count))
                            let upper = max(lower, min(token.normalized.upperBound, units.count))
                            let slice = UnsafeBufferPointer(rebasing: units[lower..<upper])
                            // ASCII tokens are their own keys: hash while checking.
                            var combined: UInt16 = 0
                            var hash = KeyTable.hashSeed
                            for unit in slice {
                                combined |= unit
                                hash = KeyTable.hash(hash, unit)
                            }
                            if combined < 0x80 {
                                keys[index] = table.id(of: slice, hash: KeyTable.finish(hash))
                            } else {
                                TokenKey.nonASCIIKey(of: slice, into: &keyBuffer, scratch: &scratch)
                                keys[index] = keyBuffer.withUnsafeBufferPointer { table.id(of: $0) }
                            }
                            switch token.kind {
                            case .number:
                                classes[index] = TokenClassBits.number
                            case .word:
                                if token.isCapitalized {
                                    classes[index] = TokenClassBits.capitalized
                                } else if token.range.start < original.count {
                                    let first = SourceText.scalar(in: original, at: token.range.start).value
                                    if UnicodeProperties.isLowercase(first) { classes[index] = TokenClassBits.lowercase }
                                }
                            default:
                                break
                            }
                        }
                    }
                }
            }
        }
        let sentenceOfToken = Self.containers(of: tokens, in: document.sentences)
        let sentenceCount = max(1, document.sentences.count)
        var sentenceStarts = [Int32](repeating: Int32(count), count: sentenceCount + 1)
        for index in stride(from: count - 1, through: 0, by: -1) {
            sentenceStarts[Int(sentenceOfToken[index])] = Int32(index)
        }
        // Sentences without tokens start where the next one does.
        for index in stride(from: sentenceCount - 1, through: 0, by: -1) where sentenceStarts[index] > sentenceStarts[index + 1] {
            sentenceStarts[index] = sentenceStarts[index + 1]
        }
        self.keys = keys
        self.classes = classes
        self.sentenceOfToken = sentenceOfToken
        self.sentenceStarts = sentenceStarts
        self.paragraphOfToken = Self.containers(of: tokens, in: document.paragraphs.map(\.range))
    }

    /// Per token: the index of the last range (of ranges in text order) that starts at or before it.
    private static func containers(of tokens: [Token], in ranges: [TextRange]) -> [Int32] {
        var result = [Int32](repeating: 0, count: tokens.count)
        var current = 0
        for index in tokens.indices {
            let start = tokens[index].range.start
            while current + 1 < ranges.count, ranges[current + 1].start <= start { current += 1 }
            result[index] = Int32(current)
        }
        return result
    }

    /// The tokens of the sentences that hold a match: from the start of its first token's
    /// sentence to the end of its last token's.
    func sentenceBounds(of match: Range<Int>) -> Range<Int> {
        let first = Int(sentenceOfToken[match.lowerBound])
        let last = Int(sentenceOfToken[match.upperBound - 1])
        return Int(sentenceStarts[first])..<Int(sentenceStarts[last + 1])
    }
}

/// A pattern run directly against tokens at a given position: used for context conditions
/// and to check letter case, on the few candidates the automaton reports.
struct PatternProgram: Sendable {
    struct Step: Sendable {
        var atom: PatternAtom
        /// Letter case of the literal as written, for case-sensitive steps.
        var letterCase: [Bool]?
    }

    struct Item: Sendable {
        /// Sorted ids of one-token, case-insensitive literal alternatives (looked up by binary search).
        var singleKeys: [Int32]
        /// Other alternatives as step sequences.
        var sequences: [[Step]]
        var isOptional: Bool
    }

    var items: [Item]
    var minimumLength: Int
    var maximumLength: Int

    init(_ pattern: TokenPattern, caseSensitive: Bool, intern: (String) -> Int32) {
        items = pattern.items.map { item in
            var singles: [Int32] = []
            var sequences: [[Step]] = []
            for alternative in item.alternatives where alternative.isMatchable {
                switch alternative {
                case .literal(let tokens):
                    if tokens.count == 1, !caseSensitive {
                        singles.append(intern(tokens[0].key))
                    } else {
                        sequences.append(tokens.map { token in
                            Step(atom: .key(intern(token.key)), letterCase: caseSensitive ? TokenKey.letterCase(of: token.text) : nil)
                        })
                    }
                case .any: sequences.append([Step(atom: .any)])
                case .number: sequences.append([Step(atom: .number)])
                case .capitalized: sequences.append([Step(atom: .capitalized)])
                case .lowercase: sequences.append([Step(atom: .lowercase)])
                }
            }
            return Item(singleKeys: Array(Set(singles)).sorted(), sequences: sequences, isOptional: item.isOptional)
        }
        minimumLength = pattern.minimumLength
        maximumLength = pattern.maximumLength
    }

    /// Whether the pattern matches tokens from `start` on, ending at or before `limit`, and
    /// exactly at `end` when one is given. A depth-first search: patterns are short, and this
    /// runs only on the automaton's candidates, without allocating.
    func matches(from start: Int, limit: Int, endingAt end: Int? = nil, in view: DocumentView) -> Bool {
        matches(item: 0, at: start, limit: limit, end: end, view)
    }

    private func matches(item index: Int, at position: Int, limit: Int, end: Int?, _ view: DocumentView) -> Bool {
        guard index < items.count else { return end == nil || position == end }
        if let end, position > end { return false }
        if position < limit {
            let key = view.keys[position]
            if key >= 0, Self.contains(items[index].singleKeys, key),
                matches(item: index + 1, at: position + 1, limit: limit, end: end, view)
            {
                return true
            }
            for sequence in items[index].sequences {
                if let next = match(sequence, at: position, limit: limit, in: view),
                    matches(item: index + 1, at: next, limit: limit, end: end, view)
                {
                    return true
                }
            }
        }
        return items[index].isOptional && matches(item: index + 1, at: position, limit: limit, end: end, view)
    }

    private func match(_ steps: [Step], at position: Int, limit: Int, in view: DocumentView) -> Int? {
        var index = position
        for step in steps {
            guard index < limit else { return nil }
            let bits = view.classes[index]
            switch step.atom {
            case .key(let key):
                guard view.keys[index] == key else { return nil }
                if let letterCase = step.letterCase {
                    let token = view.document.tokens[index]
                    guard TokenKey.sameLetterCase(view.document.text, token.range, as: letterCase) else { return nil }
                }
            case .any: break
            case .number: guard bits & TokenClassBits.number != 0 else { return nil }
            case .capitalized: guard bits & TokenClassBits.capitalized != 0 else { return nil }
            case .lowercase: guard bits & TokenClassBits.lowercase != 0 else { return nil }
            }
            index += 1
        }
        return index
    }

    private static func contains(_ sorted: [Int32], _ value: Int32) -> Bool {
        sorted.withUnsafeBufferPointer { sorted in
            var low = 0
            var high = sorted.count
            while low < high {
                let mid = (low + high) >> 1
                if sorted[mid] < value { low = mid + 1 } else { high = mid }
            }
            return low < sorted.count && sorted[low] == value
        }
    }
}

struct CompiledCondition: Sendable {
    var kind: ContextCondition.Kind
    var reach: Int
    var program: PatternProgram

    init(_ condition: ContextCondition, program: PatternProgram) {
        self.kind = condition.kind
        self.reach = condition.reach
        self.program = program
    }

    /// Whether the condition holds around a match, inside its sentence.
    func holds(around match: Range<Int>, sentence: Range<Int>, in view: DocumentView) -> Bool {
        switch kind {
        case .followedBy:
            let last = min(match.upperBound + reach, sentence.upperBound)
            for start in match.upperBound..<max(match.upperBound, last)
            where program.matches(from: start, limit: sentence.upperBound, in: view) {
                return true
            }
            return false
        case .precededBy:
            // The pattern's last token is one of the `reach` tokens before the match.
            let firstEnd = max(sentence.lowerBound + 1, match.lowerBound - reach + 1)
            guard firstEnd <= match.lowerBound else { return false }
            for end in firstEnd...match.lowerBound {
                let earliest = max(sentence.lowerBound, end - program.maximumLength)
                let latest = end - max(1, program.minimumLength)
                guard earliest <= latest else { continue }
                for start in earliest...latest where program.matches(from: start, limit: end, endingAt: end, in: view) {
                    return true
                }
            }
            return false
        case .inSentence:
            for start in sentence where program.matches(from: start, limit: sentence.upperBound, in: view) {
                return true
            }
            return false
        }
    }
}

struct CompiledEntry: Sendable {
    var when: [CompiledCondition]
    var unless: [CompiledCondition]
    var checksCase: Bool

    var hasConditions: Bool { !when.isEmpty || !unless.isEmpty }

    func holds(_ match: Range<Int>, sentence: Range<Int>, in view: DocumentView) -> Bool {
        for condition in when where !condition.holds(around: match, sentence: sentence, in: view) { return false }
        for condition in unless where condition.holds(around: match, sentence: sentence, in: view) { return false }
        return true
    }
}
