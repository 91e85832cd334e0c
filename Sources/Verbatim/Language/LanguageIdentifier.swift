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
    /// Words after which the scan stops early once one profile clearly leads (three times the
    /// word evidence of any other, and at least 30 words of it): more text would not change
    /// the answer. Set to `maximumWords` to always read that far.
    public var decisiveWords = 100
    private var tables: Tables

    /// Lookup tables built once from the profiles: word hash → profiles that list the word,
    /// letter → profiles that list the letter, two-letter sequence ("ij") → profiles.
    struct Tables: Sendable {
        var words: IntegerTable
        var letters: IntegerTable
        var digraphs: IntegerTable
        /// Each profile's language and script, in profile order.
        var profiles: [(language: String, script: String)]
        /// ASCII letters that start a two-letter sequence, so that most letter pairs are
        /// never looked up; `nonASCIIDigraphs` when some sequence starts with another letter.
        var digraphFirstLetters = [Bool](repeating: false, count: 128)
        var nonASCIIDigraphs = false
        /// Whether any profile lists a letter pair at all.
        var hasDigraphs = false
        /// Bit sets (a = bit 0) of the ASCII letters that start and end a two-letter sequence.
        var asciiDigraphLetters: (first: UInt32, second: UInt32) = (0, 0)
        /// One bit per code point of the Basic Multilingual Plane: whether some profile lists
        /// it as a letter, so that other letters are never looked up.
        var profileLetterBits = [UInt64](repeating: 0, count: 0x10000 / 64)

        init(_ profiles: [LanguageProfile]) {
            var words: [(key: UInt64, values: [Int32])] = []
            var letters: [(key: UInt64, values: [Int32])] = []
            var digraphs: [(key: UInt64, values: [Int32])] = []
            self.profiles = profiles.map { ($0.language, $0.script) }
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
                        let value = Int(scalars[0].value)
                        if value < 0x10000 { profileLetterBits[value >> 6] |= 1 << UInt64(value & 63) }
                    } else if scalars.count == 2 {
                        digraphs.append((UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value), owner))
                        if scalars[0].value < 0x80 { digraphFirstLetters[Int(scalars[0].value)] = true } else { nonASCIIDigraphs = true }
                        for (index, scalar) in scalars.enumerated() where scalar.value &- 0x61 < 26 {
                            let bit = UInt32(1) << (scalar.value - 0x61)
                            if index == 0 { asciiDigraphLetters.first |= bit } else { asciiDigraphLetters.second |= bit }
                        }
                    }
                }
            }
            self.words = IntegerTable(words)
            self.letters = IntegerTable(letters)
            self.digraphs = IntegerTable(digraphs)
            hasDigraphs = !digraphs.isEmpty
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

    /// The script a language is written in: its profile's, or the CJK script of `ja`, `zh`
    /// and `ko`; nil for a language Verbatim has no profile of.
    public func script(ofLanguage language: String) -> String? {
        switch language {
        case "ja": return "Japanese"
        case "zh": return "Han"
        case "ko": return "Hangul"
        default: return tables.profiles.first { $0.language == language }?.script
        }
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
        let scriptTable = UnicodeProperties.bmpScripts
        let (counts, wordHits, letterHits) = withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * profiles.count) { hits in
            hits.initialize(repeating: 0)
            var evidence = Evidence(wordHits: UnsafeMutableBufferPointer(rebasing: hits[..<profiles.count]),
                                    letterHits: UnsafeMutableBufferPointer(rebasing: hits[profiles.count...]))
            scriptTable.withUnsafeBufferPointer { scripts in
                tables.profileLetterBits.withUnsafeBufferPointer { letterBits in
                    scan(units, scripts: scripts, letterBits: letterBits, into: &evidence)
                }
            }
            return (evidence.counts, Array(evidence.wordHits), Array(evidence.letterHits))
        }
        // (Profiles are read through `tables.profiles`, their language and script alone: copying
        // whole profiles, with their word sets, cost more than the rest of this function.)
        let (latin, cyrillic, han, kana, hangul) = (counts.latin, counts.cyrillic, counts.han, counts.kana, counts.hangul)
        let (greek, arabic, hebrew, wordCount) = (counts.greek, counts.arabic, counts.hebrew, counts.wordCount)
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
        for (index, profile) in tables.profiles.enumerated() where profile.script == script {
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

    /// What one pass over a text counts.
    struct Evidence {
        struct Counts {
            var latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, greek = 0, arabic = 0, hebrew = 0
            var wordCount = 0
        }
        var counts = Counts()
        /// Per profile: words of the text that the profile lists, and its letters and letter
        /// pairs (in scratch memory: no copy-on-write checks in the loop).
        let wordHits: UnsafeMutableBufferPointer<Int>
        let letterHits: UnsafeMutableBufferPointer<Int>
    }

    /// One pass over normalised text, word by word: letters counted by script, distinctive
    /// letters and letter pairs looked up, and each word (a run of letters) looked up, until
    /// ``maximumWords`` words.
    private func scan(_ units: UnsafeBufferPointer<UInt16>, scripts: UnsafeBufferPointer<UInt8>,
                      letterBits: UnsafeBufferPointer<UInt64>, into evidence: inout Evidence) {
        typealias Script = UnicodeProperties.Script
        let count = units.count
        let hasDigraphs = tables.hasDigraphs
        let (digraphFirsts, digraphSeconds) = tables.asciiDigraphLetters
        let (wordHits, letterHits) = (evidence.wordHits, evidence.letterHits)
        let limit = maximumWords
        var counts = evidence.counts  // in registers while scanning
        defer { evidence.counts = counts }
        var index = 0
        while index < count && counts.wordCount < limit {
            // Skip ASCII that is not a letter (spaces, punctuation, digits) quickly.
            let unit = units[index]
            if unit < 0x80 && unit &- 0x61 >= 26 {
                index += 1
                continue
            }
            // A word: letters until the next non-letter.
            let wordStart = index
            var wordEnd = index  // after its last letter so far
            var packed: UInt64 = 0  // the word's key while it is ASCII of up to eight letters
            var packable = true
            var previousLetter: UInt32 = 0
            while index < count {
                let unit = units[index]
                if unit &- 0x61 < 26 {
                    // A run of ASCII letters in one go: counted, packed, and which letters occur noted.
                    let runStart = index
                    var runLetters: UInt32 = 0
                    repeat {
                        let letter = units[index] &- 0x61
                        if letter >= 26 { break }
                        runLetters |= 1 &<< UInt32(letter)
                        index &+= 1
                    } while index < count
                    counts.latin &+= index &- runStart
                    if index &- wordStart > 8 {
                        packable = false
                    } else {
                        for position in runStart..<index {
                            packed |= UInt64(units[position]) &<< (8 &* UInt64(position &- wordStart))
                        }
                    }
                    // Letter pairs are looked up only when the run has the first letter of some
                    // pair and the second of some pair, or follows a non-ASCII letter.
                    if hasDigraphs, previousLetter >= 0x80 || (runLetters & digraphFirsts != 0 && runLetters & digraphSeconds != 0) {
                        var previous = previousLetter
                        for position in runStart..<index {
                            let current = UInt32(units[position])
                            countDigraph(previous, current, into: letterHits)
                            previous = current
                        }
                    }
                    previousLetter = UInt32(units[index - 1])
                    wordEnd = index
                    continue
                }
                if unit < 0x80 { break }
                // Any other character: a letter of some script, a combining mark, or the end.
                let (scalar, length) = SourceText.scalar(in: units, at: index)
                let code = scalar < 0x10000 ? Int32(scripts[Int(scalar)]) : UnicodeProperties.script(of: scalar).rawValue
                var isLetter = true
                switch code {
                case Script.latin.rawValue: counts.latin += 1
                case Script.cyrillic.rawValue: counts.cyrillic += 1
                case Script.greek.rawValue: counts.greek += 1
                case Script.arabic.rawValue: counts.arabic += 1
                case Script.hebrew.rawValue: counts.hebrew += 1
                case Script.inherited.rawValue: isLetter = wordEnd > wordStart
                case Script.han.rawValue: counts.han += 1; isLetter = false
                case Script.hiragana.rawValue, Script.katakana.rawValue: counts.kana += 1; isLetter = false
                case Script.hangul.rawValue: counts.hangul += 1; isLetter = false
                default: isLetter = false
                }
                guard isLetter else {
                    index += length  // counted; not part of a word
                    break
                }
                packable = false
                if scalar >= 0x10000 || letterBits[Int(scalar) >> 6] >> UInt64(scalar & 63) & 1 != 0 {
                    tables.letters.forEachValue(of: UInt64(scalar)) { letterHits[$0] += 1 }
                }
                if hasDigraphs { countDigraph(previousLetter, scalar, into: letterHits) }
                previousLetter = scalar
                index += length
                wordEnd = index
            }
            // The word ends here: look it up.
            let length = wordEnd - wordStart
            if length > 0 && length <= 24 {
                counts.wordCount += 1
                let key = packable ? packed : Tables.wordKey(UnsafeBufferPointer(rebasing: units[wordStart..<wordEnd]))
                tables.words.forEachValue(of: key) { wordHits[$0] += 1 }
                if counts.wordCount >= decisiveWords && counts.wordCount % 50 == 0 && Self.isDecided(wordHits) { break }
            }
        }
    }

    /// Whether one profile's word evidence is at least 30 and three times any other's.
    private static func isDecided(_ wordHits: UnsafeMutableBufferPointer<Int>) -> Bool {
        var best = 0
        var second = 0
        for hits in wordHits {
            if hits > best { (best, second) = (hits, best) } else if hits > second { second = hits }
        }
        return best >= 30 && best >= 3 * second
    }

    /// Counts a pair of letters that some profile lists ("ij").
    @inline(__always)
    private func countDigraph(_ previous: UInt32, _ current: UInt32, into letterHits: UnsafeMutableBufferPointer<Int>) {
        guard previous != 0, previous < 0x80 ? tables.digraphFirstLetters[Int(previous)] : tables.nonASCIIDigraphs else { return }
        tables.digraphs.forEachValue(of: UInt64(previous) << 32 | UInt64(current)) { letterHits[$0] += 1 }
    }
}
