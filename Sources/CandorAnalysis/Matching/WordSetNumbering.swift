/// The distinct sets of several words the matcher tests ("does the sentence hold one of these
/// words?"), numbered once per automaton: the wake tests' mandatory sets and the sentence
/// gate's units share the numbering and one per-sentence answer per set
/// (`AutomatonMatcher.Scan.holds` and `marks`).
struct WordSetNumbering: Sendable {
    private var ids: [[Int32]: Int32] = [:]
    /// Per set: its words (compressed rows).
    private(set) var offsets: [Int32] = [0]
    private(set) var items: [Int32] = []

    /// The number of sets.
    var count: Int { offsets.count - 1 }

    /// Per word id below `wordCount`: the sets holding it (compressed rows).
    func setsByWord(wordCount: Int) -> (offsets: [Int32], items: [Int32]) {
        var lists: [[Int32]] = Array(repeating: [], count: wordCount)
        for set in 0..<count {
            for word in Set(items[Int(offsets[set])..<Int(offsets[set + 1])]).sorted() where Int(word) < wordCount {
                lists[Int(word)].append(Int32(set))
            }
        }
        return compressedRows(lists)
    }

    /// The words of the set coded `code` (`code(_:)`).
    func words(of code: Int32) -> ArraySlice<Int32> {
        if code < 0 { return [-2 - code] }
        return items[Int(offsets[Int(code)])..<Int(offsets[Int(code) + 1])]
    }

    /// The code of `words` (sorted word ids): `-2 - word` for one word (tested on the word's
    /// bit), else the set's number.
    mutating func code(_ words: [Int32]) -> Int32 {
        if words.count == 1 { return -2 - words[0] }
        if let known = ids[words] { return known }
        let id = Int32(ids.count)
        ids[words] = id
        items.append(contentsOf: words)
        offsets.append(Int32(items.count))
        return id
    }
}

/// Compressed rows of `lists`: offsets (one more than lists) and items.
func compressedRows(_ lists: [[Int32]]) -> (offsets: [Int32], items: [Int32]) {
    var offsets: [Int32] = [0]
    var items: [Int32] = []
    for list in lists {
        items.append(contentsOf: list)
        offsets.append(Int32(items.count))
    }
    return (offsets, items)
}
