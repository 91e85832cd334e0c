/// A rendering's words as the store keeps them (`renderings.words`): what verification and
/// alignment need without re-reading the article — comparison keys, the words as written with
/// their code point spans, the content-word stems and the speaker's name key.
///
/// Encoded as five fields separated by U+001E, list items by U+001F (neither occurs in a
/// token): keys, surface words, spans (`start,end` pairs), content stems (sorted), speaker key.
/// Stems are recomputed from the keys with ``Stemmer``.
struct StoredWords: Sendable, Hashable {
    var keys: [String]
    var surface: [String]
    /// Code point offsets into the article's original text.
    var ranges: [TextRange]
    var content: Set<String>
    var speakerKey: String?
    /// Token index of the first word in its document.
    var firstToken: Int

    static let fieldSeparator: Character = "\u{1E}"
    static let itemSeparator: Character = "\u{1F}"

    init(keys: [String], surface: [String], ranges: [TextRange], content: Set<String>, speakerKey: String?, firstToken: Int) {
        self.keys = keys
        self.surface = surface
        self.ranges = ranges
        self.content = content
        self.speakerKey = speakerKey
        self.firstToken = firstToken
    }

    /// The words of a rendering, read from its document.
    init(_ rendering: Rendering, in document: Document) {
        keys = rendering.keys
        let text = document.text
        ranges = rendering.tokens.map { index in
            let (start, end) = text.scalarRange(document.tokens[index].range)
            return TextRange(start, end)
        }
        surface = rendering.tokens.map { text[document.tokens[$0].range] }
        content = rendering.content
        speakerKey = rendering.speakerKey
        firstToken = rendering.tokens.lowerBound
    }

    var encoded: String {
        let separator = String(Self.itemSeparator)
        func clean(_ items: [String]) -> String {
            items.map { item in
                item.contains(where: { $0 == Self.fieldSeparator || $0 == Self.itemSeparator })
                    ? String(item.map { $0 == Self.fieldSeparator || $0 == Self.itemSeparator ? "\u{FFFD}" : $0 }) : item
            }.joined(separator: separator)
        }
        var spans = ""
        for (index, range) in ranges.enumerated() {
            if index > 0 { spans += separator }
            spans += "\(range.start),\(range.end)"
        }
        return [clean(keys), clean(surface), spans, clean(content.sorted()), clean([speakerKey ?? ""]), String(firstToken)]
            .joined(separator: String(Self.fieldSeparator))
    }

    /// Decodes ``encoded``; nil when the text is not in this format.
    init?(encoded: String) {
        let fields = encoded.split(separator: Self.fieldSeparator, omittingEmptySubsequences: false)
        guard fields.count == 6, let first = Int(fields[5]) else { return nil }
        func items(_ field: Substring) -> [String] {
            field.isEmpty ? [] : field.split(separator: Self.itemSeparator, omittingEmptySubsequences: false).map(String.init)
        }
        keys = items(fields[0])
        surface = items(fields[1])
        var ranges: [TextRange] = []
        for span in items(fields[2]) {
            let parts = span.split(separator: ",")
            guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]) else { return nil }
            ranges.append(TextRange(start, end))
        }
        guard keys.count == surface.count, keys.count == ranges.count else { return nil }
        self.ranges = ranges
        content = Set(items(fields[3]))
        speakerKey = fields[4].isEmpty ? nil : String(fields[4])
        firstToken = first
    }

    /// The words for ``RenderingAligner/align(base:witness:)``.
    var alignmentWords: AlignmentWords {
        AlignmentWords(keys: keys, stems: keys.map(Stemmer.stem), surface: surface, ranges: ranges, firstToken: firstToken)
    }

    /// A rendering for ``RenderingSimilarity`` (its reference and token range are placeholders).
    var rendering: Rendering {
        Rendering(keys: keys, content: content, speakerKey: speakerKey)
    }
}

extension Rendering {
    /// A rendering from stored comparison keys alone, for verification against the store.
    init(keys: [String], content: Set<String>, speakerKey: String?, isFragment: Bool = false) {
        self.reference = QuoteReference(document: -1, quote: -1)
        self.tokens = 0..<keys.count
        self.keys = keys
        self.stems = keys.map(Stemmer.stem)
        self.content = content
        self.isFragment = isFragment
        self.speakerKey = speakerKey
    }
}
