/// Finds the direct quotes of an article in every common quotation style, including broken
/// machine-translated copy: marks never closed, closed by a mark of another style or after a
/// stray space, and quotations that run over several paragraphs (one quote per paragraph,
/// linked). Apostrophes (don’t, Jones’, ’90s, 'Tis) are never taken for quotes.
///
/// Works on the original UTF-16 text paragraph by paragraph, with a stack of open marks; no
/// regular expressions. Speakers are found by ``SpeakerAttributor``.
public struct QuoteExtractor: Sendable {
    /// Quotes of at most this many words are fragments (quoted words, scare quotes).
    public var fragmentMaxWords = 4
    /// Title-like lines (no final punctuation) of at most this many words are headlines or
    /// related-article lines rather than story text.
    public var titleMaxWords = 20

    public init() {}

    struct OpenMark {
        var unit: UInt16
        var position: Int
        var info: QuoteMarks.Info
        var hasNested = false
    }

    /// A quote as found by the pairing pass, before kinds and contexts.
    struct Found {
        var open: Int
        var close: Int?
        var closeUnit: UInt16?
        var contentEnd: Int
        var flags: QuoteFlags
        var paragraph: Int
    }

    /// The quotes of a document, in text order, without speakers.
    public func quotes(in document: Document) -> [Quote] {
        let units = document.text.units
        var found: [Found] = []
        for (index, paragraph) in document.paragraphs.enumerated() {
            var stack: [OpenMark] = []
            let range = paragraph.range
            // German style »…«: the paragraph's first guillemet is » and opens (looked up at
            // the paragraph's first guillemet: most paragraphs have none).
            var germanGuillemets: Bool?
            var position = range.start
            while position < range.end {
                let unit = units[position]
                guard QuoteMarks.isMark(unit), let info = QuoteMarks.info(unit) else { position += 1; continue }
                let before: UInt16? = position > range.start ? units[position - 1] : nil
                let after: UInt16? = position + 1 < range.end ? units[position + 1] : nil
                if info.isAmbiguous && info.isSingle, Self.isApostrophe(units, at: position, in: range) {
                    position += 1
                    continue
                }
                let leftFlanking = after.map { !Self.isSpace($0) } ?? false
                    && (before.map { Self.isSpace($0) || Self.isOpeningPunctuation($0) || QuoteMarks.isMark($0) } ?? true)
                let rightFlanking = before.map { !Self.isSpace($0) } ?? false
                    && (after.map { Self.isSpace($0) || Self.isClosingPunctuation($0) || QuoteMarks.isMark($0) } ?? true)
                var canOpen: Bool
                var canClose: Bool
                if info.isDirectional {
                    let isGuillemet = unit == 0xAB || unit == 0xBB || unit == 0x2039 || unit == 0x203A
                    if isGuillemet && germanGuillemets == nil { germanGuillemets = Self.firstGuillemetOpensGerman(units, range) }
                    let opensHere = (unit == 0xAB || unit == 0x2039) != (isGuillemet && germanGuillemets == true)
                    canOpen = info.opens && (isGuillemet ? opensHere : true)
                    canClose = info.closes && (isGuillemet ? !opensHere : true)
                } else {
                    canOpen = info.opens && leftFlanking
                    canClose = info.closes && rightFlanking
                    if !canOpen && !canClose {
                        // A mark with spaces on both sides or at a paragraph edge: it closes
                        // what is open (“… solutions. "), else it opens.
                        canClose = info.closes && !stack.isEmpty
                        canOpen = !canClose && info.opens && after != nil
                    }
                }
                let closerIndex = canClose ? stack.lastIndex { $0.info.closers.contains(unit) && (!info.isSingle || $0.info.isSingle || unit == 0x201D || unit == 0x22) } : nil
                if let closerIndex, !(canOpen && closerIndex != stack.count - 1 && !info.isSingle) {
                    let opener = stack[closerIndex]
                    if closerIndex == 0 {
                        var flags: QuoteFlags = []
                        if unit != opener.info.closers.first && !(opener.unit == 0x201C && unit == 0x201C) { flags.insert(.mismatchedClose) }
                        if let before, Self.isSpace(before) { flags.insert(.spaceBeforeClose) }
                        if opener.hasNested { flags.insert(.hasNested) }
                        if !(opener.info.isSingle && position - opener.position <= 3) {
                            found.append(Found(open: opener.position, close: position, closeUnit: unit, contentEnd: position,
                                               flags: flags, paragraph: index))
                        }
                    } else {
                        stack[0].hasNested = true
                    }
                    stack.removeSubrange(closerIndex...)
                } else if canOpen {
                    stack.append(OpenMark(unit: unit, position: position, info: info))
                }
                position += 1
            }
            // A double or directional quotation still open at the end of the paragraph either
            // goes on in the next paragraph, which reopens with a mark, or was never closed.
            // Unclosed single marks were apostrophes after all.
            if let outer = stack.first(where: { !$0.info.isSingle }) {
                var flags: QuoteFlags = outer.hasNested ? [.hasNested] : []
                if index + 1 < document.paragraphs.count,
                    let first = Self.firstNonSpace(units, document.paragraphs[index + 1].range),
                    let info = QuoteMarks.info(units[first]), info.opens, !info.isSingle
                {
                    flags.insert(.continues)
                } else {
                    flags.insert(.unclosed)
                }
                found.append(Found(open: outer.position, close: nil, closeUnit: nil, contentEnd: range.end,
                                   flags: flags, paragraph: index))
            }
        }
        return build(found, document: document)
    }

