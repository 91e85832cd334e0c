import Foundation
import Testing

@testable import Verbatim

@Suite("Lexicon matcher")
struct LexiconMatcherTests {
    typealias T = LexiconTesting

    @Test("a phrase matches case-insensitively, across punctuation, and maps back to the original text")
    func phrase() throws {
        let matcher = try T.matcher("""
            [framework]
            category: calque
            pattern: within the framework of
            weight: 0.5
            note: German "im Rahmen".
            """)
        #expect(try T.matchedTexts(matcher, "Talks went on within the framework of the summit.") == ["within the framework of"])
        #expect(try T.matchedTexts(matcher, "WITHIN THE FRAMEWORK OF THE SUMMIT") == ["WITHIN THE FRAMEWORK OF"])
        #expect(try T.matchedTexts(matcher, "within the framework, of course") == ["within the framework, of"])
        #expect(try T.fired(matcher, "within the frame of the summit").isEmpty)
        let match = try #require(matcher.matches(in: try T.document("So, within the framework of it.")).first)
        #expect(match.id == "de-en/framework")
        #expect(match.trace == "de-en.lex:5")
        #expect(match.tokens == 1..<5)
    }

    @Test("alternatives, including ones the tokenizer cuts into several tokens")
    func alternatives() throws {
        let matcher = try T.matcher("""
            [vice-foreign-minister]
            category: title
            pattern: vice foreign|deputy-foreign minister
            weight: 0.5
            note: x
            """)
        #expect(try T.matchedTexts(matcher, "The vice foreign minister came.") == ["vice foreign minister"])
        #expect(try T.matchedTexts(matcher, "The vice deputy-foreign minister came.") == ["vice deputy-foreign minister"])
        #expect(try T.fired(matcher, "The vice deputy minister came.").isEmpty)
        #expect(try T.fired(matcher, "The vice minister came.").isEmpty)
    }

