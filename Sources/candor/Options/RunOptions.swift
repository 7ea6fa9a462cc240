import ArgumentParser
import CandorAnalysis

/// The options `analyze` and `tag` share beyond the input: how many themes to keep, and
/// whether to print run statistics.
struct RunOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The most themes per language.", valueName: "n"))
    var maxThemes = 30

    @Flag(help: "Print time per stage, rows per second and peak memory on stderr.")
    var stats = false

    /// Applies the options to a run's configuration.
    func apply(to configuration: inout RunConfiguration) {
        configuration.themes.maxThemes = maxThemes
    }
}
