import Foundation

/// The documented starting point of a new pair lexicon (`verbatim lexicon new xx-en`): the
/// header, and one commented example of each category showing each kind of pattern item and
/// context condition, so that a linguist can uncomment, adapt and delete.
///
/// Example lines are commented with `# ` exactly and explanations with `## `, so that removing
/// the `# ` of an example's lines gives a valid entry (the tests check that every example
/// loads).
public struct LexiconSkeleton: Sendable {
    /// `XX-en`.
    public var pair: String
    /// The source language's English name ("German"), or its code when unknown.
    public var languageName: String

    /// A skeleton for a pair; throws when the pair is not `XX-en`.
    public init(pair: String) throws(TuningError) {
        guard pair.hasSuffix("-en"), pair != "en", LexiconParser.isValidPair(pair) else { throw TuningError(.badPair(pair)) }
        self.pair = pair
        let code = String(pair.dropLast(3))
        self.languageName = Self.englishName(of: code) ?? code
    }

    /// The source language's code (`de` for `de-en`).
    public var sourceLanguage: String { String(pair.dropLast(3)) }

    /// The file name the skeleton is written to by default (`de-en.lex`).
    public var fileName: String { pair + ".lex" }

    /// The English name of a language code, if Foundation knows it.
    static func englishName(of code: String) -> String? {
        guard let name = Locale(identifier: "en").localizedString(forLanguageCode: code), !name.isEmpty,
            name.lowercased() != code
        else { return nil }
        return name
    }

    /// The text of the file.
    public var text: String {
        let language = languageName
        return """
            # \(fileName) — \(language) → English machine translation and translationese.
            #
            # Scope: say which forms English copy translated from \(language) shows and original English
            # wire copy does not (calques, titles and names rendered word for word, word order, number
            # conventions), where the knowledge comes from, and what was left out on purpose because
            # native English copy uses it too.
            #
            # The format is the .lex format, version 1 (Lexicons/README.md in the Verbatim sources).
            # Lines that start with `#` are comments; blank lines are ignored. The examples below are
            # commented out: to use one, remove the `# ` at the start of each of its lines, then replace
            # its pattern, suggestion and note with real ones. Lines that start with `##` explain the
            # example after them; delete them when you are done.
            #
            # Tuning, step by step:
            #   verbatim lexicon mine --pair \(pair) ARTICLES…        proposes entries from wire copy
            #   verbatim lexicon eval --gold GOLD.json --lexicons \(fileName) ARTICLES… [--write]
            #                                                      measures precision and recall
            #   verbatim lexicon lint \(fileName) --corpus ARTICLES…  checks the format and finds dead entries
            # Then load it with `verbatim scan --lexicons FOLDER` (the folder that holds this file).

            verbatim-lexicon: 1
            pair: \(pair)
            description: \(language) → English machine-translation patterns.

            # ---------------------------------------------------------------------------
            # Every entry: `[id]` (lowercase letters, digits, `-`, `.`; unique in the file), then
            #   category:  title | entity | number | word-order | calque | grammar | typography | debris
            #   pattern:   one or more lines, alternatives of each other
            #   suggest:   what an editor would write instead; alternatives separated by ` | `
            #   weight:    0 to 1, how strongly one firing says "translated from \(language)"
            #   note:      the \(language) form, and why the English is off (for people)
            #   when: / unless:   context conditions, any number of them
            #   case: sensitive   literal words must also match the letter case
            # Leave `precision:`, `recall:` and `measured:` out: `verbatim lexicon eval --write` fills them in.
            #
            # Pattern items: `word`, `a|b|c` (one of them), `word?` (optional), `*` (any one token),
            # `*?` (one token or none), `<number>`, `<Cap>` (a capitalised word), `<lower>`.
            # Conditions: `followed-by PATTERN`, `preceded-by PATTERN` (right next to the match, or
            # `within N` tokens of it), `in-sentence PATTERN` (anywhere in the match's sentence).
            # ---------------------------------------------------------------------------

            ## title: a title of office rendered word for word. Two `when:` conditions: a name must
            ## follow, and the sentence must be about a US official.
            # [title.vice-foreign-minister-us]
            # category: title
            # pattern: vice foreign|deputy-foreign minister
            # when: followed-by <Cap> <Cap>
            # when: in-sentence american|us|u.s.|washington
            # suggest: Deputy Secretary of State
            # weight: 0.8
            # note: The \(language) word for "deputy foreign minister" used for a US official, whose title is
            #   Deputy Secretary of State. (A note may go on over lines that start with two spaces.)

            ## entity: a name in a non-English form. `the?` makes a word optional.
            # [entity.organization-of-united-nations]
            # category: entity
            # pattern: the? organization of the united nations
            # suggest: the United Nations
            # weight: 0.5
            # note: The \(language) name of the UN rendered word for word; English says "the United Nations".

            ## number: a number convention of the source language. `<number>` is any number.
            # [number.milliards]
            # category: number
            # pattern: <number> milliard|milliards
            # suggest: billion
            # weight: 0.7
            # note: \(language) "milliard" (10⁹) kept; English says "billion".

            ## word-order: source-language word order. `preceded-by` looks right before the match.
            # [word-order.the-two-first]
            # category: word-order
            # pattern: two|three|four first|last
            # when: preceded-by the|its|their
            # suggest: first two | last two
            # weight: 0.6
            # note: \(language) order "the two first"; English puts the number after "first"/"last".

            ## calque: a phrase translated literally. `within N` lets the condition's pattern start up to
            ## N tokens after the match.
            # [calque.in-the-framework-of-visit]
            # category: calque
            # pattern: within|in the framework of
            # when: followed-by visit|talks|meeting|investigation within 3
            # suggest: during | as part of
            # weight: 0.5
            # note: The \(language) phrase for "in the frame of" before an event; English says "during".

            ## grammar: source-language grammar. `*?` is one token or none ("since years", "since two
            ## years"); `unless:` excludes matches where its condition holds.
            # [grammar.since-years]
            # category: grammar
            # pattern: since *? years|months|weeks
            # unless: followed-by ago|later|earlier
            # suggest: for years | for months
            # weight: 0.6
            # note: \(language) "since years" for a period still going on; English says "for years".

            ## typography: markup or typography residue. `case: sensitive` makes letter case count.
            # [typography.nbsp-entity]
            # category: typography
            # pattern: nbsp|quot|laquo|raquo
            # case: sensitive
            # suggest: (a space)
            # weight: 0.3
            # note: An HTML entity left in the copy by the translation system.

            ## debris: page furniture in the story text. `preceded-by … within N`: the pattern ends at
            ## most N tokens before the match. Debris weighs 0: it says nothing about translation.
            # [debris.read-also]
            # category: debris
            # pattern: read also|more
            # unless: preceded-by you|we|they|i within 2
            # weight: 0
            # note: A link label carried into the story from the \(language) page.

            """
    }
}
