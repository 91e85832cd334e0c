import Foundation
import Testing

@testable import Verbatim

/// The automaton against a brute-force matcher written straight from the format's definition,
/// on random patterns and random text: same matches, same spans.
@Suite("Lexicon matcher properties")
struct LexiconMatcherPropertyTests {
    typealias T = LexiconTesting

    /// A small deterministic generator (SplitMix64), so that failures reproduce.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    static let words = ["alpha", "beta", "gamma", "delta", "eps", "zeta"]

    /// A random item: alternatives of words, two-word literals (`alpha-beta`), `*`, classes.
    static func item(_ random: inout Generator) -> String {
        var alternatives: [String] = []
        for _ in 0..<(1 + random.below(3)) {
            switch random.below(10) {
            case 0: alternatives.append("*")
            case 1: alternatives.append("<Cap>")
            case 2: alternatives.append("<number>")
            case 3: alternatives.append(words[random.below(words.count)] + "-" + words[random.below(words.count)])
            default: alternatives.append(words[random.below(words.count)])
            }
        }
        return alternatives.joined(separator: "|") + (random.chance(25) ? "?" : "")
    }

    static func lexicon(_ random: inout Generator, entries: Int) -> String {
        var text = ""
        for index in 0..<entries {
            text += "[e\(index)]\ncategory: calque\nweight: 0.5\nnote: x\n"
            for _ in 0..<(1 + random.below(3)) {
                var items = (0..<(1 + random.below(4))).map { _ in item(&random) }
                if items.allSatisfy({ $0.hasSuffix("?") }) { items[0].removeLast() }
                text += "pattern: " + items.joined(separator: " ") + "\n"
            }
            text += "\n"
        }
        return text
    }

    static func text(_ random: inout Generator, tokens: Int) -> String {
        (0..<tokens).map { _ in
            if random.chance(10) { return String(random.below(100)) }
            let word = words[random.below(words.count)]
            return random.chance(30) ? word.prefix(1).uppercased() + word.dropFirst() : word
        }.joined(separator: " ")
    }

    /// Brute force: every pattern tried at every token, by recursion over its items.
    struct Reference {
        let document: Document
        let keys: [String]

        init(_ document: Document) {
            self.document = document
            keys = document.tokens.map { token in
                UTF16Conversion.string(from: TokenKey.key(of: Array(document.normalized.units[token.normalized])))
            }
        }

        func ends(_ items: ArraySlice<TokenPattern.Item>, at position: Int) -> Set<Int> {
            guard let item = items.first else { return [position] }
            var result: Set<Int> = []
            if item.isOptional { result.formUnion(ends(items.dropFirst(), at: position)) }
            for alternative in item.alternatives {
                if let next = consume(alternative, at: position) { result.formUnion(ends(items.dropFirst(), at: next)) }
            }
            return result
        }

        func consume(_ alternative: TokenPattern.Alternative, at position: Int) -> Int? {
            let tokens = document.tokens
            switch alternative {
            case .literal(let literal):
                guard !literal.isEmpty, position + literal.count <= tokens.count else { return nil }
                for (offset, token) in literal.enumerated() where keys[position + offset] != token.key { return nil }
                return position + literal.count
            case .any:
                return position < tokens.count ? position + 1 : nil
            case .number:
                return position < tokens.count && tokens[position].kind == .number ? position + 1 : nil
            case .capitalized:
                return position < tokens.count && tokens[position].kind == .word && tokens[position].isCapitalized
                    ? position + 1 : nil
            case .lowercase:
                return nil
            }
        }

        /// (entry index, tokens) in the matcher's order.
        func matches(_ entries: [LexiconEntry]) -> [String] {
            var result: [(start: Int, entry: Int, end: Int)] = []
            for (index, entry) in entries.enumerated() {
                var spans: [(start: Int, end: Int)] = []
                for start in 0..<document.tokens.count {
                    for pattern in entry.patterns where pattern.isMatchable {
                        for end in ends(pattern.items[...], at: start) where end > start { spans.append((start, end)) }
                    }
                }
                spans.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
                var keptEnd = -1
                for span in spans where span.start >= keptEnd {
                    result.append((span.start, index, span.end))
                    keptEnd = span.end
                }
            }
            result.sort { ($0.start, $0.entry, -$0.end) < ($1.start, $1.entry, -$1.end) }
            return result.map { "e\($0.entry) \($0.start)..<\($0.end)" }
        }
    }

    @Test("the automaton finds exactly what brute force finds", arguments: 0..<25)
    func againstBruteForce(_ seed: Int) throws {
        var random = Generator(state: UInt64(seed) &* 7919 &+ 1)
        let source = Self.lexicon(&random, entries: 8 + random.below(30))
        let lexicon = try Lexicon(contents: T.source(source), file: "de-en.lex")
        let matcher = LexiconMatcher(try LexiconSet([lexicon]))
        let document = try T.document(Self.text(&random, tokens: 60))
        let found = matcher.matches(in: document).map { "e\($0.entryIndex) \($0.tokens)" }
        let expected = Reference(document).matches(lexicon.entries)
        #expect(found == expected, "seed \(seed)\n\(source)\ntext: \(document.text.string)")
    }
}
