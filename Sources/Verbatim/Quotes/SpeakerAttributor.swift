import Algorithms

/// Finds who spoke each quote, within one article:
///
/// - "…," said X / "…," X said / X said: "…" / "…," X told reporters / according to X;
/// - apposition ("X, Russia's deputy foreign minister, said") and title-and-name chains
///   ("US Deputy Secretary of State Wendy Sherman said:");
/// - pronouns ("He added:") resolved to the last named person of a compatible gender;
/// - the speaker carried to follow-on quotes of the same paragraph and to the later parts of
///   a multi-paragraph quotation; a paragraph that is one quote takes its attribution from a
///   short attribution line after it, else from the last speech verb of the paragraph before;
/// - speakers resolved to one person per article ("Ryabkov" = "Sergei Ryabkov"), with the
///   title kept as written at each mention.
///
/// Quotes with no speaker in the text are left without one rather than guessed. Speech verbs,
/// pronouns and title words per language come from `Lexicons/attribution/`.
public struct SpeakerAttributor: Sendable {
    /// Normalised given name → gender.
    public var firstNames: [String: FirstNames.Gender] {
        didSet { firstNameTable = Self.table(of: firstNames) }
    }
    /// ``firstNames`` keyed by ``WordKey``.
    private var firstNameTable: WordTable<FirstNames.Gender>

    public init(firstNames: [String: FirstNames.Gender] = FirstNames.builtin) {
        self.firstNames = firstNames
        firstNameTable = Self.table(of: firstNames)
    }

    /// The table of given names; the built-in one is built once. (Comparing with the built-in
    /// dictionary is immediate when it is that same dictionary, as by default.)
    private static func table(of firstNames: [String: FirstNames.Gender]) -> WordTable<FirstNames.Gender> {
        firstNames == FirstNames.builtin ? AttributionWords.builtinFirstNames : AttributionWords.firstNameTable(firstNames)
    }

    /// Attributes `quotes` (from ``QuoteExtractor``) and returns every person mention of the
    /// article with its title, for the speakers table.
    public func attribute(_ quotes: inout [Quote], in document: Document) -> [PersonMention] {
        guard let words = AttributionWords.forLanguage(document.language.language) else { return [] }
        var context = Context(document: document, quotes: quotes, words: words, firstNames: firstNameTable)
        context.findPersons()
        for index in quotes.indices {
            if let previous = quotes[index].continuationOf, let speaker = quotes[previous].speaker {
                quotes[index].speaker = context.mention(of: speaker, at: nil)
                quotes[index].attribution = .continuation
                continue
            }
            if let (speaker, method) = context.attribute(quoteAt: index, attributedSoFar: quotes) {
                quotes[index].speaker = speaker
                quotes[index].attribution = method
            }
        }
        // A multi-paragraph quotation attributed in a later part: give the earlier parts the speaker.
        for index in quotes.indices.reversed() {
            if let previous = quotes[index].continuationOf, quotes[previous].speaker == nil, let speaker = quotes[index].speaker {
                quotes[previous].speaker = speaker
                quotes[previous].attribution = .continuation
            }
        }
        return context.personMentions()
    }
}

/// One article's state while attributing.
///
/// Words are compared by ``WordKey`` and looked up in the word lists once per token
/// (``classes``); the Japanese rules match prefixes and suffixes on UTF-16 units
/// (``UnitText``). Strings are made only for what goes into the output (names, titles) and
/// for the rare checks that need them.
struct Context {
    let document: Document
    let quotes: [Quote]
    /// The word lists of the article's language.
    let words: AttributionWords
    var lexicon: AttributionLexicon { words.lexicon }
    let firstNames: WordTable<FirstNames.Gender>
    let tokens: [Token]
    /// Per token: the ``WordKey`` of its normalised text.
    let keys: [UInt64]
    /// Per token: the word lists its normalised text is on.
    let classes: [WordClasses]
    let units: [UInt16]
    /// The normalised text (``Document/normalized``) as UTF-16.
    let normalizedUnits: [UInt16]
    /// Per token: inside a quotation (marks included).
    let quoted: [Bool]
    let isJapanese: Bool
    let isSlavic: Bool
    /// Keys of the words written capitalised somewhere other than at a sentence start (proper
    /// nouns), sorted for binary search.
    let capitalisedInside: [UInt64]

    struct Person {
        /// The ``WordKey`` of the surname.
        var key: UInt64
        /// The surname as normalised text (for the Slavic case endings of ``Context/resolveSurname(of:)``).
        var keyText: String
        var tokens: Range<Int>  // the fullest mention's name tokens
        var gender: FirstNames.Gender?
    }
    /// The persons of the article, one per surname, in the order they were found.
    var persons: [Person] = []
    /// Token range of each person mention and the index of its person, in text order.
    var mentions: [(tokens: Range<Int>, person: Int)] = []

    /// Whether surnames of a language take case endings ("Смирнова" for "Смирнов").
    static func isSlavic(_ language: String) -> Bool {
        switch language {
        case "ru", "uk", "bg", "pl", "cs", "sk", "sr", "hr", "sl", "be", "mk": return true
        default: return false
        }
    }

