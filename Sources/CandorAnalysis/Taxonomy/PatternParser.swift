/// Parses pattern strings (syntax in `PatternNode`) into pattern trees.
///
/// Words are turned into token keys by the same tokenizer and normalizer that read the
/// responses, so a pattern word and a response word are compared in one form.
public struct PatternParser {
    /// Why a pattern could not be parsed.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// `message`.
        public var description: String { message }
    }

    /// Turns one pattern word into token keys (usually one; `l'attente` gives two).
    public var keys: (String) -> [String]
    /// Word lists the pattern may reference with `@name`; each entry is a phrase.
    public var lists: [String: [String]]

    /// How deep lists may reference other lists.
    private var depth = 0

    /// Creates a parser.
    public init(lists: [String: [String]] = [:], keys: @escaping (String) -> [String]) {
        self.lists = lists
        self.keys = keys
    }

    /// Parses `source`.
    public func parse(_ source: String) throws(Failure) -> PatternNode {
        var lexer = Lexer(source)
        let node = try parseChoice(&lexer, until: nil)
        if let extra = lexer.peek() { throw Failure(message: "unexpected '\(extra)' in pattern \"\(source)\"") }
        if node.minimumLength == 0 { throw Failure(message: "pattern \"\(source)\" can match nothing") }
        return node
    }

    private func parseChoice(_ lexer: inout Lexer, until closer: String?) throws(Failure) -> PatternNode {
        var alternatives: [PatternNode] = [try parseSequence(&lexer)]
        while lexer.peek() == "|" {
            lexer.advance()
            alternatives.append(try parseSequence(&lexer))
        }
        if let closer {
            guard lexer.peek() == closer else { throw Failure(message: "missing '\(closer)' in pattern \"\(lexer.source)\"") }
            lexer.advance()
        }
        return alternatives.count == 1 ? alternatives[0] : .choice(alternatives)
    }

    private func parseSequence(_ lexer: inout Lexer) throws(Failure) -> PatternNode {
        var items: [PatternNode] = []
        while let lexeme = lexer.peek(), lexeme != "|", lexeme != ")", lexeme != "]" {
            lexer.advance()
            var node: PatternNode
            switch lexeme {
            case "(": node = try parseChoice(&lexer, until: ")")
            case "[": node = .optional(try parseChoice(&lexer, until: "]"))
            case "?": throw Failure(message: "'?' must follow a word or group in pattern \"\(lexer.source)\"")
            default: node = try atom(lexeme, source: lexer.source)
            }
            if lexer.peek() == "?" {
                lexer.advance()
                node = .optional(node)
            }
            items.append(node)
        }
        if items.isEmpty { throw Failure(message: "empty alternative in pattern \"\(lexer.source)\"") }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private func atom(_ lexeme: String, source: String) throws(Failure) -> PatternNode {
        switch lexeme {
        case "<num>": return .number
        case "<digits>": return .digits
        case "<any>", "_": return .any
        case "...", "…": return .gap(max: 3)
        default: break
        }
        if lexeme.hasPrefix("~") {
            guard let count = Int(lexeme.dropFirst()), (1...8).contains(count) else {
                throw Failure(message: "gap '\(lexeme)' must be ~1 to ~8 in pattern \"\(source)\"")
            }
            return .gap(max: count)
        }
        if lexeme.hasPrefix("@") {
            let name = String(lexeme.dropFirst())
            guard let entries = lists[name], !entries.isEmpty else {
                throw Failure(message: "unknown list '@\(name)' in pattern \"\(source)\"")
            }
            guard depth < 4 else { throw Failure(message: "list '@\(name)' nests lists too deeply in pattern \"\(source)\"") }
            var nested = self
            nested.depth += 1
            var alternatives: [PatternNode] = []
            for entry in entries {
                let node = try nested.parse(entry)
                if !alternatives.contains(node) { alternatives.append(node) }
            }
            return alternatives.count == 1 ? alternatives[0] : .choice(alternatives)
        }
        if lexeme.hasSuffix("*") {
            let stem = String(lexeme.dropLast())
            let stemKeys = keys(stem)
            guard let last = stemKeys.last, last.count >= 3 else {
                throw Failure(message: "prefix '\(lexeme)' needs at least 3 letters before '*' in pattern \"\(source)\"")
            }
            let head = stemKeys.dropLast().map { PatternNode.word($0) }
            return head.isEmpty ? .prefix(last) : .sequence(head + [.prefix(last)])
        }
        // Bytes, not `contains("*")`: a string argument went through Foundation's `range(of:)`,
        // four calls per word of every pattern, 5 % of a whole run on a 3 MB sample (callgrind).
        if lexeme.utf8.contains(where: { $0 == 0x2A || $0 == 0x3C || $0 == 0x3E || $0 == 0x40 }) {
            throw Failure(message: "unexpected character in '\(lexeme)' in pattern \"\(source)\"")
        }
        let wordKeys = keys(lexeme)
        guard !wordKeys.isEmpty else { throw Failure(message: "'\(lexeme)' has no word in pattern \"\(source)\"") }
        return wordKeys.count == 1 ? .word(wordKeys[0]) : .sequence(wordKeys.map { .word($0) })
    }
}

/// Splits a pattern string into lexemes: brackets, `|`, `?`, and words.
private struct Lexer {
    let source: String
    private var lexemes: [String] = []
    private var position = 0

    init(_ source: String) {
        self.source = source
        var current = ""
        func flush() {
            if !current.isEmpty { lexemes.append(current) }
            current = ""
        }
        for character in source {
            switch character {
            case "(", ")", "[", "]", "|":
                flush()
                lexemes.append(String(character))
            case "?":
                flush()
                lexemes.append("?")
            default:
                if character.isWhitespace { flush() } else { current.append(character) }
            }
        }
        flush()
    }

    func peek() -> String? { position < lexemes.count ? lexemes[position] : nil }

    mutating func advance() { position += 1 }
}
