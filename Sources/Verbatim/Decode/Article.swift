/// Where an article came from, for messages: a file, and a line for JSON Lines input.
public struct InputLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file path, or `-` for standard input.
    public var path: String
    /// 1-based line number in a JSON Lines file.
    public var line: Int?
    /// Byte offset of a problem, when one is known.
    public var byte: Int?

    public init(path: String, line: Int? = nil, byte: Int? = nil) {
        self.path = path
        self.line = line
        self.byte = byte
    }

    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        if let byte { text += " (byte \(byte))" }
        return text
    }
}

/// How an article's bytes were turned into text, reported with the article.
public struct DecodingDecision: Sendable, Hashable, Codable {
    /// How the encoding was chosen.
    public enum Method: String, Sendable, Codable {
        /// The bytes were valid UTF-8.
        case utf8
        /// A byte order mark named the encoding.
        case byteOrderMark = "bom"
        /// ICU's charset detector chose it.
        case detected
        /// The user forced it with `--encoding`.
        case forced
        /// The text came inside JSON, which is Unicode already.
        case json
    }

    /// ICU's canonical charset name, e.g. `UTF-8`, `windows-1251`, `KOI8-R`.
    public var encoding: String
    public var method: Method
    /// 0 to 1: 1 for UTF-8, a BOM, JSON or a forced encoding; ICU's confidence otherwise.
    public var confidence: Double
    /// What was repaired on the way (replacement characters, NUL bytes), for people.
    public var warnings: [String]

    public init(encoding: String, method: Method, confidence: Double, warnings: [String] = []) {
        self.encoding = encoding
        self.method = method
        self.confidence = confidence
        self.warnings = warnings
    }
}

/// One article of wire copy, as read: the original text and what is known about it.
public struct Article: Sendable {
    /// File name without extension, or the JSON Lines `id`.
    public var id: String
    /// The original text; every reported span points into it.
    public var text: SourceText
    public var headline: String?
    /// The language declared by the input (BCP 47), if any.
    public var language: String?
    /// The publisher or wire, if given.
    public var source: String?
    /// The language the input says the article was translated from, if any.
    public var translatedFrom: String?
    /// Publication date as given (ISO 8601 expected), if any.
    public var published: String?
    public var location: InputLocation
    public var decoding: DecodingDecision

    public init(
        id: String, text: String, headline: String? = nil, language: String? = nil, source: String? = nil,
        translatedFrom: String? = nil, published: String? = nil,
        location: InputLocation = InputLocation(path: "-"),
        decoding: DecodingDecision = DecodingDecision(encoding: "UTF-8", method: .utf8, confidence: 1)
    ) {
        self.id = id
        self.text = SourceText(text)
        self.headline = headline
        self.language = language
        self.source = source
        self.translatedFrom = translatedFrom
        self.published = published
        self.location = location
        self.decoding = decoding
    }
}
