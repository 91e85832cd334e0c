import Foundation

/// Parameters of lexicon mining, each with its default (also listed in the README).
public struct MiningParameters: Sendable, Hashable {
    /// An article without `translated_from` counts as translated from the pair's language when
    /// the detector names that language and its MT score is at least this.
    public var translatedThreshold = 0.5
    /// An English article without `translated_from` counts as original copy when its MT score
    /// is below this (the threshold the detector uses for "original" renderings).
    public var originalThreshold = 0.25
    /// A rendering phrase (words moved, words substituted) longer than this many words is a
    /// paraphrase, not a pattern.
    public var maximumPhraseWords = 8
    /// A rendering counts only when it is close to the original one: at most one substituted
    /// word per this many aligned words (else it is a paraphrase).
    public var closeness = 5
    /// Sizes of the word n-grams compared by G².
    public var ngramSizes: ClosedRange<Int> = 2...4
    /// An n-gram is proposed only if it occurs at least this often in the translated articles…
    public var minimumCount = 2
    /// …in at least this many of them…
    public var minimumDocuments = 1
    /// …and its G² against the original articles is at least this. The defaults are generous,
    /// for a pair's first few dozen articles (a phrase seen twice in translated copy and never
    /// in as much original copy passes): proposals are reviewed anyway, ranked by G². On a
    /// larger corpus raise it to 3.84 (p < 0.05) or 10.83 (p < 0.001) and ask for 2 documents.
    public var minimumG2 = 2.0
    /// At most this many over-represented n-grams are proposed.
    public var maximumKeyness = 30
    /// Example contexts shown above each proposal.
    public var examples = 3

    public init() {}
}

/// How an article took part in mining.
public struct MinedDocument: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        /// Translated from the pair's source language: where proposals come from.
        case translated
        /// Original English copy: what translated copy is compared with.
        case original
        /// Neither (translated from another language, or undecided): left out.
        case other
    }

    public var id: String
    public var role: Role
    /// The MT score of the scan.
    public var mtScore: Double
    /// The source language: declared by `translated_from`, else detected.
    public var sourceLanguage: String?
    /// Whether `translated_from` decided it.
    public var declared: Bool

    /// Why the article has its role, for the header of the proposals.
    public var reason: String {
        let score = String(format: "%.2f", mtScore)
        switch role {
        case .translated:
            return declared ? "translated_from: \(sourceLanguage ?? "?")" : "detected: MT score \(score)"
        case .original:
            return declared ? "translated_from: en" : "MT score \(score)"
        case .other:
            if declared { return "translated_from: \(sourceLanguage ?? "?")" }
            if let source = sourceLanguage, source != "en" { return "detected: from \(source), MT score \(score)" }
            return "neither clearly translated nor original: MT score \(score)"
        }
    }
}

/// A proposed lexicon entry with the evidence behind it.
public struct LexiconProposal: Sendable, Hashable {
    public enum Origin: String, Sendable, Hashable {
        /// A quote rendered one way in translated copy and another in original copy.
        case rendering
        /// A person's title rendered one way in translated copy and another in original copy.
        case title
        /// A phrase over-represented in translated copy (G²).
        case keyness
    }

    public var origin: Origin
    public var category: ArtifactCategory
    /// What differed: `words moved`, `words substituted`, `number format`, `spelling`,
    /// `title`, `over-represented`.
    public var difference: String
    /// The pattern: the translated phrase's words, normalised.
    public var pattern: String
    /// What original copy wrote instead, most frequent first.
    public var suggestions: [String]
    /// In how many translated articles the phrase was found.
    public var support: Int
    /// How many times.
    public var occurrences: Int
    /// Contexts in translated articles, the phrase in brackets: `DOC: …[phrase]…`.
    public var examples: [String]
    /// The matching contexts in original articles.
    public var originals: [String]
    /// Keyness proposals: occurrences in the original articles, and G².
    public var originalCount: Int?
    public var g2: Double?
    /// Entries of the loaded lexicons that already fire on the phrase (`FILE:LINE (ID)`).
    public var coveredBy: [String]
    /// The weight proposed.
    public var weight: Double
}

/// What `verbatim lexicon mine` found: the articles' roles and the proposals, ranked.
public struct MiningResult: Sendable {
    public var pair: String
    public var documents: [MinedDocument]
    /// Proposals from renderings and titles first (ranked by support), then over-represented
    /// phrases (ranked by G²).
    public var proposals: [LexiconProposal]
    public var parameters: MiningParameters

    public var sourceLanguage: String { String(pair.dropLast(3)) }
}

