/// Reads `.lex` files, format version 1 (`Lexicons/README.md`).
///
/// Parsing goes on after an error so that `verbatim lexicon lint` can list every problem of a
/// file at once: an entry with an error is left out, the rest are kept. A file whose format
/// version is missing or newer than ``Lexicon/supportedVersion`` is not read at all.
///
/// Holds an ICU break iterator (to cut literals into tokens): one parser per thread.
final class LexiconParser {
    static let headerKeys = ["verbatim-lexicon", "pair", "description"]
    static let entryKeys = [
        "category", "pattern", "suggest", "weight", "note", "when", "unless", "case", "precision", "recall", "measured",
    ]
    static let repeatableKeys: Set<String> = ["pattern", "when", "unless"]
    static let requiredEntryKeys = ["category", "pattern", "weight"]

    private let tokenizer: LiteralTokenizer

    init() throws(LexiconError) {
        do {
            tokenizer = try LiteralTokenizer()
        } catch {
            throw LexiconError(.icu(error.description), file: "-", line: 0, column: 0)
        }
    }

    struct Outcome {
        /// The lexicon with every entry that parsed; nil when the header is unusable.
        var lexicon: Lexicon?
        /// Every problem found, in line order.
        var errors: [LexiconError]
    }

    // MARK: - Lines

    /// A value as written, possibly continued over several lines, with the position of each
    /// code point so that errors inside it name the right line and column.
    struct Value {
        var scalars: [Unicode.Scalar] = []
        /// Where each continued piece starts: offset in `scalars`, line, column.
        var pieces: [(offset: Int, line: Int, column: Int)] = []

        var string: String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }

        func string(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }

        /// Line and column of a code point offset (or of the end of the value).
        func position(_ offset: Int) -> (line: Int, column: Int) {
            var piece = pieces[0]
            for candidate in pieces where candidate.offset <= offset { piece = candidate }
            return (piece.line, piece.column + offset - piece.offset)
        }

        /// Runs of non-space code points: the items of a pattern, the words of a condition.
        func words(in range: Range<Int>) -> [Range<Int>] {
            var words: [Range<Int>] = []
            var index = range.lowerBound
            while index < range.upperBound {
                while index < range.upperBound, Self.isSpace(scalars[index]) { index += 1 }
                let start = index
                while index < range.upperBound, !Self.isSpace(scalars[index]) { index += 1 }
                if index > start { words.append(start..<index) }
            }
            return words
        }

