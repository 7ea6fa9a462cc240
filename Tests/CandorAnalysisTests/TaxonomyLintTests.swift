import CandorCore
import Testing
@testable import CandorAnalysis

/// The linter reports problems with their lines; user files extend the built-in taxonomy.
struct TaxonomyLintTests {
    static let languages = Result { try LanguageData.builtIn() }

    private let broken = """
        version: 1
        categories:
          - id: praise
            names: {en: Praise}
            rules:
              - id: praise.en.staff
                lang: en
                weight: 0.8
                colour: blue
                patterns:
                  - "(friendly|helpful) staff"
                  - "stop. here"
                  - "(friendly|helpful) staff"
                  - "~2 slow"
                  - "rembours* ~2"
                  - "ab*"
              - id: praise.en.staff
                lang: xx
                patterns: []
          - id: empty
        """

    @Test func reportsEachProblemWithItsLine() throws {
        let findings = try TaxonomyLinter(languages: try Self.languages.get()).lint(yaml: broken, source: "mine.yaml")
        func has(_ line: Int, _ severity: TaxonomyLinter.Finding.Severity, _ text: String) -> Bool {
            findings.contains { $0.line == line && $0.severity == severity && $0.message.contains(text) }
        }
        #expect(has(9, .warning, "unknown key `colour`"))
        #expect(has(12, .error, "can never match"))
        #expect(has(13, .warning, "duplicates"))
        #expect(has(14, .warning, "starts with a gap"))
        #expect(has(15, .warning, "ends with a gap"))
        #expect(has(16, .error, "at least 3 letters"))
        #expect(has(17, .error, "used twice"))
        #expect(has(17, .warning, "no language data for `xx`"))
        #expect(has(17, .error, "no patterns"))
        #expect(has(20, .warning, "no rules"))
        #expect(findings.allSatisfy { $0.source == "mine.yaml" })
    }

    @Test func builtInTaxonomyLintsClean() throws {
        let findings = try TaxonomyLinter(languages: try Self.languages.get()).lint(yaml: try Taxonomy.builtInYAML(), source: "built-in")
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings)")
    }

    @Test func userFileExtendsTheBuiltInTaxonomy() throws {
        let builtIn = try Taxonomy.builtIn()
        let yaml = """
            extends: built-in
            threshold: 0.6
            categories:
              - id: avoidance
                rules:
                  - id: avoidance.en.competitor
                    lang: en
                    weight: 0.9
                    patterns: ["(moving|switching) to acme"]
                    examples: {match: ["Switching to Acme next month."]}
              - id: praise
                names: {en: Praise, fr: Éloge}
                rules:
                  - id: praise.en.staff
                    lang: en
                    patterns: ["friendly staff"]
                    examples: {match: ["Friendly staff!"], no-match: ["Staff were rude."]}
            """
        let (taxonomy, issues) = try Taxonomy.parse(yaml: yaml, source: "team.yaml", base: builtIn)
        #expect(issues.isEmpty)
        #expect(taxonomy.threshold == 0.6)
        #expect(taxonomy.categories.map(\.id) == builtIn.categories.map(\.id) + ["praise"])
        #expect(taxonomy.category("avoidance")?.rules.count == (builtIn.category("avoidance")?.rules.count ?? 0) + 1)
        #expect(taxonomy.category("praise")?.name(in: .french) == "Éloge")
        let runner = try TaxonomyExampleRunner(compiled: try CompiledTaxonomy(taxonomy: taxonomy, languages: try Self.languages.get()))
        #expect(runner.run().isEmpty)
    }

    @Test func brokenExampleIsReportedWithItsLine() throws {
        let yaml = """
            categories:
              - id: praise
                rules:
                  - id: praise.en.staff
                    lang: en
                    patterns: ["friendly staff"]
                    examples:
                      match:
                        - "Friendly staff!"
                        - "Helpful staff!"
            """
        let taxonomy = try Taxonomy.parse(yaml: yaml, source: "team.yaml").0
        let failures = try TaxonomyExampleRunner(compiled: try CompiledTaxonomy(taxonomy: taxonomy, languages: try Self.languages.get())).run(stopAtFirst: true)
        #expect(failures.count == 1)
        #expect(failures.first?.line == 10)
        #expect(failures.first?.description.hasPrefix("team.yaml:10: praise.en.staff must match \"Helpful staff!\"") == true)
    }

    @Test func invalidYAMLIsAConfigurationError() {
        #expect(throws: AnalysisError.self) { try Taxonomy.parse(yaml: "categories: [", source: "x.yaml") }
        #expect(throws: AnalysisError.self) { try Taxonomy.parse(yaml: "categories:\n  - id: a\n    rules:\n      - id: r\n        weight: 3\n", source: "x.yaml") }
    }
}