/// Proposes lexicon entries for a language pair from a batch of wire copy.
///
/// Which articles are translated from the pair's language comes from `translated_from` when
/// the input has it, else from the detector (source language and MT score); original
/// English copy is what has no `translated_from` (or `en`) and a low MT score. Then:
///
/// 1. **Renderings.** In every quote cluster, each rendering from a translated article is
///    aligned with a rendering from an original article (the canonical one when it is
///    original). Words moved become `word-order` proposals (the span from where the word
///    belongs to where it stands, the original wording as suggestion); runs of substituted
///    words become `calque` proposals (`title` when they name an office, `number` when a
///    number is written another way, `entity` for another spelling).
/// 2. **Titles.** A person's title in a translated article that no original article gives
///    them becomes a `title` proposal, with the original titles as suggestions (qualifiers
///    such as "US" or "Russia's" left out).
/// 3. **Keyness.** Word n-grams of the translated articles are compared with the original
///    articles by Dunning's G² (``NGramCounts/keyness(against:minimumCount:minimumG2:)``);
///    over-represented ones become proposals with their counts (category to be checked).
public struct LexiconMiner: Sendable {
    public var parameters: MiningParameters

    public init(parameters: MiningParameters = MiningParameters()) {
        self.parameters = parameters
    }

    /// Office words: a substitution that contains one is a title.
    static let officeWords: Set<String> = [
        "minister", "ministers", "secretary", "president", "chancellor", "ambassador", "spokesman", "spokeswoman",
        "spokesperson", "governor", "mayor", "premier", "envoy", "commissioner", "chairman", "chairwoman", "prosecutor",
    ]

    /// Mines a scanned batch.
    /// - Parameters:
    ///   - pair: `XX-en`.
    ///   - documents: the articles, through ``ScanPipeline/process(_:)``.
    ///   - batch: ``ScanPipeline/analyzeBatch(_:)`` of them.
    ///   - matcher: the loaded lexicons, to say which proposals an entry already covers.
    public func mine(pair: String, documents: [Document], batch: ScanPipeline.BatchResult,
                     matcher: LexiconMatcher? = nil) throws(TuningError) -> MiningResult {
        let skeleton = try LexiconSkeleton(pair: pair)
        let source = skeleton.sourceLanguage
        let roles = documents.indices.map { role(of: documents[$0], assessment: batch.assessments[$0], source: source) }
        var coverage: [Int: [LexiconMatch]] = [:]
        if let matcher {
            for index in documents.indices where roles[index].role == .translated {
                coverage[index] = matcher.matches(in: documents[index])
            }
        }
        var context = Context(documents: documents, roles: roles, analysis: batch.analysis, coverage: coverage,
                              parameters: parameters)
        renderingProposals(&context)
        titleProposals(&context)
        var proposals = context.merged()
        proposals.sort { lhs, rhs in
            if lhs.support != rhs.support { return lhs.support > rhs.support }
            if Self.rank(lhs.category) != Self.rank(rhs.category) { return Self.rank(lhs.category) < Self.rank(rhs.category) }
            if lhs.occurrences != rhs.occurrences { return lhs.occurrences > rhs.occurrences }
            return lhs.pattern < rhs.pattern
        }
        let taken = Set(proposals.map(\.pattern))
        proposals += keynessProposals(context).filter { !taken.contains($0.pattern) }
        return MiningResult(pair: pair, documents: roles, proposals: proposals, parameters: parameters)
    }

    /// Order of categories among proposals with the same support.
    static func rank(_ category: ArtifactCategory) -> Int {
        switch category {
        case .title: return 0
        case .wordOrder: return 1
        case .calque: return 2
        case .number: return 3
        case .entity: return 4
        case .grammar: return 5
        case .typography: return 6
        case .debris: return 7
        }
    }

    // MARK: - Roles

    func role(of document: Document, assessment: MTAssessment, source: String) -> MinedDocument {
        let score = assessment.score
        if let declared = document.article.translatedFrom?.lowercased(), !declared.isEmpty {
            let role: MinedDocument.Role = declared == source ? .translated : declared == "en" ? .original : .other
            return MinedDocument(id: document.id, role: role, mtScore: score, sourceLanguage: declared, declared: true)
        }
        let isEnglish = (document.language.language ?? "en") == "en"
        if isEnglish, assessment.sourceLanguage == source, score >= parameters.translatedThreshold {
            return MinedDocument(id: document.id, role: .translated, mtScore: score, sourceLanguage: source, declared: false)
        }
        if isEnglish, score < parameters.originalThreshold {
            return MinedDocument(id: document.id, role: .original, mtScore: score, sourceLanguage: nil, declared: false)
        }
        return MinedDocument(id: document.id, role: .other, mtScore: score, sourceLanguage: assessment.sourceLanguage,
                             declared: false)
    }

    // MARK: - Evidence gathering

    /// One sighting of a phrase in a translated article.
    struct Sighting {
        var category: ArtifactCategory
        var difference: String
        var origin: LexiconProposal.Origin
        var pattern: String
        /// What original copy writes instead, best first.
        var suggestions: [String]
        var document: Int
        var range: TextRange
        var example: String
        var original: String?
    }

