import CandorCore

/// What the pipeline found in one response: language, flaws, themes.
public struct ResponseAnalysis: Sendable {
    /// The response as read.
    public var response: Response
    /// The language guessed (or forced).
    public var language: Language
    /// Word tokens over all text fields.
    public var wordCount: Int
    /// The flaws tagged, in taxonomy order.
    public var flaws: [FlawTag]
    /// The theme indices (into the run's `ThemeModel`), most relevant first.
    public var themes: [Int]
    /// The themes each text field evokes on its own (empty with a single field).
    public var fieldThemes: [Set<Int>]

    /// The sentiment of each theme's mention (aligned with `themes`): 1 positive, 0 neutral or
    /// mixed, -1 negative — from the sentences where its phrases occur.
    public var themeSentiment: [Int8] = []
    /// Rule matches that a negation, hypothetical or contrast blocked: the scope considered.
    public var blocked: [RuleHit] = []

    /// True when every text field is blank.
    public var isEmpty: Bool { wordCount == 0 && response.isEmpty }
}
