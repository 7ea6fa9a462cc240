extension PatternNode {
    /// The same pattern (it matches the same token sequences) with the alternatives of each
    /// choice that open on the same word merged behind that word:
    /// `(ne sait|ne savais|sais pas)` becomes `(ne (sait|savais)|sais pas)`, and `(sait|savais)`
    /// then compiles to one word-set state.
    ///
    /// Written for the matcher: a choice of phrases compiles to one branch per phrase, and every
    /// branch is a live thread at every token after the choice opens; taxonomies list dozens of
    /// phrases that share their first word, so merging them is most of the threads a scan runs.
    func factored() -> PatternNode {
        switch self {
        case .word, .prefix, .number, .digits, .any, .gap: return self
        case .optional(let child): return .optional(child.factored())
        case .sequence(let nodes): return .sequence(Self.flattened(nodes).map { $0.factored() })
        case .choice(let nodes): return Self.factor(alternatives: nodes)
        }
    }

    /// The nodes of a sequence with nested sequences spliced in.
    private static func flattened(_ nodes: [PatternNode]) -> [PatternNode] {
        nodes.flatMap { node -> [PatternNode] in
            if case .sequence(let inner) = node { return flattened(inner) }
            return [node]
        }
    }

    /// The alternatives of a choice, nested choices spliced in.
    private static func alternatives(_ nodes: [PatternNode]) -> [PatternNode] {
        nodes.flatMap { node -> [PatternNode] in
            if case .choice(let inner) = node { return alternatives(inner) }
            return [node]
        }
    }

    /// The first word of an alternative and what follows it, when it opens on a word.
    private static func split(_ node: PatternNode) -> (head: String, tail: [PatternNode])? {
        switch node {
        case .word(let key): return (key, [])
        case .sequence(let nodes):
            let flat = flattened(nodes)
            guard case .word(let key)? = flat.first else { return nil }
            return (key, Array(flat.dropFirst()))
        default: return nil
        }
    }

    /// A choice over `nodes` with the alternatives that share a first word merged, in the order
    /// of each group's first alternative.
    private static func factor(alternatives nodes: [PatternNode]) -> PatternNode {
        let flat = alternatives(nodes)
        var tails: [String: [[PatternNode]]] = [:]
        for node in flat {
            guard let (head, tail) = split(node) else { continue }
            tails[head, default: []].append(tail)
        }
        var result: [PatternNode] = []
        var emitted: Set<String> = []
        for node in flat {
            guard let (head, _) = split(node), let group = tails[head], group.count > 1 else {
                result.append(node.factored())
                continue
            }
            guard emitted.insert(head).inserted else { continue }
            // The tails as a choice; an empty tail (the word alone) makes the rest optional.
            let rests = group.filter { !$0.isEmpty }.map { $0.count == 1 ? $0[0] : PatternNode.sequence($0) }
            guard !rests.isEmpty else {
                result.append(.word(head))
                continue
            }
            var rest = rests.count == 1 ? rests[0].factored() : factor(alternatives: rests)
            if rests.count < group.count { rest = .optional(rest) }
            result.append(.sequence([.word(head), rest]))
        }
        return result.count == 1 ? result[0] : .choice(result)
    }
}