    struct Context {
        let documents: [Document]
        let roles: [MinedDocument]
        let analysis: CorpusAnalysis
        let coverage: [Int: [LexiconMatch]]
        let parameters: MiningParameters
        var sightings: [Sighting] = []

        func isTranslated(_ document: Int) -> Bool { roles[document].role == .translated }
        func isOriginal(_ document: Int) -> Bool { roles[document].role == .original }

        /// Entries that fire on a range of a translated article.
        func covering(_ range: TextRange, in document: Int) -> [String] {
            (coverage[document] ?? []).filter { $0.range.overlaps(range) }.map { "\($0.trace) (\($0.id))" }
        }

        /// Sightings grouped by category and pattern into proposals.
        func merged() -> [LexiconProposal] {
            var order: [String] = []
            var groups: [String: [Sighting]] = [:]
            for sighting in sightings {
                let key = sighting.category.rawValue + "\u{1F}" + sighting.pattern
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(sighting)
            }
            return order.compactMap { key in
                guard let group = groups[key], let first = group.first else { return nil }
                var counts: [String: (count: Int, first: Int, text: String)] = [:]
                var position = 0
                for sighting in group {
                    for suggestion in sighting.suggestions where !suggestion.isEmpty {
                        let folded = suggestion.lowercased()
                        let previous = counts[folded]
                        counts[folded] = ((previous?.count ?? 0) + 1, previous?.first ?? position, previous?.text ?? suggestion)
                        position += 1
                    }
                }
                let suggestions = counts.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first }.map(\.text)
                var covered: [String] = []
                for sighting in group {
                    for trace in covering(sighting.range, in: sighting.document) where !covered.contains(trace) { covered.append(trace) }
                }
                var originals: [String] = []
                for sighting in group {
                    if let original = sighting.original, !originals.contains(original) { originals.append(original) }
                }
                return LexiconProposal(
                    origin: first.origin, category: first.category, difference: first.difference, pattern: first.pattern,
                    suggestions: suggestions, support: Set(group.map(\.document)).count, occurrences: group.count,
                    examples: Array(Self.unique(group.map(\.example)).prefix(parameters.examples)),
                    originals: Array(originals.prefix(parameters.examples)), originalCount: nil, g2: nil, coveredBy: covered,
                    weight: LexiconMiner.weight(first.category))
            }
        }

