/// A worker's scratch storage for `PhraseExtractor.candidates`, lent from response to response:
/// the table of phrases seen, each token's surface hash, and the clause runs. Allocating the
/// three arrays afresh for every response (and growing the runs' ends past their estimate) was
/// a tenth of the second pass's allocations on the 3 MB sample (callgrind).
public struct CandidateScratch {
    /// Phrases seen in the response, and where (`candidates` empties it first).
    var seen = SeenPhrases()
    /// Each token's surface hash, for the field being walked. This array and the runs' only
    /// grow: the field's values are their first elements, written in place.
    var surfaces: [UInt64] = []
    /// When filtering by linked stems: per token of the field, whether it may stand in a
    /// linked phrase (a stopword, or a word whose stem is linked).
    var linked: [Bool] = []
    /// The clause runs' token indices, laid end to end, and where each run ends.
    var runTokens: [Int] = []
    var runEnds: [Int] = []

    /// Empty scratch storage.
    public init() {}
}
