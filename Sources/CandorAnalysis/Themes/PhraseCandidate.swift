/// A candidate theme phrase found in one response.
public struct PhraseCandidate: Sendable, Hashable {
    /// The merge key: the stems of the phrase's content words, sorted, numbers as `#`
    /// ("délai de remboursement" and "délais remboursement" share `delai remboursement`).
    public var key: String
    /// The phrase as the customer wrote it, normalized (lowercase, accents kept): the label
    /// candidate.
    public var surface: String
    /// The number of words in the phrase.
    public var length: Int
}
