import CandorCore
import CandorText

/// The read-only parts of a run, built once and shared by every worker: the compiled
/// taxonomy, the language data, the language guesser, the phrase extractor, facets, sentiment.
public struct AnalysisEngine: Sendable {
    /// The taxonomy and scope markers, compiled.
    public let compiled: CompiledTaxonomy
    /// Language data, by language.
    public let languages: [LanguageData]
    /// Guesses each response's language.
    public let guesser: LanguageGuesser
    /// Finds candidate theme phrases.
    public let extractor: PhraseExtractor
    /// A language every response is forced to, if any.
    public let forcedLanguage: Language?
    /// Scores the sentiment of sentences, for theme mentions.
    public let sentiment: SentimentScorer
    /// Facet lexicons by language.
    public let facets: [Language: FacetLexicon]

    /// Builds the engine.
    /// - Throws: `AnalysisError` when the taxonomy does not compile.
    public init(taxonomy: Taxonomy, languages: [LanguageData], forcedLanguage: Language? = nil) throws(AnalysisError) {
        self.compiled = try CompiledTaxonomy(taxonomy: taxonomy, languages: languages)
        self.languages = languages
        self.guesser = LanguageData.guesser(languages)
        let extractor = PhraseExtractor(languages: languages)
        let sentiment = SentimentScorer(languages: languages)
        self.extractor = extractor
        self.sentiment = sentiment
        self.forcedLanguage = forcedLanguage
        var facets: [Language: FacetLexicon] = [:]
        if let tokenizer = try? Tokenizer() {
            let cache = WordFactsCache(extractor: extractor, sentiment: sentiment)
            for data in languages where !data.facetText.isEmpty {
                facets[data.language] = FacetLexicon(
                    text: data.facetText, language: data.language, extractor: extractor, tokenizer: tokenizer, cache: cache)
            }
        }
        self.facets = facets
    }

    /// The engine over the built-in taxonomy and language data.
    public static func builtIn(forcedLanguage: Language? = nil) throws(AnalysisError) -> AnalysisEngine {
        try AnalysisEngine(taxonomy: try Taxonomy.builtIn(), languages: try LanguageData.builtIn(), forcedLanguage: forcedLanguage)
    }
}

/// One worker's analysis state: its own ICU tokenizer, tagger and word-facts cache over the
/// shared engine.
public final class ResponseAnalyzer {
    /// The shared engine.
    public let engine: AnalysisEngine
    private let tokenizer: Tokenizer
    private let tagger: FlawTagger
    private let cache: WordFactsCache
    /// Numbers the tokens' keys, so the tagger and the facts cache index arrays by id.
    private let vocabulary: TokenVocabulary
    /// The language guesser's evidence by token id.
    private let guessCache: LanguageGuesser.Cache
    /// The phrase extractor's scratch storage, reused from response to response.
    private var candidateScratch = CandidateScratch()
    /// Theme assignment's scratch storage, reused from response to response.
    private var assignScratch = ThemeModel.AssignScratch()
    /// A theme's evoking candidates, read out of `assignScratch` (reused).
    private var evokerScratch: [Int] = []
    /// The reading last handed back, to refill (`recycle`).
    private var spare: Reading?
    /// The facet lexicons of the languages met (`facetLexicon(_:)`).
    private var facetLexicons: [(language: Language, lexicon: FacetLexicon.Shared?)] = []

    /// Creates a worker.
    /// - Throws: `TextError` when ICU cannot be opened.
    public init(engine: AnalysisEngine) throws(TextError) {
        let vocabulary = TokenVocabulary()
        self.engine = engine
        self.vocabulary = vocabulary
        self.tokenizer = try Tokenizer(vocabulary: vocabulary)
        self.tagger = FlawTagger(compiled: engine.compiled, vocabulary: vocabulary)
        self.cache = WordFactsCache(extractor: engine.extractor, sentiment: engine.sentiment, vocabulary: vocabulary)
        self.guessCache = LanguageGuesser.Cache(vocabulary: vocabulary)
    }

