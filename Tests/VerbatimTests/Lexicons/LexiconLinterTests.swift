import Foundation
import Testing

@testable import Verbatim

@Suite("Lexicon linter")
struct LexiconLinterTests {
    typealias T = LexiconTesting

    func lint(_ entries: String, pair: String = "de-en", corpus: [String] = []) throws -> [LintFinding] {
        let documents = try corpus.map { try T.document($0) }
        let source = LexiconSource(name: "\(pair).lex", contents: T.source(entries, pair: pair))
        return LexiconLinter().lint([source], corpus: documents).findings
    }

    func summary(_ findings: [LintFinding]) -> [String] {
        findings.map { "\($0.location.line) \($0.severity.rawValue) \($0.rule.rawValue)" }
    }

    @Test("shipped lexicons lint without errors (warnings are listed in the log)")
    func shippedLexiconsLintClean() throws {
        let report = LexiconLinter().lint(LexiconSource.builtin)
        let errors = report.findings(atLeast: .error)
        let warnings = report.findings.filter { $0.severity == .warning }
        if !warnings.isEmpty {
            print("Lexicon lint warnings (\(warnings.count)):\n" + warnings.map(\.description).joined(separator: "\n"))
        }
        #expect(errors.isEmpty, "lint errors in shipped lexicons:\n\(errors.map(\.description).joined(separator: "\n"))")
    }

    @Test("format errors, missing notes, dead patterns and contradictions are errors")
    func errors() throws {
        let findings = try lint("""
            [no-note]
            category: calque
            pattern: with a view to
            weight: 0.5

            [all-optional]
            category: calque
            pattern: very? much?
            weight: 0.5
            note: x

            [punctuation]
            category: typography
            pattern: --
            pattern: and|-- so
            weight: 0.5
            note: x

            [contradiction]
            category: title
            pattern: vice premier
            when: followed-by <Cap>
            unless: followed-by <Cap>
            weight: 0.5
            note: x

            [adjacent]
            category: title
            pattern: vice premier
            when: followed-by novak
            when: followed-by liu|han
            weight: 0.5
            note: x

            [always-excluded]
            category: title
            pattern: vice premier
            unless: in-sentence china|premier
            weight: 0.5
            note: x

            [bad]
            category: nonsense
            pattern: x
            weight: 0.5
            note: x
            """)
        #expect(summary(findings) == [
            "5 error missing-note",
            "12 error never-matches",
            "18 error never-matches",
            "19 warning never-matches",
            "27 error contradiction",
            "35 error contradiction",
            "42 error contradiction",
            "47 error format",
        ])
        #expect(findings[0].entryID == "de-en/no-note")
        #expect(findings[0].description.hasPrefix("de-en.lex:5: error: missing `note:`"))
    }

    @Test("duplicates and conflicts: errors or warnings in one file, notes across files")
    func duplicates() throws {
        let findings = try lint("""
            [one]
            category: calque
            pattern: with a view to
            suggest: ahead of
            weight: 0.5
            note: x

            [two]
            category: calque
            pattern: With A VIEW to
            suggest: ahead of
            weight: 0.5
            note: x

            [three]
            category: grammar
            pattern: with a view to
            weight: 0.5
            note: x

            [four]
            category: calque
            pattern: with a view to
            suggest: regarding
            weight: 0.5
            note: x

            [five]
            category: calque
            pattern: with a view to
            when: followed-by <Cap>
            weight: 0.5
            note: x

            [six]
            category: calque
            pattern: in view of
            pattern: in  view  of
            weight: 0.5
            note: x
            """)
        #expect(summary(findings) == [
            "14 warning duplicate",
            "21 error conflict",
            "27 warning conflict",
            "42 warning duplicate",
        ])
        let across = LexiconLinter().lint([
            LexiconSource(name: "ru-en.lex", contents: T.source("[a]\ncategory: calque\npattern: on the territory of\nweight: 0.5\nnote: x\n", pair: "ru-en")),
            LexiconSource(name: "uk-en.lex", contents: T.source("[a]\ncategory: calque\npattern: on the territory of\nweight: 0.5\nnote: x\n", pair: "uk-en")),
        ])
        #expect(across.findings.map(\.severity) == [.info])
        #expect(!across.hasErrors)
    }

    @Test("patterns without any literal word are flagged as broad")
    func broad() throws {
        let findings = try lint("""
            [broad]
            category: grammar
            pattern: <Cap> <Cap>? *
            weight: 0.5
            note: x
            """)
        #expect(summary(findings) == ["7 warning broad"])
    }

    @Test("with a corpus: entries that never fire")
    func neverFires() throws {
        let findings = try lint("""
            [fires]
            category: calque
            pattern: within the framework of
            weight: 0.5
            note: x

            [silent]
            category: calque
            pattern: with a view to
            weight: 0.5
            note: x
            """, corpus: ["Within the framework of the talks, they met."])
        #expect(summary(findings) == ["11 warning never-fires"])
        #expect(findings.first?.entryID == "de-en/silent")
    }

    @Test("linting a file against the built-in set: overrides are noted, only the file's findings reported")
    func againstBuiltin() throws {
        let builtin = try LexiconSet.builtin()
        let target = try #require(builtin.entries.first)
        let source = LexiconSource(name: "mine.lex", contents: T.source("""
            [\(target.localID)]
            category: \(target.category.rawValue)
            pattern: zzqx
            weight: 0.5
            note: x
            """, pair: target.pair))
        let report = LexiconLinter().lint([source], context: builtin)
        #expect(report.findings.map(\.rule) == [.override])
        #expect(report.findings.allSatisfy { $0.location.file == "mine.lex" })
        #expect(report.entryCount == 1)
    }
}
