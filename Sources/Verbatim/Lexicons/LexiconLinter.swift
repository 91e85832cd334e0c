/// A problem `verbatim lexicon lint` reports, at a line of a lexicon file.
public struct LintFinding: Sendable, Hashable, CustomStringConvertible, Codable {
    public enum Severity: String, Sendable, Hashable, Comparable, Codable, CaseIterable {
        /// Worth knowing (a pattern shared with another pair's lexicon, an override).
        case info
        /// Probably a mistake, but the lexicon works.
        case warning
        /// The file is wrong or an entry can never fire; `lint` exits 1.
        case error

        private var rank: Int {
            switch self {
            case .info: return 0
            case .warning: return 1
            case .error: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Which check found the problem.
    public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
        /// The loader refused the line (``LexiconError``).
        case format
        /// The entry has no `note:`.
        case missingNote = "missing-note"
        /// The same pattern (and conditions) in two places.
        case duplicate
        /// The same pattern with a different category or suggestion.
        case conflict
        /// A pattern, alternative or condition that can never match.
        case neverMatches = "never-matches"
        /// Conditions that cannot hold together, or that always exclude the entry.
        case contradiction
        /// A pattern without any literal word: it fires on any words of the right shape.
        case broad
        /// An entry that replaces another with the same full id.
        case override
        /// `weight: 0`.
        case weight
        /// The entry never fired on the corpus given to `--corpus`.
        case neverFires = "never-fires"
    }

    public var severity: Severity
    public var rule: Rule
    public var location: SourceLocation
    /// The full id of the entry concerned, if any.
    public var entryID: String?
    public var message: String

    public init(_ severity: Severity, _ rule: Rule, at location: SourceLocation, entry: String? = nil, _ message: String) {
        self.severity = severity
        self.rule = rule
        self.location = location
        self.entryID = entry
        self.message = message
    }

    /// `FILE:LINE[:COLUMN]: SEVERITY: MESSAGE [RULE]`.
    public var description: String {
        let entry = entryID.map { " (\($0))" } ?? ""
        return "\(location): \(severity.rawValue): \(message)\(entry) [\(rule.rawValue)]"
    }

    enum CodingKeys: String, CodingKey {
        case severity, rule, file, line, column, entry, message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        severity = try container.decode(Severity.self, forKey: .severity)
        rule = try container.decode(Rule.self, forKey: .rule)
        location = SourceLocation(
            file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line),
            column: try container.decodeIfPresent(Int.self, forKey: .column))
        entryID = try container.decodeIfPresent(String.self, forKey: .entry)
        message = try container.decode(String.self, forKey: .message)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(rule, forKey: .rule)
        try container.encode(location.file, forKey: .file)
        try container.encode(location.line, forKey: .line)
        try container.encodeIfPresent(location.column, forKey: .column)
        try container.encodeIfPresent(entryID, forKey: .entry)
        try container.encode(message, forKey: .message)
    }
}

/// What ``LexiconLinter`` found.
public struct LintReport: Sendable {
    /// Every finding, sorted by file, line and column.
    public var findings: [LintFinding]
    /// How many lexicon files were linted.
    public var lexiconCount: Int
    /// How many entries they hold (entries refused by the loader not counted).
    public var entryCount: Int
    /// How many documents the never-fires check ran on (0 without a corpus).
    public var documentCount: Int

    public func count(_ severity: LintFinding.Severity) -> Int {
        findings.filter { $0.severity == severity }.count
    }

    /// Whether some finding is an error (`lint` exits 1).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// Findings at or above a severity.
    public func findings(atLeast severity: LintFinding.Severity) -> [LintFinding] {
        findings.filter { $0.severity >= severity }
    }
}

/// Checks lexicons beyond what the loader refuses: duplicate and conflicting patterns,
/// patterns and conditions that can never match, entries without a note, and, given a corpus,
/// entries that never fire on it.
public struct LexiconLinter: Sendable {
    public init() {}

