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
        fileprivate var votes = TokenIDTable<UInt64>()
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

    /// The profiles (bits) with a letter in `norm`.
    private func letterProfiles(_ norm: String) -> UInt64 {
        var bits: UInt64 = 0
        for (profile, data) in profiles.enumerated() where profile < 64 && !data.letters.isEmpty {
            if norm.contains(where: data.letters.contains) { bits |= 1 << UInt64(profile) }
        }
        return bits
    }

    /// The most likely language of `tokens`, or `und`.
    ///
    /// Reads the first `limit` words only: a response rarely changes language, and long
    /// narratives would otherwise cost a lookup per word for nothing. With a `cache`, a key's
    /// votes are read by token id.
    public func guess(_ tokens: [Token], limit: Int = 64, cache: Cache? = nil) -> Language {
        var scores = [Double](repeating: 0, count: profiles.count)
        var words = 0
        var latin = 0
        if let cache {
            cache.votes.follow(generation: cache.vocabulary.generation)
            cache.letters.follow(generation: cache.vocabulary.generation)
        }
        for index in tokens.indices where tokens[index].kind == .word {
            words += 1
            if words > limit { break }
            // Fields read in place: copying a `Token` retains its strings.
            if let first = tokens[index].norm.utf8.first, first < 0xC9 { latin += 1 }
            let id = tokens[index].id
            let bits: UInt64
            if let known = cache?.votes[id] {
                bits = known
            } else {
                bits = votes[tokens[index].key] ?? 0
                cache?.votes[id] = bits
            }
            if bits != 0 {
                for profile in scores.indices where bits & (1 << UInt64(profile)) != 0 { scores[profile] += 1 }
            }
            if tokens[index].norm != tokens[index].key {
                let norm = tokens[index].norm
                let lettered: UInt64
                if let known = cache?.letters[id], known.norm == norm {
                    lettered = known.profiles
                } else {
                    lettered = letterProfiles(norm)
                    cache?.letters[id] = (norm, lettered)
                }
                if lettered != 0 {
                    for profile in scores.indices where lettered & (1 << UInt64(profile)) != 0 { scores[profile] += 0.5 }
                }
            }
        }
        words = min(words, limit)
        guard words > 0, latin * 2 >= words else { return .undetermined }
        var best = -1
        var bestScore = 0.0
        for (index, score) in scores.enumerated() where score > bestScore {
            best = index
            bestScore = score
        }
        guard best >= 0 else { return .undetermined }
        // A single weak hit in a long text is not evidence enough.
        if bestScore < 1, words > 3 { return .undetermined }
        return profiles[best].language
    }
}
