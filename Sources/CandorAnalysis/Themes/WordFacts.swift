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

/// A worker's cache of `WordFacts`, by language and key. Not shared between threads.
public final class WordFactsCache {
    private let extractor: PhraseExtractor
    private let sentiment: SentimentScorer
    private var tables: [Language: [String: WordFacts]] = [:]
    private static let limit = 1 << 17
    /// Facts by language and token id, valid for `byIDGeneration` of `vocabulary`.
    private let vocabulary: TokenVocabulary?
    private var byID: [Language: [WordFacts?]] = [:]
    private var byIDGeneration = -1

    /// Creates an empty cache over the run's language data; with the tokenizer's `vocabulary`,
    /// facts are found by token id.
    public init(extractor: PhraseExtractor, sentiment: SentimentScorer, vocabulary: TokenVocabulary? = nil) {
        self.extractor = extractor
        self.sentiment = sentiment
        self.vocabulary = vocabulary
    }

    private static let numberFacts = WordFacts(
        stem: PhraseKey.number, keyHash: PhraseKey.number, isStop: false, isGeneric: false, isWordLike: false,
        isDeterminer: false, polarity: 0, isNegator: false)

    /// The facts of every token of `text` in `language` (nil for tokens other than words and
    /// numbers). The language's id table is taken out of the cache once for the whole text, not
    /// once per token (a dictionary lookup per token was a tenth of a run's time).
    public func facts(of text: TokenizedText, language: Language) -> [WordFacts?] {
        let tokens = text.tokens
        var out: [WordFacts?] = []
        out.reserveCapacity(tokens.count)
        guard let vocabulary else {
            for index in tokens.indices {
                let kind = tokens[index].kind
                out.append(kind == .word || kind == .number ? facts(tokens[index], language: language) : nil)
            }
            return out
        }
        if vocabulary.generation != byIDGeneration {
            byID.removeAll()
            byIDGeneration = vocabulary.generation
        }
        var known = byID.removeValue(forKey: language) ?? []
        defer { byID[language] = known }
        for index in tokens.indices {
            switch tokens[index].kind {
            case .number: out.append(Self.numberFacts)
            case .word:
                let id = Int(tokens[index].id)
                guard id >= 0 else {
                    out.append(facts(tokens[index], language: language))
                    continue
                }
                if id < known.count, let facts = known[id] {
                    out.append(facts)
                    continue
                }
                let computed = extractor.facts(of: tokens[index].key, language: language, sentiment: sentiment)
                if id >= known.count { known.append(contentsOf: repeatElement(nil, count: id - known.count + 1)) }
                known[id] = computed
                out.append(computed)
            default: out.append(nil)
            }
        }
        return out
    }

    /// The facts of a word or number token in `language`.
    public func facts(_ token: Token, language: Language) -> WordFacts {
        if token.kind == .number { return Self.numberFacts }
        if token.id >= 0, let vocabulary {
            if vocabulary.generation != byIDGeneration {
                byID.removeAll()
                byIDGeneration = vocabulary.generation
            }
            let id = Int(token.id)
            var facts = byID[language] ?? []
            byID[language] = nil
            defer { byID[language] = facts }
            if id < facts.count, let known = facts[id] { return known }
            let computed = extractor.facts(of: token.key, language: language, sentiment: sentiment)
            if id >= facts.count { facts.append(contentsOf: repeatElement(nil, count: id - facts.count + 1)) }
            facts[id] = computed
            return computed
        }
        if let known = tables[language]?[token.key] { return known }
        let facts = extractor.facts(of: token.key, language: language, sentiment: sentiment)
        var table = tables[language] ?? [:]
        tables[language] = nil
        if table.count >= Self.limit { table.removeAll(keepingCapacity: true) }
        table[token.key] = facts
        tables[language] = table
        return facts
    }
}