    /// The tokens, language and phrase candidates of a response (what both passes need).
    public struct Reading {
        /// One tokenized text per field.
        public var fields: [TokenizedText]
        /// The language.
        public var language: Language
        /// Word tokens over all fields.
        public var wordCount: Int
        /// The facts of each field's tokens (nil for punctuation and the like).
        public var facts: [[WordFacts?]]
        /// The sentence number of each field's tokens (`SentenceNumbers`).
        public var sentences: [[Int32]] = []
        /// Distinct candidate phrases over all fields.
        public var candidates: [PhraseCandidate]
        /// Distinct candidate phrases per field (only when there are several fields).
        public var fieldCandidates: [[PhraseCandidate]]
        /// The facets the candidates evoke (indices into the language's lexicon).
        public var facets: [FacetLexicon.Hit] = []

        /// A candidate's stems and text, for the statistics (called once per new phrase).
        public func describe(_ candidate: PhraseCandidate) -> (stems: Stems, surface: String) {
            PhraseExtractor.describe(candidate, in: fields[candidate.field], facts: facts[candidate.field])
        }
    }

    /// Tokenizes a response, guesses its language and finds its phrase candidates, and the
    /// facets they evoke when `findingFacets` (only the phrase counting reads them); with
    /// `linkedStems`, only the candidates a theme can link (`PhraseExtractor.candidates`).
    ///
    /// The reading last handed back (`recycle`) is refilled: its arrays are reused wherever
    /// nothing else holds them.
    public func read(_ response: Response, findingFacets: Bool = true, linkedStems: PhraseTable<Bool>? = nil) -> Reading {
        vocabulary.startResponse()
        var reading = spare.take() ?? Reading(fields: [], language: .undetermined, wordCount: 0, facts: [], candidates: [], fieldCandidates: [])
        let count = response.texts.count
        Self.resize(&reading.fields, to: count) { TokenizedText(utf16: [], tokens: [], forms: TokenForms(capacity: 0)) }
        var words = 0
        for field in 0..<count {
            tokenizer.tokenize(response.texts[field], into: &reading.fields[field])
            for token in reading.fields[field].tokens where token.kind == .word { words += 1 }
        }
        reading.language = engine.forcedLanguage ?? engine.guesser.guess(reading.fields, cache: guessCache)
        reading.wordCount = words
        reading.fieldCandidates = []
        reading.facets = []
        guard words > 0 else {
            (reading.facts, reading.sentences, reading.candidates) = ([], [], [])
            return reading
        }
        Self.resize(&reading.facts, to: count) { [] }
        Self.resize(&reading.sentences, to: count) { [] }
        for field in 0..<count {
            cache.facts(of: reading.fields[field], language: reading.language, into: &reading.facts[field])
            SentenceNumbers.of(reading.fields[field], into: &reading.sentences[field])
        }
        // Read out of the reading while its candidates are written (passed from the reading
        // itself, the whole reading was copied: a retain and a release of each of its arrays).
        let (fields, facts, sentences) = (reading.fields, reading.facts, reading.sentences)
        if count == 1 {
            engine.extractor.candidates(
                fields, facts: facts, sentences: sentences, linkedStems: linkedStems, scratch: &candidateScratch,
                into: &reading.candidates)
        } else {
            reading.fieldCandidates = fields.indices.map { field in
                engine.extractor.candidates(
                    [fields[field]], facts: [facts[field]], sentences: [sentences[field]], fieldOffset: field,
                    linkedStems: linkedStems, scratch: &self.candidateScratch)
            }
            var keys: Set<UInt64> = []
            reading.candidates = reading.fieldCandidates.joined().filter { keys.insert($0.key).inserted }
        }
        if findingFacets, let lexicon = facetLexicon(reading.language) { reading.facets = lexicon.facets(of: reading.candidates) }
        return reading
    }

    /// Hands a reading back once its caller is done with it: the next `read` refills its arrays
    /// (those nothing else holds) instead of allocating them. Per response, a reading's dozen
    /// arrays were allocated and freed, and fresh allocations are cold memory: the allocator
    /// took 5 % of the second pass (`perf`, two threads, 200 MB dump), most of it cache misses.
    ///
    /// Without `keepingTokens`, the texts' token arrays are dropped: a first-pass tally keeps
    /// them for its new surfaces, and refilling a shared array copies it with the capacity of the
    /// longest text met so far (an array that size per kept text took the first pass's memory
    /// from 160 to 260 MB on the 18 MB sample).
    public func recycle(_ reading: consuming Reading, keepingTokens: Bool = true) {
        if !keepingTokens {
            for field in reading.fields.indices { reading.fields[field].tokens = [] }
        }
        spare = reading
    }