    init(document: Document, quotes: [Quote], words: AttributionWords, firstNames: WordTable<FirstNames.Gender>) {
        self.document = document
        self.quotes = quotes
        self.words = words
        self.firstNames = firstNames
        let tokens = document.tokens
        let units = document.text.units
        self.tokens = tokens
        self.units = units
        let language = document.language.language ?? "en"
        let normalizedUnits = document.normalized.units
        self.normalizedUnits = normalizedUnits
        var keys: [UInt64] = []
        var classes: [WordClasses] = []
        keys.reserveCapacity(tokens.count)
        classes.reserveCapacity(tokens.count)
        normalizedUnits.withUnsafeBufferPointer { buffer in
            for token in tokens {
                let key = WordKey.of(UnsafeBufferPointer(rebasing: buffer[token.normalized.clamped(to: 0..<buffer.count)]))
                keys.append(key)
                classes.append(words.classes[key] ?? [])
            }
        }
        self.keys = keys
        self.classes = classes
        var quoted = [Bool](repeating: false, count: document.tokens.count)
        for quote in quotes {
            let upper = quote.closeMark?.end ?? quote.range.end
            for index in document.tokenIndex(atOrAfter: quote.openMark.start)..<document.tokens.count {
                if document.tokens[index].range.start >= upper { break }
                quoted[index] = true
            }
        }
        self.quoted = quoted
        self.isJapanese = language == "ja"
        self.isSlavic = Self.isSlavic(language)
        // (Static helpers here: a method call on `self` inside `init` would copy all of it.)
        var capitalisedInside: [UInt64] = []
        for index in tokens.indices.dropFirst() where tokens[index].isCapitalized
            && !Self.gapEndsSentence(before: index, tokens: tokens, units: units)
        {
            capitalisedInside.append(keys[index])
        }
        self.capitalisedInside = capitalisedInside.sorted()
    }

    /// Binary search in sorted keys.
    static func sortedKeys(_ keys: [UInt64], contain key: UInt64) -> Bool {
        let index = keys.partitioningIndex { $0 >= key }
        return index < keys.count && keys[index] == key
    }

    // MARK: Tokens

    func tokenIndex(atOrAfter offset: Int) -> Int { document.tokenIndex(atOrAfter: offset) }

    /// The normalised text of token `index`.
    func keyText(_ index: Int) -> String { document.normalizedText(of: tokens[index]) }

    /// Where the original text between token `index - 1` and token `index` lies.
    func gapBounds(before index: Int) -> Range<Int> { Self.gapBounds(before: index, tokens: tokens, units: units) }

    static func gapBounds(before index: Int, tokens: [Token], units: [UInt16]) -> Range<Int> {
        let start = index > 0 ? tokens[index - 1].range.end : 0
        let end = index < tokens.count ? tokens[index].range.start : units.count
        return start..<max(start, end)
    }

    /// The original text between token `index - 1` and token `index`.
    func gap(before index: Int) -> ArraySlice<UInt16> { units[gapBounds(before: index)] }

    func gapIsSpace(before index: Int) -> Bool {
        for position in gapBounds(before: index) where !QuoteExtractor.isSpace(units[position]) { return false }
        return true
    }

    /// Whether the gap before token `index` holds `unit`.
    func gap(before index: Int, contains unit: UInt16) -> Bool {
        for position in gapBounds(before: index) where units[position] == unit { return true }
        return false
    }

    /// Whether the gap holds a full stop, question or exclamation mark (a sentence end).
    func gapEndsSentence(before index: Int) -> Bool { Self.gapEndsSentence(before: index, tokens: tokens, units: units) }

    static func gapEndsSentence(before index: Int, tokens: [Token], units: [UInt16]) -> Bool {
        for position in gapBounds(before: index, tokens: tokens, units: units) {
            let unit = units[position]
            if unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x3002 || unit == 0x0A { return true }
        }
        return false
    }

    func isPronoun(_ index: Int) -> Bool { !classes[index].isDisjoint(with: .pronoun) }

    /// A speech verb outside quotations; a capitalised one only at a sentence start
    /// ("United States" is no verb).
    func isVerb(_ index: Int) -> Bool {
        guard classes[index].contains(.speechVerb), !quoted[index] else { return false }
        return !tokens[index].isCapitalized || index == 0 || gapEndsSentence(before: index)
    }

    func isTitleWord(_ index: Int) -> Bool { classes[index].contains(.titleWord) }

    /// A capitalised word that may belong to a name.
    func isNameLike(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !quoted[index] else { return false }
        return classes[index].isDisjoint(with: .notInNames)
    }

    /// A name run without the capitalised title nouns glued before it: when a later word of
    /// the run is a known given name ("Gewerkschaftschefin Sabine Krüger", "Coach Daniel
    /// Murray"), the name starts there.
    func trimmedAtGivenName(_ run: Range<Int>) -> Range<Int> {
        guard run.count >= 2, firstNames[keys[run.lowerBound]] == nil else { return run }
        for index in (run.lowerBound + 1)..<(run.upperBound - 1) where firstNames[keys[index]] != nil {
            return index..<run.upperBound
        }
        if startsWithTitleNoun(run) { return (run.lowerBound + 1)..<run.upperBound }
        return run
    }

