import ArgumentParser
import CandorAnalysis
import CandorCore
import Foundation

/// `candor taxonomy`: print, test and lint taxonomies.
struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy",
        abstract: "Print, test and lint flaw taxonomies (the built-in one or your own YAML file).",
        discussion: """
            Pattern syntax (words are compared accent- and case-folded):
              hold                a word          rembours*        a word starting with "rembours"
              (still|yet again)   alternatives    [on the] / word?  optional
              <num>               a number or number word; <digits> digits only; _ any one token
              ...                 up to 3 tokens; ~N up to N tokens (N ≤ 8)
              @time-unit          a word list from `lists:` for the rule's language
            Rule keys: id, lang, weight, patterns, negation, hypothetical, contrast (block|ignore),
            examples {match, no-match}. Start your file with `extends: built-in` to add to the
            built-in flaws (same rule id replaces a rule; a new category is added).

            Examples:
              candor taxonomy dump > mine.yaml
              candor taxonomy test mine.yaml
              candor taxonomy lint mine.yaml
            """,
        subcommands: [Dump.self, Test.self, Lint.self]
    )

    /// `candor taxonomy dump`.
    struct Dump: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the built-in taxonomy YAML.")

        func run() throws {
            try runMapped { Console.print(try Taxonomy.builtInYAML()) }
        }
    }

    /// `candor taxonomy test`.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples; stop at the first broken one with its file and line (exit 1).")

        @Argument(help: ArgumentHelp("A taxonomy file (default: the built-in one).", valueName: "file"))
        var path: String?

        @Flag(help: "List every broken example instead of stopping at the first.")
        var all = false

        func run() throws {
            try runMapped {
                let builtIn = try Taxonomy.builtIn()
                let taxonomy = try path.map { path throws(AnalysisError) in try Taxonomy.load(path: path, base: builtIn).0 } ?? builtIn
                let compiled = try CompiledTaxonomy(taxonomy: taxonomy, languages: try LanguageData.builtIn())
                let runner = try TaxonomyExampleRunner(compiled: compiled)
                let failures = runner.run(stopAtFirst: !all)
                for failure in failures { Console.warn(failure.description) }
                if !failures.isEmpty { throw ExitCode.failure }
                Console.print("\(runner.exampleCount) examples of \(taxonomy.rules.count) rules pass (\(taxonomy.source))\n")
            }
        }
    }

    /// `candor taxonomy lint`.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report unknown keys, empty or duplicate patterns and patterns that can never match, with line numbers (exit 1 on errors).")

        @Argument(help: ArgumentHelp("A taxonomy file (default: the built-in one).", valueName: "file"))
        var path: String?

        func run() throws {
            try runMapped {
                let yaml: String
                let source: String
                if let path {
                    do {
                        yaml = try String(contentsOfFile: path, encoding: .utf8)
                    } catch {
                        throw AnalysisError(code: "ANA001", message: "cannot read taxonomy \(path): \(error.localizedDescription)", exitStatus: .noInput)
                    }
                    source = path
                } else {
                    yaml = try Taxonomy.builtInYAML()
                    source = "built-in"
                }
                let base = path == nil ? nil : try Taxonomy.builtIn()
                let findings = try TaxonomyLinter(languages: try LanguageData.builtIn()).lint(yaml: yaml, source: source, base: base)
                for finding in findings { Console.print(finding.description + "\n") }
                let errors = findings.filter { $0.severity == .error }.count
                Console.warn("\(errors) errors, \(findings.count - errors) warnings in \(source)")
                if errors > 0 { throw ExitCode.failure }
            }
        }
    }
}
