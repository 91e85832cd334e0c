import Foundation

/// Precision and recall of artifact spans against a gold file, counted the way
/// `../shared/eval/score.py` counts them, so that the two can be compared figure for figure.
public struct ArtifactScores: Sendable, Hashable, Codable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Share of matched findings whose category is the gold one.
    public var categoryAccuracy: Double
    /// Recall over the gold artifacts not marked `stretch`.
    public var recallCore: Double
    /// Recall per gold category, for the categories the gold file has, in category order.
    public var recallByCategory: [String: Double]

    enum CodingKeys: String, CodingKey {
        case truePositives = "tp", falsePositives = "fp", falseNegatives = "fn", precision, recall, f1
        case categoryAccuracy = "category_accuracy", recallCore = "recall_core", recallByCategory = "recall_by_category"
    }
}

/// How one lexicon entry did against the gold file.
public struct EntryEvaluation: Sendable {
    public var entry: LexiconEntry
    /// Matches of the entry in the gold documents (raw matcher firings: before the report
    /// merges overlapping findings of one category).
    public var firings: Int
    /// Firings that match a gold artifact of any category (one-to-one, overlap ≥ half of the
    /// shorter span, as `score.py` matches).
    public var truePositives: Int
    /// Gold artifacts of the entry's category in the documents the entry is meant for (see
    /// ``LexiconEvaluator``): the recall's denominator.
    public var relevant: Int
    /// How many of them the entry's firings match: the recall's numerator.
    public var found: Int
    /// Firings in gold documents marked `translated: false`: false alarms on native copy.
    public var nativeFirings: Int
    /// Firings that match no gold artifact, as `DOC: "text"`, for the report.
    public var falseAlarms: [String]

    /// truePositives / firings; nil without firings.
    public var precision: Double? { firings > 0 ? Double(truePositives) / Double(firings) : nil }
    /// found / relevant; nil when there is nothing to find.
    public var recall: Double? { relevant > 0 ? Double(found) / Double(relevant) : nil }
}

/// What `verbatim lexicon eval` measured.
public struct LexiconEvaluation: Sendable {
    /// The gold file's name.
    public var goldFile: String
    /// Gold documents, and how many of them are original (not translated) copy.
    public var documentCount: Int
    public var originalDocumentCount: Int
    public var goldArtifactCount: Int
    /// Every artifact the scan reports, scored as `score.py` scores the report's `artifacts`.
    public var overall: ArtifactScores
    /// The entries evaluated, by file and line.
    public var entries: [EntryEvaluation]
    /// Articles read that the gold file does not annotate (left out of every figure).
    public var unannotated: [String]

    /// The evaluation of one entry, by full id.
    public func entry(_ id: String) -> EntryEvaluation? { entries.first { $0.entry.id == id } }

    /// The edits that record the figures of a lexicon file's entries (`precision:`, `recall:`,
    /// `measured:`), per local entry id, for ``LexiconWriter``. A figure that cannot be
    /// measured (no firings, nothing to find) is removed rather than left stale.
    /// - Parameters:
    ///   - lexicon: the file's lexicon; only the evaluated entries that are its own are edited
    ///     (not those of another file with the same name).
    ///   - date: when the measurement was made (`2026-01-31`).
    public func edits(for lexicon: Lexicon, date: String) -> [String: [LexiconWriter.Edit]] {
        let own = Set(lexicon.entries.map { "\($0.id)\u{1F}\($0.location.line)" })
        var result: [String: [LexiconWriter.Edit]] = [:]
        for evaluation in entries
        where evaluation.entry.location.file == lexicon.file && own.contains("\(evaluation.entry.id)\u{1F}\(evaluation.entry.location.line)") {
            var changes: [LexiconWriter.Edit] = []
            changes.append(evaluation.precision.map { .set("precision", Self.figure($0)) } ?? .remove("precision"))
            changes.append(evaluation.recall.map { .set("recall", Self.figure($0)) } ?? .remove("recall"))
            changes.append(.set("measured", measuredText(evaluation, date: date)))
            result[evaluation.entry.localID] = changes
        }
        return result
    }

