import Foundation
import Testing

@testable import Verbatim

@Suite("Decoding legacy wire encodings")
struct TextDecodingTests {
    static let legacy: [(file: String, charsets: [String])] = [
        ("ru-windows-1251", ["windows-1251"]),
        ("ru-koi8-r", ["KOI8-R"]),
        ("pl-iso-8859-2", ["ISO-8859-2"]),
        ("en-windows-1252", ["windows-1252"]),
        ("mixed-utf-16le-bom", ["UTF-16LE"]),
        ("mixed-utf-16be-bom", ["UTF-16BE"]),
    ]

    @Test("detected and decoded to the right text", arguments: legacy.map(\.file))
    func detects(_ file: String) throws {
        let bytes = [UInt8](try Fixtures.data("Encodings/\(file).txt"))
        let expected = try Fixtures.text("Encodings/\(file).expected")
        let result = TextDecoding().decode(bytes, at: InputLocation(path: file))
        let (text, decision) = try result.get()
        #expect(text == expected)
        let charsets = Self.legacy.first { $0.file == file }!.charsets
        #expect(charsets.contains(decision.encoding), "decided \(decision.encoding)")
        #expect(decision.confidence > 0)
    }

    @Test("valid UTF-8 is taken as it is, with full confidence")
    func utf8() throws {
        let (text, decision) = try TextDecoding().decode(Array("„Ja“, sagte er.".utf8), at: InputLocation(path: "x")).get()
        #expect(text == "„Ja“, sagte er.")
        #expect(decision == DecodingDecision(encoding: "UTF-8", method: .utf8, confidence: 1))
    }

    @Test("a forced encoding wins over detection")
    func forced() throws {
        let bytes = [UInt8](try Fixtures.data("Encodings/ru-koi8-r.txt"))
        let (text, decision) = try TextDecoding(forcedEncoding: "koi8-r").decode(bytes, at: InputLocation(path: "x")).get()
        #expect(text == (try Fixtures.text("Encodings/ru-koi8-r.expected")))
        #expect(decision.method == .forced)
    }

    @Test("an unknown forced encoding is a clear error")
    func unknownEncoding() {
        let result = TextDecoding(forcedEncoding: "no-such-charset").decode([0x41], at: InputLocation(path: "f.txt"))
        #expect(throws: InputError(.unknownEncoding("no-such-charset"), at: InputLocation(path: "f.txt"))) { try result.get() }
    }

    @Test("a forced multibyte encoding names the first bad byte")
    func badForcedBytes() {
        let bytes: [UInt8] = Array("abc".utf8) + [0xE2, 0x28, 0xA1] + Array("def".utf8)
        let result = TextDecoding(forcedEncoding: "UTF-8").decode(bytes, at: InputLocation(path: "f.txt"))
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.location.byte == 3)
        #expect(error.description.contains("f.txt"))
        #expect(error.description.contains("byte 3"))
    }

    @Test("invalid UTF-8 never crashes and is reported")
    func invalidUTF8() throws {
        let bytes = [UInt8](try Fixtures.data("Encodings/invalid-utf8.bin"))
        let (text, decision) = try TextDecoding().decode(bytes, at: InputLocation(path: "x")).get()
        #expect(text.contains("The talks ended"))
        #expect(text.contains("on Monday."))
        #expect(decision.method == .detected)
    }

    @Test("stray NUL bytes are replaced by U+FFFD, with a warning naming the byte")
    func nulBytes() throws {
        let bytes = [UInt8](try Fixtures.data("Encodings/nul-bytes.bin"))
        let (text, decision) = try TextDecoding().decode(bytes, at: InputLocation(path: "x")).get()
        #expect(text == "Ryabkov said the talks were\u{FFFD} difficult.\n")
        #expect(decision.warnings.contains { $0.contains("NUL") && $0.contains("byte 27") })
    }

    @Test("binary data is refused as binary")
    func binary() {
        let bytes = [UInt8](try! Fixtures.data("Encodings/binary.bin"))
        let result = TextDecoding().decode(bytes, at: InputLocation(path: "b.bin"))
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.reason == .binary)
    }
}
