import CandorCore

/// Guesses a response's language from its tokens: which language's frequent words it uses.
///
/// Profiles (the most frequent function words of each language) are language data loaded by
/// the caller from resource files. Texts in scripts other than Latin, or with no evidence for
/// any profile, are `und` and are still tokenized correctly.
public struct LanguageGuesser: Sendable {
    /// One language's evidence: its frequent words (accent-folded keys) and letters typical of it.
    public struct Profile: Sendable {
        /// The language.
        public var language: Language
        /// Frequent function words, as token keys.
        public var words: Set<String>
        /// Letters (in `norm` form) that point to the language, e.g. `é`, `ç` for French.
        public var letters: Set<Character>

        /// Creates a profile.
        public init(language: Language, words: Set<String>, letters: Set<Character> = []) {
            self.language = language
            self.words = words
            self.letters = letters
        }
    }

    /// The profiles compared, in a fixed order (ties go to the first).
    public let profiles: [Profile]
    /// For each profile word, the profiles (bits) it belongs to: one lookup per token.
    private let votes: [String: UInt64]

    /// Creates a guesser over `profiles`.
    public init(profiles: [Profile]) {
        self.profiles = profiles
        var votes: [String: UInt64] = [:]
        for (index, profile) in profiles.enumerated() where index < 64 {
            for word in profile.words { votes[word, default: 0] |= 1 << UInt64(index) }
        }
        self.votes = votes
    }

    /// A worker's frequent-word votes by token id (`TokenVocabulary`), so a key is looked up
    /// once per worker, not at every occurrence. Not shared between threads.
    public final class Cache {
        fileprivate var votes = TokenIDTable<KeyFacts>()
        /// Per token id: the last accented spelling met (`norm`) and the profiles whose letters
        /// it holds. Keyed by id, which accent folding shares between spellings, so the spelling
        /// is compared before the answer is reused: one comparison instead of walking the word's
        /// characters through each profile's letter set.
        fileprivate var letters = TokenIDTable<(norm: String, profiles: UInt64)>()
        let vocabulary: TokenVocabulary

        /// A cache for tokens numbered by `vocabulary`.
        public init(vocabulary: TokenVocabulary) {
            self.vocabulary = vocabulary
        }
    }

    /// Per-profile scores of one response, in a fixed-size value (no allocation per response).
    private struct Scores {
        /// The profiles scored: the guesser's votes are 64-bit masks, so never more than 64.
        static let capacity = 64
        /// Per profile, its score in half votes (a frequent word is 2, a typical letter 1): whole
        /// numbers in memory the caller lends (`withUnsafeTemporaryAllocation`, on the stack).
        /// Held as doubles in two SIMD vectors, each vote copied a vector through the stack
        /// (indexed at run time): nine tenths of the guess's instructions went to that.
        let halves: UnsafeMutableBufferPointer<Int32>

        /// Adds `halfVotes` to each profile whose bit is set in `bits`.
        @inline(__always)
        func add(_ halfVotes: Int32, to bits: UInt64) {
            var rest = bits
            while rest != 0 {
                let profile = rest.trailingZeroBitCount
                rest &= rest - 1
                halves[profile] += halfVotes
            }
        }

        /// The score of profile `profile`, in votes.
        subscript(profile: Int) -> Double { Double(halves[profile]) / 2 }
    }

    /// What the guesser reads of a token key, cached by id.
    fileprivate struct KeyFacts {
        /// The profiles (bits) listing the key among their frequent words.
        var votes: UInt64
        /// The key starts with a Latin letter (or below): `isLatin(_:)`.
        var isLatin: Bool
    }

    /// True when `text` starts below U+0240 (Basic Latin to Latin Extended-B, and symbols).
    private static func isLatin(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first < 0xC9
    }