    /// A run of three or more words whose first ends like a noun of office ("Landwirt", "Pfarrerin").
    func startsWithTitleNoun(_ run: Range<Int>) -> Bool {
        guard run.count >= 3, !lexicon.titleEndings.isEmpty else { return false }
        let first = keyText(run.lowerBound)
        return lexicon.titleEndings.contains { first.count > $0.count + 2 && first.hasSuffix($0) }
    }

    /// Whether a one-word name has evidence of being a proper noun: a known person, or the
    /// word written capitalised somewhere not at a sentence start ("Critics said" has none).
    func hasProperNounEvidence(_ run: Range<Int>) -> Bool {
        if run.count >= 2 || resolveSurname(of: run) != nil { return true }
        // After an article it is a common noun ("eine Anwohnerin", "a Spokesman").
        if run.lowerBound > 0, classes[run.lowerBound - 1].contains(.article) { return false }
        return Self.sortedKeys(capitalisedInside, contain: keys[run.lowerBound])
    }

    /// The name ending at token `end`: capitalised words joined by spaces, hyphens or initials.
    func nameRun(endingAt end: Int) -> Range<Int>? {
        guard let run = rawNameRun(endingAt: end) else { return nil }
        let trimmed = trimmedAtGivenName(run)
        return hasProperNounEvidence(trimmed) ? trimmed : nil
    }

    /// The name starting at token `start`.
    func nameRun(startingAt start: Int) -> Range<Int>? {
        guard let run = rawNameRun(startingAt: start) else { return nil }
        let trimmed = trimmedAtGivenName(run)
        return hasProperNounEvidence(trimmed) ? trimmed : nil
    }

    func rawNameRun(endingAt end: Int) -> Range<Int>? {
        guard end >= 0, end < tokens.count, isNameLike(end) else { return nil }
        var start = end
        while start > 0, end - start < 3 {
            let previous = start - 1
            guard joins(previous, start) else { break }
            if isNameLike(previous) {
                start = previous
            } else if classes[previous].contains(.nameParticle), !tokens[previous].isCapitalized, previous > 0,
                joins(previous - 1, previous), isNameLike(previous - 1)
            {
                start = previous - 1
            } else {
                break
            }
        }
        return start..<(end + 1)
    }

    func rawNameRun(startingAt start: Int) -> Range<Int>? {
        guard start >= 0, start < tokens.count, isNameLike(start) else { return nil }
        var end = start
        while end + 1 < tokens.count, end - start < 3 {
            let next = end + 1
            guard joins(end, next) else { break }
            if isNameLike(next) {
                end = next
            } else if classes[next].contains(.nameParticle), !tokens[next].isCapitalized, next + 1 < tokens.count,
                joins(next, next + 1), isNameLike(next + 1)
            {
                end = next + 1
            } else {
                break
            }
        }
        return start..<(end + 1)
    }

    /// Whether two neighbouring tokens belong to one name: only spaces, a hyphen, or an
    /// initial's full stop between them.
    func joins(_ left: Int, _ right: Int) -> Bool {
        let between = gapBounds(before: right)
        var allSpaces = true
        for position in between {
            let unit = units[position]
            if unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 { return false }
            if !QuoteExtractor.isSpace(unit) { allSpaces = false }
        }
        if allSpaces { return true }
        // Not all spaces, so the gap is not empty.
        let first = units[between.lowerBound]
        if between.count == 1, first == 0x2D { return true }
        if first == 0x2E, units[(between.lowerBound + 1)..<between.upperBound].allSatisfy({ QuoteExtractor.isSpace($0) }),
            tokens[left].range.length == 1
        {
            return true
        }
        return false
    }

    /// The title written before a name ("US Deputy Secretary of State"), as token indices.
    func title(before nameStart: Int) -> Range<Int>? {
        var start = nameStart
        while start > 0, nameStart - start < 8 {
            let previous = start - 1
            guard gapIsSpace(before: start), !quoted[previous] else { break }
            if isTitleWord(previous) { start = previous } else { break }
        }
        // Connectors do not begin or end a title.
        while start < nameStart, classes[start].contains(.titleConnector) { start += 1 }
        var end = nameStart
        while end > start, classes[end - 1].contains(.titleConnector) { end -= 1 }
        guard end > start, (start..<end).contains(where: { classes[$0].contains(.titleNoun) }) else { return nil }
        return start..<end
    }

    func text(_ range: Range<Int>) -> String {
        document.text[TextRange(tokens[range.lowerBound].range.start, tokens[range.upperBound - 1].range.end)]
    }

    func textRange(_ range: Range<Int>) -> TextRange {
        TextRange(tokens[range.lowerBound].range.start, tokens[range.upperBound - 1].range.end)
    }

    // MARK: Persons

