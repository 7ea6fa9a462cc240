import CandorCore
import CandorText

/// Tags one response's texts with the taxonomy's categories, each with a score and evidence.
///
/// A rule fires when one of its patterns matches and no negation, hypothetical or contrast in
/// scope blocks it (each rule says which scopes apply). A category's score combines its fired
/// rules' weights as independent evidence, 1 − Π(1 − wᵢ); it is tagged at the taxonomy's
/// threshold. One tagger per worker thread (it owns the matcher's scratch state).
public final class FlawTagger {
    /// The compiled taxonomy.
    public let compiled: CompiledTaxonomy
    private let matcher: AutomatonMatcher
    private let scopeWindow: Int32 = 4
    /// Scratch storage reused from text to text.
    private let layout = ClauseLayout()
    /// Each content token's match symbol (plain data, never deinitialized).
    private var symbols = UnsafeMutableBufferPointer<MatchSymbol>.allocate(capacity: 64)
    private var matches: [AutomatonMatcher.Match] = []
    /// A text's scope markers, rule matches (with category and rule) and those merged by span.
    private var negators: [AutomatonMatcher.Match] = [], hypotheticals: [AutomatonMatcher.Match] = []
    private var contrasts: [AutomatonMatcher.Match] = []
    private var ruleMatches: [(AutomatonMatcher.Match, Int, Int)] = [], merged: [(AutomatonMatcher.Match, Int, Int)] = []
    /// The scope of the last text's language: most texts share it, and finding it hashes the
    /// language code.
    private var lastScope: (language: Language, scope: CompiledTaxonomy.LanguageScope)?
    /// What a hit reads of each rule (by category, then rule), copied once: copying a `Rule`
    /// retains a dozen arrays and strings, once per match.
    private let facts: [[RuleFacts]]
    /// The category ids, in taxonomy order.
    private let categories: [String]
    /// What each automaton pattern is, as plain values: `CompiledTaxonomy.Owner` holds the
    /// marker's language (a string, retained on every copy), read only for a response whose
    /// language the automaton's masks do not select exactly.
    private let roles: [Role]

    /// What an automaton pattern is.
    private enum Role {
        case rule(category: Int32, rule: Int32)
        case negator, hypothetical, contrast
    }

    /// What a hit reads of a rule.
    private struct RuleFacts {
        let category: String
        let rule: String
        let weight: Double
        let language: Language?
        let negation: Rule.Scope
        let hypothetical: Rule.Scope
        let contrast: Rule.Scope
    }

    /// Creates a tagger over a compiled taxonomy; `vocabulary` is the tokenizer's, when tokens
    /// carry ids (their symbols are then looked up by id, not by hashing the key).
    public init(compiled: CompiledTaxonomy, vocabulary: TokenVocabulary? = nil) {
        self.compiled = compiled
        self.matcher = AutomatonMatcher(automaton: compiled.automaton, vocabulary: vocabulary)
        categories = compiled.taxonomy.categories.map(\.id)
        roles = compiled.owners.map { owner in
            switch owner {
            case .rule(let category, let rule, _): .rule(category: Int32(category), rule: Int32(rule))
            case .negator: .negator
            case .hypothetical: .hypothetical
            case .contrast: .contrast
            }
        }
        facts = compiled.taxonomy.categories.map { category in
            category.rules.map { rule in
                RuleFacts(category: category.id, rule: rule.id, weight: rule.weight, language: rule.language,
                          negation: rule.negation, hypothetical: rule.hypothetical, contrast: rule.contrast)
            }
        }
    }

    deinit { symbols.deallocate() }

    /// The tags of a response whose fields are `fields`, in taxonomy order.
    public func tag(_ fields: [TokenizedText], language: Language) -> [FlawTag] {
        tags(from: hits(fields, language: language))
    }

    /// Turns hits into tags: blocked hits are dropped, rules are counted once per category.
    public func tags(from hits: [RuleHit]) -> [FlawTag] {
        guard hits.contains(where: { $0.blockedBy == nil }) else { return [] }
        var result: [FlawTag] = []
        // A response has a handful of hits: plain loops over them, no per-category copies of the
        // hits (each copy retains their strings) or hash sets.
        for category in categories {
            var evidence: [Evidence] = []
            var miss = 1.0
            for (index, hit) in hits.enumerated() where hit.blockedBy == nil && hit.category == category {
                evidence.append(hit.evidence)
                // A rule counts once per category: at its first unblocked hit.
                let repeated = hits[..<index].contains { $0.blockedBy == nil && $0.category == category && $0.rule == hit.rule }
                if !repeated { miss *= 1 - hit.weight }
            }
            guard !evidence.isEmpty else { continue }
            let score = 1 - miss
            guard score + 1e-9 >= compiled.taxonomy.threshold else { continue }
            evidence.sort { ($0.field, $0.start, $0.end) < ($1.field, $1.start, $1.end) }
            result.append(FlawTag(id: category, score: (score * 1000).rounded() / 1000, evidence: Self.dedupe(evidence)))
        }
        return result
    }

