import ArgumentParser
import CandorAnalysis
import CandorCore
import CandorIngest
import CandorText
import Foundation

/// `candor diff`: the responses whose tags change between two taxonomies.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List the responses whose flaw tags change between two taxonomies, so a rule change is reviewed on real data.",
        discussion: """
            The first --taxonomy is the baseline (use 'built-in' for the shipped one), the second the
            candidate. Each changed response shows the tags gained and lost with their evidence; a
            summary per flaw follows. Exit 0 whether or not tags change.

            Examples:
              candor diff --taxonomy built-in --taxonomy mine.yaml Corpora/demo/survey.csv --text reason
              candor diff --taxonomy old.yaml --taxonomy new.yaml complaints.csv --limit 50
            """
    )

    @Option(name: .customLong("taxonomy"), help: ArgumentHelp("Twice: the baseline, then the candidate ('built-in' for the shipped taxonomy).", valueName: "file"))
    var taxonomies: [String] = []

    @Option(help: ArgumentHelp("How many changed responses to list.", valueName: "n"))
    var limit = 100

    @OptionGroup var input: InputOptions

    mutating func validate() throws {
        if taxonomies.count != 2 { throw ValidationError("Give exactly two --taxonomy options: the baseline and the candidate.") }
    }

    func run() throws {
        try runMapped {
            let builtIn = try Taxonomy.builtIn()
            let languages = try LanguageData.builtIn()
            let forced = input.language.map(Language.init(rawValue:))
            var analyzers: [ResponseAnalyzer] = []
            for path in taxonomies {
                let taxonomy = path == "built-in" ? builtIn : try Taxonomy.load(path: path, base: builtIn).0
                analyzers.append(try ResponseAnalyzer(engine: try AnalysisEngine(taxonomy: taxonomy, languages: languages, forcedLanguage: forced)))
            }
            let reader = try ChunkReader(paths: input.inputs, options: input.ingestOptions)
            for notice in reader.notices { Console.warn(notice) }
            var options = input.ingestOptions
            options.textFields = reader.textFields
            let parser = ChunkParser(options: options)
            let redactor = input.noRedact ? nil : PersonalDataRedactor()
            var changed = 0
            var total = 0
            var gained: [String: Int] = [:]
            var lost: [String: Int] = [:]
            var out = ""
            while let chunk = try reader.next() {
                let parsed = parser.parse(chunk)
                if let fatal = parsed.fatal { throw fatal }
                for response in parsed.responses {
                    total += 1
                    let before = analyzers[0].analyse(response, themes: .empty).flaws
                    let after = analyzers[1].analyse(response, themes: .empty).flaws
                    let beforeIDs = Set(before.map(\.id))
                    let afterIDs = Set(after.map(\.id))
                    guard beforeIDs != afterIDs else { continue }
                    changed += 1
                    for id in afterIDs.subtracting(beforeIDs) { gained[id, default: 0] += 1 }
                    for id in beforeIDs.subtracting(afterIDs) { lost[id, default: 0] += 1 }
                    guard changed <= limit else { continue }
                    let text = response.texts.joined(separator: " / ")
                    out += "\(response.id) (\(response.location)): \(redactor?.redact(text) ?? text)\n"
                    for tag in after where !beforeIDs.contains(tag.id) {
                        out += "  + \(tag.id) \(String(format: "%.2f", tag.score)) ← " + tag.evidence.map { "\"\($0.text)\" (\($0.rule))" }.joined(separator: ", ") + "\n"
                    }
                    for tag in before where !afterIDs.contains(tag.id) {
                        out += "  - \(tag.id) \(String(format: "%.2f", tag.score)) ← " + tag.evidence.map { "\"\($0.text)\" (\($0.rule))" }.joined(separator: ", ") + "\n"
                    }
                }
            }
            out += "\n\(changed) of \(total) responses change tags (\(taxonomies[0]) → \(taxonomies[1]))"
            if changed > limit { out += "; first \(limit) listed" }
            out += ".\n"
            for id in Set(gained.keys).union(lost.keys).sorted() {
                out += "  \(id): +\(gained[id] ?? 0) −\(lost[id] ?? 0)\n"
            }
            Console.print(out)
        }
    }
}