    /// Collects the persons of the article: names that start with a known given name, follow
    /// an honorific or a title, or speak; then their surname-only mentions.
    mutating func findPersons() {
        var index = 0
        var runs: [Range<Int>] = []
        while index < tokens.count {
            if let raw = rawNameRun(startingAt: index) {
                runs.append(trimmedAtGivenName(raw))
                index = raw.upperBound
            } else {
                index += 1
            }
        }
        for run in runs {
            var gender = firstNames[keys[run.lowerBound]]
            var isPerson = gender != nil && run.count >= 2
            if run.lowerBound > 0 {
                let previous = classes[run.lowerBound - 1]
                if previous.contains(.maleHonorific) { isPerson = true; gender = .male }
                if previous.contains(.femaleHonorific) { isPerson = true; gender = .female }
            }
            if !isPerson, run.count >= 2, title(before: run.lowerBound) != nil { isPerson = true }
            if !isPerson, run.count >= 2, run.lowerBound > 0, let raw = rawNameRun(startingAt: run.lowerBound - 1),
                raw.upperBound == run.upperBound, startsWithTitleNoun(raw)
            {
                isPerson = true
            }
            if !isPerson, run.count >= 2, isSpeechSubject(run) { isPerson = true }
            guard isPerson else { continue }
            let surname = run.upperBound - 1
            if let existing = person(withKey: keys[surname]) {
                if run.count > persons[existing].tokens.count { persons[existing].tokens = run }
                if persons[existing].gender == nil { persons[existing].gender = gender }
            } else {
                persons.append(Person(key: keys[surname], keyText: keyText(surname), tokens: run, gender: gender))
            }
        }
        // Every run whose last word is a known surname is a mention of that person.
        for run in runs {
            if let person = resolveSurname(of: run) {
                mentions.append((run, person))
            }
        }
        learnGendersFromPronouns()
    }

    /// The index in ``persons`` of the person whose surname has this key.
    func person(withKey key: UInt64) -> Int? {
        persons.firstIndex { $0.key == key }
    }

    /// The person whose surname ends a name run, allowing Slavic case endings ("Смирнова" →
    /// "смирнов").
    ///
    /// Several persons can fit a Slavic ending; the first found in the article is taken
    /// (this used to be the first in a dictionary's order, which varies between runs).
    func resolveSurname(of run: Range<Int>) -> Int? {
        let surname = run.upperBound - 1
        if let found = person(withKey: keys[surname]) { return found }
        guard isSlavic, !persons.isEmpty else { return nil }
        let key = keyText(surname)
        guard key.count >= 5 else { return nil }
        let stem = key.dropLast(2)
        return persons.firstIndex { $0.keyText.count >= 4 && ($0.keyText.hasPrefix(stem) || key.hasPrefix($0.keyText.dropLast(1))) }
    }

    /// Whether a name run is the subject or object of a speech verb.
    func isSpeechSubject(_ run: Range<Int>) -> Bool {
        if run.upperBound < tokens.count, isVerb(run.upperBound), gapIsSpace(before: run.upperBound) { return true }
        if run.lowerBound > 0, isVerb(run.lowerBound - 1) { return true }
        return false
    }

    /// "Sherman said she …": a pronoun right after a person's speech verb tells the gender.
    mutating func learnGendersFromPronouns() {
        for mention in mentions where persons[mention.person].gender == nil {
            let verb = mention.tokens.upperBound
            guard verb + 1 < tokens.count, isVerb(verb) else { continue }
            for next in (verb + 1)..<min(tokens.count, verb + 3) {
                if classes[next].contains(.femalePronoun) { persons[mention.person].gender = .female; break }
                if classes[next].contains(.malePronoun) { persons[mention.person].gender = .male; break }
            }
        }
    }

    /// The person mention for a name run: full name, surface and title as written.
    func personMention(for run: Range<Int>) -> PersonMention {
        let titleTokens = title(before: run.lowerBound)
        var nameTokens = run
        if let person = resolveSurname(of: run), persons[person].tokens.count >= run.count {
            nameTokens = persons[person].tokens
        }
        return PersonMention(name: text(nameTokens), surface: textRange(run), title: titleTokens.map(text),
                             titleRange: titleTokens.map(textRange))
    }

    func mention(of speaker: PersonMention, at surface: TextRange?) -> PersonMention {
        var copy = speaker
        if let surface { copy.surface = surface }
        return copy
    }

    /// Every person mention of the article, in text order.
    func personMentions() -> [PersonMention] {
        mentions.map { personMention(for: $0.tokens) }
    }

    /// The last named person before an offset whose gender fits a pronoun.
    func resolvePronoun(_ index: Int) -> PersonMention? {
        let wordClasses = classes[index]
        let wanted: FirstNames.Gender? = wordClasses.contains(.femalePronoun) ? .female : wordClasses.contains(.malePronoun) ? .male : nil
        guard let wanted else { return nil }
        let offset = tokens[index].range.start
        for mention in mentions.reversed() where tokens[mention.tokens.lowerBound].range.start < offset {
            let gender = persons[mention.person].gender
            if gender == nil || gender == wanted || gender == .unisex {
                return personMention(for: mention.tokens)
            }
        }
        return nil
    }

    // MARK: Attribution