    /// Every rule match in `fields`, blocked or not, in field and text order.
    public func hits(_ fields: [TokenizedText], language: Language) -> [RuleHit] {
        var all: [RuleHit] = []
        let scope: CompiledTaxonomy.LanguageScope
        if let last = lastScope, last.language == language {
            scope = last.scope
        } else {
            scope = compiled.languageScope(language)
            lastScope = (language, scope)
        }
        // One field (most responses): its hits as they are, not copied into another array.
        if fields.count == 1 {
            return fields[0].tokens.isEmpty ? [] : hits(fields[0], fieldIndex: 0, language: language, scope: scope)
        }
        for (fieldIndex, field) in fields.enumerated() where !field.tokens.isEmpty {
            all.append(contentsOf: hits(field, fieldIndex: fieldIndex, language: language, scope: scope))
        }
        return all
    }

    /// True when the pattern `pattern`, a scope marker, applies to a response in `language`
    /// (`scope.exact`: the automaton's mask already selected it).
    private func markerApplies(_ pattern: Int32, scope: CompiledTaxonomy.LanguageScope, language: Language) -> Bool {
        guard !scope.exact else { return true }
        switch compiled.owners[Int(pattern)] {
        case .negator(let owner), .hypothetical(let owner), .contrast(let owner): return Self.applies(owner, to: language)
        case .rule: return true
        }
    }

    /// True when a pattern of language `owner` (nil: any) applies to a response in `language`.
    private static func applies(_ owner: Language?, to language: Language) -> Bool {
        guard let owner else { return true }
        return language == .undetermined || owner == language
    }

    private func hits(
        _ field: TokenizedText, fieldIndex: Int, language: Language, scope: CompiledTaxonomy.LanguageScope
    ) -> [RuleHit] {
        // One pass over the tokens lays out the content and reads each one's match symbol.
        // The scratch only grows: `layout.count` symbols are this text's. Used in place (the
        // tagger owns it): moved out and back per text, it cost a retain and a release each.
        symbols.reserveScratch(field.tokens.count)
        let out = symbols
        matches.removeAll(keepingCapacity: true)
        matcher.withSymbols(forms: field.forms) { symbol in
            layout.reset(field) { tokens, index, position in out[position] = symbol(tokens, index) }
        }
        guard layout.count > 0 else { return [] }
        matcher.matches(UnsafeBufferPointer(start: out.baseAddress, count: layout.count), sentenceStarts: layout.sentenceStarts,
                        languages: scope.mask, into: &matches)
        // Scope markers alone ("not", "but", "if") are in most texts: without a rule match
        // there is nothing to scope.
        guard matches.contains(where: { compiled.automaton.isRulePattern[Int($0.pattern)] }) else { return [] }
        // Sorted out into scratch the tagger keeps (reused, only growing): made per text with a
        // rule match, these five arrays were allocated and freed each time.
        negators.removeAll(keepingCapacity: true)
        hypotheticals.removeAll(keepingCapacity: true)
        contrasts.removeAll(keepingCapacity: true)
        ruleMatches.removeAll(keepingCapacity: true)
        // The matcher ran only the patterns of the language's mask; that is the whole filter
        // unless the language has no bit of its own (`LanguageScope.exact`).
        for match in matches {
            switch roles[Int(match.pattern)] {
            case .rule(let category, let rule):
                if scope.exact || Self.applies(facts[Int(category)][Int(rule)].language, to: language) {
                    ruleMatches.append((match, Int(category), Int(rule)))
                }
            case .negator where markerApplies(match.pattern, scope: scope, language: language): negators.append(match)
            case .hypothetical where markerApplies(match.pattern, scope: scope, language: language): hypotheticals.append(match)
            case .contrast where markerApplies(match.pattern, scope: scope, language: language): contrasts.append(match)
            default: break
            }
        }
        for contrast in contrasts { layout.openClause(at: Int(contrast.start)) }
        // Per rule, keep leftmost-longest matches that do not overlap.
        ruleMatches.sort { lhs, rhs in
            (lhs.1, lhs.2, lhs.0.start, -lhs.0.end) < (rhs.1, rhs.2, rhs.0.start, -rhs.0.end)
        }
        // The same span of a rule found along several paths (patterns, or alternatives such as
        // "n'est ~1" and "n'est pas") is one match: a token is a wildcard only if every path
        // skipped it, so a negation the pattern names never blocks it.
        merged.removeAll(keepingCapacity: true)
        for item in ruleMatches {
            if let last = merged.last, last.1 == item.1, last.2 == item.2, last.0.start == item.0.start, last.0.end == item.0.end {
                merged[merged.count - 1].0.wildcards &= item.0.wildcards
            } else {
                merged.append(item)
            }
        }
        // Offsets count Unicode scalars: the UTF-16 offset itself unless the text has a surrogate.
        let scalarsAreUnits = !field.hasSurrogates
        func offset(_ utf16: Int32) -> Int { scalarsAreUnits ? Int(utf16) : field.scalarOffset(utf16) }
        var result: [RuleHit] = []
        result.reserveCapacity(merged.count)
        var lastRule: (Int, Int) = (-1, -1)
        var lastEnd: Int32 = -1
        for (match, categoryIndex, ruleIndex) in merged {
            if (categoryIndex, ruleIndex) != lastRule {
                lastRule = (categoryIndex, ruleIndex)
                lastEnd = -1
            }
            guard match.start > lastEnd else { continue }
            lastEnd = match.end
            let rule = facts[categoryIndex][ruleIndex]
            let block = blocker(for: match, rule: rule, layout: layout, field: field,
                                negators: negators, hypotheticals: hypotheticals, contrasts: contrasts)
            let start = field.tokens[layout.tokenIndex(at: match.start)].start
            let end = field.tokens[layout.tokenIndex(at: match.end)].end
            let evidence = Evidence(
                text: field.text(from: start, to: end), start: offset(start), end: offset(end), field: fieldIndex, rule: rule.rule)
            result.append(RuleHit(category: rule.category, rule: rule.rule, weight: rule.weight, evidence: evidence, blockedBy: block))
        }
        result.sort { ($0.evidence.start, $0.evidence.end, $0.rule) < ($1.evidence.start, $1.evidence.end, $1.rule) }
        return result
    }

