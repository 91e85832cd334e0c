/// HTML escaping and the layout of overlapping spans as well-nested elements.
public enum HTMLText {
    /// Escapes a string for HTML text and for double- or single-quoted attribute values.
    /// Control characters other than tab, line feed and carriage return (which HTML does not
    /// allow in text) become U+FFFD.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A fragment identifier made of characters that need no escaping in a URL: ASCII letters,
    /// digits, `-`, `_` and `.` stay; anything else becomes `~`, its code point in hex, `~`.
    public static func identifier(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": result.unicodeScalars.append(scalar)
            default: result += "~" + String(scalar.value, radix: 16) + "~"
            }
        }
        return result
    }

    /// A span of text to wrap in an element. Offsets are Unicode code point offsets, half-open.
    public struct Span: Sendable, Hashable {
        public var start: Int
        public var end: Int
        /// Which of the caller's elements this is.
        public var tag: Int
        /// Whether the element may be split into several pieces to nest properly (a quote
        /// may; an artifact's `<mark>` may not).
        public var splittable: Bool

        public init(start: Int, end: Int, tag: Int, splittable: Bool) {
            self.start = start
            self.end = end
            self.tag = tag
            self.splittable = splittable
        }
    }

    /// Lays spans over a text as well-nested elements. Elements that may not be split stay one
    /// element each: an unsplittable span that crosses the end of another one is cut back to
    /// end there (the caller still knows its full range). Splittable spans are cut into as many
    /// pieces as nesting needs. `open(tag, piece)` writes an opening tag (piece 0 is the first),
    /// `close(tag, isLast)` a closing one, `after(tag)` what follows a span's last piece once no
    /// unsplittable element is open any more (a link after a quote, kept out of a `<mark>`),
    /// `text` escaped text.
    public static func layout(
        _ text: String, spans: [Span], open: (_ tag: Int, _ piece: Int) -> String,
        close: (_ tag: Int, _ isLast: Bool) -> String, after: (_ tag: Int) -> String = { _ in "" },
        text escapeText: (String) -> String = escape
    ) -> String {
        let scalars = Array(text.unicodeScalars)
        let count = scalars.count
        // Clamp, drop empty spans, order outer before inner (longer first; splittable first on ties).
        var ordered = spans.map { span -> Span in
            var span = span
            span.start = max(0, min(span.start, count))
            span.end = max(span.start, min(span.end, count))
            return span
        }.filter { $0.end > $0.start }
        ordered.sort {
            if $0.start != $1.start { return $0.start < $1.start }
            if $0.end != $1.end { return $0.end > $1.end }
            if $0.splittable != $1.splittable { return $0.splittable }
            return $0.tag < $1.tag
        }
        // Unsplittable spans must nest among themselves: cut one that crosses an earlier one.
        var fixed: [Span] = []
        for span in ordered where !span.splittable {
            var span = span
            while let enclosing = fixed.last(where: { $0.start <= span.start && $0.end > span.start && $0.end < span.end }) {
                span.end = enclosing.end
            }
            fixed.append(span)
        }
        let all = (ordered.filter(\.splittable) + fixed).sorted {
            if $0.start != $1.start { return $0.start < $1.start }
            if $0.end != $1.end { return $0.end > $1.end }
            if $0.splittable != $1.splittable { return $0.splittable }
            return $0.tag < $1.tag
        }
        var boundaries = Set(all.flatMap { [$0.start, $0.end] })
        boundaries.insert(count)
        var output = ""
        var stack: [Span] = []
        var pieces: [Int: Int] = [:]  // index in `all` → pieces opened so far
        var indexOf: [Span: Int] = [:]
        for (index, span) in all.enumerated() { indexOf[span] = index }
        func openPiece(_ span: Span) {
            let index = indexOf[span] ?? 0
            let piece = pieces[index, default: 0]
            pieces[index] = piece + 1
            output += open(span.tag, piece)
            stack.append(span)
        }
        var position = 0
        var next = 0
        var pending: [Int] = []
        for offset in boundaries.sorted() {
            if offset > position {
                output += escapeText(String(String.UnicodeScalarView(scalars[position..<offset])))
                position = offset
            }
            // Close what ends here, reopening splittable spans closed on the way that go on.
            if let lowest = stack.firstIndex(where: { $0.end <= offset }) {
                var reopen: [Span] = []
                while stack.count > lowest {
                    let span = stack.removeLast()
                    let ends = span.end <= offset
                    output += close(span.tag, ends)
                    if ends { pending.append(span.tag) } else { reopen.insert(span, at: 0) }
                }
                if !stack.contains(where: { !$0.splittable }) {
                    for tag in pending { output += after(tag) }
                    pending.removeAll()
                }
                for span in reopen { openPiece(span) }
            }
            // Open what starts here.
            while next < all.count, all[next].start == offset {
                let span = all[next]
                next += 1
                if !span.splittable {
                    // Splittable spans that end inside this one continue inside it.
                    var reopen: [Span] = []
                    while let top = stack.last, top.splittable, top.end < span.end {
                        stack.removeLast()
                        output += close(top.tag, false)
                        reopen.insert(top, at: 0)
                    }
                    openPiece(span)
                    for continued in reopen { openPiece(continued) }
                } else {
                    openPiece(span)
                }
            }
        }
        while let span = stack.popLast() {
            output += close(span.tag, true)
            pending.append(span.tag)
        }
        for tag in pending { output += after(tag) }
        return output
    }
}