    /// The speaker of the quote at `index`, and how it was found.
    func attribute(quoteAt index: Int, attributedSoFar quotes: [Quote]) -> (PersonMention, AttributionMethod)? {
        let quote = quotes[index]
        if isJapanese, let found = japaneseSpeaker(quote) { return found }
        let colonBefore = lastNonSpace(before: quote.openMark.start, paragraph: quote.paragraph) == 0x3A
        if colonBefore {
            if let found = speakerBefore(quote) { return found }
            if let found = speakerAfter(quote) { return found }
        } else {
            if let found = speakerAfter(quote) { return found }
            if let found = speakerBefore(quote) { return found }
        }
        // Only full quotes inherit a speaker: quoted words and scare quotes are often the writer's.
        guard quote.kind == .quote else { return nil }
        // Carried from an earlier quote or speech verb of the same paragraph.
        if let earlier = quotes[..<index].last(where: { $0.paragraph == quote.paragraph && $0.speaker != nil }),
            let speaker = earlier.speaker
        {
            return (speaker, .carried)
        }
        let paragraph = document.paragraphs[quote.paragraph].range
        if let event = lastSpeechEvent(in: TextRange(paragraph.start, quote.openMark.start)) {
            return (event, .carried)
        }
        // A quote that opens its story paragraph: an attribution line after it, else the
        // paragraph before. Headlines and related-article lines stand alone.
        if quote.context == .body, firstNonSpace(in: paragraph) == quote.openMark.start {
            if quote.paragraph + 1 < document.paragraphs.count, let found = attributionLine(quote.paragraph + 1) {
                return (found, .neighbouringParagraph)
            }
            if quote.paragraph > 0 {
                if let earlier = quotes[..<index].last(where: { $0.paragraph == quote.paragraph - 1 }), let speaker = earlier.speaker,
                    lastSpeechEvent(in: TextRange(earlier.range.end, document.paragraphs[quote.paragraph - 1].range.end)) == nil
                {
                    return (speaker, .neighbouringParagraph)
                }
                if let event = lastSpeechEvent(in: document.paragraphs[quote.paragraph - 1].range) {
                    return (event, .neighbouringParagraph)
                }
            }
        }
        return nil
    }

    func firstNonSpace(in range: TextRange) -> Int {
        var index = range.start
        while index < range.end, QuoteExtractor.isSpace(units[index]) { index += 1 }
        return index
    }

    func lastNonSpace(before offset: Int, paragraph: Int) -> UInt16? {
        var index = offset - 1
        let start = document.paragraphs[paragraph].range.start
        while index >= start, QuoteExtractor.isSpace(units[index]) { index -= 1 }
        return index >= start ? units[index] : nil
    }

    /// "…," said X / "…," X said / "…," he added — in the clause after the closing mark.
    func speakerAfter(_ quote: Quote) -> (PersonMention, AttributionMethod)? {
        guard let close = quote.closeMark else { return nil }
        let paragraph = document.paragraphs[quote.paragraph].range
        let nextOpen = quotes.first { $0.paragraph == quote.paragraph && $0.openMark.start > close.start }?.openMark.start ?? paragraph.end
        let first = tokenIndex(atOrAfter: close.end)
        guard first < tokens.count, tokens[first].range.start < nextOpen else { return nil }
        // A quote that ends its own sentence takes an attribution only right after it.
        let lastInside = units[max(quote.range.start, quote.range.end - 1)]
        let endsSentence = lastInside == 0x2E || lastInside == 0x21 || lastInside == 0x3F
        let maxVerbDistance = endsSentence ? 3 : 8
        // "„…“ – so Energieexperte Thomas Berger", "«…», selon X": a speaker phrase right after.
        let windowEnd = tokenIndex(atOrAfter: nextOpen)
        for phrase in words.beforeSpeaker where !phrase.isEmpty && first + phrase.count <= windowEnd {
            if keys[first..<(first + phrase.count)].elementsEqual(phrase),
                let found = nameAfter(first + phrase.count, before: windowEnd)
            {
                return found
            }
        }
        var index = first
        while index < tokens.count, index - first <= maxVerbDistance, tokens[index].range.start < nextOpen {
            if index > first && gapEndsSentence(before: index) { break }
            if isVerb(index) {
                if let found = subject(ofVerb: index, from: first) { return found }
                if let found = object(ofVerb: index, before: nextOpen) { return found }
                return nil
            }
            index += 1
        }
        return nil
    }

