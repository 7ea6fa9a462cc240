import ArgumentParser
import CandorAnalysis
import CandorCore
import Foundation

/// `candor explain`: why each flaw was (or was not) tagged on a text.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, for each flaw, which rules matched a text, which were blocked (negation, hypothetical, contrast) and why.",
        discussion: """
            Examples:
              candor explain "On hold for 45 minutes, then the line went dead. Third time this month."
              candor explain --lang fr "Ils ne m'ont jamais accusé de quoi que ce soit."
              candor explain --taxonomy team.yaml "They said it was my fault"
            """
    )

    @Argument(help: ArgumentHelp("The text to explain (several arguments are explained one after the other).", valueName: "text"))
    var texts: [String]

    @Option(name: .customLong("lang"), help: ArgumentHelp("Force the language instead of guessing it.", valueName: "code"))
    var language: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var taxonomy: TaxonomyOptions

    func run() throws {
        try runMapped {
            let engine = try AnalysisEngine(
                taxonomy: try taxonomy.load(), languages: try LanguageData.builtIn(),
                forcedLanguage: language.map(Language.init(rawValue:)))
            let analyzer = try ResponseAnalyzer(engine: engine)
            for (index, text) in texts.enumerated() {
                let response = Response(id: String(index + 1), row: index + 1, location: SourceLocation(file: "argument", line: index + 1), texts: [text])
                let explanation = analyzer.explain(response)
                Console.print(json
                    ? ExplainReport.json(text: text, explanation: explanation, taxonomy: engine.compiled.taxonomy)
                    : ExplainReport.text(text: text, explanation: explanation, taxonomy: engine.compiled.taxonomy))
            }
        }
    }
}

/// What `candor explain` prints.
enum ExplainReport {
    typealias Explanation = (reading: ResponseAnalyzer.Reading, hits: [RuleHit], tags: [FlawTag])

    static func text(text: String, explanation: Explanation, taxonomy: Taxonomy) -> String {
        var out = "Text: \(text)\nLanguage: \(explanation.reading.language)\n"
        out += "Tags: " + (explanation.tags.isEmpty ? "(none)" : explanation.tags.map { "\($0.id) \(String(format: "%.2f", $0.score))" }.joined(separator: ", ")) + "\n"
        for category in taxonomy.categories {
            let hits = explanation.hits.filter { $0.category == category.id }
            let tag = explanation.tags.first { $0.id == category.id }
            let verdict = tag.map { "tagged, score \(String(format: "%.2f", $0.score))" }
                ?? (hits.contains { $0.blockedBy == nil } ? "not tagged: score under threshold \(taxonomy.threshold)" : "not tagged")
            out += "\n\(category.id): \(verdict)\n"
            if hits.isEmpty { out += "  no rule matched\n" }
            for hit in hits {
                let span = "\"\(hit.evidence.text)\" [\(hit.evidence.start)..\(hit.evidence.end))"
                if let block = hit.blockedBy {
                    out += "  ✗ \(hit.rule) (weight \(hit.weight)) matched \(span), blocked by \(block.kind) \"\(block.marker)\"\n"
                } else {
                    out += "  ✓ \(hit.rule) (weight \(hit.weight)) matched \(span)\n"
                }
            }
        }
        return out + "\n"
    }

    static func json(text: String, explanation: Explanation, taxonomy: Taxonomy) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("text")
        writer.string(text)
        writer.key("lang")
        writer.string(explanation.reading.language.rawValue)
        writer.key("flaws")
        writer.beginArray()
        for category in taxonomy.categories {
            writer.beginObject()
            writer.key("id")
            writer.string(category.id)
            writer.key("tagged")
            writer.bool(explanation.tags.contains { $0.id == category.id })
            writer.key("score")
            writer.number(explanation.tags.first { $0.id == category.id }?.score ?? 0, decimals: 3)
            writer.key("rules")
            writer.beginArray()
            for hit in explanation.hits where hit.category == category.id {
                writer.beginObject()
                writer.key("rule")
                writer.string(hit.rule)
                writer.key("weight")
                writer.number(hit.weight)
                writer.key("evidence")
                writer.string(hit.evidence.text)
                writer.key("start")
                writer.int(hit.evidence.start)
                writer.key("end")
                writer.int(hit.evidence.end)
                writer.key("blocked")
                if let block = hit.blockedBy {
                    writer.beginObject()
                    writer.key("scope")
                    writer.string(block.kind)
                    writer.key("marker")
                    writer.string(block.marker)
                    writer.endObject()
                } else {
                    writer.null()
                }
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }
}