        static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\u{A0}"
        }
    }

    struct Field {
        var key: String
        var line: Int
        var column: Int
        var value: Value
    }

    struct Block {
        /// The id of the entry; empty for the header block.
        var id: String
        var line: Int
        var fields: [Field] = []
        /// The `[id]` line had an error: the entry is checked but never kept.
        var isBroken = false
    }

    private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var slice = scalars
        while let first = slice.first, Value.isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, Value.isSpace(last) || last == "\r" { slice = slice.dropLast() }
        return slice
    }

    private static func lines(of contents: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var scalars = contents.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }  // a byte order mark
        for scalar in scalars {
            if scalar == "\n" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        return lines.map { line in line.last == "\r" ? Array(line.dropLast()) : line }
    }

    private static func string<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private static func isBlankOrComment(_ line: [Unicode.Scalar]) -> Bool {
        let content = trimmed(line[...])
        return content.isEmpty || line.first == "#"
    }

    // MARK: - Parsing

    func parse(_ contents: String, file: String) -> Outcome {
        let lines = Self.lines(of: contents)
        if let fatal = Self.versionError(lines, file: file) { return Outcome(lexicon: nil, errors: [fatal]) }
        var errors: [LexiconError] = []
        func fail(_ reason: LexiconError.Reason, _ line: Int, _ column: Int) {
            errors.append(LexiconError(reason, file: file, line: line, column: column))
        }

        // Pass 1: lines into blocks of fields.
        var blocks = [Block(id: "", line: 1)]
        var continuable = false
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let content = Self.trimmed(line[...])
            if content.isEmpty {
                continuable = false
                continue
            }
            if line[0] == "#" { continue }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            if indent > 0 {
                let isContinuation = indent >= 2 || line[0] == "\t"
                if isContinuation, continuable, var field = blocks[blocks.count - 1].fields.popLast() {
                    field.value.scalars.append(" ")
                    field.value.pieces.append((field.value.scalars.count, number, content.startIndex + 1))
                    field.value.scalars.append(contentsOf: content)
                    blocks[blocks.count - 1].fields.append(field)
                } else {
                    fail(isContinuation ? .continuationWithoutKey : .unexpectedIndentation, number, indent + 1)
                }
                continue
            }
            continuable = false
            if line[0] == "[" {
                var block = Block(id: "", line: number)
                if let close = line.firstIndex(of: "]") {
                    let id = Self.string(line[1..<close])
                    block.id = id
                    if id.isEmpty {
                        fail(.badID("the id is empty"), number, 2)
                        block.isBroken = true
                    } else if let bad = line[1..<close].firstIndex(where: { !Self.isIDCharacter($0) }) {
                        fail(.badID("`\(line[bad])` is not allowed in an id"), number, bad + 1)
                        block.isBroken = true
                    } else if let extra = line[(close + 1)...].firstIndex(where: { !Value.isSpace($0) }) {
                        fail(.malformedLine(Self.string(line[extra...])), number, extra + 1)
                        block.isBroken = true
                    }
                } else {
                    fail(.badID("expected `]` to close it"), number, line.count + 1)
                    block.isBroken = true
                }
                blocks.append(block)
                continue
            }
            guard let colon = line.firstIndex(of: ":"), colon > 0,
                !line[..<colon].contains(where: { Value.isSpace($0) })
            else {
                fail(.malformedLine(Self.string(content)), number, 1)
                continue
            }
            var valueStart = colon + 1
            while valueStart < line.count, Value.isSpace(line[valueStart]) { valueStart += 1 }
            let valueScalars = Self.trimmed(line[valueStart...])
            var value = Value()
            value.scalars = Array(valueScalars)
            value.pieces = [(0, number, valueStart + 1)]
            blocks[blocks.count - 1].fields.append(
                Field(key: Self.string(line[..<colon]), line: number, column: 1, value: value))
            continuable = true
        }

        // Pass 2: the header.
        var pair: String?
        var description: String?
        var seen: [String: Int] = [:]
        for field in blocks[0].fields {
            if Self.headerKeys.contains(field.key) {
                if let first = seen[field.key] {
                    fail(.duplicateKey(field.key, firstLine: first), field.line, field.column)
                    continue
                }
                seen[field.key] = field.line
            }
            let (valueLine, valueColumn) = field.value.position(0)
            switch field.key {
            case "verbatim-lexicon":
                break  // checked before anything else
            case "pair":
                let value = field.value.string
                if Self.isValidPair(value) {
                    pair = value
                } else {
                    fail(.badPair(value), valueLine, valueColumn)
                }
            case "description":
                description = field.value.string
            default:
                if Self.entryKeys.contains(field.key) {
                    fail(.entryKeyInHeader(field.key), field.line, field.column)
                } else {
                    fail(.unknownKey(field.key, suggestion: Self.suggestion(for: field.key)), field.line, field.column)
                }
            }
        }
        if seen["pair"] == nil {
            fail(.missingKey("pair"), seen["verbatim-lexicon"] ?? 1, 1)
        }

        // Pass 3: entries.
        var entries: [LexiconEntry] = []
        var firstLine: [String: Int] = [:]
        for block in blocks.dropFirst() {
            let before = errors.count
            if !block.isBroken {
                if let first = firstLine[block.id] {
                    fail(.duplicateID(block.id, first: "\(file):\(first)"), block.line, 2)
                } else {
                    firstLine[block.id] = block.line
                }
            }
            let entry = parseEntry(block, pair: pair ?? "?", file: file, errors: &errors)
            if errors.count == before, !block.isBroken, let entry { entries.append(entry) }
        }

        errors.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        guard let pair else { return Outcome(lexicon: nil, errors: errors) }
        let lexicon = Lexicon(
            file: file, version: Lexicon.supportedVersion, pair: pair, description: description, entries: entries)
        return Outcome(lexicon: lexicon, errors: errors)
    }

    /// The fatal error of a file without a usable `verbatim-lexicon:` first line, if any.
    private static func versionError(_ lines: [[Unicode.Scalar]], file: String) -> LexiconError? {
        guard let index = lines.firstIndex(where: { !isBlankOrComment($0) }) else {
            return LexiconError(.missingVersion(found: nil), file: file, line: 1, column: 1)
        }
        let line = lines[index]
        let prefix = Array("verbatim-lexicon:".unicodeScalars)
        guard line.starts(with: prefix) else {
            return LexiconError(.missingVersion(found: string(trimmed(line[...]))), file: file, line: index + 1, column: 1)
        }
        var start = prefix.count
        while start < line.count, Value.isSpace(line[start]) { start += 1 }
        let value = string(trimmed(line[start...]))
        guard let version = Int(value), version >= 1 else {
            return LexiconError(.badVersion(value), file: file, line: index + 1, column: start + 1)
        }
        if version > Lexicon.supportedVersion {
            return LexiconError(
                .newerVersion(found: version, supported: Lexicon.supportedVersion), file: file, line: index + 1,
                column: start + 1)
        }
        return nil
    }

    private func parseEntry(_ block: Block, pair: String, file: String, errors: inout [LexiconError]) -> LexiconEntry? {
        func fail(_ reason: LexiconError.Reason, _ line: Int, _ column: Int) {
            errors.append(LexiconError(reason, file: file, line: line, column: column))
        }
        var seen: [String: Int] = [:]
        var category: ArtifactCategory?
        var patterns: [TokenPattern] = []
        var suggestions: [String] = []
        var weight: Double?
        var note = ""
        var when: [ContextCondition] = []
        var unless: [ContextCondition] = []
        var caseSensitive = false
        var precision: Double?
        var recall: Double?
        var measured: String?

        for field in block.fields {
            guard Self.entryKeys.contains(field.key) else {
                if Self.headerKeys.contains(field.key) {
                    fail(.headerKeyInEntry(field.key), field.line, field.column)
                } else {
                    fail(.unknownKey(field.key, suggestion: Self.suggestion(for: field.key)), field.line, field.column)
                }
                continue
            }
            if !Self.repeatableKeys.contains(field.key) {
                if let first = seen[field.key] {
                    fail(.duplicateKey(field.key, firstLine: first), field.line, field.column)
                    continue
                }
            }
            seen[field.key] = seen[field.key] ?? field.line
            let value = field.value.string
            let (valueLine, valueColumn) = field.value.position(0)
            switch field.key {
            case "category":
                if let parsed = ArtifactCategory(rawValue: value) {
                    category = parsed
                } else {
                    fail(.badCategory(value), valueLine, valueColumn)
                }
            case "pattern":
                if let pattern = parsePattern(
                    field.value, field.value.scalars.indices, file: file, errors: &errors)
                {
                    patterns.append(pattern)
                }
            case "suggest":
                suggestions = value.split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            case "weight":
                if let number = Double(value), number.isFinite, (0...1).contains(number) {
                    weight = number
                } else {
                    fail(.badWeight(value), valueLine, valueColumn)
                }
            case "note":
                note = value
            case "when", "unless":
                if let condition = parseCondition(field.value, file: file, errors: &errors) {
                    if field.key == "when" { when.append(condition) } else { unless.append(condition) }
                }
            case "case":
                switch value {
                case "sensitive": caseSensitive = true
                case "insensitive": caseSensitive = false
                default: fail(.badCase(value), valueLine, valueColumn)
                }
            case "precision", "recall":
                if let number = Double(value), number.isFinite, (0...1).contains(number) {
                    if field.key == "precision" { precision = number } else { recall = number }
                } else {
                    fail(.badMeasure(key: field.key, value: value), valueLine, valueColumn)
                }
            case "measured":
                measured = value
            default:
                break
            }
        }
        for key in Self.requiredEntryKeys where seen[key] == nil {
            fail(.missingKey(key), block.line, 1)
        }
        guard let category, let weight, !patterns.isEmpty else { return nil }
        return LexiconEntry(
            localID: block.id, pair: pair, category: category, patterns: patterns, suggestions: suggestions,
            weight: weight, note: note, when: when, unless: unless, isCaseSensitive: caseSensitive,
            precision: precision, recall: recall, measured: measured,
            location: SourceLocation(file: file, line: block.line))
    }

    // MARK: - Patterns and conditions

    /// Parses the items of a pattern written in `range` of a value.
    private func parsePattern(
        _ value: Value, _ range: Range<Int>, file: String, errors: inout [LexiconError]
    ) -> TokenPattern? {
        func fail(_ reason: LexiconError.Reason, at offset: Int) {
            let (line, column) = value.position(offset)
            errors.append(LexiconError(reason, file: file, line: line, column: column))
        }
        let words = value.words(in: range)
        guard let first = words.first else {
            fail(.emptyPattern, at: range.lowerBound)
            return nil
        }
        let before = errors.count
        var items: [TokenPattern.Item] = []
        for word in words {
            var body = word
            var isOptional = false
            if value.scalars[word.upperBound - 1] == "?" {
                isOptional = true
                body = word.lowerBound..<(word.upperBound - 1)
                if body.isEmpty {
                    fail(.misplacedOptional, at: word.lowerBound)
                    continue
                }
            }
            // Split at `|`.
            var parts: [Range<Int>] = []
            var partStart = body.lowerBound
            for index in body where value.scalars[index] == "|" {
                parts.append(partStart..<index)
                partStart = index + 1
            }
            parts.append(partStart..<body.upperBound)
            var alternatives: [TokenPattern.Alternative] = []
            for (number, part) in parts.enumerated() {
                if part.isEmpty {
                    if number == parts.count - 1, parts.count > 1 {
                        fail(.unterminatedAlternative, at: part.lowerBound - 1)
                    } else {
                        fail(.emptyAlternative, at: part.lowerBound)
                    }
                    continue
                }
                let text = value.string(part)
                if let question = part.first(where: { value.scalars[$0] == "?" }) {
                    fail(.misplacedOptional, at: question)
                    continue
                }
                if text == "*" {
                    alternatives.append(.any)
                } else if text.hasPrefix("<") {
                    guard text.hasSuffix(">"), text.count > 1 else {
                        fail(.unterminatedTokenClass(text), at: part.lowerBound)
                        continue
                    }
                    switch text {
                    case "<number>": alternatives.append(.number)
                    case "<Cap>": alternatives.append(.capitalized)
                    case "<lower>": alternatives.append(.lowercase)
                    default: fail(.unknownTokenClass(text), at: part.lowerBound)
                    }
                } else {
                    alternatives.append(.literal(tokenizer.tokens(of: text)))
                }
            }
            let (_, column) = value.position(word.lowerBound)
            items.append(
                TokenPattern.Item(
                    alternatives: alternatives, isOptional: isOptional, text: value.string(word), column: column))
        }
        guard errors.count == before else { return nil }
        let (line, column) = value.position(first.lowerBound)
        let text = value.string(first.lowerBound..<words[words.count - 1].upperBound)
        return TokenPattern(items: items, text: text, location: SourceLocation(file: file, line: line, column: column))
    }

    /// Parses `followed-by PATTERN [within N]`, `preceded-by PATTERN [within N]` or
    /// `in-sentence PATTERN`.
    private func parseCondition(_ value: Value, file: String, errors: inout [LexiconError]) -> ContextCondition? {
        func fail(_ reason: LexiconError.Reason, at offset: Int) {
            let (line, column) = value.position(offset)
            errors.append(LexiconError(reason, file: file, line: line, column: column))
        }
        let words = value.words(in: value.scalars.indices)
        guard let first = words.first else {
            fail(.unknownCondition(""), at: 0)
            return nil
        }
        guard let kind = ContextCondition.Kind(rawValue: value.string(first)) else {
            fail(.unknownCondition(value.string(first)), at: first.lowerBound)
            return nil
        }
        var patternWords = words.dropFirst()
        var within: Int?
        if patternWords.count >= 2, let last = patternWords.last {
            let lastText = value.string(last)
            let previous = patternWords[patternWords.index(before: patternWords.endIndex) - 1]
            let isNumeric = !lastText.isEmpty && lastText.unicodeScalars.allSatisfy {
                ("0"..."9").contains($0) || $0 == "-" || $0 == "+"
            }
            if value.string(previous) == "within", isNumeric {
                guard kind != .inSentence else {
                    fail(.badWithin("`within` applies to `followed-by` and `preceded-by` only"), at: previous.lowerBound)
                    return nil
                }
                guard let number = Int(lastText), (1...Lexicon.maximumWithin).contains(number) else {
                    fail(
                        .badWithin("expected a whole number from 1 to \(Lexicon.maximumWithin) after `within`; found `\(lastText)`"),
                        at: last.lowerBound)
                    return nil
                }
                within = number
                patternWords = patternWords.dropLast(2)
            } else if lastText == "within", kind != .inSentence {
                fail(.badWithin("expected a number of tokens after `within`"), at: last.upperBound)
                return nil
            }
        }
        guard let patternStart = patternWords.first, let patternEnd = patternWords.last else {
            fail(.emptyPattern, at: first.upperBound)
            return nil
        }
        guard let pattern = parsePattern(
            value, patternStart.lowerBound..<patternEnd.upperBound, file: file, errors: &errors)
        else { return nil }
        let (line, column) = value.position(0)
        return ContextCondition(
            kind: kind, pattern: pattern, within: within,
            location: SourceLocation(file: file, line: line, column: column))
    }

    // MARK: - Small checks

    private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
    }

    static func isValidPair(_ value: String) -> Bool {
        if value == "common" || value == "en" { return true }
        let scalars = Array(value.unicodeScalars)
        guard scalars.count == 5 || scalars.count == 6, value.hasSuffix("-en") else { return false }
        return scalars.dropLast(3).allSatisfy { ("a"..."z").contains($0) } && value != "en-en"
    }

    /// The known key nearest to an unknown one (edit distance up to 2), for "did you mean".
    static func suggestion(for key: String) -> String? {
        let lowered = key.lowercased()
        var best: (key: String, distance: Int)?
        for candidate in entryKeys + headerKeys {
            let distance = Verbatim.editDistance(Array(lowered.unicodeScalars), Array(candidate.unicodeScalars))
            if distance <= 2, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.key
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
