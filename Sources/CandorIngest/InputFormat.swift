/// The shape of an input: how its bytes split into records and records into fields.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
    /// RFC 4180 comma-separated values (delimiter sniffed among `,` `;` tab `|`), with a header.
    case csv
    /// Tab-separated values with the same quoting rules as CSV, with a header.
    case tsv
    /// One JSON object per line; fields by key or dotted path (`user.comment`).
    case jsonl
    /// Plain text: one response per non-blank line.
    case text
    /// A folder of `.txt` files: one call note per file, id = file name.
    case notes

    /// The format a file name implies, after stripping a `.gz` suffix; nil when it says nothing.
    ///
    /// - Parameter path: a file path as given on the command line.
    /// - Returns: `.csv`, `.tsv`, `.jsonl` (`.jsonl`, `.ndjson`) or `.text` (`.txt`), else nil.
    public static func inferred(fromPath path: String) -> InputFormat? {
        var name = Substring(path.lowercased())
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if name.hasSuffix(".gz") { name = name.dropLast(3) }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...] {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "jsonl", "ndjson": return .jsonl
        case "txt", "text": return .text
        default: return nil
        }
    }

    /// True for the formats whose records have named fields (a header or JSON keys).
    public var hasNamedFields: Bool {
        switch self {
        case .csv, .tsv, .jsonl: return true
        case .text, .notes: return false
        }
    }
}
