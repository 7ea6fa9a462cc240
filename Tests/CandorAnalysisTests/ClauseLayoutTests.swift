import CandorText
import Testing
@testable import CandorAnalysis

/// Clause and sentence numbers of the content tokens, which bound the scopes of negations,
/// hypotheticals and contrasts.
struct ClauseLayoutTests {
    @Test func numbersClausesAndSentences() throws {
        // Content tokens: one two three four five six seven (positions 0...6).
        let text = try Tokenizer().tokenize("One two, three. Four five\nsix - seven")
        let layout = ClauseLayout(text)
        let positions = (0..<7).map { Int32($0) }
        #expect(layout.content.count == 7)
        // A comma starts a clause, a full stop and a line break a sentence (and a clause); a
        // hyphen between spaces is no boundary.
        #expect(positions.map { layout.clause(at: $0) } == [0, 0, 1, 2, 2, 3, 3])
        #expect(positions.map { layout.sentence(at: $0) } == [0, 0, 0, 1, 1, 2, 2])
        #expect(layout.hardBoundaryBefore == [true, false, false, true, false, true, false])
        #expect(Array(layout.sentenceStarts) == [3, 5])
        // A contrast marker opens a clause where none starts yet, and renumbers those after it.
        layout.openClause(at: 4)
        #expect(positions.map { layout.clause(at: $0) } == [0, 0, 1, 2, 3, 4, 4])
        layout.openClause(at: 3)
        layout.openClause(at: 0)
        layout.openClause(at: 7)
        #expect(positions.map { layout.clause(at: $0) } == [0, 0, 1, 2, 3, 4, 4])
        #expect(positions.map { layout.sentence(at: $0) } == [0, 0, 0, 1, 1, 2, 2])
        // An opened clause is no sentence boundary.
        #expect(layout.hardBoundaryBefore == [true, false, false, true, false, true, false])
    }
}
