import CandorCore
import CandorIngest
import Foundation

/// Everything a run needs to know, built once from the command line and passed by value to
/// each stage (stages read no flags, environment or files of their own).
public struct RunConfiguration: Sendable, Codable, Equatable {
    /// Input paths (`-` for stdin).
    public var inputs: [String]
    /// How to read them.
    public var ingest: IngestOptions
    /// Worker threads (at least 1).
    public var threads: Int
    /// Forces every response's language instead of guessing.
    public var language: Language?
    /// Theme extraction settings.
    public var themes: ThemeOptions
    /// Quotes kept per theme and per flaw.
    public var quotes: Int
    /// Themes and segments under this many responses are shown but not ranked by the score lens.
    public var minCount: Int
    /// Mask personal data in quotes and evidence (default on).
    public var redact: Bool
    /// Whether the first pass merges its phrase counts on the workers (in chunk order, one at
    /// a time) rather than on a merge thread of its own; nil decides by the cores: on the
    /// workers when they take every core (`AnalysisRunner`). The output is the same either way.
    public var mergeOnWorkers: Bool?

    /// Creates a configuration with defaults for everything but the inputs.
    public init(
        inputs: [String], ingest: IngestOptions = IngestOptions(), threads: Int = RunConfiguration.defaultThreads,
        language: Language? = nil, themes: ThemeOptions = ThemeOptions(), quotes: Int = 3, minCount: Int = 10,
        redact: Bool = true
    ) {
        self.inputs = inputs
        self.ingest = ingest
        self.threads = max(1, threads)
        self.language = language
        self.themes = themes
        self.quotes = quotes
        self.minCount = minCount
        self.redact = redact
    }

    /// All the cores of the machine.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
