/// Settings of theme extraction, with their defaults in one place.
public struct ThemeOptions: Sendable, Codable, Equatable {
    /// The most themes kept per language.
    public var maxThemes: Int = 30
    /// A phrase needs at least this many responses to be considered…
    public var minCount: Int = 3
    /// …and at least this share of its language's responses.
    public var minShare: Double = 0.004
    /// Phrases held per language while counting; rarer ones are pruned beyond it.
    public var capacity: Int = 200_000
    /// Responses between two pruning points (a fixed stream position, so results do not depend
    /// on chunking).
    public var pruneEvery: Int = 16_384

    /// Creates the defaults.
    public init() {}
}
