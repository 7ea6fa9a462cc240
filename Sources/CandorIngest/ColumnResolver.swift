import CandorCore

/// Finds named columns (CSV/TSV header names, JSONL key paths) and explains missing ones.
enum ColumnResolver {
    /// The index of `name` in `available`: an exact match first, then one that matches
    /// ignoring case and surrounding white space.
    static func index(of name: String, in available: [String]) -> Int? {
        if let exact = available.firstIndex(of: name) { return exact }
        let wanted = folded(name)
        return available.firstIndex { folded($0) == wanted }
    }

    /// `ING002`: `name` (for the option `role`) is not among `available` in `file`.
    static func unknownColumn(
        _ name: String, role: String, file: String, line: Int?, available: [String], noun: String = "column",
        scope: String = ""
    ) -> IngestError {
        let shown = available.prefix(60).map { "\"\($0)\"" }.joined(separator: ", ")
        let more = available.count > 60 ? " and \(available.count - 60) more" : ""
        let list = available.isEmpty ? "none" : shown + more
        return IngestError(
            .unknownColumn,
            "\(role) \(noun) \"\(name)\" not found in \(file)\(scope); available \(noun)s: \(list)",
            at: line.map { SourceLocation(file: file, line: $0) }
        )
    }

    /// `ING002`: no text field was named and every field of `file` already has a role.
    static func noTextColumn(file: String, line: Int?, available: [String], noun: String = "column") -> IngestError {
        let list = available.prefix(60).map { "\"\($0)\"" }.joined(separator: ", ")
        return IngestError(
            .unknownColumn,
            "no --text given and no \(noun) of \(file) is left to read as text; available \(noun)s: \(list.isEmpty ? "none" : list)",
            at: line.map { SourceLocation(file: file, line: $0) }
        )
    }

    /// Lowercased, without surrounding white space.
    static func folded(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last]).lowercased()
    }
}
