/// The language of a text, with the evidence's strength.
public struct LanguageGuess: Sendable, Hashable, Codable {
    /// BCP 47 code, or nil when too little evidence.
    public var language: String?
    /// 0 to 1.
    public var confidence: Double
    /// The dominant script: `Latin`, `Cyrillic`, `Han`, `Japanese`, `Hangul`, `Greek`, `Arabic`, `Hebrew`, `Unknown`.
    public var script: String

    public init(language: String?, confidence: Double, script: String) {
        self.language = language
        self.confidence = confidence
        self.script = script
    }
}

/// Identifies the language of articles and paragraphs: CJK languages by script, the others
/// from the compact word-and-letter profiles in `Lexicons/languages/`.
///
/// Good enough to route copy and to choose locale conventions; not a general-purpose
/// identifier for very short strings.
public struct LanguageIdentifier: Sendable {
    public var profiles: [LanguageProfile] {
        didSet { tables = Tables(profiles) }
    }
    /// Words looked at, at most: the opening of a long article tells its language.
    public var maximumWords = 600
    private var tables: Tables

    /// Lookup tables built once from the profiles: word hash → profiles that list the word,
    /// letter → profiles that list the letter.
    struct Tables: Sendable {
        var words: [UInt64: [Int]] = [:]
        var letters: [UInt32: [Int]] = [:]
        /// Two-letter sequences ("ij") → profiles.
        var digraphs: [UInt64: [Int]] = [:]

        init(_ profiles: [LanguageProfile]) {
            for (index, profile) in profiles.enumerated() {
                for word in profile.words { words[StableHash.hash(utf16: Array(word.utf16)), default: []].append(index) }
                for letter in profile.letters {
                    let scalars = Array(letter.unicodeScalars)
                    if scalars.count == 1 {
                        letters[scalars[0].value, default: []].append(index)
                    } else if scalars.count == 2 {
                        digraphs[UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value), default: []].append(index)
                    }
                }
            }
        }
    }

    public init(profiles: [LanguageProfile] = LanguageProfile.builtin) {
        self.profiles = profiles
        self.tables = Tables(profiles)
    }

    /// The language of a normalised text.
    public func identify(_ normalized: NormalizedText) -> LanguageGuess {
        normalized.units.withUnsafeBufferPointer { identify($0) }
    }

    /// The language of a string.
    public func identify(_ text: String) -> LanguageGuess {
        identify(TextNormalizer().normalize(SourceText(text)))
    }

    /// The language of normalised (case-folded) UTF-16 text, in one pass: scripts counted,
    /// words hashed and looked up, distinctive letters counted.
    public func identify(_ units: UnsafeBufferPointer<UInt16>) -> LanguageGuess {
        var latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, greek = 0, arabic = 0, hebrew = 0
        var wordHits = [Int](repeating: 0, count: profiles.count)
        var letterHits = [Int](repeating: 0, count: profiles.count)
        var wordCount = 0
        var wordStart = -1
        var previousLetter: UInt32 = 0
        func closeWord(_ end: Int) {
            if wordStart >= 0 && end - wordStart <= 24 {
                wordCount += 1
                let hash = StableHash.hash(utf16: UnsafeBufferPointer(rebasing: units[wordStart..<end]))
                if let owners = tables.words[hash] { for owner in owners { wordHits[owner] += 1 } }
            }
            wordStart = -1
            previousLetter = 0
        }
        var index = 0
        while index < units.count && wordCount < maximumWords {
            let (scalar, length) = SourceText.scalar(in: units, at: index)
            let isLetter: Bool
            if scalar < 0x80 {
                isLetter = scalar >= 0x61 && scalar <= 0x7A
                if isLetter { latin += 1 }
            } else {
                switch UnicodeProperties.script(of: scalar) {
                case .latin: latin += 1; isLetter = true
                case .cyrillic: cyrillic += 1; isLetter = true
                case .han: han += 1; isLetter = false
                case .hiragana, .katakana: kana += 1; isLetter = false
                case .hangul: hangul += 1; isLetter = false
                case .greek: greek += 1; isLetter = true
                case .arabic: arabic += 1; isLetter = true
                case .hebrew: hebrew += 1; isLetter = true
                case .inherited: isLetter = wordStart >= 0
                default: isLetter = false
                }
                if isLetter, let owners = tables.letters[scalar] { for owner in owners { letterHits[owner] += 1 } }
            }
            if isLetter {
                if previousLetter != 0, let owners = tables.digraphs[UInt64(previousLetter) << 32 | UInt64(scalar)] {
                    for owner in owners { letterHits[owner] += 1 }
                }
                if wordStart < 0 { wordStart = index }
                previousLetter = scalar
            } else if wordStart >= 0 {
                closeWord(index)
            }
            index += length
        }
        if wordCount < maximumWords { closeWord(min(index, units.count)) }

        let cjk = han + kana + hangul
        let total = latin + cyrillic + cjk + greek + arabic + hebrew
        guard total > 0 else { return LanguageGuess(language: nil, confidence: 0, script: "Unknown") }
        if cjk * 2 > total {
            if hangul > (han + kana) { return LanguageGuess(language: "ko", confidence: Double(hangul) / Double(cjk), script: "Hangul") }
            if kana > 0 && kana * 10 >= cjk {
                return LanguageGuess(language: "ja", confidence: min(1, 0.5 + Double(kana) / Double(cjk)), script: "Japanese")
            }
            return LanguageGuess(language: "zh", confidence: Double(han) / Double(cjk), script: "Han")
        }
        let scripts = [("Latin", latin), ("Cyrillic", cyrillic), ("Greek", greek), ("Arabic", arabic), ("Hebrew", hebrew)]
        let script = scripts.max { $0.1 < $1.1 }?.0 ?? "Latin"
        var scored: [(String, Double)] = []
        for (index, profile) in profiles.enumerated() where profile.script == script {
            scored.append((profile.language, Double(wordHits[index]) + 0.6 * Double(letterHits[index])))
        }
        guard !scored.isEmpty else {
            let language = ["Greek": "el", "Arabic": "ar", "Hebrew": "he"][script]
            return LanguageGuess(language: language, confidence: language == nil ? 0 : 0.5, script: script)
        }
        scored.sort { $0.1 > $1.1 }
        let best = scored[0]
        guard best.1 > 0 else { return LanguageGuess(language: nil, confidence: 0, script: script) }
        let second = scored.count > 1 ? scored[1].1 : 0
        // Confidence: how far the best is ahead, damped for very short texts.
        let margin = (best.1 - second) / best.1
        let coverage = min(1, best.1 / max(4, Double(wordCount) * 0.3))
        return LanguageGuess(language: best.0, confidence: (0.5 * margin + 0.5) * coverage, script: script)
    }
}
