/// Settings of theme extraction, with their defaults in one place.
public struct ThemeOptions: Sendable, Codable, Equatable {
    /// The most themes kept per language.
    public var maxThemes: Int = 30
    /// A phrase needs at least this many responses to be considered…
    public var minCount: Int = 3
    /// …and at least this share of its language's responses.
    public var minShare: Double = 0.004
    /// Phrases held per language while counting; rarer ones are pruned beyond it.
    public var capacity: Int = 120_000
    /// Responses between two pruning points (a fixed stream position, so results do not depend
    /// on chunking).
    public var pruneEvery: Int = 4_096

    /// Responses counted in full before the phrase counting samples: beyond it, rows are
    /// counted at rate 1/2, then 1/4… (doubling every such stretch), weighted back up. Themes are
    /// frequent phrases, which a sample of this size finds; the first pass then tokenizes a
    /// shrinking share of a big input. The choice depends on the row number only, so it does not
    /// depend on chunking or threads.
    public var fullCount: Int = 50_000

    /// The weight of row `row` (from 1) in the phrase statistics: 0 when it is not sampled.
    public func sampleWeight(row: Int) -> Int {
        guard fullCount > 0, row > fullCount else { return 1 }
        var stretch = 0
        var limit = fullCount * 2
        while row > limit, stretch < 20 {
            limit *= 2
            stretch += 1
        }
        let weight = 2 << stretch
        let draw = PhraseKey.mix(UInt64(row)) & UInt64(weight - 1)
        return draw == 0 ? weight : 0
    }

    /// Creates the defaults.
    public init() {}
}
