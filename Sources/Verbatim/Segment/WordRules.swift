/// ICU's word break rules for words and numbers, run directly over a UTF-16 buffer for text in
/// alphabetic scripts.
///
/// ICU's break iterator walks every character through a general state machine; for words and
/// numbers in alphabetic scripts its rules (ICU 72 `word.txt`: UAX #29 as tailored by CLDR,
/// with `!!chain`) reduce to a few pair rules over the character classes of
/// ``UnicodeProperties/WordClass``, read from ICU's own property data:
///
/// - letters, digits and "_" join (rules 5, 8–10, 13a, 13b);
/// - a letter, a mid-letter mark (`.` `’` `'` `·`) and a letter join ("U.S", "don't": 6, 7);
/// - a digit, a mid-number mark (`.` `,` `;` `'`) and a digit join ("100.000": 11, 12);
/// - combining marks and format characters belong to the character before them (4);
/// - a segment's rule status is that of its last letter or digit: 200 for a word, 100 for a
///   number ("abc123" is a number, "123abc" a word), and after a trailing "_" that of what
///   precedes it (none if combining marks follow the "_").
///
/// Text with any character whose rules need more (Han, kana, Hangul and the scripts that
/// ICU segments with dictionaries, Hebrew letters, ZWJ) is left to ICU's iterator: ``segments(in:)``
/// returns nil. A differential test checks that both give the same words and numbers.
enum WordRules {
    /// A word or number segment: its range in the buffer and ICU's rule status for it.
    struct Segment: Equatable {
        var range: Range<Int>
        var isNumber: Bool
    }

    @inline(__always)
    private static func isASCIILetterOrDigit(_ unit: UInt16) -> Bool {
        (unit | 0x20) &- 0x61 < 26 || unit &- 0x30 < 10
    }

    /// The class of an ASCII letter or digit.
    @inline(__always)
    private static func asciiClass(_ unit: UInt16) -> UnicodeProperties.WordClass {
        unit &- 0x30 < 10 ? .numeric : .letter
    }

    /// The word and number segments of `buffer`, in order; nil when the text needs ICU's
    /// iterator.
    static func segments(in buffer: UnsafeBufferPointer<UInt16>) -> [Segment]? {
        let table = UnicodeProperties.bmpWordClasses
        return table.withUnsafeBufferPointer { segments(in: buffer, classes: $0) }
    }

    private static func segments(in buffer: UnsafeBufferPointer<UInt16>, classes: UnsafeBufferPointer<UInt8>) -> [Segment]? {
        typealias Class = UnicodeProperties.WordClass
        let count = buffer.count
        var segments: [Segment] = []
        segments.reserveCapacity(count / 6)

        // Class and length of the character at an offset.
        @inline(__always) func classify(_ index: Int) -> (Class, Int) {
            let unit = buffer[index]
            if unit & 0xFC00 == 0xD800, index + 1 < count, buffer[index + 1] & 0xFC00 == 0xDC00 {
                let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(buffer[index + 1]) - 0xDC00)
                return (UnicodeProperties.wordClass(of: scalar), 2)
            }
            return (Class(rawValue: classes[Int(unit)]) ?? .other, 1)
        }
        // The offset after any extend and format characters from `index`.
        @inline(__always) func skipExtend(_ index: Int) -> Int {
            var index = index
            while index < count {
                let (kind, length) = classify(index)
                guard kind == .extendFormat else { break }
                index += length
            }
            return index
        }

        var index = 0
        while index < count {
            var (kind, length) = classify(index)
            // Skip to the next letter, digit or "_" (ASCII punctuation and spaces fast).
            while kind != .letter && kind != .numeric && kind != .extendNumLet {
                if kind == .needsICU { return nil }
                index += length
                guard index < count else { return segments }
                (kind, length) = classify(index)
            }
            // A segment starts here; extend it one character at a time.
            let start = index
            var last = kind  // last letter, digit or "_"
            var beforeLast: Class = .other
            var lastEnd = index + length  // the end of `last`, before any extend characters
            var end = lastEnd
            scan: while end < count {
                // ASCII letters and digits, the bulk of most words, without the table.
                if isASCIILetterOrDigit(buffer[end]) {
                    let runStart = end
                    repeat { end += 1 } while end < count && isASCIILetterOrDigit(buffer[end])
                    beforeLast = end - runStart >= 2 ? asciiClass(buffer[end - 2]) : last
                    last = asciiClass(buffer[end - 1])
                    lastEnd = end
                    continue
                }
                let (next, nextLength) = classify(end)
                switch next {
                case .letter, .numeric, .extendNumLet:
                    beforeLast = last
                    last = next
                    lastEnd = end + nextLength
                    end = lastEnd
                case .extendFormat:
                    // Combining marks and format characters belong to what precedes them.
                    end += nextLength
                case .midLetter, .midNum, .midNumLet:
                    let fits = (last == .letter && (next == .midLetter || next == .midNumLet))
                        || (last == .numeric && (next == .midNum || next == .midNumLet))
                    guard fits else { break scan }
                    let after = skipExtend(end + nextLength)
                    guard after < count else { break scan }
                    let (following, followingLength) = classify(after)
                    guard following == last else { break scan }
                    beforeLast = last
                    lastEnd = after + followingLength
                    end = lastEnd
                case .needsICU:
                    return nil
                default:
                    break scan
                }
            }
            let isNumber: Bool
            switch last {
            case .numeric: isNumber = true
            case .letter: isNumber = false
            default:
                // A trailing "_": the status of what it follows; alone, or followed by
                // combining marks (no tagged rule of ICU's ends there), no word at all.
                switch lastEnd == end ? beforeLast : .other {
                case .numeric: isNumber = true
                case .letter, .extendNumLet: isNumber = false
                default:
                    index = end
                    continue
                }
            }
            segments.append(Segment(range: start..<end, isNumber: isNumber))
            index = end
        }
        return segments
    }
}
