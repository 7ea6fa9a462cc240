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
    /// A single evaluative or vague word ("good", "place"): it may evoke a facet, but never
    /// makes a theme or a label on its own.
    public var isGeneric: Bool = false
    /// Where the phrase first occurs in its text, from 0 (start) to 1 (end): what a response
    /// opens with is usually what it is about.
    public var position: Double = 0
    /// How many times the phrase occurs in the response (long narratives repeat their subject).
    public var occurrences = 1
    /// The text field and sentence of its first occurrence (for the sentiment of the mention).
    public var field = 0
    public var sentence: Int32 = 0
    /// True when the phrase follows a determiner ("the wait", "mon remboursement"): a noun
    /// phrase, the better label.
    public var afterDeterminer = false

    /// Creates a candidate.
    public init(key: String, surface: String, length: Int, isGeneric: Bool = false, position: Double = 0) {
        self.key = key
        self.surface = surface
        self.length = length
        self.isGeneric = isGeneric
        self.position = position
    }
}
