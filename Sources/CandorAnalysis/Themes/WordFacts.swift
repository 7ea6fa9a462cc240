import CandorCore
import CandorText

/// What the theme and sentiment stages need to know about one token key in one language:
/// computed once per worker and key, then read for every occurrence. Plain data (no strings),
/// so arrays of it copy without reference counting.
public struct WordFacts: Sendable {
    /// The stem's hash (`PhraseKey.number` for numbers).
    public var stem: UInt64
    /// The key's own hash (the surface of an unaccented word).
    public var keyHash: UInt64
    /// A stopword: a phrase neither starts nor ends with one.
    public var isStop: Bool
    /// An evaluative or vague word: evokes facets, never a theme alone.
    public var isGeneric: Bool
    /// Has two letters or an ideograph, and is not one letter repeated (XXXX).
    public var isWordLike: Bool
    /// A determiner ("the", "mon"): the word after it is likely a noun.
    public var isDeterminer: Bool
    /// +1 positive, -1 negative, 0 neutral.
    public var polarity: Int8
    /// Negates the sentiment words that follow.
    public var isNegator: Bool
}

/// A worker's cache of `WordFacts`, by language and token id (or key, for tokens without an
/// id). Not shared between threads.
public final class WordFactsCache {
    private let extractor: PhraseExtractor
    private let sentiment: SentimentScorer
    /// The tokenizer's vocabulary, when tokens carry ids.
    private let vocabulary: TokenVocabulary?
    /// Per language met, its table: a short list searched in order (a run meets a few
    /// languages, and responses switch between them often; a dictionary hashed the language
    /// code twice per text).
    private var byID: [(language: Language, table: TokenIDTable<WordFacts>)] = []
    private var byKey: [Language: [String: WordFacts]] = [:]
    private static let keyLimit = 1 << 17
    /// Where a text's facts are written before they are copied into its array (`reserveScratch`).
    private var scratch = UnsafeMutableBufferPointer<WordFacts?>.allocate(capacity: 256)

    /// Creates an empty cache over the run's language data; with the tokenizer's `vocabulary`,
    /// facts are found by token id.
    public init(extractor: PhraseExtractor, sentiment: SentimentScorer, vocabulary: TokenVocabulary? = nil) {
        self.extractor = extractor
        self.sentiment = sentiment
        self.vocabulary = vocabulary
    }

    deinit { scratch.deallocate() }

    private static let numberFacts = WordFacts(
        stem: PhraseKey.number, keyHash: PhraseKey.number, isStop: false, isGeneric: false, isWordLike: false,
        isDeterminer: false, polarity: 0, isNegator: false)

    /// The facts of every token of `text` in `language` (nil for tokens other than words and
    /// numbers). The language's id table is taken out of the cache once for the whole text, not
    /// once per token (a dictionary lookup per token was a tenth of a run's time).
    public func facts(of text: TokenizedText, language: Language) -> [WordFacts?] {
        var out: [WordFacts?] = []
        facts(of: text, language: language, into: &out)
        return out
    }

    /// `facts(of:language:)` written into `out`, refilled in place when nothing else holds it
    /// (a worker's recycled reading: `ResponseAnalyzer.recycle`).
    public func facts(of text: TokenizedText, language: Language, into out: inout [WordFacts?]) {
        // The language's table is moved out of the list for the text (no copy of its storage
        // when it grows) and put back after.
        let slot: Int
        if let found = byID.firstIndex(where: { $0.language == language }) {
            slot = found
        } else {
            byID.append((language, TokenIDTable()))
            slot = byID.count - 1
        }
        var known = TokenIDTable<WordFacts>()
        swap(&known, &byID[slot].table)
        defer { swap(&known, &byID[slot].table) }
        known.follow(generation: vocabulary?.generation ?? -1)
        // Written through buffers: appending checked the array's uniqueness per token.
        scratch.reserveScratch(text.tokens.count)
        let written = scratch
        text.tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices {
                let value: WordFacts?
                switch tokens[index].kind {
                case .number: value = Self.numberFacts
                case .word:
                    let id = tokens[index].id
                    if let facts = known[id] {
                        value = facts
                    } else if id >= 0 {
                        let computed = extractor.facts(of: text.key(of: tokens[index]), language: language, sentiment: sentiment)
                        known[id] = computed
                        value = computed
                    } else {
                        value = facts(key: text.key(of: tokens[index]), language: language)
                    }
                default: value = nil
                }
                written.initializeElement(at: index, to: value)
            }
        }
        out.refill(with: UnsafeBufferPointer(rebasing: written[..<text.tokens.count]))
    }

    /// The facts of a word key in `language`, for tokens without an id.
    private func facts(key: String, language: Language) -> WordFacts {
        if let known = byKey[language]?[key] { return known }
        let facts = extractor.facts(of: key, language: language, sentiment: sentiment)
        var table = byKey.removeValue(forKey: language) ?? [:]
        if table.count >= Self.keyLimit { table.removeAll(keepingCapacity: true) }
        table[key] = facts
        byKey[language] = table
        return facts
    }
}
