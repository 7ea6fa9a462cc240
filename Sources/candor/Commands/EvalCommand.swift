import ArgumentParser
import CandorAnalysis
import CandorCore
import CandorIngest
import Foundation

/// `candor eval`: precision, recall and F1 per flaw against a hand-labeled file.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the flaw tagger against hand labels: precision, recall, F1 per flaw, macro-F1, then the misses.",
        discussion: """
            The gold file has an id column, a text column and a labels column holding flaw ids
            separated by ';' (empty = no flaw), like Corpora/gold/en.csv.

            Examples:
              candor eval --gold Corpora/gold/en.csv
              candor eval --gold Corpora/gold/fr.csv --misses 0
              candor eval --gold mine.csv --text comment --labels tags --taxonomy team.yaml
            """
    )

    @Option(help: ArgumentHelp("The labeled file (repeatable).", valueName: "path"))
    var gold: [String] = []

    @Option(help: ArgumentHelp("The id column.", valueName: "column"))
    var id = "id"

    @Option(help: ArgumentHelp("The text column.", valueName: "column"))
    var text = "text"

    @Option(help: ArgumentHelp("The labels column.", valueName: "column"))
    var labels = "flaws"

    @Option(help: ArgumentHelp("How many misses to list (0 for none).", valueName: "n"))
    var misses = 50

    @Option(name: .customLong("lang"), help: ArgumentHelp("Force the language instead of guessing it.", valueName: "code"))
    var language: String?

    @OptionGroup var taxonomy: TaxonomyOptions

    mutating func validate() throws {
        if gold.isEmpty { throw ValidationError("Give the labeled file with --gold.") }
    }

    func run() throws {
        try runMapped {
            let engine = try AnalysisEngine(
                taxonomy: try taxonomy.load(), languages: try LanguageData.builtIn(),
                forcedLanguage: language.map(Language.init(rawValue:)))
            let analyzer = try ResponseAnalyzer(engine: engine)
            var options = IngestOptions()
            options.textFields = [text]
            options.idField = id
            options.segmentFields = [labels]
            let read = try readAll(paths: gold, options: options)
            var evaluation = FlawEvaluation(categories: engine.compiled.taxonomy.categories.map(\.id))
            for response in read.responses {
                let analysis = analyzer.analyse(response, themes: .empty)
                evaluation.add(
                    id: response.id, text: response.texts.first ?? "",
                    gold: FlawEvaluation.labels(response.segments.first ?? ""), predicted: analysis.flaws)
            }
            Console.print(EvalReport.render(evaluation, files: gold, misses: misses))
        }
    }
}

/// The text `candor eval` prints.
enum EvalReport {
    static func render(_ evaluation: FlawEvaluation, files: [String], misses: Int) -> String {
        func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
        var out = "Gold: \(files.joined(separator: ", ")) (\(evaluation.count) responses)\n\n"
        out += "flaw                support  precision  recall     f1\n"
        for score in evaluation.scores {
            out += score.id.padding(toLength: 20, withPad: " ", startingAt: 0)
            out += String(format: "%7d  %9@  %6@  %5@\n", score.support, fixed(score.precision) as NSString,
                          fixed(score.recall) as NSString, fixed(score.f1) as NSString)
        }
        out += "macro_f1=\(fixed(evaluation.macroF1))\n"
        out += "\nReliability (tags by score, share the labels confirm):\n"
        out += "score      tags  correct  accuracy\n"
        for bin in evaluation.reliability where bin.tags > 0 {
            let label = String(format: "%.1f–%.1f", bin.lower, min(1, bin.lower + 0.1))
            out += label.padding(toLength: 9, withPad: " ", startingAt: 0)
            out += String(format: "%6d  %7d  %8@\n", bin.tags, bin.correct, fixed(bin.accuracy) as NSString)
        }
        let high = evaluation.precision(atOrAbove: 0.8)
        out += "precision_at_0.8=\(fixed(high.tags == 0 ? 0 : Double(high.correct) / Double(high.tags))) (\(high.correct)/\(high.tags))\n"
        if misses > 0, !evaluation.misses.isEmpty {
            out += "\nMisses (\(evaluation.misses.count); first \(min(misses, evaluation.misses.count))):\n"
            for miss in evaluation.misses.prefix(misses) {
                out += "- \(miss.id): \(miss.text)\n"
                if !miss.missed.isEmpty { out += "    missed: \(miss.missed.joined(separator: ", "))\n" }
                for extra in miss.extra { out += "    extra: \(extra.id) ← \"\(extra.evidence)\"\n" }
            }
        }
        return out
    }
}
