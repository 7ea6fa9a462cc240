import ArgumentParser
import CandorAnalysis
import CandorCore
import CandorReport
import Foundation

/// `candor analyze`: the theme summary of a survey dump.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Summarize responses: counts, the five flaws with evidence, top themes with quotes, and the score lens.",
        discussion: """
            Markdown goes to stdout (or --output); --json writes the same content as JSON. Files
            are written atomically: a failed run never leaves a partial report.

            Examples:
              candor analyze Corpora/demo/survey.csv --text reason --text improve --id response_id --score nps
              candor analyze export.csv --delimiter ';' --json summary.json --output summary.md
              zcat dump.jsonl.gz | candor analyze - --format jsonl --text answer.comment --score answer.nps
              candor analyze notes/ --threads 2
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var taxonomy: TaxonomyOptions

    @Option(help: ArgumentHelp("Also write the summary as JSON to this file.", valueName: "path"))
    var json: String?

    @Option(name: .customLong("output"), help: ArgumentHelp("Write the Markdown summary to this file instead of stdout.", valueName: "path"))
    var markdownPath: String?

    @Option(help: ArgumentHelp("Themes (and score groups) under this many responses are shown but not ranked.", valueName: "n"))
    var minCount = 10

    @OptionGroup var runOptions: RunOptions

    func run() throws {
        try runMapped {
            var configuration = input.configuration()
            configuration.minCount = minCount
            runOptions.apply(to: &configuration)
            let engine = try AnalysisEngine(
                taxonomy: try taxonomy.load(), languages: try LanguageData.builtIn(), forcedLanguage: configuration.language)
            let runner = try AnalysisRunner(configuration: configuration, engine: engine)
            let started = Date()
            let result = try runner.run()
            for notice in runner.notices { Console.warn(notice) }
            let findings = Findings(
                summary: result.summary, themes: result.themes, taxonomy: engine.compiled.taxonomy,
                configuration: configuration, textFields: runner.textFields, diagnostics: runner.diagnostics)
            if let json { try AtomicFile.write(JSONReportRenderer.render(findings), to: json) }
            let markdown = MarkdownReportRenderer.render(findings)
            if let markdownPath {
                try AtomicFile.write(markdown, to: markdownPath)
            } else {
                Console.print(markdown)
            }
            if findings.counts.skipped > 0 {
                Console.warn("skipped \(findings.counts.skipped) malformed rows (listed under 'Input problems')")
            }
            if runOptions.stats { RunStatistics.print(runner: runner, summary: result.summary, since: started) }
        }
    }
}
