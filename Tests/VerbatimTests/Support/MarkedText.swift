/// Text with position markers written inline, as in swift-format's test support: `1️⃣`, `2️⃣`
/// … (a digit, U+FE0F, U+20E3) stand where a test expects a position. The markers are removed
/// and their UTF-16 offsets in the clean text kept.
struct MarkedText {
    /// The text without markers.
    let text: String
    /// Marker digit → UTF-16 offset in ``text``.
    let markers: [Int: Int]

    init(_ marked: String) {
        var clean = String.UnicodeScalarView()
        var markers: [Int: Int] = [:]
        var utf16Offset = 0
        let scalars = Array(marked.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if index + 2 < scalars.count, ("0"..."9").contains(scalar), scalars[index + 1] == "\u{FE0F}",
                scalars[index + 2] == "\u{20E3}"
            {
                markers[Int(scalar.value) - 0x30] = utf16Offset
                index += 3
                continue
            }
            clean.append(scalar)
            utf16Offset += scalar.utf16.count
            index += 1
        }
        self.text = String(clean)
        self.markers = markers
    }

    /// The range between two markers.
    func range(_ from: Int, _ to: Int) -> (start: Int, end: Int) {
        (markers[from] ?? -1, markers[to] ?? -1)
    }
}
