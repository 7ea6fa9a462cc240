import ArgumentParser

/// The `candor` command: turns free-text customer feedback into findings.
@main
struct Candor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candor",
        abstract: "Turn free-text customer feedback into findings: the five fatal flaws and actionable themes.",
        discussion: """
            Candor reads survey dumps (CSV, TSV, JSONL, plain text, folders of notes, .gz, stdin),
            tags every response with the five fatal flaws (ignorance, information-gaps, denial,
            alignment, avoidance) with evidence, and groups what customers say into themes.

            Exit codes: 0 ok, 64 usage, 65 bad data, 66 missing input, 74 I/O error, 78 bad taxonomy.
            """,
        subcommands: [AnalyzeCommand.self, TagCommand.self, ExplainCommand.self, EvalCommand.self, TaxonomyCommand.self, DiffCommand.self],
        defaultSubcommand: nil
    )
}
