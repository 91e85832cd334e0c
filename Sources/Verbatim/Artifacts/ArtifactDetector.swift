/// Finds every damaged span of a batch with a suggestion, and scores each article.
///
/// Per article: lexicon findings (``LexiconMatcher``), foreign number formats, glued words and
/// misspelt names (with a system word list and the batch's own vocabulary), quotation-mark
/// typography and debris. Across the batch: title outliers for a speaker, and words moved or
/// substituted in a machine-translated rendering of a clustered quote. Overlapping findings of
/// one category keep the strongest.
public struct ArtifactDetector: Sendable {
    public var matcher: LexiconMatcher
    public var words: WordList?
    public var scorer = MTScorer()
    public var target: NumberConvention

    public init(lexicons: LexiconSet, words: WordList? = WordList.system) throws(ICUError) {
        matcher = LexiconMatcher(lexicons)
        self.words = words
        target = try NumberConvention(locale: "en")
    }

    /// Artifacts found in each document on its own (index-aligned with `documents`).
    public func documentArtifacts(_ documents: [Document]) -> [[Artifact]] {
        // The batch's vocabulary, and lines repeated across one source's articles.
        var vocabulary: [String: Int] = [:]
        var names: [String: Int] = [:]
        var linesBySource: [String: [String: Set<Int>]] = [:]
        let normalizer = TextNormalizer()
        for (index, document) in documents.enumerated() {
            for token in document.tokens where token.kind == .word {
                let key = document.normalizedText(of: token)
                vocabulary[key, default: 0] += 1
                if token.isCapitalized { names[key, default: 0] += 1 }
            }
            if let source = document.article.source {
                for paragraph in document.paragraphs {
                    linesBySource[source, default: [:]][normalizer.normalize(document.text[paragraph.range]), default: []].insert(index)
                }
            }
        }
        let debris = DebrisDetector()
        let numbers = NumberFormatDetector(target: target)
        let typography = QuoteTypographyDetector()
        let spelling = NameSpellingDetector(words: words)
        return documents.enumerated().map { index, document in
            var repeated = Set<String>()
            if let source = document.article.source, let lines = linesBySource[source] {
                for (line, articles) in lines where articles.count > 1 && articles.contains(index) { repeated.insert(line) }
            }
            var found = lexiconArtifacts(document, index: index)
            found += numbers.artifacts(in: document, index: index)
            if let words { found += GluedWordDetector(words: words).artifacts(in: document, index: index, vocabulary: vocabulary) }
            found += spelling.artifacts(in: document, index: index, names: names)
            found += typography.artifacts(in: document, index: index)
            found += debris.artifacts(in: document, index: index, repeatedLines: repeated)
            return Self.deduplicated(found)
        }
    }

    /// Every lexicon match of a document, before overlapping findings are merged: the source
    /// language evidence counts each pair's entries.
    public func lexiconHits(_ documents: [Document]) -> [[Artifact]] {
        documents.enumerated().map { lexiconArtifacts($1, index: $0) }
    }

    func lexiconArtifacts(_ document: Document, index: Int) -> [Artifact] {
        matcher.matches(in: document).map { match in
            Artifact(document: index, range: match.range, category: match.entry.category,
                     suggestion: match.entry.suggestions.first, rule: match.trace, ruleID: match.id, evidence: .lexicon,
                     weight: match.entry.category == .debris ? 0 : match.entry.weight, pair: match.entry.pair,
                     note: match.entry.note)
        }
    }