    /// X said: "…" / X said the talks were "…" / according to X, "…" — in the same sentence before the quote.
    func speakerBefore(_ quote: Quote) -> (PersonMention, AttributionMethod)? {
        let paragraph = document.paragraphs[quote.paragraph].range
        let end = tokenIndex(atOrAfter: quote.openMark.start)
        var start = end
        let previousClose = quotes.last { $0.paragraph == quote.paragraph && ($0.closeMark?.end ?? Int.max) <= quote.openMark.start }?.closeMark?.end
        let lowerBound = max(paragraph.start, previousClose ?? paragraph.start)
        while start > 0, tokens[start - 1].range.start >= lowerBound {
            if gapEndsSentence(before: start) && start < end { break }
            start -= 1
        }
        guard start < end else { return nil }
        // "according to X"
        for phrase in words.beforeSpeaker where !phrase.isEmpty {
            var index = start
            while index + phrase.count <= end {
                if keys[index..<(index + phrase.count)].elementsEqual(phrase) {
                    if let found = nameAfter(index + phrase.count, before: end) { return found }
                }
                index += 1
            }
        }
        // "Keller: “We will not back down”" — a line that opens with a name and a colon.
        if end > start, lastNonSpace(before: quote.openMark.start, paragraph: quote.paragraph) == 0x3A,
            let run = nameRun(endingAt: end - 1), tokens[end - 1].range.end <= quote.openMark.start,
            tokens[run.lowerBound].range.start == firstNonSpace(in: paragraph)
        {
            var gapEnd = tokens[end - 1].range.end
            while gapEnd < quote.openMark.start, QuoteExtractor.isSpace(units[gapEnd]) || units[gapEnd] == 0x3A { gapEnd += 1 }
            if gapEnd == quote.openMark.start { return (personMention(for: run), .sameSentence) }
        }
        var verb = end - 1
        while verb >= start {
            if isVerb(verb) {
                if let found = subject(ofVerb: verb, from: start) { return found }
            }
            verb -= 1
        }
        return nil
    }

    /// The subject of a speech verb: a pronoun or a name right before it, across an
    /// apposition ("X, Russia's deputy foreign minister, said").
    func subject(ofVerb verb: Int, from lower: Int) -> (PersonMention, AttributionMethod)? {
        guard verb > lower else { return nil }
        var before = verb - 1
        while before > lower, classes[before].contains(.skipBeforeVerb), gapIsSpace(before: before + 1) { before -= 1 }
        let adjacent = gapIsSpace(before: before + 1)
        if isPronoun(before), adjacent {
            return resolvePronoun(before).map { ($0, .pronoun) }
        }
        if let run = nameRun(endingAt: before) {
            // Across a comma only a known person: "The American negotiator, … Wendy Sherman, said",
            // not "… from Geneva, adding".
            if adjacent || resolveSurname(of: run) != nil {
                return (personMention(for: run), .sameSentence)
            }
        }
        // Apposition: the subject ends a comma-delimited phrase ("X, Russia's deputy foreign minister, said").
        if gap(before: before + 1, contains: 0x2C) {
            var index = before
            while index > lower, before - index < 10 {
                if gap(before: index, contains: 0x2C), let run = nameRun(endingAt: index - 1) {
                    return (personMention(for: run), .sameSentence)
                }
                index -= 1
            }
        }
        // A description standing for a person met in apposition earlier ("the American negotiator").
        if let person = describedPerson(endingAt: before, lower: lower) { return (person, .sameSentence) }
        return nil
    }

    /// The object of a speech verb: "said X", "said he", "said Russia's Deputy Foreign Minister Sergei Ryabkov".
    func object(ofVerb verb: Int, before limit: Int) -> (PersonMention, AttributionMethod)? {
        nameAfter(verb + 1, before: min(tokens.count, tokenIndex(atOrAfter: limit)))
    }

    /// The first name or pronoun from token `start` on, in the same clause, past lowercase words
    /// and title words ("a déclaré le maire X", "dijo el alcalde X", "according to plant manager X").
    func nameAfter(_ start: Int, before end: Int) -> (PersonMention, AttributionMethod)? {
        var index = start
        while index < end, index - start < 7 {
            if index > start, !gapIsSpace(before: index) {
                let between = gap(before: index)
                let afterAbbreviation = isTitleWord(index - 1) && between.first == 0x2E
                    && between.dropFirst().allSatisfy { QuoteExtractor.isSpace($0) }
                let joined = between.allSatisfy { $0 == 0x2D || $0 == 0x27 || $0 == 0x2019 || QuoteExtractor.isSpace($0) }
                // "Selon son directeur, Antoine Rousseau, …": a comma only before an appositive name.
                let appositive = between.filter { !QuoteExtractor.isSpace($0) } == [0x2C] && nameRun(startingAt: index) != nil
                if !afterAbbreviation && !joined && !appositive { return nil }
            }
            if isPronoun(index) { return resolvePronoun(index).map { ($0, .pronoun) } }
            if let run = nameRun(startingAt: index) { return (personMention(for: run), .sameSentence) }
            let skippable = isTitleWord(index) || !tokens[index].isCapitalized || classes[index].contains(.skipBeforeVerb)
            if !skippable || isVerb(index) { return nil }
            index += 1
        }
        return nil
    }

    func skipTitle(from index: Int, limit: Int) -> Int {
        var current = index
        while current < min(limit, tokens.count), current - index < 8, isTitleWord(current), !isNameLikeBeyondTitle(current) {
            current += 1
        }
        return current
    }

    /// A capitalised word that is both a title word and a surname of a known person.
    func isNameLikeBeyondTitle(_ index: Int) -> Bool { person(withKey: keys[index]) != nil }

