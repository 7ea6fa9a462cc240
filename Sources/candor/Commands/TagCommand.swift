import ArgumentParser
import CandorAnalysis
import CandorCore
import CandorReport
import Foundation

/// `candor tag`: one JSON object per response, in input order.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Write one JSON line per response: id, language, flaws with score and evidence, themes.",
        discussion: """
            Shape of each line (more fields may follow):
              {"id": "…", "lang": "fr", "flaws": [{"id": "denial", "score": 0.82, "evidence":
               [{"text": "pas notre problème", "start": 31, "end": 49, …}]}], "themes": ["délai de remboursement"]}
            Offsets count Unicode scalars in the field's text. Lines follow input order for any --threads.

            Examples:
              candor tag Corpora/demo/survey.csv --text reason --id response_id > tags.jsonl
              candor tag complaints.csv --text "Consumer complaint narrative" --id "Complaint ID"
              cat tweets.txt | candor tag - --format text
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var taxonomy: TaxonomyOptions

    @OptionGroup var runOptions: RunOptions

    func run() throws {
        try runMapped {
            var configuration = input.configuration()
            runOptions.apply(to: &configuration)
            let engine = try AnalysisEngine(
                taxonomy: try taxonomy.load(), languages: try LanguageData.builtIn(), forcedLanguage: configuration.language)
            let runner = try AnalysisRunner(configuration: configuration, engine: engine)
            let started = Date()
            var renderer: TagLineRenderer?
            let result = try runner.run { analyses in
                if renderer == nil {
                    for notice in runner.notices { Console.warn(notice) }
                }
                let lines = renderer ?? TagLineRenderer(themes: runner.themes ?? .empty, textFields: runner.textFields, redact: configuration.redact)
                renderer = lines
                var bytes: [UInt8] = []
                for analysis in analyses { lines.render(analysis, into: &bytes) }
                Console.write(bytes)
            }
            if renderer == nil { for notice in runner.notices { Console.warn(notice) } }
            if result.summary.skipped > 0 {
                Console.warn("skipped \(result.summary.skipped) malformed rows")
                for diagnostic in runner.diagnostics.kept.prefix(20) { Console.warn(diagnostic.description) }
            }
            if runOptions.stats { RunStatistics.print(runner: runner, summary: result.summary, since: started) }
        }
    }
}
