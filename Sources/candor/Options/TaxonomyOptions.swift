import ArgumentParser
import CandorAnalysis
import CandorCore

/// The `--taxonomy` option: a user taxonomy file that extends or replaces the built-in one.
struct TaxonomyOptions: ParsableArguments {
    @Option(name: .customLong("taxonomy"), help: ArgumentHelp("A taxonomy YAML file (with `extends: built-in` to add to the built-in flaws).", valueName: "file"))
    var path: String?

    /// The taxonomy to use, with its load issues printed on stderr.
    func load() throws -> Taxonomy {
        let builtIn = try Taxonomy.builtIn()
        guard let path else { return builtIn }
        let (taxonomy, issues) = try Taxonomy.load(path: path, base: builtIn)
        for issue in issues { Console.warn(issue.description) }
        return taxonomy
    }
}
