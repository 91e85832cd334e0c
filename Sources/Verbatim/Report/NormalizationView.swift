import Foundation

/// What the text layer made of an article, as `verbatim normalize --format json` writes it.
/// All offsets are Unicode code point offsets: `start`/`end` into the original text,
/// `normalized_start`/`normalized_end` into the normalised text.
public struct NormalizationView: Encodable, Sendable {
    public struct Span: Encodable, Sendable {
        public var start: Int
        public var end: Int
    }

    public struct TokenView: Encodable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var normalized: String
        public var kind: String
    }

    public struct NumberView: Encodable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var readings: [NumberReading]
        /// Whether the article's own locale would write the number this way.
        public var native: Bool?
    }

    /// A run of the offset map: normalised [normalized_start, normalized_end) comes from
    /// original [start, end). Runs where both sides advance one to one are merged.
    public struct MapRun: Encodable, Sendable {
        public var normalized_start: Int
        public var normalized_end: Int
        public var start: Int
        public var end: Int
    }

    public var id: String
    public var source: String
    public var encoding: DecodingDecision
    public var language: LanguageGuess
    public var normalized: String
    public var paragraphs: [Span]
    public var sentences: [Span]
    public var tokens: [TokenView]
    public var numbers: [NumberView]
    public var offset_map: [MapRun]

    public init(_ document: Document) {
        let text = document.text
        func span(_ range: TextRange) -> Span {
            let (start, end) = text.scalarRange(range)
            return Span(start: start, end: end)
        }
        id = document.id
        source = document.article.location.description
        encoding = document.article.decoding
        language = document.language
        normalized = document.normalized.string
        paragraphs = document.paragraphs.map { span($0.range) }
        sentences = document.sentences.map(span)
        tokens = document.tokens.map { token in
            let (start, end) = text.scalarRange(token.range)
            let kind: String
            switch token.kind {
            case .word: kind = "word"
            case .number: kind = "number"
            case .kana: kind = "kana"
            case .ideograph: kind = "ideograph"
            }
            return TokenView(start: start, end: end, text: text[token.range],
                             normalized: document.normalizedText(of: token), kind: kind)
        }
        let convention = document.language.language.flatMap { try? NumberConvention(locale: $0) }
        numbers = document.numbers.map { number in
            let (start, end) = text.scalarRange(number.range)
            return NumberView(start: start, end: end, text: number.text, readings: number.readings,
                              native: convention.map { number.reading(in: $0) != nil })
        }
        // Offset map in code points on both sides.
        let normalizedText = SourceText(document.normalized.string)
        var runs: [MapRun] = []
        let units = document.normalized.units
        var index = 0
        while index < units.count {
            let (_, length) = SourceText.scalar(in: units, at: index)
            let origin = document.normalized.originalRange(of: index..<(index + length))
            let normStart = normalizedText.scalarOffset(ofUTF16: index)
            let (start, end) = text.scalarRange(origin)
            if var last = runs.last, last.normalized_end == normStart, last.end == start,
                end - start == 1, last.end - last.start == last.normalized_end - last.normalized_start
            {
                last.normalized_end += 1
                last.end = end
                runs[runs.count - 1] = last
            } else if var last = runs.last, last.start == start, last.end == end, last.normalized_end == normStart {
                last.normalized_end += 1  // one original character that expanded
                runs[runs.count - 1] = last
            } else {
                runs.append(MapRun(normalized_start: normStart, normalized_end: normStart + 1, start: start, end: end))
            }
            index += length
        }
        offset_map = runs
    }
}

extension NormalizationView {
    /// A view for people: the article's facts, then each paragraph's normalised sentences.
    public func renderedText() -> String {
        var lines: [String] = []
        let confidence = String(format: "%.2f", encoding.confidence)
        lines.append("== \(id)  (\(source))")
        lines.append("encoding: \(encoding.encoding) by \(encoding.method.rawValue), confidence \(confidence)"
            + (encoding.warnings.isEmpty ? "" : "; " + encoding.warnings.joined(separator: "; ")))
        lines.append("language: \(language.language ?? "unknown") (\(language.script), confidence \(String(format: "%.2f", language.confidence)))")
        lines.append("\(paragraphs.count) paragraphs, \(sentences.count) sentences, \(tokens.count) tokens, \(numbers.count) numbers")
        for number in numbers where number.native == false {
            lines.append("foreign number format: \(number.text) at \(number.start)")
        }
        lines.append("")
        lines.append(normalized)
        return lines.joined(separator: "\n")
    }
}
