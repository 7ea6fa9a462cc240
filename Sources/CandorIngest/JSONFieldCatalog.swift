/// The key paths seen in sampled JSONL objects, in first-seen order, with their string values.
struct JSONFieldCatalog {
    /// How deep nested objects are listed (`a.b.c.d`).
    static let maxDepth = 4

    /// Each path's keys.
    private(set) var paths: [[String]] = []
    /// Each path as written on the command line (`user.comment`).
    private(set) var names: [String] = []
    /// Each path's sampled values, as text (strings, numbers and booleans).
    private(set) var values: [[String]] = []
    /// Whether each path held a string at least once (a free-text candidate).
    private(set) var holdsStrings: [Bool] = []
    private var positions: [[String]: Int] = [:]

    /// Adds every path of a sampled object.
    mutating func add(_ object: JSONValue) { add(object, prefix: []) }

    private mutating func add(_ value: JSONValue, prefix: [String]) {
        guard case .object(let members) = value, prefix.count < Self.maxDepth else { return }
        for member in members {
            let path = prefix + [member.key]
            let position: Int
            if let known = positions[path] {
                position = known
            } else {
                position = paths.count
                positions[path] = position
                paths.append(path)
                names.append(path.joined(separator: "."))
                values.append([])
                holdsStrings.append(false)
            }
            if case .string = member.value { holdsStrings[position] = true }
            if case .object = member.value {
                add(member.value, prefix: path)
            } else if let text = member.value.text {
                values[position].append(text)
            }
        }
    }

    /// True when nothing was sampled.
    var isEmpty: Bool { paths.isEmpty }

    /// The path for a name: an exact top-level key, then an exact dotted path, then a match
    /// ignoring case and white space; nil when none matches.
    func path(for name: String) -> [String]? {
        if let top = paths.firstIndex(of: [name]) { return paths[top] }
        if let dotted = names.firstIndex(of: name) { return paths[dotted] }
        return ColumnResolver.index(of: name, in: names).map { paths[$0] }
    }
}
