import CandorCore

/// The words and prefixes patterns mention, numbered, and the lookup from a token key to them.
///
/// The lookup walks the key's UTF-8 bytes once, carrying their FNV-1a hash: the hash of every
/// prefix comes along the way, so each prefix length costs an integer-keyed probe, not a string
/// cut off the key and hashed again. A token id's symbols are looked up once per worker and
/// cached (`AutomatonMatcher`), but feedback keeps bringing new words: building strings per
/// prefix length was a tenth of tagging on 76,000 responses (callgrind,
/// `candor-bench tag-overhead`). A probe that hits is confirmed on the bytes, so a hash
/// collision cannot mix up two keys.
public struct SymbolVocabulary: Sendable {
    private(set) var words: [String: Int32] = [:]
    private(set) var prefixes: [String: Int32] = [:]
    /// Prefix lengths in Unicode scalars, ascending.
    private(set) var prefixLengths: [Int] = []
    /// Keys of number words ("two", "deux", "third"), which match `<num>`.
    let numberWords: Set<String>
    /// The words, prefixes and number words by the FNV-1a hash of their bytes (`rawHash`).
    private var wordsByHash: [UInt64: Int32] = [:]
    private var prefixesByHash: [UInt64: Int32] = [:]
    private let numberWordHashes: Set<UInt64>
    /// Each word and prefix by id, to confirm a probe's hit.
    private var wordKeys: [String] = []
    private var prefixKeys: [String] = []
    /// Set when two words or two prefixes share a hash: lookups then cut and hash strings.
    private var hashesCollide = false

    init(numberWords: Set<String>) {
        self.numberWords = numberWords
        numberWordHashes = Set(numberWords.map(Self.rawHash))
    }

    mutating func wordID(_ key: String) -> Int32 {
        if let id = words[key] { return id }
        let id = Int32(words.count)
        words[key] = id
        wordKeys.append(key)
        if wordsByHash.updateValue(id, forKey: Self.rawHash(key)) != nil { hashesCollide = true }
        return id
    }

    mutating func prefixID(_ stem: String) -> Int32 {
        if let id = prefixes[stem] { return id }
        let id = Int32(prefixes.count)
        prefixes[stem] = id
        if prefixesByHash.updateValue(id, forKey: Self.rawHash(stem)) != nil { hashesCollide = true }
        prefixKeys.append(stem)
        let length = stem.unicodeScalars.count
        if !prefixLengths.contains(length) {
            prefixLengths.append(length)
            prefixLengths.sort()
        }
        return id
    }

    /// FNV-1a of a string's UTF-8 bytes, with no separator (unlike `StableHash.of`), so that a
    /// walk along a longer key passes through it.
    static func rawHash(_ string: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(bytes: string.utf8)
        return hash.value
    }

    /// The symbols of a token: its word id, matching prefixes, and whether it is a number.
    func symbols(key: String, isNumber: Bool) -> TokenSymbols {
        guard !hashesCollide else { return symbolsCuttingPrefixes(key: key, isNumber: isNumber) }
        var utf8 = key
        return utf8.withUTF8 { bytes in
            var found: [Int32] = []
            var hash = StableHash.offsetBasis
            var scalars = 0
            var nextLength = 0
            for index in 0..<bytes.count {
                hash = StableHash.step(hash, UInt64(bytes[index]))
                // A scalar ends here when the next byte starts one (or the key ends).
                guard index + 1 == bytes.count || bytes[index + 1] & 0xC0 != 0x80 else { continue }
                scalars += 1
                guard nextLength < prefixLengths.count, prefixLengths[nextLength] == scalars else { continue }
                nextLength += 1
                if let id = prefixesByHash[hash], prefixKeys[Int(id)].utf8.elementsEqual(bytes[...index]) {
                    found.append(id)
                }
            }
            var word: Int32 = -1
            if let id = wordsByHash[hash], wordKeys[Int(id)] == key { word = id }
            let numberWord = numberWordHashes.contains(hash) && numberWords.contains(key)
            return TokenSymbols(word: word, prefixes: found, isNumber: isNumber || numberWord, isDigits: isNumber)
        }
    }

    /// `symbols` by strings: each prefix cut off the key and looked up (the way when hashes
    /// collide).
    func symbolsCuttingPrefixes(key: String, isNumber: Bool) -> TokenSymbols {
        var found: [Int32] = []
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
