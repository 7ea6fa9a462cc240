import CandorCore

/// The categories Candor tags (the codebook's five flaws by default) and the rules behind them.
///
/// Loaded from YAML (`Taxonomy+Loading.swift`): the built-in file is a resource, and users
/// extend or override it with their own file. Values keep the line they came from so every
/// message can point at it.
public struct Taxonomy: Sendable, Equatable {
    /// The format version (1).
    public var version: Int
    /// A category is tagged when its score reaches this value.
    public var threshold: Double
    /// The categories, in file order (which is also the output order).
    public var categories: [Category]
    /// Word lists by language, then name: `lists["en"]["time-unit"]`.
    public var lists: [String: [String: [String]]]
    /// Where the taxonomy came from ("built-in" or a path).
    public var source: String

    /// Creates a taxonomy.
    public init(version: Int = 1, threshold: Double = 0.5, categories: [Category] = [], lists: [String: [String: [String]]] = [:], source: String = "built-in") {
        self.version = version
        self.threshold = threshold
        self.categories = categories
        self.lists = lists
        self.source = source
    }

    /// The category with `id`, if any.
    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }

    /// Every rule with its category id, in file order.
    public var rules: [(category: String, rule: Rule)] {
        categories.flatMap { category in category.rules.map { (category.id, $0) } }
    }
}

/// One category (a flaw): its id, names per language and rules.
public struct Category: Sendable, Equatable {
    /// A stable id, e.g. `information-gaps`.
    public var id: String
    /// Display names by language code.
    public var names: [String: String]
    /// What the category means.
    public var description: String
    /// The rules that tag it.
    public var rules: [Rule]
    /// The line where the category starts in its file.
    public var line: Int

    /// Creates a category.
    public init(id: String, names: [String: String] = [:], description: String = "", rules: [Rule] = [], line: Int = 0) {
        self.id = id
        self.names = names
        self.description = description
        self.rules = rules
        self.line = line
    }

    /// The name in `language`, else English, else the id.
    public func name(in language: Language) -> String {
        names[language.rawValue] ?? names["en"] ?? id
    }
}

/// One rule: patterns in one language that tag a category, with a weight and examples.
public struct Rule: Sendable, Equatable {
    /// How a rule treats a negation or a hypothetical before its match in the same clause.
    public enum Scope: String, Sendable, Equatable, CaseIterable {
        /// The match is blocked ("they never blamed me").
        case block
        /// The match stands (the pattern carries its own negation: "no callback").
        case ignore
    }

    /// A stable id, e.g. `denial.en.your-fault`.
    public var id: String
    /// The language the patterns are written in; nil applies to every language.
    public var language: Language?
    /// The rule's weight in [0, 1]: the score of a category with this rule alone.
    public var weight: Double
    /// The patterns, any of which fires the rule.
    public var patterns: [String]
    /// What a negation before the match does.
    public var negation: Scope
    /// What a hypothetical ("if they had…") before the match does.
    public var hypothetical: Scope
    /// What a following contrast ("…but worth it") does.
    public var contrast: Scope
    /// Texts the rule must fire on.
    public var mustMatch: [String]
    /// Texts the rule must not fire on.
    public var mustNotMatch: [String]
    /// The line where the rule starts in its file.
    public var line: Int
    /// The line of each pattern (0 when built in code).
    public var patternLines: [Int] = []
    /// The line of each `mustMatch` and `mustNotMatch` example (0 when built in code).
    public var mustMatchLines: [Int] = []
    public var mustNotMatchLines: [Int] = []

    /// The line of pattern `index`, or the rule's line.
    public func line(ofPattern index: Int) -> Int {
        index < patternLines.count && patternLines[index] > 0 ? patternLines[index] : line
    }

    /// Creates a rule.
    public init(
        id: String, language: Language? = nil, weight: Double = 0.7, patterns: [String] = [],
        negation: Scope = .block, hypothetical: Scope = .block, contrast: Scope = .ignore,
        mustMatch: [String] = [], mustNotMatch: [String] = [], line: Int = 0
    ) {
        self.id = id
        self.language = language
        self.weight = weight
        self.patterns = patterns
        self.negation = negation
        self.hypothetical = hypothetical
        self.contrast = contrast
        self.mustMatch = mustMatch
        self.mustNotMatch = mustNotMatch
        self.line = line
    }
}
