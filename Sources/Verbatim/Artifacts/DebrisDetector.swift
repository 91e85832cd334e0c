/// Text that is not part of the story: site banners, image alt text and related-article lines
/// (title-like lines whose words the story does not use), photo credits at the end of a
/// caption ("Keystone / Denis Balibouse", "(REUTERS)"), lines with e-mail addresses or web
/// addresses, lines repeated in one article or across one source's articles, and the block of
/// calls to action at the end of an article ("Please join us!"). Debris says nothing about
/// machine translation: its weight is zero.
public struct DebrisDetector: Sendable {
    /// Share of a title-like line's content words the story must use for it to count as a
    /// headline or subheading.
    public var storyOverlap = 0.5
    /// Credit tails have at most this many words.
    public var creditMaxWords = 6

    public init() {}

    /// `repeatedLines` holds normalised lines seen in more than one article of the same source.
    public func artifacts(in document: Document, index: Int, repeatedLines: Set<String>) -> [Artifact] {
        var debris: [Int: String] = [:]  // paragraph → why
        let paragraphs = document.paragraphs
        let extractor = QuoteExtractor()
        let titleLike = paragraphs.indices.map { extractor.isTitleLike($0, document: document) }
        let stopWords = StopWords.builtin(language: document.language.language ?? "en")
        func contentStems(_ range: TextRange) -> Set<String> {
            let first = document.tokenIndex(atOrAfter: range.start)
            let last = document.tokenIndex(atOrAfter: range.end)
            var stems = Set<String>()
            for token in first..<last {
                let key = document.normalizedText(of: document.tokens[token])
                if stopWords?.contains(key) ?? false { continue }
                stems.insert(Stemmer.stem(key))
            }
            return stems
        }
        var story = Set<String>()
        for (number, paragraph) in paragraphs.enumerated() where !titleLike[number] { story.formUnion(contentStems(paragraph.range)) }
        var seen: [String: Int] = [:]
        for (number, paragraph) in paragraphs.enumerated() {
            let text = document.text[paragraph.range]
            let line = TextNormalizer().normalize(text)
            if let first = seen[line] {
                debris[first] = "line repeated in the article"
                debris[number] = "line repeated in the article"
            }
            seen[line] = number
            if repeatedLines.contains(line) { debris[number] = "line repeated across the source's articles" }
            if Self.hasAddress(text) { debris[number] = "e-mail or web address" }
            if titleLike[number] {
                let words = contentStems(paragraph.range)
                let shared = words.filter { story.contains($0) }.count
                if words.isEmpty || Double(shared) < storyOverlap * Double(words.count) {
                    debris[number] = "title-like line the story does not take up (banner, alt text, related article)"
                }
            }
        }
        // The calls to action closing an article: second-person lines next to debris at the end.
        var number = paragraphs.count - 1
        while number >= 0 {
            if debris[number] == nil {
                // Second person as written: "us", not "US".
                let words = Set(document.tokens[document.tokenIndex(atOrAfter: paragraphs[number].range.start)..<document.tokenIndex(atOrAfter: paragraphs[number].range.end)]
                    .map { document.text[$0.range] })
                guard !words.isDisjoint(with: ["you", "You", "your", "Your", "us", "our", "Our"]), words.count <= 30,
                    !document.quotes.contains(where: { $0.paragraph == number })
                else { break }
                debris[number] = "call to action at the end of the article"
            }
            number -= 1
        }
        var result = debris.sorted { $0.key < $1.key }.map { number, why in
            Artifact(document: index, range: paragraphs[number].range, category: .debris, suggestion: nil,
                     rule: "detector/debris", ruleID: "debris", evidence: .debris, weight: 0, note: why)
        }
        // Link labels left at the end of a paragraph by a scraper: "… to broach. read more".
        for (number, paragraph) in paragraphs.enumerated() where debris[number] == nil {
            if let label = linkLabel(ending: paragraph.range, in: document) {
                result.append(Artifact(document: index, range: label, category: .debris, suggestion: nil,
                                       rule: "detector/debris", ruleID: "debris-link", evidence: .debris, weight: 0,
                                       note: "link label left by a scraper"))
            }
        }
        // Credit tails: the last sentence of a caption paragraph, short, without final punctuation.
        for (number, paragraph) in paragraphs.enumerated() where debris[number] == nil && paragraph.sentences.count >= 2 {
            let last = document.sentences[paragraph.sentences.upperBound - 1]
            if let credit = creditTail(last, in: document) {
                result.append(Artifact(document: index, range: credit, category: .debris, suggestion: nil,
                                       rule: "detector/debris", ruleID: "debris-credit", evidence: .debris, weight: 0,
                                       note: "photo or agency credit"))
            }
        }
        return result
    }

