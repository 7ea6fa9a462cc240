import CandorCore
import CandorText

/// Scores the sentiment of each sentence of a text from per-language word lists, with
/// negation handled: a negator up to three words before a sentiment word, in the same clause,
/// flips it ("no problem", "pas mal", "not great").
public struct SentimentScorer: Sendable {
    private let positive: [Language: Set<String>]
    private let negative: [Language: Set<String>]
    private let negators: [Language: Set<String>]

    /// Creates a scorer from language data; single-word negation markers act as negators.
    public init(languages: [LanguageData]) {
        var positive: [Language: Set<String>] = [:]
        var negative: [Language: Set<String>] = [:]
        var negators: [Language: Set<String>] = [:]
        let normalizer = Normalizer()
        for data in languages {
            positive[data.language] = data.positiveWords
            negative[data.language] = data.negativeWords
            negators[data.language] = Set(data.negators.filter { !$0.contains(" ") }.map { normalizer.normalize($0).key })
        }
        positive[.undetermined] = positive.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        negative[.undetermined] = negative.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        negators[.undetermined] = negators.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        self.positive = positive
        self.negative = negative
        self.negators = negators
    }

    /// +1, -1 or 0 for a word key in `language`.
    func polarity(of key: String, language: Language) -> Int8 {
        if positive[language]?.contains(key) ?? false { return 1 }
        if negative[language]?.contains(key) ?? false { return -1 }
        return 0
    }

    /// True when a word key negates what follows in `language`.
    func isNegator(_ key: String, language: Language) -> Bool {
        negators[language]?.contains(key) ?? false
    }

    /// The sentiment of each sentence of `text` (sentence numbers as `SentenceNumbers` gives
    /// them): positive above 0, negative below. `facts` are the text's token facts; `sentences`
    /// its sentence numbers, when the caller has them already.
    public func sentenceScores(_ text: TokenizedText, facts: [WordFacts?], sentences: [Int32]? = nil) -> [Int] {
        let numbers = sentences ?? SentenceNumbers.of(text)
        guard let last = numbers.last else { return [] }
        var scores = [Int].filled(0, count: Int(last) + 1)
        var lastNegation = -10
        var clauseStart = 0
        var wordIndex = 0
        let tokens = text.tokens
        for index in tokens.indices {
            guard let word = facts[index] else {
                if tokens[index].kind == .punctuation, tokens[index].breaks != .none { clauseStart = wordIndex }
                continue
            }
            defer { wordIndex += 1 }
            if word.isNegator {
                lastNegation = wordIndex
                continue
            }
            var polarity = Int(word.polarity)
            guard polarity != 0 else { continue }
            if lastNegation >= clauseStart, wordIndex - lastNegation <= 3 { polarity = -polarity }
            scores[Int(numbers[index])] += polarity
        }
        return scores
    }
}

/// The sentence number of every token of a text: a new sentence starts after . ! ? ; or a line
/// break, like the hard boundaries of `ClauseLayout`.
public enum SentenceNumbers {
    /// One number per token, from 0, non-decreasing.
    public static func of(_ text: TokenizedText) -> [Int32] {
        var numbers: [Int32] = []
        of(text, into: &numbers)
        return numbers
    }

    /// `of(_:)` written into `numbers`, refilled in place when nothing else holds it (a
    /// worker's recycled reading: `ResponseAnalyzer.recycle`).
    public static func of(_ text: TokenizedText, into numbers: inout [Int32]) {
        // Written through buffers: appending checked the array's uniqueness per token.
        numbers.refill(with: repeatElement(0, count: text.tokens.count))
        text.tokens.withUnsafeBufferPointer { tokens in
            numbers.withUnsafeMutableBufferPointer { out in
                var sentence: Int32 = 0
                var pending = false
                for index in tokens.indices {
                    if tokens[index].kind == .punctuation {
                        if tokens[index].breaks == .hard { pending = true }
                    } else if pending || (index > 0 && tokens[index].lineBreakBefore) {
                        if index > 0 { sentence += 1 }
                        pending = false
                    }
                    out[index] = sentence
                }
            }
        }
    }
}
