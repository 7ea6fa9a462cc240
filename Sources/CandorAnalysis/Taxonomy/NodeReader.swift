import CandorCore
import Yams

/// Reads taxonomy values out of YAML nodes, keeping line numbers and collecting issues.
struct NodeReader {
    let source: String
    var issues: [TaxonomyIssue] = []

    init(source: String) { self.source = source }

    func line(_ node: Node?) -> Int { (node?.mark?.line ?? 0) }

    func fail(_ node: Node?, _ message: String) -> AnalysisError {
        AnalysisError(code: "ANA002", message: "\(source):\(line(node)): \(message)")
    }

    mutating func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, context: String) {
        for (key, _) in mapping {
            guard let name = key.string else { continue }
            if !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                issues.append(TaxonomyIssue(source: source, line: line(key), message: "unknown key `\(name)` in \(context) (known: \(known))"))
            }
        }
    }

    func string(_ node: Node?, _ name: String) throws(AnalysisError) -> String {
        guard let node else { throw fail(node, "missing `\(name)`") }
        guard case .scalar(let scalar) = node else { throw fail(node, "`\(name)` must be a string") }
        return scalar.string
    }

    func int(_ node: Node, _ name: String) throws(AnalysisError) -> Int {
        guard let value = node.int else { throw fail(node, "`\(name)` must be an integer") }
        return value
    }

    func fraction(_ node: Node, _ name: String) throws(AnalysisError) -> Double {
        guard let value = node.float ?? node.int.map(Double.init), (0...1).contains(value) else {
            throw fail(node, "`\(name)` must be a number between 0 and 1")
        }
        return value
    }

    func sequence(_ node: Node?, _ name: String) throws(AnalysisError) -> [Node] {
        guard let node else { return [] }
        guard case .sequence(let items) = node else { throw fail(node, "`\(name)` must be a list") }
        return Array(items)
    }

    func strings(_ node: Node?, _ name: String) throws(AnalysisError) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for item in try sequence(node, name) {
            out.append((try string(item, name), line(item)))
        }
        return out
    }

    mutating func readLists(_ node: Node, into lists: inout [String: [String: [String]]]) throws(AnalysisError) {
        guard let byLanguage = node.mapping else { throw fail(node, "`lists` maps a language to named word lists") }
        for (languageNode, listsNode) in byLanguage {
            let language = try string(languageNode, "lists language")
            guard let named = listsNode.mapping else { throw fail(listsNode, "`lists.\(language)` maps names to word lists") }
            for (nameNode, entries) in named {
                let name = try string(nameNode, "list name")
                lists[language, default: [:]][name] = try strings(entries, "lists.\(language).\(name)").map(\.0)
            }
        }
    }

    mutating func readCategory(_ node: Node) throws(AnalysisError) -> Category {
        guard let mapping = node.mapping else { throw fail(node, "a category is a mapping with `id` and `rules`") }
        checkKeys(mapping, allowed: Taxonomy.categoryKeys, context: "category")
        var category = Category(id: try string(mapping["id"], "id"), line: line(node))
        if let names = mapping["names"] {
            guard let pairs = names.mapping else { throw fail(names, "`names` maps a language to a name") }
            for (language, name) in pairs { category.names[try string(language, "language")] = try string(name, "name") }
        }
        if let description = mapping["description"] { category.description = try string(description, "description") }
        for ruleNode in try sequence(mapping["rules"], "rules") {
            category.rules.append(try readRule(ruleNode))
        }
        return category
    }

    mutating func readRule(_ node: Node) throws(AnalysisError) -> Rule {
        guard let mapping = node.mapping else { throw fail(node, "a rule is a mapping with `id` and `patterns`") }
        checkKeys(mapping, allowed: Taxonomy.ruleKeys, context: "rule")
        var rule = Rule(id: try string(mapping["id"], "id"), line: line(node))
        if let lang = mapping["lang"] {
            let code = try string(lang, "lang")
            rule.language = code == "any" ? nil : Language(rawValue: code)
        }
        if let weight = mapping["weight"] { rule.weight = try fraction(weight, "weight") }
        let patterns = try strings(mapping["patterns"], "patterns")
        rule.patterns = patterns.map(\.0)
        rule.patternLines = patterns.map(\.1)
        rule.negation = try scope(mapping["negation"], "negation") ?? .block
        rule.hypothetical = try scope(mapping["hypothetical"], "hypothetical") ?? .block
        rule.contrast = try scope(mapping["contrast"], "contrast") ?? .ignore
        if let examples = mapping["examples"] {
            guard let pairs = examples.mapping else { throw fail(examples, "`examples` has `match` and `no-match` lists") }
            checkKeys(pairs, allowed: Taxonomy.exampleKeys, context: "examples")
            let match = try strings(pairs["match"], "match")
            let noMatch = try strings(pairs["no-match"], "no-match")
            rule.mustMatch = match.map(\.0)
            rule.mustMatchLines = match.map(\.1)
            rule.mustNotMatch = noMatch.map(\.0)
            rule.mustNotMatchLines = noMatch.map(\.1)
        }
        return rule
    }

    func scope(_ node: Node?, _ name: String) throws(AnalysisError) -> Rule.Scope? {
        guard let node else { return nil }
        let value = try string(node, name)
        guard let scope = Rule.Scope(rawValue: value) else {
            throw fail(node, "`\(name)` must be one of: \(Rule.Scope.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return scope
    }
}