    /// "The American negotiator, Vice Foreign Minister Wendy Sherman, …" earlier in the article
    /// makes "the American negotiator" stand for Sherman later.
    func describedPerson(endingAt index: Int, lower: Int) -> PersonMention? {
        guard index >= lower, !tokens[index].isCapitalized || index == lower || keys[max(index - 1, 0)] == WordKey.the else { return nil }
        let head = keys[index]
        guard index > 0, keys[index - 1] != WordKey.comma else { return nil }
        // An earlier mention whose title holds the head noun ("Health Minister Olivia Grant").
        if classes[index].contains(.titleNoun) {
            for mention in mentions.reversed() where mention.tokens.upperBound <= index {
                if let title = title(before: mention.tokens.lowerBound), title.contains(where: { keys[$0] == head }) {
                    return personMention(for: mention.tokens)
                }
            }
        }
        // Find an earlier "… HEAD, [title] NAME," apposition.
        var probe = 0
        while probe < index {
            if keys[probe] == head, probe + 1 < tokens.count, gap(before: probe + 1, contains: 0x2C) {
                var candidate = probe + 1
                candidate = skipTitle(from: candidate, limit: min(tokens.count, probe + 10))
                if let run = nameRun(startingAt: candidate), resolveSurname(of: run) != nil {
                    return personMention(for: run)
                }
            }
            probe += 1
        }
        return nil
    }

    /// The speaker of the last speech verb in a range that has a resolvable subject.
    func lastSpeechEvent(in range: TextRange) -> PersonMention? {
        guard range.end > range.start else { return nil }
        let start = tokenIndex(atOrAfter: range.start)
        var index = tokenIndex(atOrAfter: range.end) - 1
        while index >= start {
            if isVerb(index) {
                var sentenceStart = index
                while sentenceStart > start, !gapEndsSentence(before: sentenceStart) { sentenceStart -= 1 }
                if let (speaker, _) = subject(ofVerb: index, from: sentenceStart) { return speaker }
            }
            index -= 1
        }
        return nil
    }

    /// A short paragraph that only attributes ("– said Horvat.", "the minister said").
    func attributionLine(_ paragraphIndex: Int) -> PersonMention? {
        let range = document.paragraphs[paragraphIndex].range
        let first = tokenIndex(atOrAfter: range.start)
        let last = tokenIndex(atOrAfter: range.end)
        guard last > first, last - first <= 10 else { return nil }
        if quotes.contains(where: { $0.paragraph == paragraphIndex }) { return nil }
        for index in first..<min(last, first + 5) where isVerb(index) {
            if let (speaker, _) = subject(ofVerb: index, from: first) { return speaker }
            if let (speaker, _) = object(ofVerb: index, before: range.end) { return speaker }
        }
        return nil
    }

    /// Japanese: 「…」と述べた with the speaker before は or が earlier in the sentence;
    /// 「…」と X は語った; 「…」。X は…こう語った in the next sentence; 同氏 for the last person.
    func japaneseSpeaker(_ quote: Quote) -> (PersonMention, AttributionMethod)? {
        guard let close = quote.closeMark else { return nil }
        let paragraph = document.paragraphs[quote.paragraph].range
        let paragraphEnd = tokenIndex(atOrAfter: paragraph.end)
        let after = tokenIndex(atOrAfter: close.end)
        /// A token that starts with a speech verb or begins one ("述べ" of "述べた").
        func isSpeechVerb(_ index: Int) -> Bool {
            guard index < paragraphEnd else { return false }
            let key = keyUnits(index)
            return words.speechVerbs.anyStarts(key) || words.speechVerbs.anyStarts(with: key)
        }
        // 「…」と [X は] 述べた, also with the particle opening the next line.
        let nextLineEnd = quote.paragraph + 1 < document.paragraphs.count
            ? tokenIndex(atOrAfter: document.paragraphs[quote.paragraph + 1].range.end) : paragraphEnd
        if after < nextLineEnd, classes[after].contains(.quoteParticle) || keyUnits(after).hasPrefix(Self.toNo) {
            // 「…」との見通しを示した: the verb within a few words.
            if let verb = (after + 1..<min(nextLineEnd, after + 5)).first(where: { isSpeechVerb($0) || (classes[$0].contains(.speechVerb) && $0 < nextLineEnd) }),
                !(after + 1..<verb).contains(where: { classes[$0].contains(.subjectParticle) })
            {
                if let speaker = japaneseSubject(before: tokenIndex(atOrAfter: quote.openMark.start), from: tokenIndex(atOrAfter: paragraph.start)) {
                    return (speaker, .sameSentence)
                }
                return nil
            }
            // と X は 語った: the subject stands between the particle and the verb.
            var index = after + 1
            while index < min(nextLineEnd, after + 8) {
                if classes[index].contains(.subjectParticle), words.speechVerbs.anyStarts(keyUnits(min(index + 1, tokens.count - 1))) {
                    return japaneseName(endingBefore: index, from: after + 1).map { ($0, .sameSentence) }
                }
                index += 1
            }
        }
        // X は次のように述べた。「…」: a speech verb earlier in the paragraph.
        let open = tokenIndex(atOrAfter: quote.openMark.start)
        if open > 0, let verb = (tokenIndex(atOrAfter: paragraph.start)..<open).last(where: { words.speechVerbs.anyStarts(keyUnits($0)) }),
            let speaker = japaneseSubject(before: verb, from: tokenIndex(atOrAfter: paragraph.start))
        {
            return (speaker, .carried)
        }
        // 「…」。 X は … こう語った
        if after < paragraphEnd, keys[after] == WordKey.japaneseFullStop || gap(before: after, contains: 0x3002) || units[close.end] == 0x3002 {
            var index = after
            while index < min(paragraphEnd, after + 20) {
                if keys[index] == WordKey.kou, isSpeechVerb(index + 1) {
                    if let speaker = japaneseSubject(before: index, from: after) { return (speaker, .sameSentence) }
                }
                index += 1
            }
        }
        return nil
    }