        static func unique(_ values: [String]) -> [String] {
            var seen: Set<String> = []
            return values.filter { seen.insert($0).inserted }
        }
    }

    static func weight(_ category: ArtifactCategory) -> Double {
        switch category {
        case .title, .wordOrder: return 0.6
        case .calque, .number, .grammar: return 0.5
        case .entity, .typography: return 0.3
        case .debris: return 0
        }
    }

    // MARK: - Renderings

    func renderingProposals(_ context: inout Context) {
        let analysis = context.analysis
        var renderingOf: [QuoteReference: Int] = [:]
        for (index, rendering) in analysis.renderings.enumerated() { renderingOf[rendering.reference] = index }
        let aligner = RenderingAligner()
        for cluster in analysis.clusters {
            let originals = cluster.members.filter { context.isOriginal($0.document) }
            guard !originals.isEmpty else { continue }
            // The original to compare with: the canonical rendering if it is original, else the
            // original rendering from the article least likely to be machine-translated.
            let base = context.isOriginal(cluster.canonical.document) && cluster.members.contains(cluster.canonical)
                ? cluster.canonical
                : originals.min { context.roles[$0.document].mtScore < context.roles[$1.document].mtScore } ?? originals[0]
            guard let baseIndex = renderingOf[base] else { continue }
            let baseRendering = analysis.renderings[baseIndex]
            for member in cluster.members where context.isTranslated(member.document) {
                guard let witnessIndex = renderingOf[member] else { continue }
                let witness = analysis.renderings[witnessIndex]
                let existing = base == cluster.canonical ? cluster.alignments[member] : nil
                let alignment = existing ?? aligner.align(base: baseRendering, in: context.documents[base.document],
                                                          witness: witness, in: context.documents[member.document])
                collect(alignment, base: baseRendering, witness: witness, into: &context)
            }
        }
    }

    /// Proposals from one aligned pair of renderings.
    func collect(_ alignment: RenderingAlignment, base: Rendering, witness: Rendering, into context: inout Context) {
        let baseDocument = context.documents[base.reference.document]
        let witnessDocument = context.documents[witness.reference.document]
        let substitutions = alignment.pairs.filter { pair in
            guard let b = pair.base, let w = pair.witness else { return false }
            return base.stems[b] != witness.stems[w]
        }.count
        guard substitutions * parameters.closeness <= alignment.pairs.count else { return }
        // Witness position → base position, for aligned pairs.
        var baseOfWitness: [Int: Int] = [:]
        var witnessOfBase: [Int: Int] = [:]
        for pair in alignment.pairs {
            if let b = pair.base, let w = pair.witness {
                baseOfWitness[w] = b
                witnessOfBase[b] = w
            }
        }
        var movedBase: Set<Int> = []
        var movedWitness: Set<Int> = []
        // Words moved.
        for difference in alignment.differences where difference.kind == .moved {
            guard let baseToken = difference.baseTokens?.lowerBound, let witnessToken = difference.witnessTokens?.lowerBound
            else { continue }
            let b = baseToken - base.tokens.lowerBound
            let w = witnessToken - witness.tokens.lowerBound
            movedBase.insert(b)
            movedWitness.insert(w)
            // Where the word belongs in the witness: after the word aligned with its base
            // predecessor, else before the one aligned with its successor.
            guard let anchor = (b > 0 ? witnessOfBase[b - 1] : nil) ?? witnessOfBase[b + 1] else { continue }
            let witnessSpan = min(anchor, w)...max(anchor, w)
            var basePositions = witnessSpan.compactMap { baseOfWitness[$0] }
            basePositions.append(b)
            guard let baseLower = basePositions.min(), let baseUpper = basePositions.max(),
                witnessSpan.count <= parameters.maximumPhraseWords, baseUpper - baseLower + 1 <= parameters.maximumPhraseWords
            else { continue }
            add(category: .wordOrder, difference: "words moved", origin: .rendering, witness: witness, witnessSpan: witnessSpan,
                in: witnessDocument, base: base, baseSpan: baseLower...baseUpper, in: baseDocument, into: &context)
        }
        // Runs of substituted words (with the insertions and omissions among them).
        var run: [(base: Int?, witness: Int?)] = []
        func flush() {
            defer { run.removeAll() }
            let witnessPositions = run.compactMap(\.witness)
            let basePositions = run.compactMap(\.base)
            let substituted = run.compactMap { pair -> (base: Int, witness: Int)? in
                guard let b = pair.base, let w = pair.witness else { return nil }
                return (b, w)
            }
            guard !substituted.isEmpty, let wLower = witnessPositions.min(), let wUpper = witnessPositions.max(),
                let bLower = basePositions.min(), let bUpper = basePositions.max(),
                wUpper - wLower + 1 <= parameters.maximumPhraseWords, bUpper - bLower + 1 <= parameters.maximumPhraseWords
            else { return }
            let kinds = substituted.map { RenderingAligner.substitutionKind(base.keys[$0.base], witness.keys[$0.witness]) }
            let category: ArtifactCategory
            let difference: String
            if kinds.contains(.numberFormat) {
                (category, difference) = (.number, "number format")
            } else if kinds.allSatisfy({ $0 == .spelling }) && substituted.count == run.count {
                (category, difference) = (.entity, "spelling")
            } else {
                let range = Self.range(of: witness, wLower...wUpper, in: witnessDocument)
                let words = (wLower...wUpper).map { witness.keys[$0] } + (bLower...bUpper).map { base.keys[$0] }
                let isTitle = words.contains { Self.officeWords.contains($0) } || Self.titleRanges(in: witnessDocument).contains {
                    $0.overlaps(range)
                }
                (category, difference) = (isTitle ? .title : .calque, "words substituted")
            }
            add(category: category, difference: difference, origin: .rendering, witness: witness, witnessSpan: wLower...wUpper,
                in: witnessDocument, base: base, baseSpan: bLower...bUpper, in: baseDocument, into: &context)
        }
        for pair in alignment.pairs {
            if let b = pair.base, movedBase.contains(b) { flush(); continue }
            if let w = pair.witness, movedWitness.contains(w) { flush(); continue }
            if let b = pair.base, let w = pair.witness, base.stems[b] == witness.stems[w] { flush(); continue }
            run.append(pair)
        }
        flush()
    }

    /// Records a sighting of a rendering difference.
    func add(category: ArtifactCategory, difference: String, origin: LexiconProposal.Origin, witness: Rendering,
             witnessSpan: ClosedRange<Int>, in witnessDocument: Document, base: Rendering, baseSpan: ClosedRange<Int>,
             in baseDocument: Document, into context: inout Context) {
        let witnessTokens = (witness.tokens.lowerBound + witnessSpan.lowerBound)..<(witness.tokens.lowerBound + witnessSpan.upperBound + 1)
        let baseTokens = (base.tokens.lowerBound + baseSpan.lowerBound)..<(base.tokens.lowerBound + baseSpan.upperBound + 1)
        guard witnessTokens.upperBound <= witnessDocument.tokens.count, baseTokens.upperBound <= baseDocument.tokens.count,
            let pattern = Self.pattern(witnessTokens, in: witnessDocument)
        else { return }
        let range = Self.range(witnessTokens, in: witnessDocument)
        let baseRange = Self.range(baseTokens, in: baseDocument)
        context.sightings.append(Sighting(
            category: category, difference: difference, origin: origin, pattern: pattern, suggestions: [baseDocument[baseRange]],
            document: witness.reference.document, range: range, example: Self.example(range, in: witnessDocument),
            original: Self.example(baseRange, in: baseDocument)))
    }

    static func range(of rendering: Rendering, _ span: ClosedRange<Int>, in document: Document) -> TextRange {
        range((rendering.tokens.lowerBound + span.lowerBound)..<(rendering.tokens.lowerBound + span.upperBound + 1), in: document)
    }

    static func range(_ tokens: Range<Int>, in document: Document) -> TextRange {
        TextRange(document.tokens[tokens.lowerBound].range.start, document.tokens[tokens.upperBound - 1].range.end)
    }

    /// The ranges of the titles written with people in a document.
    static func titleRanges(in document: Document) -> [TextRange] {
        (document.persons + document.quotes.compactMap(\.speaker)).compactMap(\.titleRange)
    }

    /// A pattern of the tokens' normalised words, or nil if a word holds pattern syntax.
    static func pattern(_ tokens: Range<Int>, in document: Document) -> String? {
        var words: [String] = []
        for index in tokens {
            let word = document.normalizedText(of: document.tokens[index])
            guard !word.isEmpty, !word.contains(where: { "|?*<>#[]".contains($0) || $0.isWhitespace }) else { return nil }
            words.append(word)
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// `DOC: …words before [phrase] words after…`, on one line, within the phrase's sentence.
    static func example(_ range: TextRange, in document: Document, width: Int = 60) -> String {
        let sentence = document.sentences.first { $0.start <= range.start && range.start < $0.end }
            ?? document.paragraphs.first { $0.range.start <= range.start && range.start < $0.range.end }?.range
            ?? range
        let lower = min(sentence.start, range.start)
        let upper = max(sentence.end, range.end)
        var before = oneLine(document[TextRange(lower, range.start)])
        var after = oneLine(document[TextRange(range.end, upper)])
        if before.count > width {
            var clipped = Substring(before.suffix(width))
            if let cut = clipped.firstIndex(where: \.isWhitespace) { clipped = clipped[clipped.index(after: cut)...] }
            before = "…" + clipped
        }
        if after.count > width {
            var clipped = Substring(after.prefix(width))
            if let cut = clipped.lastIndex(where: \.isWhitespace), cut > clipped.startIndex { clipped = clipped[..<cut] }
            after = clipped + "…"
        }
        return "\(document.id): \(before)[\(oneLine(document[range]))]\(after)"
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    // MARK: - Titles

    func titleProposals(_ context: inout Context) {
        for speaker in context.analysis.speakers {
            let originals = speaker.titles.filter { context.isOriginal($0.document) }
            guard !originals.isEmpty else { continue }
            let originalForms = originals.compactMap { office(of: $0, in: context.documents[$0.document]) }
            let known = Set(originalForms.map(\.pattern))
            // Suggestions: the canonical title's group first, then by how often original copy uses them.
            var tally: [String: (count: Int, canonical: Bool, text: String, example: String)] = [:]
            for (title, form) in zip(originals, originals.map { office(of: $0, in: context.documents[$0.document]) }) {
                guard let form else { continue }
                let isCanonical = speaker.canonicalTitle.map { $0.group == title.group } ?? false
                let previous = tally[form.pattern]
                tally[form.pattern] = ((previous?.count ?? 0) + 1, (previous?.canonical ?? false) || isCanonical,
                                       previous?.text ?? form.text,
                                       previous?.example ?? Self.example(form.range, in: context.documents[title.document]))
            }
            let ranked = tally.values.sorted { lhs, rhs in
                if lhs.canonical != rhs.canonical { return lhs.canonical }
                if lhs.count != rhs.count { return lhs.count > rhs.count }
                return lhs.text < rhs.text
            }
            for title in speaker.titles where context.isTranslated(title.document) {
                let document = context.documents[title.document]
                guard let form = office(of: title, in: document), !known.contains(form.pattern), let best = ranked.first else { continue }
                context.sightings.append(Sighting(
                    category: .title, difference: "title", origin: .title, pattern: form.pattern, suggestions: ranked.map(\.text),
                    document: title.document, range: form.range, example: Self.example(form.range, in: document),
                    original: best.example))
            }
        }
    }

    /// A title without its leading qualifiers ("US", "Russia's"): its words as a pattern, its
    /// original text and range.
    func office(of title: TitleRendering, in document: Document) -> (pattern: String, text: String, range: TextRange)? {
        let tokens = document.tokenIndices(overlapping: title.range)
        let qualifiers = SpeakerDirectory.defaultQualifiers
        var lower = tokens.lowerBound
        while lower < tokens.upperBound,
            qualifiers.contains(document.normalizedText(of: document.tokens[lower]).replacingOccurrences(of: "’", with: "'"))
        {
            lower += 1
        }
        guard lower < tokens.upperBound, let pattern = Self.pattern(lower..<tokens.upperBound, in: document) else { return nil }
        let range = Self.range(lower..<tokens.upperBound, in: document)
        return (pattern, document[range], range)
    }

    // MARK: - Keyness

    func keynessProposals(_ context: Context) -> [LexiconProposal] {
        let translated = context.documents.indices.filter { context.isTranslated($0) }
        let originals = context.documents.indices.filter { context.isOriginal($0) }
        guard !translated.isEmpty, !originals.isEmpty else { return [] }
        let stopWords = StopWords.builtin(language: "en")
        let sentenceOfToken = Dictionary(uniqueKeysWithValues: translated.map { ($0, Self.sentenceOfToken(context.documents[$0])) })
        // Renderings of one utterance count once: every rendering of a cluster after the first
        // is left out (else two articles that quote the same words "over-represent" them).
        var repeated: [Int: [Range<Int>]] = [:]
        for cluster in context.analysis.clusters {
            for member in (cluster.members + cluster.fragments).sorted(by: { ($0.document, $0.quote) < ($1.document, $1.quote) }).dropFirst() {
                let document = context.documents[member.document]
                repeated[member.document, default: []].append(document.tokenIndices(overlapping: document.quotes[member.quote].range))
            }
        }
        struct Candidate {
            var words: [String]
            var keyness: Keyness
            var occurrences: [Occurrence]
        }
        var candidates: [Candidate] = []
        var seenPhrases: Set<[String]> = []
        for size in parameters.ngramSizes {
            guard let shingler = try? Shingler(.words(size, stopWords: .keep)) else { continue }
            var here = NGramCounts()
            var there = NGramCounts()
            var occurrences: [UInt64: [Occurrence]] = [:]
            for index in translated {
                let shingles = Self.phraseShingles(shingler, in: context.documents[index], size: size, leavingOut: repeated[index] ?? [])
                here.add(shingles.map(\.hash))
                for shingle in shingles { occurrences[shingle.hash, default: []].append(Occurrence(document: index, tokens: shingle.tokens)) }
            }
            for index in originals {
                there.add(Self.phraseShingles(shingler, in: context.documents[index], size: size, leavingOut: repeated[index] ?? [])
                    .map(\.hash))
            }
            for keyness in here.keyness(against: there, minimumCount: parameters.minimumCount, minimumG2: parameters.minimumG2)
            where keyness.g2 > 0 && keyness.count >= parameters.minimumCount {
                guard let seen = occurrences[keyness.hash], Set(seen.map(\.document)).count >= parameters.minimumDocuments,
                    let extended = extend(seen, in: context.documents, sentenceOfToken: sentenceOfToken)
                else { continue }
                let first = extended[0]
                let document = context.documents[first.document]
                let words = first.tokens.map { document.normalizedText(of: document.tokens[$0]) }
                // Leave out phrases of function words and numbers only, and names.
                let content = first.tokens.filter { index in
                    document.tokens[index].kind == .word && !(stopWords?.contains(document.normalizedText(of: document.tokens[index])) ?? false)
                }
                guard !content.isEmpty, !content.allSatisfy({ document.tokens[$0].isCapitalized }),
                    seenPhrases.insert(words).inserted
                else { continue }
                candidates.append(Candidate(words: words, keyness: keyness, occurrences: extended))
            }
        }
        // A phrase seen only inside a longer one (as often) says nothing more.
        candidates.sort { $0.words.count > $1.words.count }
        var kept: [Candidate] = []
        for candidate in candidates {
            let padded = " " + candidate.words.joined(separator: " ") + " "
            if kept.contains(where: {
                $0.keyness.count == candidate.keyness.count && (" " + $0.words.joined(separator: " ") + " ").contains(padded)
            }) {
                continue
            }
            kept.append(candidate)
        }
        kept.sort { lhs, rhs in
            if lhs.keyness.g2 != rhs.keyness.g2 { return lhs.keyness.g2 > rhs.keyness.g2 }
            if lhs.words.count != rhs.words.count { return lhs.words.count > rhs.words.count }
            return lhs.words.joined(separator: " ") < rhs.words.joined(separator: " ")
        }
        return kept.prefix(parameters.maximumKeyness).compactMap { candidate in
            let pattern = candidate.words.joined(separator: " ")
            guard !candidate.words.contains(where: { $0.isEmpty || $0.contains(where: { "|?*<>#[]".contains($0) || $0.isWhitespace }) })
            else { return nil }
            var covered: [String] = []
            var examples: [String] = []
            for occurrence in candidate.occurrences {
                let document = context.documents[occurrence.document]
                let range = Self.range(occurrence.tokens, in: document)
                for trace in context.covering(range, in: occurrence.document) where !covered.contains(trace) { covered.append(trace) }
                let example = Self.example(range, in: document)
                if !examples.contains(example) { examples.append(example) }
            }
            return LexiconProposal(
                origin: .keyness, category: .calque, difference: "over-represented", pattern: pattern, suggestions: [],
                support: Set(candidate.occurrences.map(\.document)).count, occurrences: candidate.keyness.count,
                examples: Array(examples.prefix(parameters.examples)), originals: [], originalCount: candidate.keyness.otherCount,
                g2: candidate.keyness.g2, coveredBy: covered, weight: 0.3)
        }
    }

    /// Where an n-gram occurs: a document and its tokens.
    struct Occurrence {
        var document: Int
        var tokens: Range<Int>
    }

    /// The occurrences of an n-gram grown to the whole phrase they share: while every
    /// occurrence has the same word before it (or after it) in its sentence, that word joins.
    /// An n-gram that grows beyond ``MiningParameters/maximumPhraseWords`` is a window on a
    /// longer passage the articles share (one quote rendered alike, a repeated sentence), not a
    /// phrase: nil.
    func extend(_ occurrences: [Occurrence], in documents: [Document], sentenceOfToken: [Int: [Int]]) -> [Occurrence]? {
        var current = occurrences
        func word(_ occurrence: Occurrence, at index: Int, from edge: Int) -> String? {
            let document = documents[occurrence.document]
            guard index >= 0, index < document.tokens.count, let sentences = sentenceOfToken[occurrence.document],
                sentences[index] == sentences[edge]
            else { return nil }
            return document.normalizedText(of: document.tokens[index])
        }
        while true {
            guard let first = current.first, first.tokens.count <= parameters.maximumPhraseWords else { return nil }
            let before = current.map { word($0, at: $0.tokens.lowerBound - 1, from: $0.tokens.lowerBound) }
            if let shared = before[0], before.allSatisfy({ $0 == shared }) {
                current = current.map { Occurrence(document: $0.document, tokens: ($0.tokens.lowerBound - 1)..<$0.tokens.upperBound) }
                continue
            }
            let after = current.map { word($0, at: $0.tokens.upperBound, from: $0.tokens.upperBound - 1) }
            if let shared = after[0], after.allSatisfy({ $0 == shared }) {
                current = current.map { Occurrence(document: $0.document, tokens: $0.tokens.lowerBound..<($0.tokens.upperBound + 1)) }
                continue
            }
            return current
        }
    }

    /// Per token of a document: the index of its sentence.
    static func sentenceOfToken(_ document: Document) -> [Int] {
        var result = [Int](repeating: 0, count: document.tokens.count)
        var sentence = 0
        for (index, token) in document.tokens.enumerated() {
            while sentence + 1 < document.sentences.count, document.sentences[sentence].end <= token.range.start { sentence += 1 }
            result[index] = sentence
        }
        return result
    }

    /// Word n-grams of a document that lie inside one sentence and outside the token ranges
    /// left out.
    static func phraseShingles(_ shingler: Shingler, in document: Document, size: Int, leavingOut: [Range<Int>] = []) -> [Shingle] {
        let sentences = sentenceOfToken(document)
        return shingler.shingles(in: document).filter { shingle in
            shingle.tokens.count == size && sentences[shingle.tokens.lowerBound] == sentences[shingle.tokens.upperBound - 1]
                && !leavingOut.contains { $0.overlaps(shingle.tokens) }
        }
    }
}

extension MiningResult {
    /// The proposals as a `.lex` file ready to review: a header that says where they come
    /// from, then each proposal as an entry, its evidence in comments above it. The text
    /// loads as it is (the tests check it), so `lint` and `eval` work on it before any edit.
    /// - Parameters:
    ///   - limit: how many proposals to write (all when nil).
    ///   - takenIDs: ids already used in the pair's lexicon (local ids, as in `[id]`); a
    ///     proposal's id avoids them.
    public func lexiconText(limit: Int? = nil, takenIDs: Set<String> = []) -> String {
        let source = sourceLanguage
        let shown = limit.map { Array(proposals.prefix($0)) } ?? proposals
        var lines: [String] = []
        lines.append("# Proposed entries for \(pair).lex, mined by `verbatim lexicon mine` from \(documents.count) articles.")
        lines.append("#")
        for (role, title) in [(MinedDocument.Role.translated, "Translated from \(source)"), (.original, "Original English"),
                              (.other, "Left out")] {
            let members = documents.filter { $0.role == role }
            lines.append("# \(title) (\(members.count)):" + (members.isEmpty ? " none" : ""))
            for member in members { lines.append("#   \(member.id) (\(member.reason))") }
        }
        lines.append("#")
        let fromRenderings = shown.filter { $0.origin != .keyness }.count
        lines.append("# \(shown.count) of \(proposals.count) proposals: \(fromRenderings) from quotes and titles rendered "
                     + "otherwise in original copy (ranked by support),")
        let phrases = shown.count - fromRenderings
        lines.append("# then \(phrases) phrase\(phrases == 1 ? "" : "s") over-represented in the translated articles (ranked by G²).")
        lines.append("# Review each one: check the pattern against the examples; generalise it (`a|b`, `<number>`, `*`);")
        lines.append("# add `when:`/`unless:` conditions so that native English does not fire it; correct the category;")
        lines.append("# write the note (the \(source) form and why the English is off); delete what is noise. Then")
        lines.append("# measure with `verbatim lexicon eval` and check with `verbatim lexicon lint --corpus`.")
        lines.append("")
        lines.append("verbatim-lexicon: \(Lexicon.supportedVersion)")
        lines.append("pair: \(pair)")
        lines.append("description: Proposed \(source) → English entries, mined from wire copy; to review.")
        var used = takenIDs
        for (number, proposal) in shown.enumerated() {
            lines.append("")
            var heading = "# \(number + 1) · \(proposal.category) (\(proposal.difference)) · "
            if let g2 = proposal.g2 {
                heading += String(format: "G² %.1f · ", g2)
                heading += "\(proposal.occurrences) times in \(proposal.support) of \(documents.filter { $0.role == .translated }.count) "
                    + "\(source) articles, \(proposal.originalCount ?? 0) times in "
                    + "\(documents.filter { $0.role == .original }.count) original articles"
            } else {
                heading += "support \(proposal.support) article\(proposal.support == 1 ? "" : "s")"
                    + ", \(proposal.occurrences) occurrence\(proposal.occurrences == 1 ? "" : "s")"
            }
            lines.append(heading)
            for example in proposal.examples { lines.append("#   \(source):       \(example)") }
            for original in proposal.originals { lines.append("#   original: \(original)") }
            for trace in proposal.coveredBy { lines.append("#   already found by \(trace)") }
            if proposal.origin == .keyness { lines.append("#   category guessed: correct it; add `suggest:`") }
            if proposal.category == .number { lines.append("#   `<number>` matches any number") }
            let id = Self.id(for: proposal, avoiding: &used)
            lines.append("[\(id)]")
            lines.append("category: \(proposal.category)")
            lines.append("pattern: \(proposal.pattern)")
            if !proposal.suggestions.isEmpty { lines.append("suggest: \(proposal.suggestions.joined(separator: " | "))") }
            lines.append("weight: \(LexiconEvaluation.figure(proposal.weight))")
            lines += Self.wrapped("note: " + note(for: proposal))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The note of a proposal: what was seen, and what the reviewer must add.
    func note(for proposal: LexiconProposal) -> String {
        let source = sourceLanguage
        let seen: String
        switch proposal.origin {
        case .rendering, .title:
            let original = proposal.suggestions.first.map { " where original English has \"\($0)\"" } ?? ""
            seen = "translated from \(source) as \"\(proposal.pattern)\"\(original)."
        case .keyness:
            seen = "over-represented in articles translated from \(source)."
        }
        return "TODO: the \(source) form and why the English is off. Mined: \(seen)"
    }

    /// A `key: value` line cut at spaces into lines of at most `width` characters, the later
    /// ones indented by two spaces (continuation lines).
    static func wrapped(_ line: String, width: Int = 100) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = "  " + word
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `CATEGORY.words-of-the-pattern`, unique.
    static func id(for proposal: LexiconProposal, avoiding used: inout Set<String>) -> String {
        var slug = ""
        for scalar in proposal.pattern.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > 40 {
            slug = String(slug.prefix(40))
            if let cut = slug.lastIndex(of: "-") { slug = String(slug[..<cut]) }
        }
        if slug.isEmpty { slug = "proposal" }
        let base = "\(proposal.category).\(slug)"
        var id = base
        var counter = 2
        while used.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(id)
        return id
    }
}

extension LexiconMiner {
    /// Scans articles and mines them in one go: the articles go through ``ScanPipeline`` with
    /// `lexicons`, then ``mine(pair:documents:batch:matcher:)``.
    public func mine(pair: String, articles: [Article], lexicons: LexiconSet) throws -> MiningResult {
        _ = try LexiconSkeleton(pair: pair)
        let pipeline = try ScanPipeline(lexicons: lexicons)
        var documents: [Document] = []
        for article in articles { documents.append(try pipeline.process(article)) }
        let batch = try pipeline.analyzeBatch(documents)
        return try mine(pair: pair, documents: documents, batch: batch, matcher: pipeline.detector.matcher)
    }
}
