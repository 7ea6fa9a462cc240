import CandorCore
import CandorText
import Testing
@testable import CandorAnalysis

/// Phrase candidates, statistics and theme building.
struct ThemeTests {
    static let engine = Result { try AnalysisEngine.builtIn() }

    static let engines = Result { () throws -> [Language: AnalysisEngine] in
        var out: [Language: AnalysisEngine] = [:]
        for language in [Language.english, .french] { out[language] = try AnalysisEngine.builtIn(forcedLanguage: language) }
        return out
    }

    private func reading(_ text: String, _ language: Language) throws -> ResponseAnalyzer.Reading {
        let analyzer = try ResponseAnalyzer(engine: try #require(try Self.engines.get()[language]))
        return analyzer.read(Response(id: "1", row: 1, location: SourceLocation(file: "t", line: 1), texts: [text]))
    }

    private func surfaces(_ text: String, _ language: Language) throws -> [String] {
        let read = try reading(text, language)
        return read.candidates.map { read.describe($0).surface }
    }

    private func key(_ text: String, length: Int, _ language: Language) throws -> UInt64? {
        try reading(text, language).candidates.first { $0.length == length }?.key
    }

    @Test func phrasesNeitherStartNorEndWithStopwords() throws {
        let found = try surfaces("The refund delay was too long", .english)
        #expect(found.contains("refund delay"))
        #expect(!found.contains { $0.hasPrefix("the ") || $0.hasSuffix(" the") || $0.hasSuffix(" was") })
    }

    @Test func variantsShareOneKey() throws {
        #expect(try key("Délais de remboursement", length: 3, .french) == key("delai remboursement", length: 2, .french))
        #expect(try key("hold times", length: 2, .english) == key("time on hold", length: 3, .english))
        #expect(try key("hold times", length: 2, .english) != key("hold time limit", length: 3, .english))
    }

    @Test func phrasesStayInsideClauses() throws {
        #expect(try !surfaces("refund, delay", .english).contains("refund delay"))
    }

    @Test func redactionPlaceholdersAreNotPhrases() throws {
        #expect(try !surfaces("XXXX reported XX/XX/XXXX", .english).contains { $0.contains("xxxx") })
    }

    @Test func statisticsMergeTheSameWhateverTheGrouping() throws {
        let texts = ["refund delay again", "long refund delay", "friendly staff", "staff were friendly", "refund took weeks"]
        let readings = try texts.map { try reading($0, .english) }
        var whole = PhraseStatistics()
        for read in readings { whole.add(read.candidates, language: .english, describe: read.describe) }
        var left = PhraseStatistics()
        var right = PhraseStatistics()
        for read in readings.prefix(2) { left.add(read.candidates, language: .english, describe: read.describe) }
        for read in readings.dropFirst(2) { right.add(read.candidates, language: .english, describe: read.describe) }
        left.merge(right)
        #expect(left == whole)
    }

    @Test func pruningKeepsFrequentPhrases() throws {
        var statistics = PhraseStatistics()
        let common = try reading("refund", .english)
        for index in 0..<50 {
            let rare = try reading("rare\(index)word", .english)
            statistics.add(common.candidates, language: .english, describe: common.describe)
            statistics.add(rare.candidates, language: .english, describe: rare.describe)
        }
        statistics.prune(capacity: 10)
        #expect(statistics.size <= 10)
        let refund = try #require(common.candidates.first)
        #expect(statistics.entries[.english]?[refund.key]?.count == 50)
    }

    @Test func pruningTrimsSurfacesAddedAndMerged() throws {
        // One phrase written six ways (accents kept in surfaces), counted apart and merged: a prune keeps its four most
        // frequent surfaces (ties alphabetical), whichever way the surfaces arrived.
        let forms = ["refund", "refunds", "réfund", "réfunds", "refünd", "rèfund"]
        let readings = try forms.map { try reading($0, .english) }
        #expect(Set(readings.map { $0.candidates.first?.key }).count == 1, "one phrase")
        func counted(_ indices: [Int]) -> PhraseStatistics {
            var statistics = PhraseStatistics()
            for index in indices {
                let read = readings[index % readings.count]
                statistics.add(read.candidates, language: .english, weight: index < 6 ? 1 : 3, describe: read.describe)
            }
            return statistics
        }
        let key = try #require(readings[0].candidates.first?.key)
        var added = counted(Array(0..<8))
        var merged = counted(Array(0..<3))
        merged.merge(counted(Array(3..<8)))
        #expect(added == merged)
        let before = try #require(added.entries[.english]?[key]?.surfaces)
        #expect(before.count > PhraseStatistics.surfaceLimit)
        added.prune(capacity: 100)
        merged.prune(capacity: 100)
        let expected = before.sorted { ($1.count, $0.text) < ($0.count, $1.text) }.prefix(4).map(\.text)
        #expect(added.entries[.english]?[key]?.surfaces.map(\.text) == expected)
        #expect(merged.entries[.english]?[key]?.surfaces.map(\.text) == expected)
    }

    @Test func themesGroupRelatedPhrasesAndLabelsAreUnique() throws {
        var statistics = PhraseStatistics()
        let texts = Array(repeating: "the refund delay is too long", count: 6) + Array(repeating: "refund never arrived", count: 5)
            + Array(repeating: "friendly staff in the shop", count: 6) + Array(repeating: "staff", count: 3)
        for text in texts {
            let read = try reading(text, .english)
            statistics.add(read.candidates, language: .english, describe: read.describe)
        }
        let model = ThemeBuilder().build(statistics)
        let labels = model.themes.map(\.label)
        #expect(Set(labels).count == labels.count)
        #expect(labels.contains { $0.contains("refund") })
        #expect(labels.contains { $0.contains("staff") })
        let refund = try #require(model.themes.first { $0.label.contains("refund") })
        #expect(refund.phrases.contains("refund delay"))
        let assigned = model.assign(try reading("my refund delay", .english).candidates, language: .english)
        #expect(assigned.first == refund.index)
    }

    @Test func stemmerMergesPluralsOnly() {
        let stemmer = Stemmer()
        #expect(stemmer.stem("delays", language: .english) == "delay")
        #expect(stemmer.stem("charges", language: .english) == stemmer.stem("charge", language: .english))
        #expect(stemmer.stem("business", language: .english) == "business")
        #expect(stemmer.stem("delais", language: .french) == "delai")
        #expect(stemmer.stem("journaux", language: .french) == "journal")
        #expect(stemmer.stem("bus", language: .english) == "bus")
    }

    @Test func sentimentFlipsUnderNegation() throws {
        let engine = try AnalysisEngine.builtIn()
        let cache = WordFactsCache(extractor: engine.extractor, sentiment: engine.sentiment)
        let tokenizer = try Tokenizer()
        func score(_ text: String, _ language: Language) -> Int {
            let tokenized = tokenizer.tokenize(text)
            let facts = PhraseExtractor.facts(tokenized, language: language, cache: cache)
            return engine.sentiment.sentenceScores(tokenized, facts: facts).reduce(0, +)
        }
        #expect(score("The delivery was a nightmare", .english) < 0)
        #expect(score("No problem at all with the delivery", .english) > 0)
        #expect(score("Great staff, very helpful", .english) > 0)
        #expect(score("Not great", .english) < 0)
        #expect(score("Pas mal du tout", .french) > 0)
        #expect(score("Service client lamentable", .french) < 0)
    }
}

/// The facet lexicons: every entry can match, and facets group what co-occurrence alone cannot.
struct FacetLexiconTests {
    static let engine = Result { try AnalysisEngine.builtIn() }

