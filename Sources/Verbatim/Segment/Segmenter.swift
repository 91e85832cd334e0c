/// Cuts text into paragraphs, sentences and words with ICU's break iterators.
///
/// Holds ICU break iterators, which keep state: use one segmenter per thread.
public final class Segmenter {
    /// The locale of the sentence iterator, with `@ss=standard` so that abbreviations such as
    /// "U.S." and "Lt. Gen." do not end sentences.
    public let locale: String
    private let sentenceIterator: ICUBreakIterator
    private let wordIterator: ICUBreakIterator
    /// Abbreviations after which a full stop does not end a sentence (UTF-16, no full stop).
    private let abbreviations: Set<[UInt16]>

    public init(locale: String = "en") throws(ICUError) {
        self.locale = locale
        sentenceIterator = try ICUBreakIterator(.sentence, locale: locale + "@ss=standard")
        wordIterator = try ICUBreakIterator(.word, locale: locale)
        abbreviations = Set((Abbreviations.builtin[locale] ?? []).map { Array($0.utf16) })
    }

    /// Whether a sentence boundary at `end` follows an abbreviation or an initial, so that it
    /// is not a boundary at all (ICU's own suppressions miss "Lt.", "Gen.", "Dr." and initials).
    private func followsAbbreviation(_ buffer: UnsafeBufferPointer<UInt16>, sentenceStart: Int, end: Int) -> Bool {
        var upper = end
        while upper > sentenceStart, Self.isSpace(buffer[upper - 1]) { upper -= 1 }
        guard upper > sentenceStart, buffer[upper - 1] == 0x2E else { return false }
        // The word before the full stop: letters and inner full stops ("Sig.ra", "o.a").
        var lower = upper - 1
        while lower > sentenceStart {
            let unit = buffer[lower - 1]
            let isWordUnit = unit == 0x2E || UnicodeProperties.isAlphabetic(UInt32(unit)) || unit == 0xB0
            if !isWordUnit || Self.isSpace(unit) { break }
            lower -= 1
        }
        let word = Array(buffer[lower..<(upper - 1)])
        guard !word.isEmpty else { return false }
        // Something must follow in the paragraph for the stop to be inside a sentence.
        if word.count == 1, UnicodeProperties.isUppercase(UInt32(word[0])) { return true }
        return abbreviations.contains(word)
    }

    /// Paragraph ranges: each non-blank line, unless the text is hard-wrapped (most lines of
    /// its blank-line-separated blocks stop short without final punctuation), in which case a
    /// paragraph is a block between blank lines. Surrounding spaces are trimmed.
    public func paragraphs(in text: SourceText) -> [TextRange] {
        let lines = Self.lines(in: text.units)
        let nonBlank = lines.filter { !$0.isBlank }
        var blocks: [[Line]] = []
        var current: [Line] = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { blocks.append(current); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        let multiLineBlocks = blocks.filter { $0.count > 1 }
        let wrappedLines = multiLineBlocks.flatMap { $0.dropLast() }
        // Hard wrapping: several lines that stop short of a sentence end, of similar length.
        let longest = wrappedLines.map(\.range.length).max() ?? 0
        let looksWrapped = wrappedLines.count >= 4 && longest >= 40
            && wrappedLines.filter { !$0.endsSentence }.count * 10 >= wrappedLines.count * 7
            && wrappedLines.filter { $0.range.length * 10 >= longest * 6 }.count * 10 >= wrappedLines.count * 8
            && wrappedLines.count * 3 > nonBlank.count
        if looksWrapped {
            return blocks.map { TextRange($0.first!.range.start, $0.last!.range.end) }
        }
        return nonBlank.map(\.range)
    }

    struct Line {
        var range: TextRange  // trimmed
        var isBlank: Bool { range.isEmpty }
        var endsSentence: Bool
    }

    static func lines(in units: [UInt16]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var index = 0
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, isSpace(units[lower]) { lower += 1 }
            while upper > lower, isSpace(units[upper - 1]) { upper -= 1 }
            let last = upper > lower ? units[upper - 1] : 0
            let ends = [0x2E, 0x21, 0x3F, 0x22, 0x201D, 0xBB, 0x3A, 0x3002].contains(last)
            lines.append(Line(range: TextRange(lower, upper), endsSentence: ends))
        }
        while index < units.count {
            let unit = units[index]
            if unit == 0x0A || unit == 0x0D || unit == 0x2029 || unit == 0x2028 || unit == 0x0B || unit == 0x0C
                || unit == 0x85
            {
                close(index)
                if unit == 0x0D, index + 1 < units.count, units[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        close(units.count)
        return lines
    }

    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0xA0 || unit == 0x202F || unit == 0x3000 || unit == 0xFEFF
            || (unit >= 0x2000 && unit <= 0x200B)
    }

    /// Sentence ranges inside each paragraph, trimmed of surrounding spaces. One pass of
    /// ICU's sentence iterator over the whole text; paragraph ends always end sentences.
    public func sentences(in text: SourceText, paragraphs: [TextRange]) -> [[TextRange]] {
        var boundaries: [Int] = []
        text.units.withUnsafeBufferPointer { buffer in
            var start = 0
            sentenceIterator.forEachBoundary(in: buffer) { boundary in
                if boundary.offset < buffer.count, followsAbbreviation(buffer, sentenceStart: start, end: boundary.offset) { return }
                boundaries.append(boundary.offset)
                start = boundary.offset
            }
        }
        var result: [[TextRange]] = []
        var cursor = 0
        for paragraph in paragraphs {
            var group: [TextRange] = []
            var start = paragraph.start
            while cursor < boundaries.count, boundaries[cursor] <= paragraph.start { cursor += 1 }
            var probe = cursor
            while probe < boundaries.count, boundaries[probe] < paragraph.end {
                if let sentence = trimmed(TextRange(start, boundaries[probe]), in: text.units) { group.append(sentence) }
                start = boundaries[probe]
                probe += 1
            }
            if let sentence = trimmed(TextRange(start, paragraph.end), in: text.units) { group.append(sentence) }
            cursor = probe
            result.append(group)
        }
        return result
    }

    private func trimmed(_ range: TextRange, in units: [UInt16]) -> TextRange? {
        var lower = range.start
        var upper = range.end
        while lower < upper, Self.isSpace(units[lower]) || units[lower] == 0x0A || units[lower] == 0x0D { lower += 1 }
        while upper > lower, Self.isSpace(units[upper - 1]) || units[upper - 1] == 0x0A || units[upper - 1] == 0x0D { upper -= 1 }
        return upper > lower ? TextRange(lower, upper) : nil
    }

    /// Words and numbers of the normalised view, with their original ranges; spaces and
    /// punctuation are left out.
    public func tokens(in normalized: NormalizedText, original: SourceText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(normalized.units.count / 5)
        normalized.units.withUnsafeBufferPointer { buffer in
            var start = 0
            wordIterator.forEachBoundary(in: buffer) { boundary in
                defer { start = boundary.offset }
                let status = boundary.status
                guard status >= Int32(100) else { return }
                let kind: Token.Kind
                switch status {
                case 100..<200: kind = .number
                case 200..<300: kind = .word
                case 300..<400: kind = .kana
                default: kind = .ideograph
                }
                let range = start..<boundary.offset
                let originalRange = normalized.originalRange(of: range)
                let first = originalRange.start < original.count ? original.scalar(at: originalRange.start) : 0
                tokens.append(Token(range: originalRange, normalized: range, kind: kind,
                                    isCapitalized: UnicodeProperties.isUppercase(first)))
            }
        }
        return tokens
    }
}
