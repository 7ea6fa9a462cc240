/// A candidate theme phrase found in one response.
public struct PhraseCandidate: Sendable, Hashable {
    /// The merge key (`PhraseKey`): its content words' stems, in any order, numbers as `#`
    /// ("délai de remboursement" and "délais remboursement" share one key).
    public var key: UInt64
    /// The hash of the words as written (lowercased, accents kept), telling label variants apart.
    public var surfaceHash: UInt64
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
    /// The text field, sentence and token range of its first occurrence.
    public var field = 0
    public var sentence: Int32 = 0
    public var firstToken: Int32 = 0
    public var lastToken: Int32 = 0
    /// True when the phrase follows a determiner ("the wait", "mon remboursement"): a noun
    /// phrase, the better label.
    public var afterDeterminer = false

    /// Creates a candidate.
    public init(key: UInt64, surfaceHash: UInt64, length: Int, isGeneric: Bool = false, position: Double = 0) {
        self.key = key
        self.surfaceHash = surfaceHash
        self.length = length
        self.isGeneric = isGeneric
        self.position = position
    }
}
