import CandorCore
import CandorText

/// Finds the candidate theme phrases of a text: runs of 1 to 4 words inside one clause that
/// neither start nor end with a stopword, each with its merge key.
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
        var allStop: Set<String> = []
        var allGeneric: Set<String> = []
        var determiners: [Language: Set<String>] = [:]
        for data in languages {
            stopwords[data.language] = data.stopwords
            generic[data.language] = data.genericWords
            determiners[data.language] = data.determiners
            allStop.formUnion(data.stopwords)
            allGeneric.formUnion(data.genericWords)
        }
        stopwords[.undetermined] = allStop
        generic[.undetermined] = allGeneric
        determiners[.undetermined] = []
        self.determiners = determiners
        self.stopwords = stopwords
        self.generic = generic
    }

    /// The distinct candidates of `texts` (all fields of one response), in first-seen order.
    public func candidates(_ texts: [TokenizedText], language: Language) -> [PhraseCandidate] {
        let stop = stopwords[language] ?? stopwords[.undetermined] ?? []
        let plain = generic[language] ?? generic[.undetermined] ?? []
        let articles = determiners[language] ?? []
        let stemLanguage = language == .undetermined ? Language.english : language
        var seen: [String: Int] = [:]
        var out: [PhraseCandidate] = []
        for (field, text) in texts.enumerated() {
            let sentences = SentenceNumbers.of(text)
            for run in Self.clauseRuns(text) {
                let words = run.map { text.tokens[$0] }
                let stems = words.map { token -> String in
                    token.kind == .number ? "#" : stemmer.stem(token.key, language: stemLanguage)
                }
                for start in words.indices {
                    let first = words[start]
                    guard first.kind == .word, !stop.contains(first.key), Self.isWordLike(first.key) else { continue }
                    for end in start..<min(words.count, start + maxLength) {
                        let last = words[end]
                        guard !(last.kind == .word && stop.contains(last.key)) else { continue }
                        if last.kind == .word, !Self.isWordLike(last.key) { continue }
                        let length = end - start + 1
                        let isGeneric = length == 1 && plain.contains(first.key)
                        var content: [String] = []
                        for index in start...end where !(words[index].kind == .word && stop.contains(words[index].key)) {
                            content.append(stems[index])
                        }
                        let key = content.sorted().joined(separator: " ")
                        let afterDeterminer = start > 0 && articles.contains(words[start - 1].key)
                        if let index = seen[key] {
                            out[index].occurrences += 1
                            if afterDeterminer { out[index].afterDeterminer = true }
                            continue
                        }
                        seen[key] = out.count
                        let surface = words[start...end].map(\.norm).joined(separator: " ")
                        let position = text.utf16.isEmpty ? 0 : Double(first.start) / Double(text.utf16.count)
                        var candidate = PhraseCandidate(key: key, surface: surface, length: length, isGeneric: isGeneric, position: position)
                        candidate.afterDeterminer = afterDeterminer
                        candidate.field = field
                        candidate.sentence = sentences[run[start]]
                        out.append(candidate)
                    }
                }
            }
        }
        return out
    }

    /// The merge key of a whole text taken as one phrase (a facet entry), or nil when it could
    /// never be a candidate (it starts or ends with a stopword, or has no word).
    public func key(ofPhrase text: TokenizedText, language: Language) -> String? {
        let stop = stopwords[language] ?? stopwords[.undetermined] ?? []
        let stemLanguage = language == .undetermined ? Language.english : language
        let words = text.tokens.filter { $0.kind == .word || $0.kind == .number }
        guard let first = words.first, let last = words.last, first.kind == .word,
            !stop.contains(first.key), !(last.kind == .word && stop.contains(last.key)), words.count <= maxLength
        else { return nil }
        let content = words.filter { !($0.kind == .word && stop.contains($0.key)) }.map { token in
            token.kind == .number ? "#" : stemmer.stem(token.key, language: stemLanguage)
        }
        return content.sorted().joined(separator: " ")
    }

    /// Runs of word and number tokens not separated by punctuation, as token indices.
    static func clauseRuns(_ text: TokenizedText) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        var previousEnd: Int32 = 0
        for (index, token) in text.tokens.enumerated() {
            let joins = token.kind == .word || token.kind == .number
            let lineBreak = ClauseLayout.hasLineBreak(text.utf16, from: previousEnd, to: token.start)
            if !joins || lineBreak {
                if !current.isEmpty { runs.append(current) }
                current = []
            }
            if joins, !(token.kind == .punctuation) { current.append(index) }
            previousEnd = token.end
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// True when a key holds at least two letters, or one ideograph (Chinese, Japanese), and
    /// is not one letter repeated (redaction placeholders such as `XXXX`, or "zzz").
    static func isWordLike(_ key: String) -> Bool {
        if let first = key.unicodeScalars.first, key.unicodeScalars.allSatisfy({ $0 == first }) { return false }
        var letters = 0
        for scalar in key.unicodeScalars {
            if scalar.properties.isIdeographic { return true }
            if scalar.properties.isAlphabetic { letters += 1 }
            if letters >= 2 { return true }
        }
        return false
    }
}
