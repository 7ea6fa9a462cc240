import Testing
@testable import CandorText

/// The tokenizer's scratch for a text's tokens: what it holds after a reset, and growth past the
/// room it was reset with (a text never needs it, but no text may write past it).
struct TokenSinkTests {
    @Test func keepsEveryTokenInOrderAndGrowsPastItsRoom() {
        let forms = TokenForms(capacity: 8)
        let made = (0..<5).map { Token(kind: .word, start: Int32($0), end: Int32($0 + 1), norm: "w\($0)", key: "w\($0)", in: forms) }
        var sink = TokenSink(capacity: 1)
        defer { sink.deallocate() }
        sink.reset(room: 2)
        for token in made { sink.append(token) }
        #expect(Array(sink.written(from: 0)) == made)
        #expect(Array(sink.written(from: 3)) == Array(made[3...]))
        // A reset empties it and keeps what it grew to.
        sink.reset(room: 1)
        #expect(Array(sink.written(from: 0)).isEmpty)
        #expect(sink.capacity >= 5)
        sink.append(made[4])
        #expect(Array(sink.written(from: 0)) == [made[4]])
    }
}