    /// "との", which ends a quote like と (「…」との見通しを示した).
    static let toNo = UnitWord("との")

    /// The normalised text of token `index` as units.
    func keyUnits(_ index: Int) -> UnitText {
        UnitText(normalizedUnits[tokens[index].normalized.clamped(to: 0..<normalizedUnits.count)])
    }

    /// The original text of a token range as units (the units of ``text(_:)``).
    func originalUnits(_ range: Range<Int>) -> UnitText {
        let written = textRange(range)
        let lower = max(0, min(written.start, units.count))
        let upper = max(lower, min(written.end, units.count))
        return UnitText(units[lower..<upper])
    }

    /// The speaker before the last は/が in tokens[from..<end]; 同氏 stands for the last person.
    func japaneseSubject(before end: Int, from start: Int) -> PersonMention? {
        var index = end - 1
        while index >= start {
            if classes[index].contains(.subjectParticle) {
                if index > start {
                    let previous = originalUnits((index - 1)..<index)
                    if words.neutralPronouns.contains(where: { previous.hasSuffix($0) }) {
                        return lastJapaneseSpeaker(before: tokens[index].range.start)
                    }
                }
                return japaneseName(endingBefore: index, from: start)
            }
            index -= 1
        }
        return nil
    }

    /// The name in the tokens right before a particle, title suffixes removed and completed
    /// from an earlier fuller mention ("高橋社長" → "高橋由美").
    func japaneseName(endingBefore particle: Int, from lower: Int) -> PersonMention? {
        var particle = particle
        // 中村正男さん（67）は: an age in brackets between the name and the particle.
        if particle - 1 > lower, tokens[particle - 1].kind == .number, gap(before: particle, contains: 0xFF09) { particle -= 1 }
        var start = particle
        while start > lower, gapBounds(before: start).isEmpty, !classes[start - 1].contains(.japaneseParticle),
            !(tokens[start - 1].kind == .kana && keyUnits(start - 1).count == 1), particle - start < 5
        {
            start -= 1
        }
        guard start < particle else { return nil }
        let isHonorific = classes[particle - 1].contains(.japaneseHonorific)
        guard (start..<particle).allSatisfy({ tokens[$0].kind == .ideograph || ($0 == particle - 1 && isHonorific) }) else { return nil }
        var name = originalUnits(start..<particle)
        if words.classes[WordKey.of(name.units)]?.contains(.neutralPronoun) ?? false {
            return lastJapaneseSpeaker(before: tokens[start].range.start)
        }
        var stripped = true
        while stripped {
            stripped = false
            for suffix in words.titleSuffixes where name.hasSuffix(suffix) && name.count > suffix.count {
                name = name.droppingLast(suffix)
                stripped = true
            }
        }
        // Complete a surname from a fuller name earlier in the article.
        if name.count <= 2, let full = japaneseFullName(startingWith: name) {
            return PersonMention(name: full, surface: textRange(start..<particle))
        }
        return PersonMention(name: name.string, surface: textRange(start..<particle))
    }

    func japaneseFullName(startingWith surname: UnitText) -> String? {
        let surnameKey = WordKey.of(surname.units)
        var best: String?
        var bestCount = 0
        for index in tokens.indices where keys[index] == surnameKey && index + 1 < tokens.count && gapBounds(before: index + 1).isEmpty {
            let next = keyUnits(index + 1)
            if tokens[index + 1].kind == .ideograph, !classes[index + 1].contains(.titleSuffix), next.count <= 3 {
                // The length of surname + next, counted without building the string when both are plain.
                let count = surname.isPlain && next.isPlain ? surname.units.count + next.units.count : (surname.string + next.string).count
                if count > bestCount {
                    best = surname.string + next.string
                    bestCount = count
                }
            }
        }
        return best
    }

    func lastJapaneseSpeaker(before offset: Int) -> PersonMention? {
        for quote in quotes.reversed() where quote.range.end <= offset {
            if let speaker = japaneseSpeakerCache(for: quote) { return speaker }
        }
        return nil
    }

    func japaneseSpeakerCache(for quote: Quote) -> PersonMention? {
        guard let close = quote.closeMark else { return nil }
        let after = tokenIndex(atOrAfter: close.end)
        guard after < tokens.count, classes[after].contains(.quoteParticle) else { return nil }
        return japaneseSubject(before: tokenIndex(atOrAfter: quote.openMark.start),
                               from: tokenIndex(atOrAfter: document.paragraphs[quote.paragraph].range.start))
    }
}