    /// Lints lexicon files. Format errors are reported with every other problem (an entry with a
    /// format error is left out of the other checks).
    /// - Parameters:
    ///   - sources: the files to lint.
    ///   - context: lexicons the files are used with (usually the built-in set). Duplicates and
    ///     conflicts with them are reported, and an entry that replaces one of theirs by id is
    ///     noted; a context lexicon with the same file name as a linted one is left out (the
    ///     linted file is its new version). Only findings in `sources` are reported.
    ///   - corpus: documents on which every linted entry should fire at least once.
    public func lint(_ sources: [LexiconSource], context: LexiconSet? = nil, corpus: [Document] = []) -> LintReport {
        var findings: [LintFinding] = []
        var lexicons: [Lexicon] = []
        var parser: LexiconParser?
        do {
            parser = try LexiconParser()
        } catch {
            findings.append(LintFinding(.error, .format, at: error.location, error.message))
        }
        for source in sources {
            guard let parser else { break }
            let outcome = parser.parse(source.contents, file: source.name)
            findings += outcome.errors.map { LintFinding(.error, .format, at: $0.location, $0.message) }
            if let lexicon = outcome.lexicon { lexicons.append(lexicon) }
        }
        // Full ids twice among the linted files.
        var linted: [LexiconEntry] = []
        var seen: [String: String] = [:]
        for lexicon in lexicons {
            for entry in lexicon.entries {
                if let first = seen[entry.id] {
                    findings.append(
                        LintFinding(
                            .error, .format, at: SourceLocation(file: entry.location.file, line: entry.location.line, column: 2),
                            entry: entry.id, "duplicate id `\(entry.id)`: already defined at \(first)"))
                    continue
                }
                seen[entry.id] = entry.trace
                linted.append(entry)
            }
        }
        let names = Set(sources.map(\.name))
        var base: [LexiconEntry] = []
        if let context {
            let kept = context.entries.filter { !names.contains($0.location.file) }
            let keptIDs = Dictionary(kept.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for entry in linted {
                if let replaced = keptIDs[entry.id] {
                    findings.append(
                        LintFinding(.info, .override, at: entry.location, entry: entry.id,
                                    "replaces the entry with the same id at \(replaced.trace)"))
                }
            }
            let lintedIDs = Set(linted.map(\.id))
            base = kept.filter { !lintedIDs.contains($0.id) }
        }
        var checked = findings
        checked += check(base + linted)
        if !corpus.isEmpty {
            checked += neverFires(linted, corpus: corpus, matcherEntries: base + linted)
        }
        let reported = checked.filter { names.contains($0.location.file) || context == nil }
        return LintReport(
            findings: Self.sorted(reported), lexiconCount: sources.count, entryCount: linted.count,
            documentCount: corpus.count)
    }

    /// Lints a loaded set (which has no format errors left to find).
    public func lint(_ set: LexiconSet, corpus: [Document] = []) -> LintReport {
        var findings = check(set.entries)
        if !corpus.isEmpty { findings += neverFires(set.entries, corpus: corpus, matcherEntries: set.entries) }
        return LintReport(
            findings: Self.sorted(findings), lexiconCount: set.lexicons.count, entryCount: set.entries.count,
            documentCount: corpus.count)
    }

    private static func sorted(_ findings: [LintFinding]) -> [LintFinding] {
        findings.enumerated().sorted { lhs, rhs in
            if lhs.element.location != rhs.element.location { return lhs.element.location < rhs.element.location }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    // MARK: - Checks

    private func check(_ entries: [LexiconEntry]) -> [LintFinding] {
        var findings: [LintFinding] = []
        for entry in entries { findings += check(entry) }
        findings += duplicates(entries)
        return findings
    }

    /// Checks that concern one entry.
    private func check(_ entry: LexiconEntry) -> [LintFinding] {
        var findings: [LintFinding] = []
        func report(_ severity: LintFinding.Severity, _ rule: LintFinding.Rule, _ location: SourceLocation, _ message: String) {
            findings.append(LintFinding(severity, rule, at: location, entry: entry.id, message))
        }
        if entry.note.isEmpty {
            report(.error, .missingNote, entry.location, "missing `note:`: say what the source-language form is")
        }
        if entry.weight == 0 {
            report(.info, .weight, entry.location, "weight 0: firings of this entry count for nothing")
        }
        var canonicalPatterns: [String: SourceLocation] = [:]
        for pattern in entry.patterns {
            findings += neverMatching(pattern, entry: entry, what: "pattern")
            if !pattern.items.contains(where: { !$0.isOptional && $0.alternatives.contains(where: \.isLiteral) }),
                pattern.isMatchable
            {
                report(.warning, .broad, pattern.location,
                       "pattern `\(pattern.text)` has no literal word that must be there: it fires on any words of that shape")
            }
            let canonical = entry.isCaseSensitive ? pattern.caseSensitiveCanonical : pattern.canonical
            if let first = canonicalPatterns[canonical] {
                report(.warning, .duplicate, pattern.location,
                       "pattern `\(pattern.text)` repeats the pattern at \(first) of the same entry")
            } else {
                canonicalPatterns[canonical] = pattern.location
            }
        }
        for condition in entry.conditions {
            findings += neverMatching(condition.pattern, entry: entry, what: "condition pattern")
        }
        // A condition both required and excluded.
        let required = Dictionary(entry.when.map { ($0.canonical, $0) }, uniquingKeysWith: { first, _ in first })
        for condition in entry.unless {
            if let both = required[condition.canonical] {
                report(.error, .contradiction, condition.location,
                       "`unless: \(condition)` excludes what `when:` at line \(both.location.line) requires: the entry never fires")
            }
        }
        // Two `when:` conditions that want different tokens right next to the match.
        for kind in [ContextCondition.Kind.followedBy, .precededBy] {
            let adjacent = entry.when.filter { $0.kind == kind && $0.within == nil }
            for (index, first) in adjacent.enumerated() {
                for second in adjacent[(index + 1)...] {
                    let left = Self.adjacentKeys(first.pattern, atEnd: kind == .precededBy)
                    let right = Self.adjacentKeys(second.pattern, atEnd: kind == .precededBy)
                    if let left, let right, left.isDisjoint(with: right) {
                        report(.error, .contradiction, second.location,
                               "`when: \(second)` and `when: \(first)` (line \(first.location.line)) need different tokens "
                                   + "in the same place: the entry never fires")
                    }
                }
            }
        }
        // `unless: in-sentence X` where every match contains X.
        for condition in entry.unless where condition.kind == .inSentence {
            guard let excluded = Self.singleTokenKeys(condition.pattern) else { continue }
            let alwaysExcluded = entry.patterns.filter(\.isMatchable).allSatisfy { pattern in
                pattern.items.contains { item in
                    guard !item.isOptional, let keys = Self.singleTokenKeys(item) else { return false }
                    return keys.isSubset(of: excluded)
                }
            }
            if alwaysExcluded, entry.patterns.contains(where: \.isMatchable) {
                report(.error, .contradiction, condition.location,
                       "`unless: \(condition)` always holds: every match contains one of those words, so the entry never fires")
            }
        }
        return findings
    }

    /// Alternatives, items and patterns that can never match.
    private func neverMatching(_ pattern: TokenPattern, entry: LexiconEntry, what: String) -> [LintFinding] {
        var findings: [LintFinding] = []
        var location = pattern.location
        for item in pattern.items {
            location.column = item.column
            let dead = item.alternatives.filter { !$0.isMatchable }
            guard !dead.isEmpty else { continue }
            if item.isMatchable || item.isOptional {
                findings.append(
                    LintFinding(.warning, .neverMatches, at: location, entry: entry.id,
                                "`\(item.text)` has an alternative without any word or number (punctuation only): it never matches"))
            } else {
                findings.append(
                    LintFinding(.error, .neverMatches, at: location, entry: entry.id,
                                "`\(item.text)` has no word or number (punctuation only): the \(what) never matches"))
            }
        }
        if !pattern.items.contains(where: { !$0.isOptional }) {
            findings.append(
                LintFinding(.error, .neverMatches, at: pattern.location, entry: entry.id,
                            "every item of the \(what) `\(pattern.text)` is optional: it would match nothing, so it is never used"))
        }
        return findings
    }

    /// Same pattern (and conditions) in two entries.
    private func duplicates(_ entries: [LexiconEntry]) -> [LintFinding] {
        var findings: [LintFinding] = []
        var first: [String: (entry: LexiconEntry, pattern: TokenPattern)] = [:]
        for entry in entries {
            let conditions = (entry.when.map { "when " + $0.canonical } + entry.unless.map { "unless " + $0.canonical })
                .sorted().joined(separator: "; ")
            var seenInEntry: Set<String> = []
            for pattern in entry.patterns where pattern.isMatchable {
                let canonical = entry.isCaseSensitive ? "case " + pattern.caseSensitiveCanonical : pattern.canonical
                let key = canonical + " || " + conditions
                guard seenInEntry.insert(key).inserted else { continue }
                guard let earlier = first[key] else {
                    first[key] = (entry, pattern)
                    continue
                }
                let other = earlier.entry
                let sameFile = other.location.file == entry.location.file
                let here = "`\(pattern.text)`"
                let there = "\(other.id) (\(earlier.pattern.location.trace))"
                if other.category != entry.category {
                    findings.append(
                        LintFinding(sameFile ? .error : .warning, .conflict, at: pattern.location, entry: entry.id,
                                    "pattern \(here) is also in \(there) with category \(other.category), here \(entry.category)"))
                } else if Self.suggestionSet(other) != Self.suggestionSet(entry) {
                    findings.append(
                        LintFinding(sameFile ? .warning : .info, .conflict, at: pattern.location, entry: entry.id,
                                    "pattern \(here) is also in \(there) with a different suggestion"))
                } else {
                    findings.append(
                        LintFinding(sameFile ? .warning : .info, .duplicate, at: pattern.location, entry: entry.id,
                                    "pattern \(here) is also in \(there)"))
                }
            }
        }
        return findings
    }

    /// Entries that fire nowhere in a corpus.
    private func neverFires(_ entries: [LexiconEntry], corpus: [Document], matcherEntries: [LexiconEntry]) -> [LintFinding] {
        let matcher = LexiconMatcher(entries: matcherEntries)
        var fired: Set<String> = []
        for document in corpus {
            for match in matcher.matches(in: document) { fired.insert(match.id) }
        }
        return entries.filter { !fired.contains($0.id) }.map { entry in
            LintFinding(.warning, .neverFires, at: entry.location, entry: entry.id,
                        "never fired on the \(corpus.count) document\(corpus.count == 1 ? "" : "s") of the corpus")
        }
    }

    // MARK: - Helpers

    private static func suggestionSet(_ entry: LexiconEntry) -> Set<String> {
        Set(entry.suggestions.map { $0.lowercased() })
    }

    /// The keys of an item whose alternatives are all one-token literals; nil otherwise.
    private static func singleTokenKeys(_ item: TokenPattern.Item) -> Set<String>? {
        var keys: Set<String> = []
        for alternative in item.alternatives {
            guard case .literal(let tokens) = alternative, tokens.count == 1 else { return nil }
            keys.insert(tokens[0].key)
        }
        return keys.isEmpty ? nil : keys
    }

    /// For a one-item pattern of one-token literals: their keys.
    private static func singleTokenKeys(_ pattern: TokenPattern) -> Set<String>? {
        guard pattern.items.count == 1, !pattern.items[0].isOptional else { return nil }
        return singleTokenKeys(pattern.items[0])
    }

    /// The keys the token next to the match must have for a condition pattern to hold: from
    /// its first item (or last, for `preceded-by`) when that item is required and made of
    /// one-token literals; nil when anything could be there.
    private static func adjacentKeys(_ pattern: TokenPattern, atEnd: Bool) -> Set<String>? {
        guard let item = atEnd ? pattern.items.last : pattern.items.first, !item.isOptional else { return nil }
        return singleTokenKeys(item)
    }
}

extension TokenPattern.Alternative {
    /// Whether the alternative is a literal word (not `*` or a class).
    var isLiteral: Bool {
        if case .literal(let tokens) = self { return !tokens.isEmpty }
        return false
    }
}
