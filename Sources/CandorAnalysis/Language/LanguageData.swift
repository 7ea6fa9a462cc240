import CandorCore
import CandorText

/// One language's data: stopwords, scope markers, number words, and language-guess evidence.
///
/// Read from `Resources/<code>/*.txt` (one entry a line, `#` comments). Scope markers and
/// number words are written as patterns/words and normalized like every response token.
public struct LanguageData: Sendable {
    /// The language.
    public var language: Language
    /// Words that carry no theme on their own (as token keys).
    public var stopwords: Set<String>
    /// Patterns that negate what follows in the clause ("not", "never", "pas", "jamais").
    public var negators: [String]
    /// Patterns that make the clause hypothetical ("if", "would have", "si on").
    public var hypotheticals: [String]
    /// Patterns that open a contrasting clause ("but", "however", "mais").
    public var contrasts: [String]
    /// Number words ("two", "third", "deux") as token keys, which match `<num>`.
    public var numberWords: Set<String>
    /// Evaluative or vague words that never make a theme alone ("good", "super"), as token keys.
    public var genericWords: Set<String>
    /// Frequent words that identify the language (token keys).
    public var profileWords: Set<String>
    /// Determiners (token keys): a word after one is likely a noun.
    public var determiners: Set<String> = []
    /// Words that make a sentence positive or negative (token keys).
    public var positiveWords: Set<String> = []
    public var negativeWords: Set<String> = []
    /// The facet lexicon's text (`facets.txt`), parsed by the engine (it needs the tokenizer).
    public var facetText: String = ""
    /// The language's most frequent words (token keys): a speed hint for the matcher, which
    /// neither anchors a rule on them when a rarer mandatory word exists nor gates its starts on
    /// them (see `RuleAutomaton.requirements` and `SentenceGate`).
    public var frequentWords: Set<String> = []
    /// Letters that point to the language.
    public var profileLetters: Set<Character>

    /// Creates language data.
    public init(
        language: Language, stopwords: Set<String> = [], negators: [String] = [], hypotheticals: [String] = [],
        contrasts: [String] = [], numberWords: Set<String> = [], genericWords: Set<String> = [],
        profileWords: Set<String> = [], profileLetters: Set<Character> = [], facetText: String = "",
        determiners: Set<String> = [], positiveWords: Set<String> = [], negativeWords: Set<String> = []
    ) {
        self.facetText = facetText
        self.determiners = determiners
        self.positiveWords = positiveWords
        self.negativeWords = negativeWords
        self.genericWords = genericWords
        self.language = language
        self.stopwords = stopwords
        self.negators = negators
        self.hypotheticals = hypotheticals
        self.contrasts = contrasts
        self.numberWords = numberWords
        self.profileWords = profileWords
        self.profileLetters = profileLetters
    }

    /// Loads the built-in data of every language folder in the resources, sorted by code.
    /// - Throws: `AnalysisError` `ANA004` when a file is missing.
    public static func builtIn() throws(AnalysisError) -> [LanguageData] {
        let normalizer = Normalizer()
        func keys(_ entries: [String]) -> Set<String> { Set(entries.map { normalizer.normalize($0).key }) }
        var all: [LanguageData] = []
        for code in try ResourceFiles.languages() {
            let letters = try ResourceFiles.list("\(code)/letters.txt").joined()
            all.append(LanguageData(
                language: Language(rawValue: code),
                stopwords: keys(try ResourceFiles.list("\(code)/stopwords.txt")),
                negators: try ResourceFiles.list("\(code)/negators.txt"),
                hypotheticals: try ResourceFiles.list("\(code)/hypotheticals.txt"),
                contrasts: try ResourceFiles.list("\(code)/contrasts.txt"),
                numberWords: keys(try ResourceFiles.list("\(code)/numbers.txt")),
                genericWords: keys(try ResourceFiles.list("\(code)/generic.txt")),
                profileWords: keys(try ResourceFiles.list("\(code)/profile.txt")),
                profileLetters: Set(letters),
                facetText: (try? ResourceFiles.text("\(code)/facets.txt")) ?? "",
                determiners: keys((try? ResourceFiles.list("\(code)/determiners.txt")) ?? []),
                positiveWords: keys((try? ResourceFiles.list("\(code)/positive.txt")) ?? []),
                negativeWords: keys((try? ResourceFiles.list("\(code)/negative.txt")) ?? [])
            ))
            all[all.count - 1].frequentWords = keys((try? ResourceFiles.list("\(code)/frequent.txt")) ?? [])
        }
        return all
    }

    /// A language guesser over these languages' profiles: each language's profile words and
    /// stopwords, minus the words another language uses too ("a", "on", "me").
    public static func guesser(_ data: [LanguageData]) -> LanguageGuesser {
        let vocabularies = data.map { $0.profileWords.union($0.stopwords) }
        return LanguageGuesser(profiles: data.enumerated().map { index, language in
            var words = vocabularies[index]
            for (other, vocabulary) in vocabularies.enumerated() where other != index { words.subtract(vocabulary) }
            return LanguageGuesser.Profile(language: language.language, words: words, letters: language.profileLetters)
        })
    }
}
