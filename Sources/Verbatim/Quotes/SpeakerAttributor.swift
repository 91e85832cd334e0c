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
    public var firstNames: [String: FirstNames.Gender]

    public init(firstNames: [String: FirstNames.Gender] = FirstNames.builtin) {
        self.firstNames = firstNames
    }

    /// Attributes `quotes` (from ``QuoteExtractor``) and returns every person mention of the
    /// article with its title, for the speakers table.
    public func attribute(_ quotes: inout [Quote], in document: Document) -> [PersonMention] {
        guard let lexicon = AttributionLexicon.forLanguage(document.language.language) else { return [] }
        var context = Context(document: document, quotes: quotes, lexicon: lexicon, firstNames: firstNames)
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
struct Context {
    let document: Document
    let quotes: [Quote]
    let lexicon: AttributionLexicon
    let firstNames: [String: FirstNames.Gender]
    let tokens: [Token]
    let keys: [String]
    let units: [UInt16]
    /// Per token: inside a quotation (marks included).
    let quoted: [Bool]
    let functionWords: Set<String>
    let isJapanese: Bool
    let isSlavic: Bool
    /// Words written capitalised somewhere other than at a sentence start: proper nouns.
    var capitalisedInside: Set<String> = []

    struct Person {
        var tokens: Range<Int>  // the fullest mention's name tokens
        var gender: FirstNames.Gender?
    }
    /// Surname key → person.
    var persons: [String: Person] = [:]
    /// Token range of each person mention and its surname key, in text order.
    var mentions: [(tokens: Range<Int>, key: String)] = []

    static let articles: Set<String> = ["a", "an", "the", "ein", "eine", "einer", "einem", "einen", "der", "die", "das",
                                        "un", "une", "le", "la", "les", "el", "los", "las", "una", "il", "lo", "gli", "uno"]
    static let japaneseParticles: Set<String> = ["の", "と", "で", "に", "が", "を", "は", "も", "へ", "や", "から", "まで", "より", "、", "。"]
    static let particles: Set<String> = ["von", "van", "de", "der", "den", "da", "di", "du", "del", "della", "bin", "al", "ibn", "le", "la", "dos", "das", "ter"]
    static let titleNouns: Set<String> = [
        "president", "minister", "secretary", "chancellor", "premier", "ambassador", "envoy", "spokesman", "spokeswoman",
        "spokesperson", "senator", "governor", "mayor", "general", "gen", "lieutenant", "lt", "colonel", "col", "captain",
        "admiral", "commander", "chief", "director", "chairman", "chairwoman", "king", "queen", "prince", "pope", "judge",
        "prosecutor", "negotiator", "leader", "official", "dr", "prof", "mr", "mrs", "ms", "deputy", "präsident",
        "präsidentin", "minister", "ministerin", "außenminister", "außenministerin", "kanzler", "kanzlerin", "sprecher",
        "sprecherin", "président", "présidente", "ministre", "porte-parole", "presidente", "presidenta", "ministro",
        "ministra", "canciller", "portavoz", "президент", "министр", "заместитель", "глава", "премьер", "пресс-секретарь",
        "herr", "frau", "m", "mme", "sr", "sra", "führer",
    ]

    init(document: Document, quotes: [Quote], lexicon: AttributionLexicon, firstNames: [String: FirstNames.Gender]) {
        self.document = document
        self.quotes = quotes
        self.lexicon = lexicon
        self.firstNames = firstNames
        self.tokens = document.tokens
        self.keys = document.tokens.map { document.normalizedText(of: $0) }
        self.units = document.text.units
        var quoted = [Bool](repeating: false, count: document.tokens.count)
        for quote in quotes {
            let upper = quote.closeMark?.end ?? quote.range.end
            for index in document.tokenIndex(atOrAfter: quote.openMark.start)..<document.tokens.count {
                if document.tokens[index].range.start >= upper { break }
                quoted[index] = true
            }
        }
        self.quoted = quoted
        let language = document.language.language ?? "en"
        let profileWords = LanguageProfile.builtin.first { $0.language == language }?.words ?? []
        self.functionWords = profileWords.union(lexicon.stopWords)
        self.isJapanese = language == "ja"
        self.isSlavic = ["ru", "uk", "bg", "pl", "cs", "sk", "sr", "hr", "sl", "be", "mk"].contains(language)
        for index in tokens.indices.dropFirst() where tokens[index].isCapitalized && !gapEndsSentence(before: index) {
            capitalisedInside.insert(keys[index])
        }
    }

    // MARK: Tokens

    func tokenIndex(atOrAfter offset: Int) -> Int { document.tokenIndex(atOrAfter: offset) }

    /// The original text between token `index - 1` and token `index`.
    func gap(before index: Int) -> ArraySlice<UInt16> {
        let start = index > 0 ? tokens[index - 1].range.end : 0
        let end = index < tokens.count ? tokens[index].range.start : units.count
        return units[start..<max(start, end)]
    }

    func gapIsSpace(before index: Int) -> Bool {
        gap(before: index).allSatisfy { QuoteExtractor.isSpace($0) }
    }

    /// Whether the gap holds a full stop, question or exclamation mark (a sentence end).
    func gapEndsSentence(before index: Int) -> Bool {
        gap(before: index).contains { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0x3002 || $0 == 0x0A }
    }

    func isPronoun(_ index: Int) -> Bool {
        let key = keys[index]
        return lexicon.malePronouns.contains(key) || lexicon.femalePronouns.contains(key)
    }

    /// A speech verb outside quotations; a capitalised one only at a sentence start
    /// ("United States" is no verb).
    func isVerb(_ index: Int) -> Bool {
        guard lexicon.verbs.contains(keys[index]), !quoted[index] else { return false }
        return !tokens[index].isCapitalized || index == 0 || gapEndsSentence(before: index)
    }

    func isTitleWord(_ index: Int) -> Bool { lexicon.titleWords.contains(keys[index]) }

    /// A capitalised word that may belong to a name.
    func isNameLike(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !quoted[index] else { return false }
        let key = keys[index]
        if lexicon.titleWords.contains(key) || functionWords.contains(key) || lexicon.verbs.contains(key) { return false }
        if isPronoun(index) || lexicon.pluralPronouns.contains(key) { return false }
        return true
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
        guard run.count >= 3 else { return false }
        let first = keys[run.lowerBound]
        return lexicon.titleEndings.contains { first.count > $0.count + 2 && first.hasSuffix($0) }
    }

    /// Whether a one-word name has evidence of being a proper noun: a known person, or the
    /// word written capitalised somewhere not at a sentence start ("Critics said" has none).
    func hasProperNounEvidence(_ run: Range<Int>) -> Bool {
        if run.count >= 2 || resolveSurname(surnameKey(run)) != nil { return true }
        // After an article it is a common noun ("eine Anwohnerin", "a Spokesman").
        if run.lowerBound > 0, Self.articles.contains(keys[run.lowerBound - 1]) { return false }
        return capitalisedInside.contains(keys[run.lowerBound])
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
            } else if Self.particles.contains(keys[previous]), !tokens[previous].isCapitalized, previous > 0,
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
            } else if Self.particles.contains(keys[next]), !tokens[next].isCapitalized, next + 1 < tokens.count,
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
        let between = gap(before: right)
        if between.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x2028 || $0 == 0x2029 }) { return false }
        if between.allSatisfy({ QuoteExtractor.isSpace($0) }) { return true }
        if between.count == 1, between.first == 0x2D { return true }
        if between.first == 0x2E, between.dropFirst().allSatisfy({ QuoteExtractor.isSpace($0) }), tokens[left].range.length == 1 {
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
        let connectors: Set<String> = ["of", "the", "for", "and", "der", "die", "des", "de", "la", "le", "du", "del", "el"]
        while start < nameStart, connectors.contains(keys[start]) { start += 1 }
        var end = nameStart
        while end > start, connectors.contains(keys[end - 1]) { end -= 1 }
        guard end > start, (start..<end).contains(where: { Self.titleNouns.contains(keys[$0]) }) else { return nil }
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
            let first = keys[run.lowerBound]
            var gender = firstNames[first]
            var isPerson = gender != nil && run.count >= 2
            if run.lowerBound > 0 {
                let previous = keys[run.lowerBound - 1]
                if lexicon.maleHonorifics.contains(previous) { isPerson = true; gender = .male }
                if lexicon.femaleHonorifics.contains(previous) { isPerson = true; gender = .female }
            }
            if !isPerson, run.count >= 2, title(before: run.lowerBound) != nil { isPerson = true }
            if !isPerson, run.count >= 2, run.lowerBound > 0, let raw = rawNameRun(startingAt: run.lowerBound - 1),
                raw.upperBound == run.upperBound, startsWithTitleNoun(raw)
            {
                isPerson = true
            }
            if !isPerson, run.count >= 2, isSpeechSubject(run) { isPerson = true }
            guard isPerson else { continue }
            let key = surnameKey(run)
            if var existing = persons[key] {
                if run.count > existing.tokens.count { existing.tokens = run }
                if existing.gender == nil { existing.gender = gender }
                persons[key] = existing
            } else {
                persons[key] = Person(tokens: run, gender: gender)
            }
        }
        // Every run whose last word is a known surname is a mention of that person.
        for run in runs {
            if let key = resolveSurname(keys[run.upperBound - 1]) {
                mentions.append((run, key))
            }
        }
        learnGendersFromPronouns()
    }

    func surnameKey(_ run: Range<Int>) -> String { keys[run.upperBound - 1] }

    /// The person key of a surname as written, allowing Slavic case endings ("Смирнова" → "смирнов").
    func resolveSurname(_ key: String) -> String? {
        if persons[key] != nil { return key }
        guard isSlavic, key.count >= 5 else { return nil }
        let stem = key.dropLast(2)
        return persons.keys.first { $0.count >= 4 && ($0.hasPrefix(stem) || key.hasPrefix($0.dropLast(1))) }
    }

    /// Whether a name run is the subject or object of a speech verb.
    func isSpeechSubject(_ run: Range<Int>) -> Bool {
        if run.upperBound < tokens.count, isVerb(run.upperBound), gapIsSpace(before: run.upperBound) { return true }
        if run.lowerBound > 0, isVerb(run.lowerBound - 1) { return true }
        return false
    }

    /// "Sherman said she …": a pronoun right after a person's speech verb tells the gender.
    mutating func learnGendersFromPronouns() {
        for mention in mentions where persons[mention.key]?.gender == nil {
            let verb = mention.tokens.upperBound
            guard verb + 1 < tokens.count, isVerb(verb) else { continue }
            for next in (verb + 1)..<min(tokens.count, verb + 3) {
                if lexicon.femalePronouns.contains(keys[next]) { persons[mention.key]?.gender = .female; break }
                if lexicon.malePronouns.contains(keys[next]) { persons[mention.key]?.gender = .male; break }
            }
        }
    }

    /// The person mention for a name run: full name, surface and title as written.
    func personMention(for run: Range<Int>) -> PersonMention {
        let titleTokens = title(before: run.lowerBound)
        var name = text(run)
        if let key = resolveSurname(surnameKey(run)), let person = persons[key], person.tokens.count >= run.count {
            name = text(person.tokens)
        }
        return PersonMention(name: name, surface: textRange(run), title: titleTokens.map(text),
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
        let key = keys[index]
        let wanted: FirstNames.Gender? = lexicon.femalePronouns.contains(key) ? .female : lexicon.malePronouns.contains(key) ? .male : nil
        guard let wanted else { return nil }
        let offset = tokens[index].range.start
        for mention in mentions.reversed() where tokens[mention.tokens.lowerBound].range.start < offset {
            let gender = persons[mention.key]?.gender
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
        for phrase in lexicon.beforeSpeaker where !phrase.isEmpty && first + phrase.count <= windowEnd {
            if (0..<phrase.count).allSatisfy({ keys[first + $0] == phrase[$0] }),
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
        for phrase in lexicon.beforeSpeaker where !phrase.isEmpty {
            var index = start
            while index + phrase.count <= end {
                if (0..<phrase.count).allSatisfy({ keys[index + $0] == phrase[$0] }) {
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
        while before > lower, lexicon.skipBeforeVerb.contains(keys[before]), gapIsSpace(before: before + 1) { before -= 1 }
        let adjacent = gapIsSpace(before: before + 1)
        if isPronoun(before), adjacent {
            return resolvePronoun(before).map { ($0, .pronoun) }
        }
        if let run = nameRun(endingAt: before) {
            // Across a comma only a known person: "The American negotiator, … Wendy Sherman, said",
            // not "… from Geneva, adding".
            if adjacent || resolveSurname(surnameKey(run)) != nil {
                return (personMention(for: run), .sameSentence)
            }
        }
        // Apposition: the subject ends a comma-delimited phrase ("X, Russia's deputy foreign minister, said").
        if gap(before: before + 1).contains(0x2C) {
            var index = before
            while index > lower, before - index < 10 {
                if gap(before: index).contains(0x2C), let run = nameRun(endingAt: index - 1) {
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
            let skippable = isTitleWord(index) || !tokens[index].isCapitalized || lexicon.skipBeforeVerb.contains(keys[index])
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
    func isNameLikeBeyondTitle(_ index: Int) -> Bool { persons[keys[index]] != nil }

    /// "The American negotiator, Vice Foreign Minister Wendy Sherman, …" earlier in the article
    /// makes "the American negotiator" stand for Sherman later.
    func describedPerson(endingAt index: Int, lower: Int) -> PersonMention? {
        guard index >= lower, !tokens[index].isCapitalized || index == lower || keys[max(index - 1, 0)] == "the" else { return nil }
        let head = keys[index]
        guard index > 0, keys[index - 1] != "," else { return nil }
        // An earlier mention whose title holds the head noun ("Health Minister Olivia Grant").
        if Self.titleNouns.contains(head) {
            for mention in mentions.reversed() where mention.tokens.upperBound <= index {
                if let title = title(before: mention.tokens.lowerBound), title.contains(where: { keys[$0] == head }) {
                    return personMention(for: mention.tokens)
                }
            }
        }
        // Find an earlier "… HEAD, [title] NAME," apposition.
        var probe = 0
        while probe < index {
            if keys[probe] == head, probe + 1 < tokens.count, gap(before: probe + 1).contains(0x2C) {
                var candidate = probe + 1
                candidate = skipTitle(from: candidate, limit: min(tokens.count, probe + 10))
                if let run = nameRun(startingAt: candidate), resolveSurname(surnameKey(run)) != nil {
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
        func isSpeechVerb(_ index: Int) -> Bool {
            index < paragraphEnd && lexicon.verbs.contains { keys[index].hasPrefix($0) || $0.hasPrefix(keys[index]) }
        }
        // 「…」と [X は] 述べた, also with the particle opening the next line.
        let nextLineEnd = quote.paragraph + 1 < document.paragraphs.count
            ? tokenIndex(atOrAfter: document.paragraphs[quote.paragraph + 1].range.end) : paragraphEnd
        if after < nextLineEnd, lexicon.quoteParticles.contains(keys[after]) || keys[after].hasPrefix("との") {
            // 「…」との見通しを示した: the verb within a few words.
            if let verb = (after + 1..<min(nextLineEnd, after + 5)).first(where: { isSpeechVerb($0) || (lexicon.verbs.contains(keys[$0]) && $0 < nextLineEnd) }),
                !(after + 1..<verb).contains(where: { lexicon.subjectParticles.contains(keys[$0]) })
            {
                if let speaker = japaneseSubject(before: tokenIndex(atOrAfter: quote.openMark.start), from: tokenIndex(atOrAfter: paragraph.start)) {
                    return (speaker, .sameSentence)
                }
                return nil
            }
            // と X は 語った: the subject stands between the particle and the verb.
            var index = after + 1
            while index < min(nextLineEnd, after + 8) {
                if lexicon.subjectParticles.contains(keys[index]), lexicon.verbs.contains(where: { keys[min(index + 1, tokens.count - 1)].hasPrefix($0) }) {
                    return japaneseName(endingBefore: index, from: after + 1).map { ($0, .sameSentence) }
                }
                index += 1
            }
        }
        // X は次のように述べた。「…」: a speech verb earlier in the paragraph.
        let open = tokenIndex(atOrAfter: quote.openMark.start)
        if open > 0, let verb = (tokenIndex(atOrAfter: paragraph.start)..<open).last(where: { index in lexicon.verbs.contains { keys[index].hasPrefix($0) } }),
            let speaker = japaneseSubject(before: verb, from: tokenIndex(atOrAfter: paragraph.start))
        {
            return (speaker, .carried)
        }
        // 「…」。 X は … こう語った
        if after < paragraphEnd, keys[after] == "。" || gap(before: after).contains(0x3002) || units[close.end] == 0x3002 {
            var index = after
            while index < min(paragraphEnd, after + 20) {
                if keys[index] == "こう", isSpeechVerb(index + 1) {
                    if let speaker = japaneseSubject(before: index, from: after) { return (speaker, .sameSentence) }
                }
                index += 1
            }
        }
        return nil
    }

    /// The speaker before the last は/が in tokens[from..<end]; 同氏 stands for the last person.
    func japaneseSubject(before end: Int, from start: Int) -> PersonMention? {
        var index = end - 1
        while index >= start {
            if lexicon.subjectParticles.contains(keys[index]) {
                if index > start, lexicon.neutralPronouns.contains(where: { text((index - 1)..<index).hasSuffix($0) }) {
                    return lastJapaneseSpeaker(before: tokens[index].range.start)
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
        if particle - 1 > lower, tokens[particle - 1].kind == .number, gap(before: particle).contains(0xFF09) { particle -= 1 }
        var start = particle
        while start > lower, gap(before: start).isEmpty, !Self.japaneseParticles.contains(keys[start - 1]),
            !(tokens[start - 1].kind == .kana && keys[start - 1].count == 1), particle - start < 5
        {
            start -= 1
        }
        guard start < particle else { return nil }
        var name = text(start..<particle)
        let isHonorific = ["さん", "氏", "様"].contains(keys[particle - 1])
        guard (start..<particle).allSatisfy({ tokens[$0].kind == .ideograph || ($0 == particle - 1 && isHonorific) }) else { return nil }
        if lexicon.neutralPronouns.contains(name) { return lastJapaneseSpeaker(before: tokens[start].range.start) }
        var stripped = true
        while stripped {
            stripped = false
            for suffix in lexicon.titleSuffixes where name.hasSuffix(suffix) && name.count > suffix.count {
                name = String(name.dropLast(suffix.count))
                stripped = true
            }
        }
        // Complete a surname from a fuller name earlier in the article.
        if name.count <= 2, let full = japaneseFullName(startingWith: name) { name = full }
        return PersonMention(name: name, surface: textRange(start..<particle))
    }

    func japaneseFullName(startingWith surname: String) -> String? {
        var best: String?
        for index in tokens.indices where keys[index] == surname && index + 1 < tokens.count && gap(before: index + 1).isEmpty {
            let next = keys[index + 1]
            if tokens[index + 1].kind == .ideograph, !lexicon.titleSuffixes.contains(next), next.count <= 3 {
                let candidate = surname + next
                if candidate.count > (best?.count ?? 0) { best = candidate }
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
        guard after < tokens.count, lexicon.quoteParticles.contains(keys[after]) else { return nil }
        return japaneseSubject(before: tokenIndex(atOrAfter: quote.openMark.start),
                               from: tokenIndex(atOrAfter: document.paragraphs[quote.paragraph].range.start))
    }
}