    private func blocker(
        for match: AutomatonMatcher.Match, rule: RuleFacts, layout: ClauseLayout, field: TokenizedText,
        negators: [AutomatonMatcher.Match], hypotheticals: [AutomatonMatcher.Match], contrasts: [AutomatonMatcher.Match]
    ) -> RuleHit.Block? {
        let clause = layout.clause(at: match.start)
        func markerText(_ marker: AutomatonMatcher.Match) -> String {
            field.text(from: field.tokens[layout.tokenIndex(at: marker.start)].start, to: field.tokens[layout.tokenIndex(at: marker.end)].end)
        }
        if rule.negation == .block {
            // A negation shortly before the match in its clause, or inside it among the tokens a
            // gap skipped ("the deadline was not ambiguous"), blocks it.
            for marker in negators where layout.clause(at: marker.start) == clause {
                let before = marker.end < match.start && match.start - marker.end <= scopeWindow
                let inside = marker.start > match.start && marker.end <= match.end && match.isWildcard(marker.start)
                if before || inside { return RuleHit.Block(kind: "negation", marker: markerText(marker)) }
            }
        }
        if rule.hypothetical == .block {
            // A hypothetical holds for its clause, and for the whole sentence when it opens it
            // ("If they had promised it, I would cancel").
            for marker in hypotheticals where marker.start < match.start {
                let sameClause = layout.clause(at: marker.start) == clause
                let opensSentence = (marker.start == 0 || layout.isHardBoundary(before: marker.start))
                    && layout.sentence(at: marker.start) == layout.sentence(at: match.start)
                if sameClause || opensSentence { return RuleHit.Block(kind: "hypothetical", marker: markerText(marker)) }
            }
        }
        if rule.contrast == .block {
            // A contrast later in the same sentence ("expensive, but worth it") takes the edge off.
            for marker in contrasts where marker.start > match.end && layout.sentence(at: marker.start) == layout.sentence(at: match.end) {
                return RuleHit.Block(kind: "contrast", marker: markerText(marker))
            }
        }
        return nil
    }

    private static func dedupe(_ evidence: [Evidence]) -> [Evidence] {
        var out: [Evidence] = []
        for item in evidence {
            if let last = out.last, last.field == item.field, last.start == item.start, last.end == item.end { continue }
            out.append(item)
        }
        return out
    }
}
