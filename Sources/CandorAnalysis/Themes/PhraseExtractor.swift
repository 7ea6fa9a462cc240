import CandorCore
import CandorText

/// Finds the candidate theme phrases of a text: runs of 1 to 4 words inside one clause that
/// neither start nor end with a stopword, each with its merge key.
///
/// Works on `WordFacts` computed once per key (stem, stopword, …), and on 64-bit keys: no
/// string is built per candidate.
public struct PhraseExtractor: Sendable {
    /// Stopwords by language (token keys); `und` uses the union.
    let stopwords: [Language: Set<String>]
    /// Words that never make a theme alone ("good", "super") by language.
    let generic: [Language: Set<String>]
    /// Determiners by language.
    let determiners: [Language: Set<String>]
    let stemmer = Stemmer()
    /// The longest phrase, in words.
    public var maxLength = 4

    /// Creates an extractor from language data.
    public init(languages: [LanguageData]) {
        var stopwords: [Language: Set<String>] = [:]
        var generic: [Language: Set<String>] = [:]
        var determiners: [Language: Set<String>] = [:]
        for data in languages {
            stopwords[data.language] = data.stopwords
            generic[data.language] = data.genericWords
            determiners[data.language] = data.determiners
        }
        stopwords[.undetermined] = stopwords.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        generic[.undetermined] = generic.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        determiners[.undetermined] = []
        self.stopwords = stopwords
        self.generic = generic
        self.determiners = determiners
    }

    /// The facts of a word key in `language` (what `WordFactsCache` caches).
    func facts(of key: String, language: Language, sentiment: SentimentScorer) -> WordFacts {
        let stemLanguage = language == .undetermined ? Language.english : language
        let stemText = stemmer.stem(key, language: stemLanguage)
        return WordFacts(
            stem: PhraseKey.stem(stemText), keyHash: StableHash.of(key),
            isStop: (stopwords[language] ?? stopwords[.undetermined] ?? []).contains(key),
            isGeneric: (generic[language] ?? generic[.undetermined] ?? []).contains(key),
            isWordLike: Self.isWordLike(key), isDeterminer: (determiners[language] ?? []).contains(key),
            polarity: sentiment.polarity(of: key, language: language), isNegator: sentiment.isNegator(key, language: language))
    }

    /// The facts of every token of `text` (nil for punctuation, emoji and addresses).
    public static func facts(_ text: TokenizedText, language: Language, cache: WordFactsCache) -> [WordFacts?] {
        cache.facts(of: text, language: language)
    }

    /// The distinct candidates of `texts` (the fields of one response), in first-seen order.
    /// `facts[f][t]` are the facts of token `t` of field `f`; `sentences[f]` the field's sentence
    /// numbers, when the caller has them already.
    ///
    /// With `linkedStems` (the second pass, assigning themes: `ThemeModel.linkedStems`), only
    /// the candidates whose stems are all in it, without their surface hash: a candidate with
    /// another stem has a key no theme links, and the others keep their first position and
    /// their occurrences, so the themes assigned are the same.
    public func candidates(
        _ texts: [TokenizedText], facts: [[WordFacts?]], sentences: [[Int32]]? = nil, fieldOffset: Int = 0,
        linkedStems: PhraseTable<Bool>? = nil
    ) -> [PhraseCandidate] {
        var scratch = CandidateScratch()
        return candidates(texts, facts: facts, sentences: sentences, fieldOffset: fieldOffset, linkedStems: linkedStems, scratch: &scratch)
    }

    /// `candidates(_:facts:sentences:fieldOffset:linkedStems:)` with scratch storage lent by the
    /// caller (`CandidateScratch`), so a worker reuses its table and arrays from response to
    /// response instead of allocating new ones each time.
    public func candidates(
        _ texts: [TokenizedText], facts: [[WordFacts?]], sentences: [[Int32]]? = nil, fieldOffset: Int = 0,
        linkedStems: PhraseTable<Bool>? = nil, scratch: inout CandidateScratch
    ) -> [PhraseCandidate] {
        var out: [PhraseCandidate] = []
        candidates(texts, facts: facts, sentences: sentences, fieldOffset: fieldOffset, linkedStems: linkedStems,
                   scratch: &scratch, into: &out)
        return out
    }

