import CandorCore
import CandorText

/// The read-only parts of a run, built once and shared by every worker: the compiled
/// taxonomy, the language data, the language guesser and the phrase extractor.
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
    /// Facet lexicons by language.
    public let facets: [Language: FacetLexicon]
    /// Scores the sentiment of sentences, for theme mentions.
    public let sentiment: SentimentScorer

    /// Builds the engine.
    /// - Throws: `AnalysisError` when the taxonomy does not compile.
    public init(taxonomy: Taxonomy, languages: [LanguageData], forcedLanguage: Language? = nil) throws(AnalysisError) {
        self.compiled = try CompiledTaxonomy(taxonomy: taxonomy, languages: languages)
        self.languages = languages
        self.guesser = LanguageData.guesser(languages)
        let extractor = PhraseExtractor(languages: languages)
        self.extractor = extractor
        self.forcedLanguage = forcedLanguage
        var facets: [Language: FacetLexicon] = [:]
        if let tokenizer = try? Tokenizer() {
            for data in languages where !data.facetText.isEmpty {
                facets[data.language] = FacetLexicon(text: data.facetText, language: data.language, extractor: extractor, tokenizer: tokenizer)
            }
        }
        self.facets = facets
        self.sentiment = SentimentScorer(languages: languages)
    }

    /// The engine over the built-in taxonomy and language data.
    public static func builtIn(forcedLanguage: Language? = nil) throws(AnalysisError) -> AnalysisEngine {
        try AnalysisEngine(taxonomy: try Taxonomy.builtIn(), languages: try LanguageData.builtIn(), forcedLanguage: forcedLanguage)
    }
}

/// One worker's analysis state: its own ICU tokenizer and tagger over the shared engine.
public final class ResponseAnalyzer {
    /// The shared engine.
    public let engine: AnalysisEngine
    private let tokenizer: Tokenizer
    private let tagger: FlawTagger

    /// Creates a worker.
    /// - Throws: `TextError` when ICU cannot be opened.
    public init(engine: AnalysisEngine) throws(TextError) {
        self.engine = engine
        self.tokenizer = try Tokenizer()
        self.tagger = FlawTagger(compiled: engine.compiled)
    }

    /// The tokens, language and phrase candidates of a response (what both passes need).
    public struct Reading {
        /// One tokenized text per field.
        public var fields: [TokenizedText]
        /// The language.
        public var language: Language
        /// Word tokens over all fields.
        public var wordCount: Int
        /// Distinct candidate phrases over all fields.
        public var candidates: [PhraseCandidate]
        /// Distinct candidate phrases per field (only when there are several fields).
        public var fieldCandidates: [[PhraseCandidate]]
        /// The facets the candidates evoke (indices into the language's lexicon).
        public var facets: [FacetLexicon.Hit] = []
    }

    /// Tokenizes a response, guesses its language and finds its phrase candidates.
    public func read(_ response: Response) -> Reading {
        let fields = response.texts.map { tokenizer.tokenize($0) }
        let allTokens = fields.flatMap(\.tokens)
        let language = engine.forcedLanguage ?? engine.guesser.guess(allTokens)
        let words = allTokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        guard words > 0 else { return Reading(fields: fields, language: language, wordCount: 0, candidates: [], fieldCandidates: []) }
        let lexicon = engine.facets[language]
        if fields.count == 1 {
            let candidates = engine.extractor.candidates(fields, language: language)
            return Reading(fields: fields, language: language, wordCount: words, candidates: candidates, fieldCandidates: [],
                           facets: lexicon?.facets(of: candidates) ?? [])
        }
        let perField = fields.enumerated().map { field, text in
            engine.extractor.candidates([text], language: language).map { candidate in
                var copy = candidate
                copy.field = field
                return copy
            }
        }
        var seen: Set<String> = []
        let all = perField.joined().filter { seen.insert($0.key).inserted }
        return Reading(fields: fields, language: language, wordCount: words, candidates: all, fieldCandidates: perField,
                       facets: lexicon?.facets(of: all) ?? [])
    }

    /// Fully analyses a response: flaws and themes.
    public func analyse(_ response: Response, themes model: ThemeModel) -> ResponseAnalysis {
        let reading = read(response)
        let hits = reading.wordCount == 0 ? [] : tagger.hits(reading.fields, language: reading.language)
        let flaws = tagger.tags(from: hits)
        let detailed = model.assignWithEvidence(reading.candidates, language: reading.language)
        let fieldThemes = reading.fieldCandidates.map { Set(model.assign($0, language: reading.language)) }
        var analysis = ResponseAnalysis(
            response: response, language: reading.language, wordCount: reading.wordCount, flaws: flaws,
            themes: detailed.map(\.theme), fieldThemes: fieldThemes, blocked: hits.filter { $0.blockedBy != nil })
        if !detailed.isEmpty {
            let scores = reading.fields.map { engine.sentiment.sentenceScores($0, language: reading.language) }
            analysis.themeSentiment = detailed.map { _, evokers in
                var places: Set<[Int]> = []
                var total = 0
                for index in evokers {
                    let candidate = reading.candidates[index]
                    guard places.insert([candidate.field, Int(candidate.sentence)]).inserted,
                        candidate.field < scores.count, Int(candidate.sentence) < scores[candidate.field].count
                    else { continue }
                    total += scores[candidate.field][Int(candidate.sentence)]
                }
                return Int8(total.signum())
            }
        }
        return analysis
    }

    /// Every rule hit, blocked or not, for `candor explain`.
    public func explain(_ response: Response) -> (reading: Reading, hits: [RuleHit], tags: [FlawTag]) {
        let reading = read(response)
        let hits = tagger.hits(reading.fields, language: reading.language)
        return (reading, hits, tagger.tags(from: hits))
    }
}