    /// The `measured:` value: when, on what, and the counts behind the figures.
    public func measuredText(_ evaluation: EntryEvaluation, date: String) -> String {
        let firings = "\(evaluation.firings) firing\(evaluation.firings == 1 ? "" : "s")"
        var parts = ["\(date) on \(goldFile) (\(documentCount) documents): \(firings), \(evaluation.truePositives) true"]
        parts.append("\(evaluation.found) of \(evaluation.relevant) gold \(evaluation.entry.category) artifacts in "
                     + LexiconEvaluator.scopeDescription(of: evaluation.entry))
        parts.append("\(evaluation.nativeFirings) on original copy")
        return parts.joined(separator: "; ")
    }

    /// A figure as the lexicon files write it: up to three decimals, no trailing zeros.
    public static func figure(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

/// Measures lexicon entries against a hand annotation, and the scan's artifacts as a whole.
///
/// - Overall: every artifact of the scan report in the gold documents against every gold
///   artifact, exactly as `score.py` counts `artifacts.precision`/`recall`: per document, a
///   greedy one-to-one matching by descending overlap, where a finding matches a gold span if
///   they overlap by at least half of the shorter one; category is not required to agree.
/// - Per entry: the entry's raw firings in the gold documents, matched the same way against
///   all gold artifacts (precision), and against the gold artifacts of its own category in the
///   documents it is meant for (recall): for a pair lexicon `XX-en`, gold documents translated
///   from `XX`; for `common` and `en`, every translated gold document.
/// - Firings in documents marked `translated: false` are false alarms on native copy.
public struct LexiconEvaluator: Sendable {
    /// Overlap needed, as a share of the shorter span (`score.py`'s threshold).
    public static let overlapThreshold = 0.5
    /// Categories in report order (`score.py`'s `CATEGORIES`).
    static let categories = ArtifactCategory.allCases.map(\.rawValue)

    public init() {}

    /// A finding of the scan, as the report gives it (code point offsets).
    public struct ReportedSpan: Sendable, Hashable {
        public var document: String
        public var start: Int
        public var end: Int
        public var category: String

        public init(document: String, start: Int, end: Int, category: String) {
            self.document = document
            self.start = start
            self.end = end
            self.category = category
        }
    }

    /// One firing of a lexicon entry (code point offsets).
    public struct Firing: Sendable {
        public var entry: LexiconEntry
        public var document: String
        public var start: Int
        public var end: Int
        /// The text it fired on, for the list of false alarms.
        public var text: String

        public init(entry: LexiconEntry, document: String, start: Int, end: Int, text: String) {
            self.entry = entry
            self.document = document
            self.start = start
            self.end = end
            self.text = text
        }
    }

    /// Evaluates a scanned batch.
    /// - Parameters:
    ///   - gold: the annotation.
    ///   - documents: the articles scanned (gold documents among them are found by id).
    ///   - batch: what ``ScanPipeline/analyzeBatch(_:)`` found in them.
    ///   - matcher: the lexicon matcher the scan used, for the raw firings of each entry.
    ///   - focus: entries to list even if they never fire (the lexicon files being tuned);
    ///     entries that fire in the gold documents are always listed.
    public func evaluate(gold: GoldStandard, documents: [Document], batch: ScanPipeline.BatchResult,
                         matcher: LexiconMatcher, focus: [LexiconEntry] = []) throws(TuningError) -> LexiconEvaluation {
        var texts: [String: String] = [:]
        for document in documents where texts[document.id] == nil { texts[document.id] = document.text.string }
        let goldIDs = Set(gold.documents.map(\.id))
        // The report's artifacts, in report order: exactly what `scan --format json` writes.
        let report = ScanReport(documents: documents, batch: batch)
        let reported = report.artifacts.map { ReportedSpan(document: $0.doc, start: $0.start, end: $0.end, category: $0.category) }
        var firings: [Firing] = []
        for document in documents where goldIDs.contains(document.id) {
            for match in matcher.matches(in: document) {
                let (start, end) = document.text.scalarRange(match.range)
                firings.append(Firing(entry: match.entry, document: document.id, start: start, end: end, text: document[match.range]))
            }
        }
        var evaluation = try evaluate(gold: gold, texts: texts, reported: reported, firings: firings, focus: focus)
        evaluation.unannotated = documents.map(\.id).filter { !goldIDs.contains($0) }
        return evaluation
    }

    /// Evaluates findings given as spans: the arithmetic of ``evaluate(gold:documents:batch:matcher:focus:)``.
    /// - Parameters:
    ///   - texts: the text of each document by id (gold spans are located in them).
    ///   - reported: every artifact of the report; those outside the gold documents are left out.
    ///   - firings: every firing of a lexicon entry; those outside the gold documents are left out.
    public func evaluate(gold: GoldStandard, texts: [String: String], reported: [ReportedSpan], firings allFirings: [Firing],
                         focus: [LexiconEntry] = []) throws(TuningError) -> LexiconEvaluation {
        for document in gold.documents where texts[document.id] == nil {
            throw TuningError(.missingDocument(document.id), file: gold.file)
        }
        // Gold spans, per document, in file order.
        var goldSpans: [String: [(span: Span, artifact: GoldStandard.Artifact)]] = [:]
        var scorerTexts: [String: ScorerText] = [:]
        for artifact in gold.artifacts {
            guard let text = texts[artifact.document] else { continue }
            let scorerText = scorerTexts[artifact.document] ?? ScorerText(text)
            scorerTexts[artifact.document] = scorerText
            do {
                let (start, end) = try scorerText.locate(artifact)
                goldSpans[artifact.document, default: []].append((Span(start, end), artifact))
            } catch {
                var error = error
                error.file = gold.file
                throw error
            }
        }

        // Overall: the report's artifacts in the gold documents, as score.py counts them.
        var tp = 0
        var fp = 0
        var categoryAgrees = 0
        var found: [GoldStandard.Artifact] = []
        for document in gold.documents {
            let golds = goldSpans[document.id] ?? []
            let predicted = reported.filter { $0.document == document.id }
            let pairs = Self.match(gold: golds.map(\.span), predicted: predicted.map { Span($0.start, $0.end) })
            for (position, artifact) in predicted.enumerated() {
                guard let matched = pairs[position] else {
                    fp += 1
                    continue
                }
                tp += 1
                if artifact.category == golds[matched].artifact.category { categoryAgrees += 1 }
                found.append(golds[matched].artifact)
            }
        }
        let overall = Self.scores(tp: tp, fp: fp, gold: gold.artifacts, found: found, categoryAgrees: categoryAgrees)

        // Per entry, from the raw firings in the gold documents.
        let goldDocuments = Dictionary(uniqueKeysWithValues: gold.documents.map { ($0.id, $0) })
        var firings: [String: [Firing]] = [:]
        var entries: [String: LexiconEntry] = [:]
        for firing in allFirings where goldDocuments[firing.document] != nil {
            firings[firing.entry.id, default: []].append(firing)
            entries[firing.entry.id] = firing.entry
        }
        for entry in focus where entries[entry.id] == nil { entries[entry.id] = entry }
        var evaluations: [EntryEvaluation] = []
        for entry in entries.values {
            let fired = firings[entry.id] ?? []
            var truePositives = 0
            var foundOwn = 0
            var native = 0
            var falseAlarms: [String] = []
            for document in gold.documents {
                let here = fired.filter { $0.document == document.id }
                guard !here.isEmpty else { continue }
                let golds = goldSpans[document.id] ?? []
                if !document.translated { native += here.count }
                let pairs = Self.match(gold: golds.map(\.span), predicted: here.map { Span($0.start, $0.end) })
                truePositives += pairs.count
                for (position, firing) in here.enumerated() where pairs[position] == nil {
                    falseAlarms.append("\(document.id): \"\(firing.text)\"")
                }
                if Self.isInScope(entry, document) {
                    foundOwn += pairs.values.filter { golds[$0].artifact.category == entry.category.rawValue }.count
                }
            }
            let relevant = gold.artifacts.filter { artifact in
                artifact.category == entry.category.rawValue
                    && goldDocuments[artifact.document].map { Self.isInScope(entry, $0) } == true
            }.count
            evaluations.append(EntryEvaluation(entry: entry, firings: fired.count, truePositives: truePositives, relevant: relevant,
                                               found: foundOwn, nativeFirings: native, falseAlarms: falseAlarms))
        }
        evaluations.sort { $0.entry.location != $1.entry.location ? $0.entry.location < $1.entry.location : $0.entry.id < $1.entry.id }
        return LexiconEvaluation(
            goldFile: gold.file, documentCount: gold.documents.count,
            originalDocumentCount: gold.documents.filter { !$0.translated }.count, goldArtifactCount: gold.artifacts.count,
            overall: overall, entries: evaluations, unannotated: texts.keys.filter { goldDocuments[$0] == nil }.sorted())
    }

    // MARK: - score.py's arithmetic

    /// A half-open span of code point offsets.
    struct Span: Hashable {
        var start: Int
        var end: Int
        init(_ start: Int, _ end: Int) {
            self.start = start
            self.end = end
        }
    }

    /// Overlap as a share of the shorter span (`score.py`'s `cover`).
    static func cover(_ gold: Span, _ predicted: Span) -> Double {
        let overlap = max(0, min(gold.end, predicted.end) - max(gold.start, predicted.start))
        let shorter = min(gold.end - gold.start, predicted.end - predicted.start)
        return shorter > 0 ? Double(overlap) / Double(shorter) : 0
    }

    /// `score.py`'s `match`: every (gold, predicted) pair scoring at least the threshold, taken
    /// greedily in descending order of (score, gold index, predicted index), each side used
    /// once. Returns predicted index → gold index.
    static func match(gold: [Span], predicted: [Span], threshold: Double = overlapThreshold) -> [Int: Int] {
        var pairs: [(score: Double, gold: Int, predicted: Int)] = []
        for (g, goldSpan) in gold.enumerated() {
            for (p, predictedSpan) in predicted.enumerated() {
                let score = cover(goldSpan, predictedSpan)
                if score >= threshold { pairs.append((score, g, p)) }
            }
        }
        pairs.sort { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            if lhs.gold != rhs.gold { return lhs.gold > rhs.gold }
            return lhs.predicted > rhs.predicted
        }
        var usedGold: Set<Int> = []
        var result: [Int: Int] = [:]
        for pair in pairs where !usedGold.contains(pair.gold) && result[pair.predicted] == nil {
            usedGold.insert(pair.gold)
            result[pair.predicted] = pair.gold
        }
        return result
    }

    /// `score.py`'s `prf`.
    static func prf(tp: Int, fp: Int, fn: Int) -> (precision: Double, recall: Double, f1: Double) {
        let precision = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
        let recall = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (precision, recall, f1)
    }

    static func scores(tp: Int, fp: Int, gold: [GoldStandard.Artifact], found: [GoldStandard.Artifact],
                       categoryAgrees: Int) -> ArtifactScores {
        let fn = gold.count - tp
        let (precision, recall, f1) = prf(tp: tp, fp: fp, fn: fn)
        let core = gold.filter { !$0.stretch }.count
        let foundCore = found.filter { !$0.stretch }.count
        var byCategory: [String: Double] = [:]
        for category in categories {
            let all = gold.filter { $0.category == category }.count
            if all > 0 { byCategory[category] = Double(found.filter { $0.category == category }.count) / Double(all) }
        }
        return ArtifactScores(
            truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: precision, recall: recall, f1: f1,
            categoryAccuracy: tp > 0 ? Double(categoryAgrees) / Double(tp) : 0,
            recallCore: core > 0 ? Double(foundCore) / Double(core) : 0, recallByCategory: byCategory)
    }

    // MARK: - Scope

    /// Whether a gold document is one an entry is meant for: translated, and for a pair
    /// lexicon `XX-en`, translated from `XX`.
    static func isInScope(_ entry: LexiconEntry, _ document: GoldStandard.Document) -> Bool {
        guard document.translated else { return false }
        guard let source = sourceLanguage(of: entry.pair) else { return true }
        return document.sourceLanguage == source
    }

    /// `de` for `de-en`; nil for `common` and `en`.
    static func sourceLanguage(of pair: String) -> String? {
        pair.hasSuffix("-en") ? String(pair.dropLast(3)) : nil
    }

    /// Which gold documents count for an entry's recall, in words.
    static func scopeDescription(of entry: LexiconEntry) -> String {
        sourceLanguage(of: entry.pair).map { "\($0) articles" } ?? "translated articles"
    }
}

extension LexiconEvaluator {
    /// Reads, scans and evaluates in one go: the articles go through ``ScanPipeline`` with
    /// `lexicons`, then ``evaluate(gold:documents:batch:matcher:focus:)``.
    public func evaluate(gold: GoldStandard, articles: [Article], lexicons: LexiconSet, focus: [LexiconEntry] = []) throws
        -> LexiconEvaluation
    {
        let pipeline = try ScanPipeline(lexicons: lexicons)
        var documents: [Document] = []
        for article in articles { documents.append(try pipeline.process(article)) }
        let batch = try pipeline.analyzeBatch(documents)
        return try evaluate(gold: gold, documents: documents, batch: batch, matcher: pipeline.detector.matcher, focus: focus)
    }
}

// MARK: - Output

extension LexiconEvaluation: Encodable {
    enum CodingKeys: String, CodingKey {
        case gold, documents, originalDocuments = "original_documents", goldArtifacts = "gold_artifacts", overall, entries
        case unannotated
    }

    struct EntryView: Encodable {
        var id: String
        var rule: String
        var category: String
        var firings: Int
        var tp: Int
        var precision: Double?
        var found: Int
        var relevant: Int
        var recall: Double?
        var native_firings: Int
        var false_alarms: [String]
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(goldFile, forKey: .gold)
        try container.encode(documentCount, forKey: .documents)
        try container.encode(originalDocumentCount, forKey: .originalDocuments)
        try container.encode(goldArtifactCount, forKey: .goldArtifacts)
        try container.encode(overall, forKey: .overall)
        try container.encode(entries.map {
            EntryView(id: $0.entry.id, rule: $0.entry.trace, category: $0.entry.category.rawValue, firings: $0.firings,
                      tp: $0.truePositives, precision: $0.precision, found: $0.found, relevant: $0.relevant, recall: $0.recall,
                      native_firings: $0.nativeFirings, false_alarms: $0.falseAlarms)
        }, forKey: .entries)
        try container.encode(unannotated, forKey: .unannotated)
    }

    /// The evaluation for a terminal: the overall figures, then one line per entry.
    public func table() -> String {
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        var lines: [String] = []
        let o = overall
        lines.append("Gold: \(goldFile) · \(documentCount) documents (\(originalDocumentCount) original) · \(goldArtifactCount) artifacts")
        lines.append("All artifacts of the scan (as score.py counts them):")
        lines.append("  precision \(f(o.precision)) (\(o.truePositives) of \(o.truePositives + o.falsePositives) findings)"
                     + " · recall \(f(o.recall)) (\(o.truePositives) of \(o.truePositives + o.falseNegatives) gold)"
                     + " · f1 \(f(o.f1)) · category accuracy \(f(o.categoryAccuracy)) · core recall \(f(o.recallCore))")
        let categories = ArtifactCategory.allCases.map(\.rawValue).compactMap { category in
            o.recallByCategory[category].map { "\(category) \(f($0))" }
        }
        if !categories.isEmpty { lines.append("  recall by category: " + categories.joined(separator: " · ")) }
        lines.append("")
        lines.append("Lexicon entries (raw firings in the gold documents; recall over gold artifacts of the entry's category"
                     + " in the articles it is meant for):")
        let header = ["entry", "rule", "fired", "true", "precision", "recall", "native"]
        var rows: [[String]] = [header]
        for evaluation in entries {
            rows.append([
                evaluation.entry.id, evaluation.entry.trace, "\(evaluation.firings)", "\(evaluation.truePositives)",
                evaluation.precision.map(f) ?? "–",
                evaluation.recall.map { "\(f($0)) (\(evaluation.found)/\(evaluation.relevant))" } ?? "– (0/0)",
                "\(evaluation.nativeFirings)",
            ])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { column, cell -> String in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + pad : pad + cell
            }
            lines.append("  " + cells.joined(separator: "  "))
        }
        if entries.isEmpty { lines.append("  (no entry fired in the gold documents)") }
        let alarms = entries.filter { !$0.falseAlarms.isEmpty }
        if !alarms.isEmpty {
            lines.append("")
            lines.append("Firings that match no gold artifact:")
            for evaluation in alarms {
                for alarm in evaluation.falseAlarms { lines.append("  \(evaluation.entry.trace) \(evaluation.entry.id): \(alarm)") }
            }
        }
        if !unannotated.isEmpty {
            lines.append("")
            lines.append("Not in the gold file, left out: " + unannotated.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