    /// Cross-article evidence: titles that disagree with the canonical title of the same person,
    /// and words moved or substituted in renderings from articles more likely machine-translated
    /// than the canonical rendering's.
    public func crossArticleArtifacts(_ documents: [Document], analysis: CorpusAnalysis, mtScores: [Double]) -> [[Artifact]] {
        var result = [[Artifact]](repeating: [], count: documents.count)
        for speaker in analysis.speakers {
            guard let canonical = speaker.canonicalTitle else { continue }
            for outlier in speaker.outliers where mtScores[outlier.document] > mtScores[canonical.document] {
                result[outlier.document].append(Artifact(
                    document: outlier.document, range: outlier.range, category: .title, suggestion: canonical.title,
                    rule: "detector/title-outlier", ruleID: "title-outlier", evidence: .titleOutlier, weight: 0.6,
                    note: "\(speaker.name) is \(canonical.title) in \(documents[canonical.document].id)"))
            }
        }
        for cluster in analysis.clusters {
            let base = cluster.canonical
            for (member, alignment) in cluster.alignments where mtScores[member.document] > mtScores[base.document] + 0.1 {
                let witness = documents[member.document]
                for difference in alignment.differences {
                    switch difference.kind {
                    case .moved:
                        guard let moved = difference.witnessTokens, let range = movedSpan(moved.lowerBound, alignment: alignment,
                                                                                      cluster: cluster, member: member,
                                                                                      analysis: analysis, witness: witness)
                        else { continue }
                        result[member.document].append(Artifact(
                            document: member.document, range: range.witness, category: .wordOrder, suggestion: range.suggestion,
                            rule: "detector/moved-words", ruleID: "moved-words", evidence: .movedWords, weight: 0.6,
                            note: "'\(difference.witnessText)' stands elsewhere in \(documents[base.document].id)"))
                    // A substitution only against an original rendering, and only when the two
                    // renderings are close (few substitutions): else it is a paraphrase.
                    case .substitution where mtScores[base.document] < 0.25 && mtScores[member.document] >= 0.5
                        && alignment.differences.filter({ $0.kind == .substitution }).count * 5 <= alignment.pairs.count:
                        guard let range = difference.witnessRange else { continue }
                        result[member.document].append(Artifact(
                            document: member.document, range: range, category: .calque, suggestion: difference.baseText,
                            rule: "detector/substituted-word", ruleID: "substituted-word", evidence: .substitutedWord,
                            weight: 0.2, note: "\(documents[base.document].id) has '\(difference.baseText)'"))
                    default:
                        continue
                    }
                }
            }
        }
        return result
    }

    /// The span from where a moved word belongs to where it stands, and the canonical wording.
    func movedSpan(_ witnessToken: Int, alignment: RenderingAlignment, cluster: QuoteCluster, member: QuoteReference,
                   analysis: CorpusAnalysis, witness: Document) -> (witness: TextRange, suggestion: String)? {
        guard let rendering = analysis.renderings.first(where: { $0.reference == member }),
            let base = analysis.renderings.first(where: { $0.reference == cluster.canonical })
        else { return nil }
        let position = witnessToken - rendering.tokens.lowerBound
        // The base position of the moved word, and the witness word aligned just before it.
        guard let basePosition = base.stems.firstIndex(of: rendering.stems[position]), basePosition > 0 else { return nil }
        guard let anchor = alignment.pairs.first(where: { $0.base == basePosition - 1 })?.witness else { return nil }
        let lower = min(anchor, position)
        let upper = max(anchor, position)
        let range = TextRange(witness.tokens[rendering.tokens.lowerBound + lower].range.start,
                              witness.tokens[rendering.tokens.lowerBound + upper].range.end)
        // The canonical wording of the same stretch.
        let baseDocumentTokens = base.tokens
        let baseLower = basePosition - 1
        let baseUpper = min(base.stems.count - 1, basePosition - 1 + (upper - lower) - 1)
        guard baseUpper >= baseLower else { return (range, "") }
        _ = baseDocumentTokens
        return (range, base.keys[baseLower...baseUpper].joined(separator: " "))
    }

    /// One finding per span and category: overlapping findings of one category keep the strongest
    /// (lexicon first); debris absorbs other findings inside it.
    static func deduplicated(_ artifacts: [Artifact]) -> [Artifact] {
        // Cross-article title evidence names the title the other articles use: it beats a
        // lexicon's generic suggestion; otherwise lexicon findings beat detector findings.
        let rank: (Artifact) -> Double = { ($0.evidence == .titleOutlier ? 2 : $0.evidence == .lexicon ? 1 : 0) + $0.weight }
        var kept: [Artifact] = []
        for artifact in artifacts.sorted(by: { rank($0) > rank($1) }) {
            if kept.contains(where: { $0.category == artifact.category && $0.range.overlaps(artifact.range) }) { continue }
            if artifact.category != .debris, kept.contains(where: { $0.category == .debris && $0.range.contains(artifact.range) }) { continue }
            kept.append(artifact)
        }
        let debris = kept.filter { $0.category == .debris }
        return kept.filter { artifact in
            artifact.category == .debris || !debris.contains { $0.range.contains(artifact.range) }
        }.sorted { $0.range < $1.range }
    }
}
