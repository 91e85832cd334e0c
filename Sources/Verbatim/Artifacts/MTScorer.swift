import OrderedCollections

import Foundation

/// How likely an article is a machine translation, and from which language.
public struct MTAssessment: Sendable, Hashable {
    /// 0 to 1.
    public var score: Double
    /// BCP 47 code of the most likely source language, or nil.
    public var sourceLanguage: String?
    /// Evidence per candidate source language (summed weights), for the report.
    public var languageEvidence: [String: Double]
    /// The weighted evidence behind the score, per 1,000 words.
    public var density: Double
}

/// Turns an article's artifacts into an MT score and a source language.
///
/// The score is `1 − exp(−D / scale)`, where D is the summed weight of the article's MT
/// evidence (every artifact but debris) per 1,000 words, with short articles counted as at
/// least `minimumWords` long so that one finding in a two-line item does not saturate the
/// score. `scale` was calibrated on the lexicon fixtures (machine-translated sentences against
/// fluent native paragraphs, `Tests/VerbatimTests/Fixtures/Lexicons/`) and the seeds, see
/// `docs/artifacts.md`. The source language is the pair whose entries weigh most, if they
/// weigh at least `minimumLanguageEvidence` and clearly more than the runner-up; number and
/// quotation-mark conventions add small amounts.
public struct MTScorer: Sendable {
    public var scale = 6.0
    public var minimumWords = 300.0
    public var minimumLanguageEvidence = 0.5
    /// How much more the best language's evidence must weigh than the runner-up's.
    public var languageMargin = 1.25
    /// The least score of an article whose metadata says it was translated (`translated_from`).
    public var declaredTranslationScore = 0.9

    public init() {}

    /// `hits` are the document's lexicon matches before merging (``ArtifactDetector/lexiconHits(_:)``);
    /// an entry that several pair lexicons share (same id, same span) splits its weight among them.
    public func assess(_ document: Document, artifacts: [Artifact], hits: [Artifact]? = nil) -> MTAssessment {
        let words = Double(document.tokens.count)
        let evidence = artifacts.filter { $0.evidence != .debris }.map(\.weight).reduce(0, +)
        let density = evidence * 1000 / max(words, minimumWords)
        var score = 1 - exp(-density / scale)
        // An article that says it was translated is one, whatever the evidence.
        if let declared = document.article.translatedFrom, !declared.isEmpty, declared != "en" { score = max(score, declaredTranslationScore) }
        var languages: [String: Double] = [:]
        // Groups in text order, so that the sums below add up in the same order in every run.
        var shared: OrderedDictionary<String, [Artifact]> = [:]
        for hit in (hits ?? artifacts) where hit.evidence == .lexicon {
            guard let pair = hit.pair, pair.hasSuffix("-en") else { continue }
            let local = hit.ruleID.split(separator: "/").last.map(String.init) ?? hit.ruleID
            shared["\(hit.range.start):\(hit.range.end):\(local)", default: []].append(hit)
        }
        for group in shared.values {
            for hit in group {
                guard let source = hit.pair?.split(separator: "-").first else { continue }
                languages[String(source), default: 0] += hit.weight / Double(group.count)
            }
        }
        // Quotation marks of another language's style in English copy.
        let units = document.text.units
        var lowHigh = 0
        var guillemets = 0
        for unit in units {
            if unit == 0x201E { lowHigh += 1 }
            if unit == 0xAB || unit == 0xBB { guillemets += 1 }
        }
        if lowHigh > 0 { languages["de", default: 0] += 0.2 }
        if guillemets > 0 { for language in ["fr", "ru", "es", "it"] { languages[language, default: 0] += 0.05 } }
        let ranked = languages.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var source: String?
        if let best = ranked.first, best.value >= minimumLanguageEvidence {
            let second = ranked.count > 1 ? ranked[1].value : 0
            if best.value >= second * languageMargin { source = best.key }
        }
        if let declared = document.article.translatedFrom, !declared.isEmpty { source = declared }
        return MTAssessment(score: score, sourceLanguage: source, languageEvidence: languages, density: density)
    }
}
