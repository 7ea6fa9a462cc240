import CandorText
import Testing
@testable import CandorAnalysis

/// The built-in taxonomy's rules fire on their `match` examples and not on their `no-match` ones.
struct TaxonomyExampleTests {
    @Test func builtInTaxonomyExamplesPass() throws {
        let compiled = try CompiledTaxonomy(taxonomy: try Taxonomy.builtIn(), languages: try LanguageData.builtIn())
        let runner = try TaxonomyExampleRunner(compiled: compiled)
        #expect(runner.exampleCount > 50)
        let failures = runner.run()
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyCategoryHasRulesInEnglishAndFrench() throws {
        let taxonomy = try Taxonomy.builtIn()
        #expect(taxonomy.categories.map(\.id) == ["ignorance", "information-gaps", "denial", "alignment", "avoidance"])
        for category in taxonomy.categories {
            let languages = Set(category.rules.compactMap { $0.language?.rawValue })
            #expect(languages == ["en", "fr"], "\(category.id)")
        }
    }
}
