import CandorCore
import CandorText
import Testing
@testable import CandorAnalysis

/// Phrase candidates, statistics and theme building.
struct ThemeTests {
    static let engine = Result { try AnalysisEngine.builtIn() }

    private func candidates(_ text: String, _ language: Language) throws -> [PhraseCandidate] {
        let extractor = try Self.engine.get().extractor
        return extractor.candidates([try Tokenizer().tokenize(text)], language: language)
    }

    @Test func phrasesNeitherStartNorEndWithStopwords() throws {
        let surfaces = try candidates("The refund delay was too long", .english).map(\.surface)
        #expect(surfaces.contains("refund delay"))
        #expect(!surfaces.contains { $0.hasPrefix("the ") || $0.hasSuffix(" the") || $0.hasSuffix(" was") })
    }

    @Test func variantsShareOneKey() throws {
        let french = try candidates("Délais de remboursement", .french).first { $0.length == 3 }
        let other = try candidates("delai remboursement", .french).first { $0.length == 2 }
        #expect(french?.key == other?.key)
        let plural = try candidates("hold times", .english).first { $0.length == 2 }
        let singular = try candidates("time on hold", .english).first { $0.length == 3 }
        #expect(plural?.key == singular?.key)
    }

    @Test func phrasesStayInsideClauses() throws {
        let surfaces = try candidates("refund, delay", .english).map(\.surface)
        #expect(!surfaces.contains("refund delay"))
    }

    @Test func statisticsMergeTheSameWhateverTheGrouping() throws {
        let texts = ["refund delay again", "long refund delay", "friendly staff", "staff were friendly", "refund took weeks"]
        let all = try texts.map { try candidates($0, .english) }
        var whole = PhraseStatistics()
        for item in all { whole.add(item, language: .english) }
        var left = PhraseStatistics()
        var right = PhraseStatistics()
        for item in all.prefix(2) { left.add(item, language: .english) }
        for item in all.dropFirst(2) { right.add(item, language: .english) }
        left.merge(right)
        #expect(left == whole)
    }

    @Test func pruningKeepsFrequentPhrases() {
        var statistics = PhraseStatistics()
        for index in 0..<50 {
            statistics.add([PhraseCandidate(key: "refund", surface: "refund", length: 1),
                            PhraseCandidate(key: "rare\(index)", surface: "rare\(index)", length: 1)], language: .english)
        }
        statistics.prune(capacity: 10)
        #expect(statistics.size <= 10)
        #expect(statistics.entries[.english]?["refund"]?.count == 50)
    }

    @Test func themesGroupRelatedPhrasesAndLabelsAreUnique() throws {
        var statistics = PhraseStatistics()
        let texts = Array(repeating: "the refund delay is too long", count: 6) + Array(repeating: "refund never arrived", count: 5)
            + Array(repeating: "friendly staff in the shop", count: 6) + Array(repeating: "staff", count: 3)
        for text in texts { statistics.add(try candidates(text, .english), language: .english) }
        let model = ThemeBuilder().build(statistics)
        let labels = model.themes.map(\.label)
        #expect(Set(labels).count == labels.count)
        #expect(labels.contains { $0.contains("refund") })
        #expect(labels.contains { $0.contains("staff") })
        let refund = try #require(model.themes.first { $0.label.contains("refund") })
        #expect(refund.phrases.contains("refund delay"))
        let assigned = model.assign(try candidates("my refund delay", .english), language: .english)
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
        let engine = try Self.engine.get()
        let tokenizer = try Tokenizer()
        var statistics = PhraseStatistics()
        let lexicon = try #require(engine.facets[.english])
        let texts = Array(repeating: "The pizza was delicious", count: 4) + Array(repeating: "Best sushi in town", count: 4)
            + Array(repeating: "Our waiter was rude", count: 4) + Array(repeating: "The staff were friendly", count: 4)
        var readings: [[PhraseCandidate]] = []
        for text in texts {
            let candidates = engine.extractor.candidates([tokenizer.tokenize(text)], language: .english)
            readings.append(candidates)
            statistics.add(candidates, facets: lexicon.facets(of: candidates), language: .english)
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
}
