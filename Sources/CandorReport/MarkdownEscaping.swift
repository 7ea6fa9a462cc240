/// Makes customer text safe inside Markdown: no formatting, links, HTML or table breaks can be
/// injected, and line breaks become spaces so a quote stays on its line.
enum MarkdownEscaping {
    /// Escapes `text` for a Markdown paragraph or table cell.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var lastWasSpace = false
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\t":
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!", "{", "}":
                out.append("\\")
                out.append(character)
            default: out.append(character)
            }
            lastWasSpace = character == " "
        }
        return out
    }

    /// A quote with its highlighted span in bold, shortened around the span to `limit` scalars.
    static func quote(_ text: String, start: Int?, end: Int?, limit: Int = 280) -> String {
        let scalars = Array(text.unicodeScalars)
        func slice(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        guard let start, let end, start >= 0, end <= scalars.count, start < end else {
            let cut = scalars.count > limit ? escape(slice(0..<limit)) + "…" : escape(text)
            return cut
        }
        var lower = 0
        var upper = scalars.count
        if upper - lower > limit {
            lower = max(0, start - limit / 3)
            upper = min(scalars.count, max(end, lower + limit))
        }
        let prefix = (lower > 0 ? "…" : "") + escape(slice(lower..<start))
        let suffix = escape(slice(end..<upper)) + (upper < scalars.count ? "…" : "")
        return prefix + "**" + escape(slice(start..<end)).trimmingSpaces() + "**" + suffix
    }
}

extension String {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
