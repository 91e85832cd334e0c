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
    /// letter → profiles that list the letter, two-letter sequence ("ij") → profiles.
    struct Tables: Sendable {
        var words: IntegerTable
        var letters: IntegerTable
        var digraphs: IntegerTable
        /// ASCII letters that start a two-letter sequence, so that most letter pairs are
        /// never looked up; `nonASCIIDigraphs` when some sequence starts with another letter.
        var digraphFirstLetters = [Bool](repeating: false, count: 128)
        var nonASCIIDigraphs = false
        var hasDigraphs: Bool { nonASCIIDigraphs || digraphFirstLetters.contains(true) }

        init(_ profiles: [LanguageProfile]) {
            var words: [(key: UInt64, values: [Int32])] = []
            var letters: [(key: UInt64, values: [Int32])] = []
            var digraphs: [(key: UInt64, values: [Int32])] = []
            for (index, profile) in profiles.enumerated() {
                let owner = [Int32(index)]
                for word in profile.words {
                    let units = Array(word.utf16)
                    words.append((units.withUnsafeBufferPointer { Tables.wordKey($0) }, owner))
                }
                for letter in profile.letters {
                    let scalars = Array(letter.unicodeScalars)
                    if scalars.count == 1 {
                        letters.append((UInt64(scalars[0].value), owner))
                    } else if scalars.count == 2 {
                        digraphs.append((UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value), owner))
                        if scalars[0].value < 0x80 { digraphFirstLetters[Int(scalars[0].value)] = true } else { nonASCIIDigraphs = true }
                    }
                }
            }
            self.words = IntegerTable(words)
            self.letters = IntegerTable(letters)
            self.digraphs = IntegerTable(digraphs)
        }

        /// The key of a word: an ASCII word of up to eight letters is its own key, packed
        /// one byte per letter (most frequent words are, and packing is cheaper than hashing);
        /// any other word is keyed by its stable hash with the top bit set, which a packed
        /// ASCII word never has.
        @inline(__always)
        static func wordKey(_ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
            if units.count <= 8 {
                var packed: UInt64 = 0
                var ascii = true
                for (position, unit) in units.enumerated() {
                    if unit >= 0x80 { ascii = false; break }
                    packed |= UInt64(unit) << (8 * UInt64(position))
                }
                if ascii { return packed }
            }
            return StableHash.hash(utf16: units) | 1 << 63
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
        let scriptTable = UnicodeProperties.bmpScripts
        let tables = tables
        let limit = maximumWords
        wordHits.withUnsafeMutableBufferPointer { wordHits in
            letterHits.withUnsafeMutableBufferPointer { letterHits in
                scriptTable.withUnsafeBufferPointer { scriptCodes in
                    tables.digraphFirstLetters.withUnsafeBufferPointer { digraphFirstLetters in
                        var wordStart = -1
                        // The open word's key while it is short ASCII (see `Tables.wordKey`).
                        var packed: UInt64 = 0
                        var packable = true
                        var previousLetter: UInt32 = 0
                        var index = 0
                        let count = units.count
                        let hasDigraphs = tables.hasDigraphs
                        while index < count {
                            let unit = units[index]
                            if unit &- 0x61 < 26 {
                                // A run of ASCII letters, the common case, in one go.
                                let runStart = index
                                var end = index + 1
                                while end < count, units[end] &- 0x61 < 26 { end += 1 }
                                latin += end - runStart
                                if hasDigraphs {
                                    var previous = previousLetter
                                    for position in runStart..<end {
                                        let current = UInt32(units[position])
                                        if previous != 0,
                                            previous < 0x80 ? digraphFirstLetters[Int(previous)] : tables.nonASCIIDigraphs
                                        {
                                            tables.digraphs.forEachValue(of: UInt64(previous) << 32 | UInt64(current)) { letterHits[$0] += 1 }
                                        }
                                        previous = current
                                    }
                                }
                                if wordStart < 0 && end - runStart <= 8 {
                                    for position in runStart..<end {
                                        packed |= UInt64(units[position]) << (8 * UInt64(position - runStart))
                                    }
                                } else {
                                    packable = false
                                }
                                if wordStart < 0 { wordStart = runStart }
                                previousLetter = UInt32(units[end - 1])
                                index = end
                                guard index >= count else { continue }
                                // The text ends with this word.
                                if end - wordStart <= 24 {
                                    wordCount += 1
                                    let key = packable ? packed : Tables.wordKey(UnsafeBufferPointer(rebasing: units[wordStart..<end]))
                                    tables.words.forEachValue(of: key) { wordHits[$0] += 1 }
                                }
                                break
                            }
                            var isLetter: Bool
                            var scalar: UInt32
                            var length = 1
                            if unit < 0x80 {
                                // ASCII other than a–z (the text is case-folded): not a letter.
                                scalar = UInt32(unit)
                                isLetter = false
                            } else {
                                (scalar, length) = SourceText.scalar(in: units, at: index)
                                let script = scalar < 0x10000 ? UnicodeProperties.script(code: scriptCodes[Int(scalar)])
                                    : UnicodeProperties.script(of: scalar)
                                switch script {
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
                                if isLetter {
                                    packable = false
                                    tables.letters.forEachValue(of: UInt64(scalar)) { letterHits[$0] += 1 }
                                }
                            }
                            if isLetter {
                                if previousLetter != 0,
                                    previousLetter < 0x80 ? digraphFirstLetters[Int(previousLetter)] : tables.nonASCIIDigraphs
                                {
                                    tables.digraphs.forEachValue(of: UInt64(previousLetter) << 32 | UInt64(scalar)) { letterHits[$0] += 1 }
                                }
                                if wordStart < 0 { wordStart = index }
                                previousLetter = scalar
                            }
                            index += length
                            // A word ends here: look it up.
                            if wordStart >= 0 && (!isLetter || index >= count) {
                                let end = isLetter ? index : index - length
                                if end - wordStart <= 24 {
                                    wordCount += 1
                                    let key = packable ? packed
                                        : Tables.wordKey(UnsafeBufferPointer(rebasing: units[wordStart..<end]))
                                    tables.words.forEachValue(of: key) { wordHits[$0] += 1 }
                                    if wordCount >= limit { break }
                                }
                                wordStart = -1
                                previousLetter = 0
                                packed = 0
                                packable = true
                            }
                        }
                    }
                }
            }
        }

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
        // The dominant script of the rest (ties go to the first listed).
        var script = "Latin"
        var scriptCount = latin
        for (name, count) in [("Cyrillic", cyrillic), ("Greek", greek), ("Arabic", arabic), ("Hebrew", hebrew)] where count > scriptCount {
            script = name
            scriptCount = count
        }
        // The best and second-best scores of the script's profiles (ties go to the first).
        var best: (language: String, score: Double)?
        var second = 0.0
        for (index, profile) in profiles.enumerated() where profile.script == script {
            let score = Double(wordHits[index]) + 0.6 * Double(letterHits[index])
            if let leader = best, score <= leader.score {
                second = max(second, score)
            } else {
                if let leader = best { second = leader.score }
                best = (profile.language, score)
            }
        }
        guard let best else {
            let language = ["Greek": "el", "Arabic": "ar", "Hebrew": "he"][script]
            return LanguageGuess(language: language, confidence: language == nil ? 0 : 0.5, script: script)
        }
        guard best.score > 0 else { return LanguageGuess(language: nil, confidence: 0, script: script) }
        let margin = (best.score - second) / best.score
        let coverage = min(1, best.score / max(4, Double(wordCount) * 0.3))
        return LanguageGuess(language: best.language, confidence: (0.5 * margin + 0.5) * coverage, script: script)
    }
}