    /// Grows or shrinks `array` to `count` items, new ones made by `make`, keeping the others
    /// (and their storage) in place.
    @inline(__always)
    private static func resize<T>(_ array: inout [T], to count: Int, _ make: () -> T) {
        if array.count > count { array.removeLast(array.count - count) }
        while array.count < count { array.append(make()) }
    }

    /// The facet lexicon of `language`, from the short list the worker keeps: read out of the
    /// engine's dictionary, the lexicon was copied per response (a retain and a release of each
    /// of its arrays and a hash of the language code, 0.4 % of a run's instructions).
    private func facetLexicon(_ language: Language) -> FacetLexicon.Shared? {
        if let found = facetLexicons.first(where: { $0.language == language }) { return found.lexicon }
        let lexicon = engine.facets[language].map(FacetLexicon.Shared.init)
        facetLexicons.append((language, lexicon))
        return lexicon
    }

    /// Fully analyses a response: flaws, themes, and the sentiment of each theme's mention.
    public func analyse(_ response: Response, themes model: ThemeModel) -> ResponseAnalysis {
        // Only candidates a theme can link: assigning reads nothing else of them.
        let reading = read(response, findingFacets: false, linkedStems: model.linkedStems)
        // Nothing the analysis keeps points into the reading: its arrays serve the next response.
        defer { recycle(reading) }
        let hits = reading.wordCount == 0 ? [] : tagger.hits(reading.fields, language: reading.language)
        let flaws = tagger.tags(from: hits)
        // Read from the scratch, which holds the assignment: no array per theme.
        model.assign(reading.candidates, language: reading.language, into: &assignScratch)
        let assigned = assignScratch
        let themes = assigned.themes
        var fieldThemes = reading.fieldCandidates.map { Set(model.assign($0, language: reading.language)) }
        var analysis = ResponseAnalysis(
            response: response, language: reading.language, wordCount: reading.wordCount, flaws: flaws,
            themes: themes, fieldThemes: fieldThemes, blocked: hits.filter { $0.blockedBy != nil })
        guard reading.wordCount > 0 else { return analysis }
        let scores = Self.perField(reading.fields.count) {
            engine.sentiment.sentenceScores(reading.fields[$0], facts: reading.facts[$0], sentences: reading.sentences[$0])
        }
        if themes.isEmpty {
            // No theme named, but an opinion voiced: the response joins the opinion theme.
            let total = scores.joined().reduce(0, +)
            guard scores.joined().contains(where: { $0 != 0 }), let opinion = model.opinionTheme(for: reading.language) else {
                return analysis
            }
            analysis.themes = [opinion]
            analysis.themeSentiment = [Int8(total.signum())]
            for field in fieldThemes.indices where scores[field].contains(where: { $0 != 0 }) { fieldThemes[field] = [opinion] }
            analysis.fieldThemes = fieldThemes
            return analysis
        }
        var evokers = evokerScratch
        evokerScratch = []
        defer { evokerScratch = evokers }
        analysis.themeSentiment = themes.indices.map { theme in
            assigned.evokers(of: theme, into: &evokers)
            // Each sentence evoking the theme counts once. A theme has a few evokers, so an
            // earlier one in the same sentence is found by looking back over them, with no
            // array of the places seen (allocated per theme, 0.7 % of a run's instructions).
            var total = 0
            for (position, index) in evokers.enumerated() {
                let candidate = reading.candidates[index]
                let repeated = evokers[..<position].contains { earlier in
                    reading.candidates[earlier].field == candidate.field && reading.candidates[earlier].sentence == candidate.sentence
                }
                guard !repeated, candidate.field < scores.count, Int(candidate.sentence) < scores[candidate.field].count
                else { continue }
                total += scores[candidate.field][Int(candidate.sentence)]
            }
            return Int8(total.signum())
        }
        return analysis
    }

    /// `body` of each field index of a response with `count` fields. One field (most responses)
    /// makes an array of one, not a `map`, whose generic path reserved capacity through the
    /// runtime for each per-field array of every response.
    @inline(__always)
    private static func perField<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        count == 1 ? [body(0)] : (0..<count).map(body)
    }

    /// Every rule hit, blocked or not, for `candor explain`.
    public func explain(_ response: Response) -> (reading: Reading, hits: [RuleHit], tags: [FlawTag]) {
        let reading = read(response)
        let hits = tagger.hits(reading.fields, language: reading.language)
        return (reading, hits, tagger.tags(from: hits))
    }
}
