import CandorCore
import CandorText

/// Finds mistakes in a taxonomy file, with line numbers: unknown keys, empty or duplicate
/// patterns, patterns that cannot parse or can never match, rules without examples.
public struct TaxonomyLinter {
    /// One finding.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// Errors make a rule wrong; warnings make it weak or slow.
        public enum Severity: String, Sendable { case error, warning }
        public var severity: Severity
        public var source: String
        public var line: Int
        public var message: String
        /// `source:line: severity: message`.
        public var description: String { "\(source):\(line): \(severity.rawValue): \(message)" }
    }

    private let languages: [LanguageData]

    /// Creates a linter that knows which languages have data.
    public init(languages: [LanguageData]) {
        self.languages = languages
    }

    /// Lints YAML text.
    /// - Throws: `AnalysisError` when the file is not valid YAML at all.
    public func lint(yaml: String, source: String, base: Taxonomy? = nil) throws(AnalysisError) -> [Finding] {
        let (taxonomy, issues) = try Taxonomy.parse(yaml: yaml, source: source, base: base)
        var findings = issues.map { Finding(severity: .warning, source: $0.source, line: $0.line, message: $0.message) }
        findings += lint(taxonomy)
        return findings.sorted { ($0.line, $0.message) < ($1.line, $1.message) }
    }

    /// Lints a loaded taxonomy.
    public func lint(_ taxonomy: Taxonomy) -> [Finding] {
        var findings: [Finding] = []
        func add(_ severity: Finding.Severity, _ line: Int, _ message: String) {
            findings.append(Finding(severity: severity, source: taxonomy.source, line: line, message: message))
        }
        let known = Set(languages.map(\.language.rawValue))
        let patternKeys = PatternKeys()
        let keys = { (word: String) in patternKeys(word) }
        var ruleLines: [String: Int] = [:]
        var patternOwners: [PatternNode: (rule: String, line: Int)] = [:]
        var categoryIDs: [String: Int] = [:]
        for category in taxonomy.categories {
            if let first = categoryIDs[category.id] { add(.error, category.line, "category `\(category.id)` is defined twice (first at line \(first))") }
            categoryIDs[category.id] = category.line
            if category.rules.isEmpty { add(.warning, category.line, "category `\(category.id)` has no rules: it can never be tagged") }
            for rule in category.rules {
                if let first = ruleLines[rule.id] { add(.error, rule.line, "rule id `\(rule.id)` is used twice (first at line \(first))") }
                ruleLines[rule.id] = rule.line
                if let language = rule.language, !known.contains(language.rawValue) {
                    add(.warning, rule.line, "rule `\(rule.id)`: no language data for `\(language)`; it applies only to responses of undetermined language")
                }
                if rule.patterns.isEmpty { add(.error, rule.line, "rule `\(rule.id)` has no patterns: it can never match") }
                if rule.mustMatch.isEmpty { add(.warning, rule.line, "rule `\(rule.id)` has no `match` example") }
                let lists = (rule.language.flatMap { taxonomy.lists[$0.rawValue] } ?? [:]).merging(taxonomy.lists["any"] ?? [:]) { own, _ in own }
                let parser = PatternParser(lists: lists, keys: keys)
                for (index, source) in rule.patterns.enumerated() {
                    let line = rule.line(ofPattern: index)
                    if source.trimmingCharacters(in: .whitespaces).isEmpty {
                        add(.error, line, "rule `\(rule.id)`: empty pattern")
                        continue
                    }
                    if let stop = source.first(where: { ".!;。！？".contains($0) }) {
                        add(.error, line, "rule `\(rule.id)`: pattern \"\(source)\" can never match: '\(stop)' ends a sentence and matches never cross one")
                        continue
                    }
                    let node: PatternNode
                    do {
                        node = try parser.parse(source)
                    } catch {
                        add(.error, line, "rule `\(rule.id)`: \(error.message)")
                        continue
                    }
                    if let owner = patternOwners[node] {
                        add(.warning, line, "rule `\(rule.id)`: pattern \"\(source)\" duplicates one of `\(owner.rule)` (line \(owner.line))")
                    } else {
                        patternOwners[node] = (rule.id, line)
                    }
                    if Self.startsWithWildcard(node) {
                        add(.warning, line, "rule `\(rule.id)`: pattern \"\(source)\" starts with a gap or `_`: it is tried at every token (slow)")
                    }
                    if Self.endsWithGap(node) {
                        add(.warning, line, "rule `\(rule.id)`: pattern \"\(source)\" ends with a gap: its evidence spans take extra words")
                    }
                }
            }
        }
        return findings
    }

    static func startsWithWildcard(_ node: PatternNode) -> Bool {
        switch node {
        case .any, .gap: return true
        case .word, .prefix, .number, .digits: return false
        case .optional(let child): return startsWithWildcard(child)
        case .choice(let nodes): return nodes.contains(where: startsWithWildcard)
        case .sequence(let nodes):
            guard let first = nodes.first else { return false }
            return startsWithWildcard(first)
        }
    }

    static func endsWithGap(_ node: PatternNode) -> Bool {
        switch node {
        case .gap: return true
        case .any, .word, .prefix, .number, .digits: return false
        case .optional(let child): return endsWithGap(child)
        case .choice(let nodes): return nodes.contains(where: endsWithGap)
        case .sequence(let nodes):
            guard let last = nodes.last else { return false }
            return endsWithGap(last)
        }
    }
}
