/// The words and prefixes patterns mention, numbered, and the lookup from a token key to them.
public struct SymbolVocabulary: Sendable {
    private(set) var words: [String: Int32] = [:]
    private(set) var prefixes: [String: Int32] = [:]
    /// Prefix lengths in Unicode scalars, ascending.
    private(set) var prefixLengths: [Int] = []
    /// Keys of number words ("two", "deux", "third"), which match `<num>`.
    let numberWords: Set<String>

    init(numberWords: Set<String>) {
        self.numberWords = numberWords
    }

    mutating func wordID(_ key: String) -> Int32 {
        if let id = words[key] { return id }
        let id = Int32(words.count)
        words[key] = id
        return id
    }

    mutating func prefixID(_ stem: String) -> Int32 {
        if let id = prefixes[stem] { return id }
        let id = Int32(prefixes.count)
        prefixes[stem] = id
        let length = stem.unicodeScalars.count
        if !prefixLengths.contains(length) {
            prefixLengths.append(length)
            prefixLengths.sort()
        }
        return id
    }

    /// The symbols of a token: its word id, matching prefixes, and whether it is a number.
    func symbols(key: String, isNumber: Bool) -> TokenSymbols {
        var found: [Int32] = []
        if !prefixLengths.isEmpty {
            // One walk along the scalars for every (ascending) length, each prefix copied off the
            // key as a slice, not rebuilt scalar by scalar.
            let scalars = key.unicodeScalars
            var end = scalars.startIndex
            var taken = 0
            for length in prefixLengths {
                while taken < length, end < scalars.endIndex {
                    scalars.formIndex(after: &end)
                    taken += 1
                }
                guard taken == length else { break }
                if let id = prefixes[String(scalars[..<end])] { found.append(id) }
            }
        }
        return TokenSymbols(word: words[key] ?? -1, prefixes: found, isNumber: isNumber || numberWords.contains(key), isDigits: isNumber)
    }

    /// Every pattern word, for lint and statistics.
    public var wordCount: Int { words.count }
    /// Every pattern prefix.
    public var prefixCount: Int { prefixes.count }
}

/// What the automaton sees of one token.
struct TokenSymbols: Sendable {
    /// The pattern word id of the token's key, or -1.
    var word: Int32
    /// The ids of the pattern prefixes the key starts with.
    var prefixes: [Int32]
    /// True for numbers and number words.
    var isNumber: Bool
    /// True for numbers written in digits.
    var isDigits: Bool
}