    private func build(_ found: [Found], document: Document) -> [Quote] {
        let units = document.text.units
        var quotes: [Quote] = []
        // Whether the paragraph of the last quote reads as a title (quotes come in paragraph order).
        var titleLike: (paragraph: Int, isTitleLike: Bool)?
        for item in found {
            var start = item.open + 1
            var end = item.contentEnd
            while start < end, Self.isSpace(units[start]) { start += 1 }
            while end > start, Self.isSpace(units[end - 1]) { end -= 1 }
            guard end > start else { continue }
            let range = TextRange(start, end)
            let words = Self.wordCount(in: range, document: document)
            guard words > 0 else { continue }
            if titleLike?.paragraph != item.paragraph {
                titleLike = (item.paragraph, isTitleLike(item.paragraph, document: document))
            }
            let context: QuoteContext
            if titleLike?.isTitleLike == true {
                context = item.paragraph == 0 ? .headline : .related
            } else {
                context = .body
            }
            var quote = Quote(
                range: range, openMark: TextRange(item.open, item.open + 1),
                closeMark: item.close.map { TextRange($0, $0 + 1) },
                kind: words <= fragmentMaxWords ? .fragment : .quote, context: context, flags: item.flags,
                paragraph: item.paragraph, wordCount: words)
            if let previous = quotes.last, previous.flags.contains(.continues), previous.paragraph == item.paragraph - 1 {
                let isFirstInParagraph = !quotes.contains { $0.paragraph == item.paragraph }
                if isFirstInParagraph { quote.continuationOf = quotes.count - 1 }
            }
            quotes.append(quote)
        }
        return quotes
    }

    /// Whether a paragraph reads as a title: no final punctuation, and short.
    func isTitleLike(_ index: Int, document: Document) -> Bool {
        let range = document.paragraphs[index].range
        let units = document.text.units
        // A title is one sentence: "… officials said. read more" is a story paragraph with debris after it.
        guard range.end > range.start, document.paragraphs[index].sentences.count <= 1 else { return false }
        // Nor does a title hold a full stop inside it ("… officials said. read more").
        for position in range.start..<(range.end - 1) where units[position] == 0x2E && units[position + 1] == 0x20 {
            let before = position > range.start ? units[position - 1] : 0
            if UnicodeProperties.isLowercase(UInt32(before)) { return false }
        }
        var last = range.end - 1
        // A closing quotation mark or bracket at the end: look at what stands before it.
        while last > range.start, QuoteMarks.isMark(units[last]) || units[last] == 0x29 || Self.isSpace(units[last]) { last -= 1 }
        let final = units[last]
        // Final punctuation, or a comma or semicolon that carries the sentence on, is not a title's.
        if [0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F, 0x2026, 0x3A, 0x2C, 0x3B, 0x3001].contains(final) { return false }
        return Self.wordCount(in: range, document: document) <= titleMaxWords
    }

    static func wordCount(in range: TextRange, document: Document) -> Int {
        let tokens = document.tokens
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.start < range.start { low = mid + 1 } else { high = mid }
        }
        var count = 0
        var index = low
        while index < tokens.count, tokens[index].range.end <= range.end {
            count += 1
            index += 1
        }
        return count
    }

    /// A single mark that is an apostrophe: inside a word (don’t, Russia’s), before a
    /// decade (’90s), or in "rock ’n’ roll".
    static func isApostrophe(_ units: [UInt16], at position: Int, in range: TextRange) -> Bool {
        let before: UInt16? = position > range.start ? units[position - 1] : nil
        let after: UInt16? = position + 1 < range.end ? units[position + 1] : nil
        if let before, let after, isWordChar(before), isWordChar(after) { return true }
        if let after, after >= 0x30 && after <= 0x39 { return true }
        // ’n’ between spaces
        if let after, after == 0x6E, position + 2 < range.end, units[position + 2] == units[position],
            before.map(isSpace) ?? true
        {
            return true
        }
        if let before, before == 0x6E, position >= range.start + 2, units[position - 2] == units[position] { return true }
        return false
    }

    static func firstNonSpace(_ units: [UInt16], _ range: TextRange) -> Int? {
        var index = range.start
        while index < range.end, isSpace(units[index]) { index += 1 }
        return index < range.end ? index : nil
    }

    static func firstGuillemetOpensGerman(_ units: [UInt16], _ range: TextRange) -> Bool {
        var index = range.start
        while index < range.end {
            let unit = units[index]
            if unit == 0xAB || unit == 0x2039 { return false }
            if unit == 0xBB || unit == 0x203A {
                let after = index + 1 < range.end ? units[index + 1] : 0x20
                return !isSpace(after)
            }
            index += 1
        }
        return false
    }

    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x202F || unit == 0x3000
            || (unit >= 0x2000 && unit <= 0x200B)
    }

    @inline(__always)
    static func isWordChar(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || UnicodeProperties.isAlphabetic(UInt32(unit))
    }

    @inline(__always)
    static func isOpeningPunctuation(_ unit: UInt16) -> Bool {
        unit == 0x28 || unit == 0x5B || unit == 0x7B || unit == 0x2014 || unit == 0x2013 || unit == 0x2D || unit == 0x2F
            || unit == 0x3A || unit == 0x3B || unit == 0x2C
    }

    @inline(__always)
    static func isClosingPunctuation(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x2C || unit == 0x3B || unit == 0x3A || unit == 0x21 || unit == 0x3F || unit == 0x29
            || unit == 0x5D || unit == 0x7D || unit == 0x2014 || unit == 0x2013 || unit == 0x2D || unit == 0x2026
            || unit == 0x3002 || unit == 0x3001
    }
}