    @Test("optional items: the leftmost, longest match is kept")
    func optional() throws {
        let matcher = try T.matcher("""
            [osce]
            category: entity
            pattern: the? european organization for security and co-operation in europe
            weight: 0.5
            note: x
            """)
        #expect(try T.matchedTexts(matcher, "Observers of the European Organization for Security and Co-operation in Europe left.")
            == ["the European Organization for Security and Co-operation in Europe"])
        #expect(try T.matchedTexts(matcher, "European Organization for Security and Co-operation in Europe observers")
            == ["European Organization for Security and Co-operation in Europe"])
        #expect(try T.fired(matcher, "the Organization for Security and Co-operation in Europe").isEmpty)
    }

    @Test("optional items in the middle and at the end, alternatives with ?")
    func optionalInside() throws {
        let matcher = try T.matcher("""
            [head-of-ministry]
            category: title
            pattern: head|chief of the russian|ukrainian? foreign|defence ministry
            weight: 0.5
            note: x
            """)
        #expect(try T.matchedTexts(matcher, "the head of the Russian Foreign Ministry said") == ["head of the Russian Foreign Ministry"])
        #expect(try T.matchedTexts(matcher, "the chief of the defence ministry said") == ["chief of the defence ministry"])
        #expect(try T.fired(matcher, "the head of the German defence ministry said").isEmpty)
    }

    @Test("* is exactly one token, *? one or none")
    func wildcard() throws {
        let matcher = try T.matcher("""
            [newsletter]
            category: debris
            pattern: sign up for our * newsletter
            weight: 0.1
            note: x

            [assist]
            category: calque
            pattern: assisted at the *? ceremony
            weight: 0.5
            note: x
            """)
        #expect(try T.matchedTexts(matcher, "Sign up for our daily newsletter.") == ["Sign up for our daily newsletter"])
        #expect(try T.fired(matcher, "Sign up for our newsletter.").isEmpty)
        #expect(try T.fired(matcher, "Sign up for our free daily newsletter.").isEmpty)
        #expect(try T.fired(matcher, "She assisted at the ceremony.") == ["de-en/assist"])
        #expect(try T.fired(matcher, "She assisted at the opening ceremony.") == ["de-en/assist"])
        #expect(try T.fired(matcher, "She assisted at the big opening ceremony.").isEmpty)
    }

    @Test("token classes: <Cap>, <lower>, <number>")
    func classes() throws {
        let matcher = try T.matcher("""
            [head-of-region]
            category: title
            pattern: head of the <Cap> region
            weight: 0.5
            note: x

            [lower]
            category: grammar
            pattern: the <lower> minister
            weight: 0.5
            note: x

            [past-date]
            category: number
            pattern: the past <number> of? march
            weight: 0.5
            note: x
            """)
        #expect(try T.fired(matcher, "said the head of the Belgorod region.") == ["de-en/head-of-region"])
        #expect(try T.fired(matcher, "said the head of the southern region.").isEmpty)
        #expect(try T.fired(matcher, "said the new minister.") == ["de-en/lower"])
        #expect(try T.fired(matcher, "said the Foreign minister.").isEmpty)
        #expect(try T.fired(matcher, "on the past 15 of March") == ["de-en/past-date"])
        #expect(try T.fired(matcher, "on the past 15 March") == ["de-en/past-date"])
        #expect(try T.fired(matcher, "on the past fifteen of March").isEmpty)
    }

    @Test("when: followed-by and in-sentence must hold")
    func whenConditions() throws {
        let matcher = try T.matcher("""
            [vice-foreign-minister-us]
            category: title
            pattern: vice foreign minister
            when: followed-by <Cap> <Cap>
            when: in-sentence american|us|u.s.|washington
            suggest: Deputy Secretary of State
            weight: 0.8
            note: x
            """)
        #expect(try T.fired(matcher, "The U.S. vice foreign minister Christopher Landau arrived.") == ["de-en/vice-foreign-minister-us"])
        #expect(try T.fired(matcher, "The American vice foreign minister, Christopher Landau, arrived.")
            == ["de-en/vice-foreign-minister-us"])
        #expect(try T.fired(matcher, "The U.S. vice foreign minister arrived.").isEmpty)
        #expect(try T.fired(matcher, "The vice foreign minister Sergei Ryabkov arrived.").isEmpty)
        // The condition looks inside the match's sentence only.
        #expect(try T.fired(matcher, "Washington said so. The vice foreign minister Sergei Ryabkov arrived.").isEmpty)
        // A match never crosses a paragraph boundary.
        #expect(try T.fired(matcher, "He met the U.S. vice foreign\n\nMinister Anna Smith said.").isEmpty)
        // A sentence break inside the match (after "U.S." here) widens the conditions' sentence.
        let us = try T.matcher("""
            [us-foreign-ministry]
            category: title
            pattern: u.s. foreign ministry
            when: followed-by said
            weight: 0.5
            note: x
            """)
        #expect(try T.fired(us, "the U.S. Foreign Ministry said.") == ["de-en/us-foreign-ministry"])
    }

    @Test("unless: preceded-by / followed-by, with and without within")
    func unlessConditions() throws {
        let matcher = try T.matcher("""
            [vice-premier]
            category: title
            pattern: vice premier
            unless: followed-by liu|han
            unless: preceded-by chinese|china's within 3
            weight: 0.4
            note: x
            """)
        #expect(try T.fired(matcher, "Vice Premier Novak said.") == ["de-en/vice-premier"])
        #expect(try T.fired(matcher, "Vice Premier Liu He said.").isEmpty)
        #expect(try T.fired(matcher, "Chinese Vice Premier He Lifeng said.").isEmpty)
        #expect(try T.fired(matcher, "China's new first Vice Premier Ding said.").isEmpty)
        #expect(try T.fired(matcher, "China's very new and first Vice Premier Ding said.") == ["de-en/vice-premier"])
        // followed-by within N: the pattern starts in the next N tokens.
        let within = try T.matcher("""
            [x]
            category: calque
            pattern: carried out
            when: followed-by negotiations within 2
            weight: 0.4
            note: x
            """)
        #expect(try T.fired(within, "They carried out negotiations.") == ["de-en/x"])
        #expect(try T.fired(within, "They carried out long negotiations.") == ["de-en/x"])
        #expect(try T.fired(within, "They carried out very long negotiations.").isEmpty)
    }

    @Test("matching ignores diacritics both ways")
    func diacritics() throws {
        let matcher = try T.matcher("""
            [zurich]
            category: entity
            pattern: zürich airport
            weight: 0.5
            note: x

            [kyiv]
            category: entity
            pattern: kyiv regime
            weight: 0.5
            note: x
            """)
        #expect(try T.fired(matcher, "at Zurich airport") == ["de-en/zurich"])
        #expect(try T.fired(matcher, "at ZÜRICH AIRPORT") == ["de-en/zurich"])
        #expect(try T.fired(matcher, "at Zu\u{308}rich airport") == ["de-en/zurich"])
        #expect(try T.fired(matcher, "the Kÿiv regime") == ["de-en/kyiv"])
    }

    @Test("case: sensitive compares the original letter case of literal tokens")
    func caseSensitive() throws {
        let matcher = try T.matcher("""
            [read-more]
            category: debris
            pattern: Read|READ more|More|MORE
            case: sensitive
            weight: 0.1
            note: x

            [us]
            category: entity
            pattern: U.S. Foreign Ministry
            case: sensitive
            weight: 0.1
            note: x
            """, pair: "common")
        #expect(try T.fired(matcher, "Read more: the story") == ["common/read-more"])
        #expect(try T.fired(matcher, "READ MORE") == ["common/read-more"])
        #expect(try T.fired(matcher, "I read more books now.").isEmpty)
        #expect(try T.fired(matcher, "Read More") == ["common/read-more"])
        #expect(try T.fired(matcher, "rEAD more").isEmpty)
        #expect(try T.fired(matcher, "the U.S. Foreign Ministry said") == ["common/us"])
        #expect(try T.fired(matcher, "the u.s. foreign ministry said").isEmpty)
    }

    @Test("offsets map back to the original text through curly apostrophes, NBSP and astral characters")
    func offsets() throws {
        let matcher = try T.matcher("""
            [peoples-representative]
            category: title
            pattern: people's representative
            weight: 0.5
            note: x

            [vice-premier]
            category: title
            pattern: vice premier
            weight: 0.5
            note: x
            """, pair: "bg-en")
        let marked = MarkedText("😀 The 1️⃣people’s representative2️⃣ met the 3️⃣Vice\u{A0}Premier4️⃣ “today”.")
        let document = try T.document(marked.text)
        let matches = matcher.matches(in: document)
        #expect(matches.map(\.id) == ["bg-en/peoples-representative", "bg-en/vice-premier"])
        #expect(matches.map { [$0.range.start, $0.range.end] } == [
            [marked.markers[1]!, marked.markers[2]!], [marked.markers[3]!, marked.markers[4]!],
        ])
        #expect(matches.map { document[$0.range] } == ["people’s representative", "Vice\u{A0}Premier"])
    }

    @Test("an entry's overlapping matches collapse to the leftmost longest; different entries may overlap")
    func overlaps() throws {
        let matcher = try T.matcher("""
            [a]
            category: calque
            pattern: in the course of
            pattern: the course
            weight: 0.5
            note: x

            [b]
            category: calque
            pattern: course of the talks
            weight: 0.5
            note: x
            """)
        let texts = try T.matchedTexts(matcher, "It happened in the course of the talks, of course.")
        #expect(texts == ["in the course of", "course of the talks"])
    }

    @Test("many patterns sharing prefixes, and patterns with many alternatives")
    func sharedPrefixes() throws {
        var entries = ""
        let verbs = (0..<40).map { "verb\($0)" }.joined(separator: "|")
        let objects = (0..<40).map { "object\($0)" }.joined(separator: "|")
        entries += "[big]\ncategory: calque\npattern: \(verbs) a|an|the *? \(objects)\nweight: 0.5\nnote: x\n\n"
        for index in 0..<50 {
            entries += "[head-\(index)]\ncategory: title\npattern: head of the thing\(index)\nweight: 0.5\nnote: x\n\n"
        }
        let matcher = try T.matcher(entries)
        #expect(try T.fired(matcher, "They verb7 the new object39 today.") == ["de-en/big"])
        #expect(try T.fired(matcher, "They verb7 an object0 today.") == ["de-en/big"])
        #expect(try T.fired(matcher, "They verb7 an object40 today.").isEmpty)
        #expect(try T.fired(matcher, "the head of the thing42 and the head of the thing7") == ["de-en/head-42", "de-en/head-7"])
    }

    @Test("one matcher serves several threads at once")
    func concurrent() async throws {
        let matcher = try T.matcher("""
            [framework]
            category: calque
            pattern: within the framework of
            weight: 0.5
            note: x
            """)
        let text = String(repeating: "Within the framework of the talks, they met. ", count: 50)
        let expected = try T.fired(matcher, text)
        #expect(expected.count == 50)
        let results = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { try T.fired(matcher, text) } }
            var all: [[String]] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
