/// Parses one JSONL line as a JSON object, validating all of it but building only the values
/// a schema needs.
///
/// Strict JSON, except that raw control characters inside strings are accepted (sloppy
/// exporters write raw tabs). Nesting deeper than `maxDepth` is malformed rather than a crash.
/// The input must be valid UTF-8 (callers repair it first).
struct JSONLineParser {
    /// Why the line is not a JSON object, and the byte offset where it shows.
    struct Failure: Error {
        /// Offset in the line.
        var offset: Int
        /// What is wrong, in one phrase.
        var reason: String
    }

    /// The deepest nesting accepted.
    static let maxDepth = 200

    /// The line.
    let p: UnsafeBufferPointer<UInt8>
    /// The cursor.
    var i = 0

    private init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    /// Parses a line holding one object.
    ///
    /// - Parameters:
    ///   - line: the line's bytes (valid UTF-8, without the line break).
    ///   - wanted: the paths to build; nil builds the whole object.
    /// - Returns: the object (holding only wanted members when `wanted` is given).
    /// - Throws: `Failure` at the first syntax error.
    static func parseObject(_ line: UnsafeBufferPointer<UInt8>, wanted: JSONPathTrie?) throws(Failure) -> JSONValue {
        var parser = JSONLineParser(line)
        parser.skipSpace()
        guard parser.byte == UInt8(ascii: "{") else {
            throw Failure(offset: parser.i, reason: "expected a JSON object")
        }
        let value: JSONValue
        if let wanted {
            value = try parser.parseSelected(wanted.root, depth: 0) ?? .object([])
        } else {
            value = try parser.parseBuilt(depth: 0)
        }
        parser.skipSpace()
        if parser.i < line.count {
            throw Failure(offset: parser.i, reason: "unexpected text after the JSON object")
        }
        return value
    }

    /// The byte at the cursor, or 0 at the end.
    var byte: UInt8 { i < p.count ? p[i] : 0 }

    private mutating func skipSpace() {
        while i < p.count {
            let b = p[i]
            guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return }
            i += 1
        }
    }

    func fail(_ reason: String) -> Failure {
        Failure(offset: i, reason: i < p.count ? reason : "\(reason) (the line ends first)")
    }

    private mutating func expect(_ char: Unicode.Scalar, _ what: String) throws(Failure) {
        skipSpace()
        guard byte == UInt8(ascii: char) else { throw fail("expected \(what)") }
        i += 1
    }

    // MARK: Values

    /// Builds the whole value at the cursor.
    private mutating func parseBuilt(depth: Int) throws(Failure) -> JSONValue {
        skipSpace()
        switch byte {
        case UInt8(ascii: "{"):
            var members: [JSONValue.Member] = []
            try parseMembers(depth: depth) { (parser: inout JSONLineParser, key: StringSpan) throws(Failure) in
                let name = parser.decode(key)
                members.append(JSONValue.Member(key: name, value: try parser.parseBuilt(depth: depth + 1)))
            }
            return .object(members)
        case UInt8(ascii: "["):
            var items: [JSONValue] = []
            try parseItems(depth: depth) { (parser: inout JSONLineParser) throws(Failure) in
                items.append(try parser.parseBuilt(depth: depth + 1))
            }
            return .array(items)
        case UInt8(ascii: "\""):
            let span = try scanString()
            return .string(decode(span))
        default:
            return try parseScalar()
        }
    }

    /// Builds only the members under `node`; nil when the value is not an object.
    private mutating func parseSelected(_ node: JSONPathTrie.Node, depth: Int) throws(Failure) -> JSONValue? {
        skipSpace()
        guard byte == UInt8(ascii: "{") else {
            try skipValue(depth: depth)
            return nil
        }
        var members: [JSONValue.Member] = []
        try parseMembers(depth: depth) { (parser: inout JSONLineParser, key: StringSpan) throws(Failure) in
            guard let child = parser.child(of: node, key: key) else {
                try parser.skipValue(depth: depth + 1)
                return
            }
            let value = child.isLeaf
                ? try parser.parseBuilt(depth: depth + 1)
                : try parser.parseSelected(child, depth: depth + 1)
            if let value { members.append(JSONValue.Member(key: parser.decode(key), value: value)) }
        }
        return .object(members)
    }

    /// Validates the value at the cursor without building it.
    private mutating func skipValue(depth: Int) throws(Failure) {
        skipSpace()
        switch byte {
        case UInt8(ascii: "{"):
            try parseMembers(depth: depth) { (parser: inout JSONLineParser, _: StringSpan) throws(Failure) in
                try parser.skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            try parseItems(depth: depth) { (parser: inout JSONLineParser) throws(Failure) in
                try parser.skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "\""):
            _ = try scanString()
        default:
            _ = try parseScalar()
        }
    }

    // MARK: Containers

    private mutating func parseMembers(
        depth: Int, _ member: (inout JSONLineParser, StringSpan) throws(Failure) -> Void
    ) throws(Failure) {
        guard depth < Self.maxDepth else { throw fail("JSON nested deeper than \(Self.maxDepth) levels") }
        i += 1
        skipSpace()
        if byte == UInt8(ascii: "}") {
            i += 1
            return
        }
        while true {
            skipSpace()
            guard byte == UInt8(ascii: "\"") else { throw fail("expected a string key") }
            let key = try scanString()
            try expect(":", "':' after an object key")
            try member(&self, key)
            skipSpace()
            switch byte {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"):
                i += 1
                return
            default: throw fail("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func parseItems(depth: Int, _ item: (inout JSONLineParser) throws(Failure) -> Void) throws(Failure) {
        guard depth < Self.maxDepth else { throw fail("JSON nested deeper than \(Self.maxDepth) levels") }
        i += 1
        skipSpace()
        if byte == UInt8(ascii: "]") {
            i += 1
            return
        }
        while true {
            try item(&self)
            skipSpace()
            switch byte {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"):
                i += 1
                return
            default: throw fail("expected ',' or ']' in an array")
            }
        }
    }
}