    @Test(arguments: ["en", "fr"])
    func everyEntryCanMatch(code: String) throws {
        let lexicon = try #require(try Self.engine.get().facets[Language(rawValue: code)])
        #expect(lexicon.facets.count >= 15)
        #expect(lexicon.unusable.isEmpty, "entries that start or end with a stopword: \(lexicon.unusable)")
    }

    @Test func facetsGroupWordsThatNeverMeet() throws {
        let engine = try AnalysisEngine.builtIn(forcedLanguage: .english)
        let analyzer = try ResponseAnalyzer(engine: engine)
        var statistics = PhraseStatistics()
        let texts = Array(repeating: "The pizza was delicious", count: 4) + Array(repeating: "Best sushi in town", count: 4)
            + Array(repeating: "Our waiter was rude", count: 4) + Array(repeating: "The staff were friendly", count: 4)
        var readings: [[PhraseCandidate]] = []
        for text in texts {
            let read = analyzer.read(Response(id: "1", row: 1, location: SourceLocation(file: "t", line: 1), texts: [text]))
            readings.append(read.candidates)
            statistics.add(read.candidates, facets: read.facets, language: .english, describe: read.describe)
        }
        let model = ThemeBuilder(options: ThemeOptions(), lexicons: engine.facets).build(statistics)
        let pizza = model.assign(readings[0], language: .english).first
        let sushi = model.assign(readings[4], language: .english).first
        let waiter = model.assign(readings[8], language: .english).first
        let staff = model.assign(readings[12], language: .english).first
        #expect(pizza != nil && pizza == sushi)
        #expect(waiter != nil && waiter == staff)
        #expect(pizza != waiter)
        #expect(Set(model.themes.map(\.label)).count == model.themes.count)
    }