    /// A photo or agency credit: capitalised words with a slash or in brackets, no final stop.
    func creditTail(_ sentence: TextRange, in document: Document) -> TextRange? {
        let units = document.text.units
        guard let last = (sentence.start..<sentence.end).last(where: { !QuoteExtractor.isSpace(units[$0]) }) else { return nil }
        if [0x2E, 0x21, 0x3F, 0x22, 0x201D, 0xBB].contains(units[last]) { return nil }
        let first = document.tokenIndex(atOrAfter: sentence.start)
        let end = document.tokenIndex(atOrAfter: sentence.end)
        guard end > first, end - first <= creditMaxWords else { return nil }
        let capitalised = (first..<end).allSatisfy { document.tokens[$0].isCapitalized || document.tokens[$0].kind != .word }
        let text = document.text[sentence]
        guard capitalised, text.contains("/") || text.hasPrefix("(") else { return nil }
        return sentence
    }

    /// Labels of links that scrapers leave after the last sentence of a paragraph.
    public var linkLabels: [[String]] = [["read", "more"], ["more"], ["full", "story"], ["continue", "reading"], ["see", "more"]]

    /// A link label after a paragraph's final punctuation.
    func linkLabel(ending paragraph: TextRange, in document: Document) -> TextRange? {
        let end = document.tokenIndex(atOrAfter: paragraph.end)
        for label in linkLabels.sorted(by: { $0.count > $1.count }) {
            let start = end - label.count
            guard start > document.tokenIndex(atOrAfter: paragraph.start) else { continue }
            guard (0..<label.count).allSatisfy({ document.normalizedText(of: document.tokens[start + $0]) == label[$0] }) else { continue }
            // Right after a sentence end, and nothing but spaces after it.
            let before = document.text.units[document.tokens[start - 1].range.end..<document.tokens[start].range.start]
            guard before.contains(where: { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F }) else { continue }
            let range = TextRange(document.tokens[start].range.start, document.tokens[end - 1].range.end)
            guard document.text.units[range.end..<paragraph.end].allSatisfy({ QuoteExtractor.isSpace($0) }) else { continue }
            return range
        }
        return nil
    }

    static func hasAddress(_ text: String) -> Bool {
        // ASCII case-insensitive search on the UTF-8 bytes (Foundation's `contains` is slow on
        // Linux; no non-ASCII letter lowercases to h, t, p, s or w).
        var text = text
        let (web, at) = text.withUTF8 { bytes -> (Bool, Bool) in
            func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            func matches(_ pattern: StaticString, at start: Int) -> Bool {
                let count = pattern.utf8CodeUnitCount
                guard start + count <= bytes.count else { return false }
                return pattern.withUTF8Buffer { pattern in
                    for offset in 0..<count where lower(bytes[start + offset]) != pattern[offset] { return false }
                    return true
                }
            }
            var hasAt = false
            for index in bytes.indices {
                switch lower(bytes[index]) {
                case UInt8(ascii: "h"):
                    if matches("http://", at: index) || matches("https://", at: index) { return (true, hasAt) }
                case UInt8(ascii: "w"):
                    if matches("www.", at: index) { return (true, hasAt) }
                case UInt8(ascii: "@"):
                    hasAt = true
                default:
                    break
                }
            }
            return (false, hasAt)
        }
        if web { return true }
        guard at else { return false }
        let lower = text.lowercased()
        // name@domain.tld
        let scalars = Array(lower.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "@" && index > 0 && index + 3 < scalars.count {
            if scalars[index - 1].properties.isAlphabetic, scalars[(index + 1)...].contains(".") { return true }
        }
        return false
    }
}