    /// The candidates `candidates(_:facts:sentences:fieldOffset:linkedStems:scratch:)` returns,
    /// written into `out` (emptied first; refilled in place when nothing else holds it: a
    /// worker's recycled reading, `ResponseAnalyzer.recycle`).
    public func candidates(
        _ texts: [TokenizedText], facts: [[WordFacts?]], sentences: [[Int32]]? = nil, fieldOffset: Int = 0,
        linkedStems: PhraseTable<Bool>? = nil, scratch: inout CandidateScratch, into out: inout [PhraseCandidate]
    ) {
        let tokenCount = texts.reduce(0) { $0 + $1.tokens.count }
        // A response holds at most `maxLength` phrases per token.
        var seen = scratch.seen
        scratch.seen = SeenPhrases()
        defer { scratch.seen = seen }
        seen.reset(room: tokenCount * maxLength)
        // A local while the walk appends (through the parameter, every append and update went
        // through memory: 6 % more instructions in the walk). Sized once: growing from empty
        // reallocated the array several times per response.
        var found = out
        out = []
        defer { out = found }
        found.removeAll(keepingCapacity: true)
        found.reserveCapacity(tokenCount * 2)
        let filtering = linkedStems != nil
        for (field, text) in texts.enumerated() {
            let sentences = sentences?[field] ?? SentenceNumbers.of(text)
            let tokenFacts = facts[field]
            // Per token, once (a token is in up to `maxLength` phrases): filtering, whether it
            // may stand in a linked phrase (the walk asked the table per phrase, and those
            // lookups were a fifth of its time: `perf annotate`, second pass); else its surface
            // hash.
            if let linkedStems {
                scratch.linked.grow(to: text.tokens.count, filling: false)
                scratch.linked.withUnsafeMutableBufferPointer { linked in
                    tokenFacts.withUnsafeBufferPointer { facts in
                        for index in facts.indices {
                            linked[index] = facts[index].map { $0.isStop || linkedStems.contains($0.stem) } ?? false
                        }
                    }
                }
            } else {
                scratch.surfaces.grow(to: text.tokens.count, filling: 0)
                scratch.surfaces.withUnsafeMutableBufferPointer { surfaces in
                    for index in text.tokens.indices {
                        let token = text.tokens[index]
                        surfaces[index] = token.isPlain ? tokenFacts[index]?.keyHash ?? 0 : StableHash.of(text.norm(of: token))
                    }
                }
            }
            let runs = Self.clauseRuns(text, into: &scratch.runTokens, ends: &scratch.runEnds)
            text.tokens.withUnsafeBufferPointer { tokens in
                tokenFacts.withUnsafeBufferPointer { wordFacts in
                    scratch.runTokens.withUnsafeBufferPointer { run in
                        sentences.withUnsafeBufferPointer { sentenceOf in
                            scratch.surfaces.withUnsafeBufferPointer { surfaceOf in
                                scratch.linked.withUnsafeBufferPointer { linkedOf in
                                    let view = FieldView(
                                        tokens: tokens, facts: wordFacts, run: run, sentences: sentenceOf, surfaces: surfaceOf,
                                        linked: linkedOf, field: field + fieldOffset, length: Double(max(1, text.utf16.count)))
                                    seen.withProbe { seen in
                                        appendCandidates(view, runEnds: scratch.runEnds[..<runs], filtering: filtering, seen: seen, to: &found)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// One field's arrays as the run walk reads them: through buffers, without the bounds
    /// checks that were a third of the walk's instructions.
    private struct FieldView {
        let tokens: UnsafeBufferPointer<Token>
        let facts: UnsafeBufferPointer<WordFacts?>
        /// The clause runs' token indices, laid end to end (`clauseRuns`).
        let run: UnsafeBufferPointer<Int>
        let sentences: UnsafeBufferPointer<Int32>
        /// Each token's surface hash (empty when filtering by `linked`).
        let surfaces: UnsafeBufferPointer<UInt64>
        /// Per token, whether it may stand in a phrase of linked stems (filtering only).
        let linked: UnsafeBufferPointer<Bool>
        /// The field's number in the response, and its length in UTF-16 units.
        let field: Int
        let length: Double
    }

    /// Appends to `out` the candidates of one field's clause runs (`runEnds` ends each), counting
    /// repeats through `seen`; `filtering`, only phrases whose tokens `view.linked` all accepts.
    /// Inlined into `candidates`, as the walk was before it moved here (called, the second pass
    /// took 0.6 % more instructions).
    @inline(__always)
    private func appendCandidates(
        _ view: FieldView, runEnds: ArraySlice<Int>, filtering: Bool, seen: SeenPhrases.Probe, to out: inout [PhraseCandidate]
    ) {
        var runStart = 0
        for runEnd in runEnds {
            defer { runStart = runEnd }
            for start in runStart..<runEnd {
                let firstIndex = view.run[start]
                guard let first = view.facts[firstIndex], view.tokens[firstIndex].kind == .word, !first.isStop, first.isWordLike
                else { continue }
                let afterDeterminer = start > runStart && (view.facts[view.run[start - 1]]?.isDeterminer ?? false)
                // The key is a sum over the stems (`PhraseKey.key`), kept as the phrase grows.
                var key: UInt64 = 0
                var surface: UInt64 = 0
                for end in start..<min(runEnd, start + maxLength) {
                    let tokenIndex = view.run[end]
                    guard let word = view.facts[tokenIndex] else { break }
                    if filtering {
                        // Every longer phrase from `start` holds this stem too.
                        if !view.linked[tokenIndex] { break }
                    } else {
                        surface = PhraseKey.surface(surface, view.surfaces[tokenIndex])
                    }
                    if !word.isStop { key = key &+ PhraseKey.mix(word.stem) }
                    if view.tokens[tokenIndex].kind == .word, word.isStop || !word.isWordLike { continue }
                    if let index = seen.valueOrInsert(key, out.count) {
                        out[index].occurrences += 1
                        if afterDeterminer { out[index].afterDeterminer = true }
                        continue
                    }
                    let length = end - start + 1
                    var candidate = PhraseCandidate(
                        key: key, surfaceHash: surface, length: length, isGeneric: length == 1 && first.isGeneric,
                        position: Double(view.tokens[firstIndex].start) / view.length)
                    candidate.afterDeterminer = afterDeterminer
                    candidate.field = view.field
                    candidate.sentence = view.sentences[firstIndex]
                    candidate.firstToken = Int32(firstIndex)
                    candidate.lastToken = Int32(tokenIndex)
                    out.append(candidate)
                }
            }
        }
    }

    /// The merge key of a whole text taken as one phrase (a facet entry), or nil when it could
    /// never be a candidate (it starts or ends with a stopword, has no word, or is too long).
    public func key(ofPhrase text: TokenizedText, language: Language, cache: WordFactsCache) -> UInt64? {
        let facts = Self.facts(text, language: language, cache: cache)
        let candidates = self.candidates([text], facts: [facts])
        let words = text.tokens.filter { $0.kind == .word || $0.kind == .number }.count
        return candidates.first { $0.length == words }?.key
    }

    /// Runs of word and number tokens not separated by punctuation, as token indices laid end
    /// to end in `runTokens`, run `i` ending at `ends[i]`; returns the number of runs. Two flat
    /// arrays reused from text to text rather than an array per run: they only grow, and hold
    /// this text's runs in their first elements.
    ///
    /// Written through buffers sized for every token: appended one index at a time, each append
    /// checked the arrays' uniqueness and room (a third of this walk's instructions, callgrind).
    static func clauseRuns(_ text: TokenizedText, into runTokens: inout [Int], ends: inout [Int]) -> Int {
        let count = text.tokens.count
        runTokens.grow(to: count, filling: 0)
        ends.grow(to: count, filling: 0)
        var (filled, runs) = (0, 0)
        text.tokens.withUnsafeBufferPointer { tokens in
            runTokens.withUnsafeMutableBufferPointer { runTokens in
                ends.withUnsafeMutableBufferPointer { ends in
                    var runStart = 0
                    for index in tokens.indices {
                        let kind = tokens[index].kind
                        let joins = kind == .word || kind == .number
                        // Hyphens, apostrophes and slashes join words ("wi-fi", "après-vente").
                        if kind == .punctuation, filled > runStart, tokens[index].breaks == .none { continue }
                        if !joins || tokens[index].lineBreakBefore, filled > runStart {
                            ends[runs] = filled
                            runs += 1
                            runStart = filled
                        }
                        if joins {
                            runTokens[filled] = index
                            filled += 1
                        }
                    }
                    if filled > runStart {
                        ends[runs] = filled
                        runs += 1
                    }
                }
            }
        }
        return runs
    }
}
