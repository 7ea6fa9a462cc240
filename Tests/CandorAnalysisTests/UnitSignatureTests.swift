import Testing
@testable import CandorAnalysis

/// `UnitSignature` never drops a gate whose units a sentence all holds, with more units than
/// bits (so units share bits), and it does drop gates (it is a filter, not a pass-through).
struct UnitSignatureTests {
    /// Random gates over `wordCount` words: units of one to four words, two to three units each.
    static func gates(
        _ random: inout PhraseTableTests.Seeded, wordCount: Int, count: Int, sets: inout WordSetNumbering
    ) -> (offsets: [Int32], items: [Int32], units: [[[Int32]]]) {
        var offsets: [Int32] = [0]
        var items: [Int32] = []
        var units: [[[Int32]]] = []
        for _ in 0..<count {
            var gate: [[Int32]] = []
            for _ in 0..<(2 + Int(random.next() % 2)) {
                let size = 1 + Int(random.next() % 4)
                let words = Set((0..<size).map { _ in Int32(random.next() % UInt64(wordCount)) }).sorted()
                gate.append(words)
                items.append(sets.code(words))
            }
            units.append(gate)
            offsets.append(Int32(items.count))
        }
        return (offsets, items, units)
    }

    /// True when the signature of the sentence holding `words` has every bit `gate` needs.
    static func passes(_ signature: UnitSignature, gate: Int, words: Set<Int32>) -> Bool {
        let lanes = UnitSignature.lanes
        var sentence = Array(repeating: UInt64(0), count: lanes)
        for word in words {
            for lane in 0..<lanes { sentence[lane] |= signature.words[Int(word) * lanes + lane] }
        }
        return (0..<lanes).allSatisfy { signature.gates[gate * lanes + $0] & ~sentence[$0] == 0 }
    }

    @Test func neverDropsAGateWhoseUnitsAreHeld() {
        var random = PhraseTableTests.Seeded(state: 7)
        let wordCount = 900
        var sets = WordSetNumbering()
        let (offsets, items, units) = Self.gates(&random, wordCount: wordCount, count: 700, sets: &sets)
        #expect(Set(items).count > UnitSignature.lanes * 64, "units must share bits for this test")
        let signature = UnitSignature(unitOffsets: offsets, unitItems: items, sets: sets, wordCount: wordCount)
        var held = 0
        var dropped = 0
        for _ in 0..<3000 {
            // A sentence of a gate's words (one per unit, so it holds them all) plus random words.
            let gate = Int(random.next() % UInt64(units.count))
            var words = Set(units[gate].map { $0[Int(random.next() % UInt64($0.count))] })
            for _ in 0..<Int(random.next() % 12) { words.insert(Int32(random.next() % UInt64(wordCount))) }
            for other in 0..<units.count {
                let holdsAll = units[other].allSatisfy { unit in unit.contains { words.contains($0) } }
                let passes = Self.passes(signature, gate: other, words: words)
                if holdsAll {
                    held += 1
                    #expect(passes, "gate \(other) holds all its units but its signature fails")
                } else if !passes {
                    dropped += 1
                }
            }
        }
        #expect(held >= 3000)
        #expect(dropped > 0)
    }
}
