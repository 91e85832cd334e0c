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
    public var profiles: [LanguageProfile]

    public init(profiles: [LanguageProfile] = LanguageProfile.builtin) {
        self.profiles = profiles
    }

    /// Whether `sequence` occurs in `units` (short inputs: a plain scan beats any index).
    static func contains(_ units: [UInt16], _ sequence: [UInt16]) -> Bool {
        guard !sequence.isEmpty, sequence.count <= units.count else { return false }
        for start in 0...(units.count - sequence.count) where units[start] == sequence[0] {
            if sequence.count == 1 || units[(start + 1)..<(start + sequence.count)].elementsEqual(sequence[1...]) { return true }
        }
        return false
    }

    /// The language of a normalised text.
    public func identify(_ normalized: NormalizedText) -> LanguageGuess {
        normalized.units.withUnsafeBufferPointer { identify($0) }
    }

    /// The language of a string.
    public func identify(_ text: String) -> LanguageGuess {
        identify(TextNormalizer().normalize(SourceText(text)))
    }

    /// The language of normalised (case-folded) UTF-16 text.
    public func identify(_ units: UnsafeBufferPointer<UInt16>) -> LanguageGuess {
        // Count letters by script and collect words (letter runs).
        var latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, greek = 0, arabic = 0, hebrew = 0
        var words: [String: Int] = [:]
        var wordStart = -1
        func closeWord(_ end: Int) {
            if wordStart >= 0 && end - wordStart <= 24 {
                let word = UTF16Conversion.string(from: UnsafeBufferPointer(rebasing: units[wordStart..<end]))
                words[word, default: 0] += 1
            }
            wordStart = -1
        }
        var index = 0
        while index < units.count {
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
            }
            if isLetter {
                if wordStart < 0 { wordStart = index }
            } else if wordStart >= 0 {
                closeWord(index)
            }
            index += length
        }
        closeWord(units.count)

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
        let (script, _) = scripts.max { $0.1 < $1.1 }!
        let candidates = profiles.filter { $0.script == script }
        guard !candidates.isEmpty else {
            let language = ["Greek": "el", "Arabic": "ar", "Hebrew": "he"][script]
            return LanguageGuess(language: language, confidence: language == nil ? 0 : 0.5, script: script)
        }
        let tokenCount = words.values.reduce(0, +)
        let wordUnits = words.map { (Array($0.key.utf16), $0.value) }
        var scored: [(String, Double)] = candidates.map { profile in
            var hits = 0
            var letterHits = 0
            for (word, count) in words where profile.words.contains(word) { hits += count }
            for letter in profile.letterUnits {
                for (units, count) in wordUnits where Self.contains(units, letter) { letterHits += count }
            }
            return (profile.language, Double(hits) + 0.6 * Double(letterHits))
        }
        scored.sort { $0.1 > $1.1 }
        let best = scored[0]
        guard best.1 > 0 else { return LanguageGuess(language: nil, confidence: 0, script: script) }
        let second = scored.count > 1 ? scored[1].1 : 0
        // Confidence: how far the best is ahead, damped for very short texts.
        let margin = (best.1 - second) / best.1
        let coverage = min(1, best.1 / max(4, Double(tokenCount) * 0.3))
        return LanguageGuess(language: best.0, confidence: (0.5 * margin + 0.5) * coverage, script: script)
    }
}
