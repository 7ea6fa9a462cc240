import Testing
@testable import CandorAnalysis

/// The sentence gate's per-word records: one cache line each, filled from the gate's tables.
struct GateWordsTests {
    @Test func recordsHoldEachWordsRowAndSignature() {
        // Three words in the gate's tables (word 1 anchors no gate), five records.
        let offsets: [Int32] = [0, 2, 2, 5]
        let signatures: [UInt64] = (0..<12).map { UInt64($0 + 1) }
        let words = GateWords(count: 5, anchoredOffsets: offsets, signatures: signatures)
        #expect(MemoryLayout<GateWord>.stride == 64)
        #expect(UInt(bitPattern: words.base) % 64 == 0)
        #expect((0..<5).map { words.base[$0].anchoredStart } == [0, 2, 2, 0, 0])
        #expect((0..<5).map { words.base[$0].anchoredEnd } == [2, 2, 5, 0, 0])
        #expect(words.base[2].signature == (9, 10, 11, 12))
        #expect(words.base[3].signature == (0, 0, 0, 0))
        words.base[1].stamp = 7
        words.base[4].stamp = 9
        words.clearStamps()
        #expect((0..<5).allSatisfy { words.base[$0].stamp == 0 })
    }
}
