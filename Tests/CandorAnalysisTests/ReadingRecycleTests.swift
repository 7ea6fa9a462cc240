import CandorCore
import CandorText
import Testing
@testable import CandorAnalysis

/// A worker refills the reading it is handed back (`ResponseAnalyzer.recycle`): what it reads
/// must not depend on what it read before (a longer text, more fields, no words at all).
struct ReadingRecycleTests {
    /// What a reading holds, without the token ids (a worker numbers keys in the order it meets
    /// them, so two workers' ids differ).
    private struct Seen: Equatable {
        var language: String
        var wordCount: Int
        var tokens: [[String]]
        var utf16: [[UInt16]]
        var facts: [[UInt64?]]
        var sentences: [[Int32]]
        var candidates: [[UInt64]]
        var fieldCandidates: [[UInt64]]
        var facets: [Int]

        init(_ reading: ResponseAnalyzer.Reading) {
            language = reading.language.rawValue
            wordCount = reading.wordCount
            tokens = reading.fields.map { field in
                field.tokens.map { "\($0.kind) \($0.start)-\($0.end) \(field.norm(of: $0))/\(field.key(of: $0)) \($0.lineBreakBefore)" }
            }
            utf16 = reading.fields.map(\.utf16)
            facts = reading.facts.map { $0.map { $0.map { $0.stem ^ $0.keyHash &+ UInt64($0.polarity + 2) } } }
            sentences = reading.sentences
            let describe = { (candidate: PhraseCandidate) -> [UInt64] in
                [candidate.key, candidate.surfaceHash, UInt64(candidate.length), UInt64(candidate.occurrences),
                 UInt64(candidate.field), UInt64(candidate.sentence), UInt64(candidate.firstToken), UInt64(candidate.lastToken),
                 candidate.position.bitPattern, candidate.afterDeterminer ? 1 : 0]
            }
            candidates = reading.candidates.map(describe)
            fieldCandidates = reading.fieldCandidates.flatMap { $0.map(describe) }
            facets = reading.facets.map(\.facet)
        }
    }

    @Test func recycledReadingsEqualFreshOnes() throws {
        let engine = try AnalysisEngine.builtIn()
        let recycling = try ResponseAnalyzer(engine: engine)
        let long = String(repeating: "The hold time was far too long and nobody called me back. ", count: 40)
        let shapes: [[String]] = [
            [long],
            ["Short wait, friendly agent."],
            ["Le délai de remboursement est trop long.\nPersonne ne m'a rappelé.", "Rien à signaler"],
            ["   ", ""],
            ["!!!"],
            [long, "The app crashes at login."],
            ["ok"],
        ]
        for round in 0..<2 {
            for (index, texts) in shapes.enumerated() {
                let response = Response(id: "\(index)", row: index + 1, location: SourceLocation(file: "t", line: index + 1), texts: texts)
                let fresh = try ResponseAnalyzer(engine: engine).read(response)
                let reused = recycling.read(response)
                #expect(Seen(reused) == Seen(fresh), "round \(round), shape \(index)")
                // The second round hands back the tokens too, as the second pass does.
                recycling.recycle(reused, keepingTokens: round == 1)
            }
        }
    }

    @Test func tokenizingIntoAUsedTextEqualsTokenizingAfresh() throws {
        let tokenizer = try Tokenizer()
        var reused = tokenizer.tokenize(String(repeating: "l'avion, www.example.com et 42 € ", count: 30))
        for text in ["Il était une fois.\nFin", "", "Call 0800 123 456 now!", "naïve café"] {
            tokenizer.tokenize(text, into: &reused)
            let fresh = try Tokenizer().tokenize(text)
            #expect(reused.utf16 == fresh.utf16)
            #expect(reused.tokens.map { "\($0.kind) \($0.start) \($0.end) \($0.lineBreakBefore)" }
                == fresh.tokens.map { "\($0.kind) \($0.start) \($0.end) \($0.lineBreakBefore)" })
            #expect(reused.norms == fresh.norms && reused.keys == fresh.keys)
        }
    }
}
