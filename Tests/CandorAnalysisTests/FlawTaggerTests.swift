import CandorCore
import CandorText
import Testing
@testable import CandorAnalysis

/// The tagger on the codebook's examples and on the hard cases it must get right.
struct FlawTaggerTests {
    static let engine = Result { try AnalysisEngine.builtIn() }

    private func tags(_ text: String) throws -> [String] {
        let analyzer = try ResponseAnalyzer(engine: try Self.engine.get())
        let response = Response(id: "1", row: 1, location: SourceLocation(file: "t", line: 1), texts: [text])
        return analyzer.analyse(response, themes: .empty).flaws.map(\.id)
    }

    /// The codebook's own examples (`../shared/codebook.md`), with its expected tags.
    @Test(arguments: [
        ("On hold for 45 minutes, then the line went dead. Third time this month.", ["ignorance"]),
        ("I uploaded my CV and then had to type every detail again on the next screen.", ["information-gaps"]),
        ("La date limite indiquée sur la carte était ambiguë, impossible de savoir quand choisir la photo.", ["information-gaps"]),
        ("The agent said it was my fault for not reading the small print.", ["denial"]),
        ("Le conseiller savait que c'était un problème connu, mais rien n'a été corrigé.", ["ignorance", "denial"]),
        ("Advertised as next-day delivery; it took two weeks.", ["alignment"]),
        ("Pour un hôtel de ce prix, on s'attendait à bien mieux que ce service.", ["alignment"]),
        ("Cancelled my subscription and told all my friends to avoid them.", ["avoidance"]),
        ("Pas la peine de se plaindre, personne ne lit ces questionnaires.", ["avoidance"]),
        ("Great staff, fast checkout, I'll be back.", []),
        ("9/10", []),
    ])
    func codebookExamples(text: String, expected: [String]) throws {
        #expect(try tags(text) == expected)
    }

    @Test(arguments: [
        "They never blamed me for anything.",
        "If they had promised next-day delivery I would be angry.",
        "No hidden fees at all, very transparent.",
        "Je n'ai jamais eu à attendre.",
        "Si on m'avait promis une livraison rapide, je serais déçu.",
        "Expensive but worth it.",
    ])
    func negatedAndHypotheticalTextsCarryNoFlaw(text: String) throws {
        #expect(try tags(text).isEmpty)
    }

    @Test func evidenceOffsetsCountUnicodeScalars() throws {
        let analyzer = try ResponseAnalyzer(engine: try Self.engine.get())
        let text = "😡😡 Franchement, ce n'est pas notre problème m'a dit le conseiller."
        let response = Response(id: "1", row: 1, location: SourceLocation(file: "t", line: 1), texts: [text])
        let tag = try #require(analyzer.analyse(response, themes: .empty).flaws.first { $0.id == "denial" })
        let evidence = try #require(tag.evidence.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text)
        #expect(evidence.text.contains("pas notre problème"))
        #expect(tag.score > 0 && tag.score <= 1)
    }

    @Test func aNegationThePatternNamesDoesNotBlockIt() throws {
        // "(n'est|n'est pas) ~1 venu": "pas" is skipped by the gap along one path and named along
        // the other; a token is a wildcard only when every path skipped it.
        let engine = try Self.engine.get()
        let tagger = FlawTagger(compiled: engine.compiled)
        let text = try Tokenizer().tokenize("Le livreur n'est pas venu.")
        let hits = tagger.hits([text], language: .french).filter { $0.rule == "alignment.fr.missing-items" }
        let hit = try #require(hits.first)
        #expect(hit.evidence.text == "livreur n'est pas venu")
        #expect(hit.blockedBy == nil)
    }

    @Test func severalFieldsAreTaggedApart() throws {
        let analyzer = try ResponseAnalyzer(engine: try Self.engine.get())
        let response = Response(
            id: "1", row: 1, location: SourceLocation(file: "t", line: 1),
            texts: ["Fine overall.", "Stop the hidden fees."])
        let tag = try #require(analyzer.analyse(response, themes: .empty).flaws.first)
        #expect(tag.id == "alignment")
        #expect(tag.evidence.map(\.field) == [1])
    }
}
