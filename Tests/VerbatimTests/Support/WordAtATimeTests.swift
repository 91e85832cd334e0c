import Testing

@testable import Verbatim

/// The word-at-a-time tests must agree with a unit-by-unit check on every input.
@Suite("Word-at-a-time scans")
struct WordAtATimeTests {
    static func word(_ units: [UInt16]) -> UInt64 {
        units.withUnsafeBufferPointer { WordAtATime.load($0.baseAddress!) }
    }

    static func word(bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { WordAtATime.load($0.baseAddress!) }
    }

    @Test("UTF-16 lanes: ASCII, control characters and a given unit, against unit-by-unit checks")
    func units() {
        let samples: [UInt16] = [0x00, 0x09, 0x0A, 0x0B, 0x0D, 0x0E, 0x1F, 0x20, 0x21, 0x2E, 0x3F, 0x41, 0x7F, 0x80, 0x85, 0xFF, 0x100, 0x2028, 0x2029, 0x2E2E, 0x8000, 0x800D, 0xFFFF]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let units = (0..<4).map { _ in samples[Int(generator.next() % UInt64(samples.count))] }
            let word = Self.word(units)
            #expect(WordAtATime.isASCII(units: word) == units.allSatisfy { $0 < 0x80 })
            if units.allSatisfy({ $0 < 0x80 }) {
                #expect(WordAtATime.hasControl(units: word) == units.contains { $0 < 0x20 }, "\(units)")
            }
            #expect(WordAtATime.mayHaveLineBreak(units: word) == units.contains { $0 < 0x0E || Segmenter.isLineBreak($0) }, "\(units)")
            for probe: UInt16 in [0x2E, 0x21, 0x3F] {
                #expect(WordAtATime.contains(probe, units: word) == units.contains(probe), "\(units) \(probe)")
            }
        }
    }

    @Test("UTF-8 lanes: ASCII and control characters, against byte-by-byte checks")
    func bytes() {
        let samples: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x41, 0x7F, 0x80, 0xC3, 0xFF]
        var generator = SplitMix64(seed: 8)
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in samples[Int(generator.next() % UInt64(samples.count))] }
            let word = Self.word(bytes: bytes)
            #expect(WordAtATime.isASCII(bytes: word) == bytes.allSatisfy { $0 < 0x80 })
            if bytes.allSatisfy({ $0 < 0x80 }) {
                #expect(WordAtATime.hasControl(bytes: word) == bytes.contains { $0 < 0x20 }, "\(bytes)")
            }
        }
    }

    @Test("the end of an ASCII run")
    func asciiRunEnd() {
        let units = Array("plain ASCII text, then é and more".utf16)
        let end = units.withUnsafeBufferPointer { WordAtATime.asciiRunEnd(in: $0, from: 0) }
        #expect(end == units.firstIndex { $0 >= 0x80 })
        let all = Array("only ascii".utf16)
        #expect(all.withUnsafeBufferPointer { WordAtATime.asciiRunEnd(in: $0, from: 3) } == all.count)
    }
}