    /// The theme model built from `texts` (English) and a function giving a text's first theme's facet.
    private func facetModel(_ texts: [String]) throws -> (String) -> String? {
        let engine = try AnalysisEngine.builtIn(forcedLanguage: .english)
        let analyzer = try ResponseAnalyzer(engine: engine)
        var statistics = PhraseStatistics()
        for text in texts {
            let read = analyzer.read(Response(id: "1", row: 1, location: SourceLocation(file: "t", line: 1), texts: [text]))
            statistics.add(read.candidates, facets: read.facets, language: .english, describe: read.describe)
        }
        let model = ThemeBuilder(options: ThemeOptions(), lexicons: engine.facets).build(statistics)
        return { text in
            let read = analyzer.read(Response(id: "2", row: 2, location: SourceLocation(file: "t", line: 2), texts: [text]))
            return model.assign(read.candidates, language: .english).first.map { model.themes[$0].facet ?? "" }
        }
    }

    @Test func anEntryOfTwoFacetsGoesWhereTheDataTakesIt() throws {
        // "hours" is battery life in device reviews and a wait in a call centre's survey.
        let devices = try facetModel(
            Array(repeating: "The battery lasts 5 hours", count: 4) + Array(repeating: "Battery life is great", count: 4)
                + Array(repeating: "The screen is bright", count: 4) + Array(repeating: "The screen resolution is sharp", count: 4))
        let calls = try facetModel(
            Array(repeating: "I was on hold for 2 hours", count: 4) + Array(repeating: "The wait was far too long", count: 4)
                + Array(repeating: "The agent was rude", count: 4) + Array(repeating: "The staff were friendly", count: 4))
        #expect(devices("Only 3 hours") == "battery")
        #expect(calls("Only 3 hours") == "waiting")
    }

    @Test func nearbyPartsOfADeviceAreThemesApart() throws {
        let facet = try facetModel(
            Array(repeating: "The keyboard is comfortable", count: 4) + Array(repeating: "The touchpad is too sensitive", count: 4)
                + Array(repeating: "It runs hot", count: 4) + Array(repeating: "The hard drive holds 500 GB", count: 4)
                + Array(repeating: "Windows 8 is confusing", count: 4) + Array(repeating: "The software is bloated", count: 4))
        #expect(facet("I hate the keyboard") == "keyboard")
        #expect(facet("I hate the touchpad") == "touchpad")
        #expect(facet("It runs hot again") == "heat")
        #expect(facet("The hard drive failed") == "hardware")
        #expect(facet("I hate Windows 8") == "operating system")
        #expect(facet("What bloated software") == "software")
    }

    @Test func opinionsWithoutAThemeJoinTheOpinionTheme() throws {
        let engine = try AnalysisEngine.builtIn(forcedLanguage: .english)
        let analyzer = try ResponseAnalyzer(engine: engine)
        var statistics = PhraseStatistics()
        let texts = Array(repeating: "Great experience, I recommend it", count: 5) + Array(repeating: "The pizza was cold", count: 5)
        for text in texts {
            let read = analyzer.read(Response(id: "1", row: 1, location: SourceLocation(file: "t", line: 1), texts: [text]))
            statistics.add(read.candidates, facets: read.facets, language: .english, describe: read.describe)
        }
        let model = ThemeBuilder(options: ThemeOptions(), lexicons: engine.facets).build(statistics)
        let opinion = try #require(model.opinionTheme(for: .english))
        #expect(model.themes[opinion].facet == "overall")
        func analysed(_ text: String) -> ResponseAnalysis {
            analyzer.analyse(Response(id: "2", row: 2, location: SourceLocation(file: "t", line: 2), texts: [text]), themes: model)
        }
        let hate = analysed("I hate it!")
        #expect(hate.themes == [opinion])
        #expect(hate.themeSentiment == [-1])
        // No opinion voiced, no theme: the response stays without one.
        #expect(analysed("It arrived on Tuesday").themes.isEmpty)
        // A response that names a theme keeps it.
        #expect(analysed("I hate the pizza").themes.first != opinion)
    }
}
