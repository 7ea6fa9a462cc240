import CandorCore
import CandorText

/// Runs every rule's examples: each `match` text must fire the rule, each `no-match` must not.
///
/// `candor taxonomy test` and the test suite use it, so a rule and its examples are one unit
/// a reviewer can read (SwiftLint keeps triggering and non-triggering examples the same way).
public struct TaxonomyExampleRunner {
    /// One broken example.
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        /// The taxonomy file.
        public var source: String
        /// The rule's line.
        public var line: Int
        /// The rule id.
        public var rule: String
        /// The example text.
        public var text: String
        /// True when the rule had to fire and did not.
        public var expectedMatch: Bool
        /// Why the rule did or did not fire (blocking scope, or what fired).
        public var detail: String

        /// `file:line: rule: must (not) match "text" (detail)`.
        public var description: String {
            let verb = expectedMatch ? "must match" : "must not match"
            return "\(source):\(line): \(rule) \(verb) \"\(text)\"\(detail.isEmpty ? "" : " (\(detail))")"
        }
    }

    private let tagger: FlawTagger
    private let tokenizer: Tokenizer

    /// Creates a runner for a compiled taxonomy.
    public init(compiled: CompiledTaxonomy) throws(TextError) {
        tagger = FlawTagger(compiled: compiled)
        tokenizer = try Tokenizer()
    }

    /// The number of examples in the taxonomy.
    public var exampleCount: Int {
        tagger.compiled.taxonomy.rules.reduce(0) { $0 + $1.rule.mustMatch.count + $1.rule.mustNotMatch.count }
    }

    /// Runs every example and returns the failures, in file order; with `stopAtFirst`, at most one.
    public func run(stopAtFirst: Bool = false) -> [Failure] {
        var failures: [Failure] = []
        let taxonomy = tagger.compiled.taxonomy
        for (_, rule) in taxonomy.rules {
            let language = rule.language ?? .undetermined
            let lines = { (list: [Int], index: Int) in index < list.count && list[index] > 0 ? list[index] : rule.line }
            let examples = rule.mustMatch.enumerated().map { ($0.element, true, lines(rule.mustMatchLines, $0.offset)) }
                + rule.mustNotMatch.enumerated().map { ($0.element, false, lines(rule.mustNotMatchLines, $0.offset)) }
            for (text, expected, line) in examples {
                let hits = tagger.hits([tokenizer.tokenize(text)], language: language).filter { $0.rule == rule.id }
                let fired = hits.contains { $0.blockedBy == nil }
                guard fired != expected else { continue }
                let detail: String
                if expected {
                    detail = hits.first?.blockedBy.map { "blocked by \($0.kind) \"\($0.marker)\"" } ?? "no pattern matched"
                } else {
                    detail = "matched \"" + (hits.first { $0.blockedBy == nil }?.evidence.text ?? "") + "\""
                }
                failures.append(Failure(source: taxonomy.source, line: line, rule: rule.id, text: text, expectedMatch: expected, detail: detail))
                if stopAtFirst { return failures }
            }
        }
        return failures
    }
}
