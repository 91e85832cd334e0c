/// A title as written with one mention of a person.
public struct TitleRendering: Sendable, Hashable {
    public var title: String
    /// Index of the document in the batch.
    public var document: Int
    public var range: TextRange
    /// Index of the title's group in ``SpeakerEntry/titleGroups``.
    public var group: Int
}

/// One person across a batch: the canonical name, every title written with them, the canonical
/// title, and the outlying renderings ("Vice Foreign Minister" in one article where the others
/// say "Deputy Secretary of State").
public struct SpeakerEntry: Sendable {
    /// The fullest form of the name in the batch.
    public var name: String
    /// The name key that joins transliteration variants.
    public var key: String
    /// Documents that mention the person.
    public var documents: [Int]
    public var titles: [TitleRendering]
    /// Groups of titles that name the same office, as indices into ``titles``.
    public var titleGroups: [[Int]]
    /// The canonical title, from the article least likely to be machine-translated.
    public var canonicalTitle: TitleRendering?
    /// Titles of other groups than the canonical one.
    public var outliers: [TitleRendering]
}

/// Joins person mentions across articles into speakers — transliteration variants of one name
/// join ("Рябков", "Riabkov", "Ryabkov") — and clusters each speaker's titles.
public struct SpeakerDirectory: Sendable {
    /// Title words that say whose office it is rather than which office ("US", "Russia's").
    public var qualifiers: Set<String>
    /// Jaccard similarity of title words two titles need to name the same office.
    public var titleThreshold = 0.5

    public init(qualifiers: Set<String> = SpeakerDirectory.defaultQualifiers) {
        self.qualifiers = qualifiers
    }

    public static let defaultQualifiers: Set<String> = [
        "us", "u.s", "usa", "american", "america's", "russia", "russia's", "russian", "ukraine", "ukraine's", "ukrainian",
        "german", "germany's", "french", "france's", "british", "britain's", "uk", "eu", "european", "nato", "un",
        "chinese", "china's", "of", "the", "for", "and", "a", "an", "its", "his", "her", "their", "state's", "country's",
    ]

    /// The key that joins spellings of one person's name: the name key of the surname.
    public static func nameKey(of name: String, keys: TransliterationKeys) -> String {
        let surname = name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).last.map(String.init) ?? name
        return NameKey.key(keys.key(surname))
    }

    /// Speakers of a batch from its documents' person mentions; `mtScores` ranks documents
    /// (lower is more likely original copy).
    public func speakers(in documents: [Document], mtScores: [Double]) throws(ICUError) -> [SpeakerEntry] {
        let keys = try TransliterationKeys()
        let normalizer = TextNormalizer()
        var entries: [String: SpeakerEntry] = [:]
        var order: [String] = []
        for (index, document) in documents.enumerated() {
            var mentions = document.persons
            for quote in document.quotes { if let speaker = quote.speaker { mentions.append(speaker) } }
            for mention in mentions {
                let key = Self.nameKey(of: mention.name, keys: keys)
                if entries[key] == nil {
                    entries[key] = SpeakerEntry(name: mention.name, key: key, documents: [], titles: [], titleGroups: [],
                                                canonicalTitle: nil, outliers: [])
                    order.append(key)
                }
                if mention.name.count > entries[key]!.name.count { entries[key]!.name = mention.name }
                if !entries[key]!.documents.contains(index) { entries[key]!.documents.append(index) }
                if let title = mention.title, let range = mention.titleRange,
                    !entries[key]!.titles.contains(where: { $0.document == index && $0.range == range })
                {
                    entries[key]!.titles.append(TitleRendering(title: title, document: index, range: range, group: -1))
                }
            }
        }
        return order.compactMap { key in
            guard var entry = entries[key] else { return nil }
            groupTitles(&entry, normalizer: normalizer, mtScores: mtScores)
            return entry
        }
    }

    /// The words of a title that name the office.
    func officeWords(_ title: String, normalizer: TextNormalizer) -> Set<String> {
        let words = normalizer.normalize(title).split(whereSeparator: { !$0.isLetter && $0 != "." && $0 != "'" }).map(String.init)
        return Set(words.filter { !qualifiers.contains($0) })
    }

    func groupTitles(_ entry: inout SpeakerEntry, normalizer: TextNormalizer, mtScores: [Double]) {
        var groups: [(words: Set<String>, members: [Int])] = []
        for (index, title) in entry.titles.enumerated() {
            let words = officeWords(title.title, normalizer: normalizer)
            if let group = groups.firstIndex(where: { Self.jaccard($0.words, words) >= titleThreshold }) {
                groups[group].members.append(index)
                groups[group].words.formUnion(words)
            } else {
                groups.append((words, [index]))
            }
            entry.titles[index].group = groups.firstIndex { $0.members.contains(index) } ?? 0
        }
        entry.titleGroups = groups.map(\.members)
        // The canonical title: from the document least likely to be machine-translated;
        // ties go to the group with the most documents.
        func score(_ title: TitleRendering) -> Double { title.document < mtScores.count ? mtScores[title.document] : 0.5 }
        let best = entry.titles.indices.min { first, second in
            let (a, b) = (entry.titles[first], entry.titles[second])
            if score(a) != score(b) { return score(a) < score(b) }
            return groups[a.group].members.count > groups[b.group].members.count
        }
        if let best {
            entry.canonicalTitle = entry.titles[best]
            entry.outliers = entry.titles.filter { $0.group != entry.titles[best].group }
        }
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }
}