    /// The profiles (bits) with a letter in `norm`.
    private func letterProfiles(_ norm: String) -> UInt64 {
        var bits: UInt64 = 0
        for (profile, data) in profiles.enumerated() where profile < 64 && !data.letters.isEmpty {
            if norm.contains(where: data.letters.contains) { bits |= 1 << UInt64(profile) }
        }
        return bits
    }

    /// The most likely language of `text`, or `und`.
    public func guess(_ text: TokenizedText, limit: Int = 64, cache: Cache? = nil) -> Language {
        guess([text], limit: limit, cache: cache)
    }

    /// The most likely language of a response whose fields are `texts`, or `und`.
    ///
    /// Reads the first `limit` words only: a response rarely changes language, and long
    /// narratives would otherwise cost a lookup per word for nothing. With a `cache`, a key's
    /// votes are read by token id.
    public func guess(_ texts: [TokenizedText], limit: Int = 64, cache: Cache? = nil) -> Language {
        // Scores in a fixed-size buffer on the stack, not an array allocated per response (two
        // profiles in the built-in data; votes are 64-bit masks, so no profile past
        // `Scores.capacity` has any).
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: Scores.capacity) { halves in
            halves.initialize(repeating: 0)
            return guess(texts, limit: limit, cache: cache, scores: Scores(halves: halves))
        }
    }

    /// `guess(_:limit:cache:)` counting into `scores`.
    private func guess(_ texts: [TokenizedText], limit: Int, cache: Cache?, scores: Scores) -> Language {
        var words = 0
        var latin = 0
        // The cache's tables are moved into locals for the response and put back after: read
        // through the class, every lookup paid an exclusivity check (a third of this function's
        // instructions on the demo sample).
        var votesByID = TokenIDTable<KeyFacts>()
        var lettersByID = TokenIDTable<(norm: String, profiles: UInt64)>()
        if let cache {
            swap(&votesByID, &cache.votes)
            swap(&lettersByID, &cache.letters)
            votesByID.follow(generation: cache.vocabulary.generation)
            lettersByID.follow(generation: cache.vocabulary.generation)
        }
        defer {
            if let cache {
                swap(&votesByID, &cache.votes)
                swap(&lettersByID, &cache.letters)
            }
        }
        let caching = cache != nil
        for text in texts where words < limit {
            text.tokens.withUnsafeBufferPointer { tokens in
                for index in tokens.indices where tokens[index].kind == .word {
                    words += 1
                    if words > limit { break }
                    let id = tokens[index].id
                    let facts: KeyFacts
                    if caching, let known = votesByID[id] {
                        facts = known
                    } else {
                        let key = text.key(of: tokens[index])
                        facts = KeyFacts(votes: votes[key] ?? 0, isLatin: Self.isLatin(key))
                        if caching { votesByID[id] = facts }
                    }
                    if facts.votes != 0 { scores.add(2, to: facts.votes) }
                    guard !tokens[index].isPlain else {
                        // The key is the word as written: its first letter is the word's.
                        if facts.isLatin { latin += 1 }
                        continue
                    }
                    let norm = text.norm(of: tokens[index])
                    if Self.isLatin(norm) { latin += 1 }
                    let lettered: UInt64
                    if caching, let known = lettersByID[id], known.norm == norm {
                        lettered = known.profiles
                    } else {
                        lettered = letterProfiles(norm)
                        if caching { lettersByID[id] = (norm, lettered) }
                    }
                    if lettered != 0 { scores.add(1, to: lettered) }
                }
            }
        }
        words = min(words, limit)
        guard words > 0, latin * 2 >= words else { return .undetermined }
        var best = -1
        var bestScore = 0.0
        for index in 0..<min(profiles.count, Scores.capacity) where scores[index] > bestScore {
            best = index
            bestScore = scores[index]
        }
        guard best >= 0 else { return .undetermined }
        // A single weak hit in a long text is not evidence enough.
        if bestScore < 1, words > 3 { return .undetermined }
        return profiles[best].language
    }
}
