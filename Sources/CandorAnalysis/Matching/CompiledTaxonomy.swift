import CandorCore
import CandorText

/// A taxonomy and the language scope markers compiled into one automaton, ready for tagging.
///
/// Built once per run; read-only and shared by all workers.
public struct CompiledTaxonomy: Sendable {
    /// What a pattern of the automaton belongs to.
    enum Owner: Sendable, Equatable {
        /// A rule: category index, rule index within the category, pattern index within the rule.
        case rule(category: Int, rule: Int, pattern: Int)
        /// A scope marker of a language.
        case negator(Language)
        case hypothetical(Language)
        case contrast(Language)
    }

    /// The taxonomy.
    public let taxonomy: Taxonomy
    /// The automaton over every rule pattern and scope marker.
    public let automaton: RuleAutomaton
    /// Owner of each automaton pattern.
    let owners: [Owner]
    /// The language data used for scope.
    public let languages: [LanguageData]
    /// The bit of each language in the automaton's per-pattern language masks.
    let languageBits: [Language: UInt64]

    /// Which patterns apply to a response's language.
    struct LanguageScope {
        /// The automaton's language bits of the patterns to run (all for `und`).
        var mask: UInt64
        /// True when the mask alone selects exactly the patterns of the language (`und`, or a
        /// language with data); false for another language, whose mask lets every pattern run.
        var exact: Bool
    }

    /// The language scope of a response in `language`.
    func languageScope(_ language: Language) -> LanguageScope {
        if language == .undetermined { return LanguageScope(mask: .max, exact: true) }
        guard let bit = languageBits[language] else { return LanguageScope(mask: .max, exact: false) }
        return LanguageScope(mask: bit, exact: true)
    }

    /// A pattern that failed to parse, with the rule it belongs to.
    public struct PatternFailure: Error, Sendable, CustomStringConvertible {
        /// The rule id (or the language data file for markers).
        public var owner: String
        /// The taxonomy line of the rule.
        public var line: Int
        /// Why.
        public var message: String
        /// `line: rule: message`.
        public var description: String { "line \(line): \(owner): \(message)" }
    }

    /// Compiles `taxonomy` with `languages`' scope markers.
    /// - Throws: `AnalysisError` `ANA003` naming the first pattern that does not parse.
    public init(taxonomy: Taxonomy, languages: [LanguageData]) throws(AnalysisError) {
        let (nodes, owners, failures) = Self.parseAll(taxonomy: taxonomy, languages: languages)
        if let first = failures.first {
            throw AnalysisError(code: "ANA003", message: "\(taxonomy.source):\(first.line): rule \(first.owner): \(first.message)")
        }
        self.taxonomy = taxonomy
        self.languages = languages
        self.owners = owners
        let isRulePattern = owners.map { owner in
            if case .rule = owner { return true }
            return false
        }
        var bits: [Language: UInt64] = [:]
        for (index, data) in languages.enumerated() where index < 63 { bits[data.language] = 1 << UInt64(index) }
        self.languageBits = bits
        let masks = owners.map { owner -> UInt64 in
            let language: Language?
            switch owner {
            case .rule(let category, let rule, _): language = taxonomy.categories[category].rules[rule].language
            case .negator(let code), .hypothetical(let code), .contrast(let code): language = code
            }
            guard let language else { return UInt64.max }
            return bits[language] ?? (1 << 63)
        }
        self.automaton = RuleAutomaton(
            patterns: nodes, numberWords: languages.reduce(into: Set<String>()) { $0.formUnion($1.numberWords) },
            languageMasks: masks, commonWords: languages.reduce(into: Set<String>()) { $0.formUnion($1.stopwords) },
            frequentWords: languages.reduce(into: Set<String>()) { $0.formUnion($1.frequentWords) },
            rulePatterns: isRulePattern)
    }

    /// Parses every pattern; returns the trees, their owners, and the failures (used by lint).
    static func parseAll(taxonomy: Taxonomy, languages: [LanguageData]) -> ([PatternNode], [Owner], [PatternFailure]) {
        let patternKeys = PatternKeys()
        let keys = { (word: String) in patternKeys(word) }
        var nodes: [PatternNode] = []
        var owners: [Owner] = []
        var failures: [PatternFailure] = []
        for (categoryIndex, category) in taxonomy.categories.enumerated() {
            for (ruleIndex, rule) in category.rules.enumerated() {
                let lists = rule.language.flatMap { taxonomy.lists[$0.rawValue] } ?? taxonomy.lists["any"] ?? [:]
                let parser = PatternParser(lists: lists.merging(taxonomy.lists["any"] ?? [:]) { own, _ in own }, keys: keys)
                for (patternIndex, source) in rule.patterns.enumerated() {
                    do {
                        nodes.append(try parser.parse(source))
                        owners.append(.rule(category: categoryIndex, rule: ruleIndex, pattern: patternIndex))
                    } catch {
                        failures.append(PatternFailure(owner: rule.id, line: rule.line, message: error.message))
                    }
                }
            }
        }
        let plain = PatternParser(keys: keys)
        for data in languages {
            let markers: [([String], Owner)] = [
                (data.negators, .negator(data.language)), (data.hypotheticals, .hypothetical(data.language)),
                (data.contrasts, .contrast(data.language)),
            ]
            for (sources, owner) in markers {
                for source in sources {
                    do {
                        nodes.append(try plain.parse(source))
                        owners.append(owner)
                    } catch {
                        failures.append(PatternFailure(owner: "\(data.language) scope marker", line: 0, message: error.message))
                    }
                }
            }
        }
        return (nodes, owners, failures)
    }
}
