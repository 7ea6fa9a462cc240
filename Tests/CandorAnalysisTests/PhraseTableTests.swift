import Testing
@testable import CandorAnalysis

/// `PhraseTable` against a `Dictionary` doing the same operations, including reuse after
/// `removeAll` and `removeAll(reserving:)` (the phrase extractor lends one table to every
/// response of a worker).
struct PhraseTableTests {
    /// A seeded generator (a counter through the project's own mixer, `PhraseKey.mix`), so a
    /// failure replays.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 1
            return PhraseKey.mix(state)
        }
    }

    /// Keys that probe hard: a small pool (repeats), keys whose high half is zero (a zero tag),
    /// and keys sharing their home slot.
    static func key(_ random: inout Seeded) -> UInt64 {
        switch random.next() % 4 {
        case 0: return random.next() % 64
        case 1: return (random.next() % 64) << 40
        case 2: return random.next() % 4096
        default: return random.next()
        }
    }

    static func check(_ table: PhraseTable<Int>, _ model: [UInt64: Int]) {
        #expect(table.count == model.count)
        for (key, value) in model {
            #expect(table[key] == value)
            #expect(table.withValue(key) { $0 } == value)
        }
        #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == model)
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func matchesADictionaryThroughReuse(seed: UInt64) {
        var random = Seeded(state: seed)
        var table = PhraseTable<Int>()
        var model: [UInt64: Int] = [:]
        for round in 0..<40 {
            // Rounds of every size, so both ways of emptying run: slot by slot and all at once.
            let operations = Int(random.next() % 300) + (round % 5 == 0 ? 2000 : 0)
            for _ in 0..<operations {
                let key = Self.key(&random)
                let value = Int(random.next() % 1000)
                switch random.next() % 4 {
                case 0:
                    let old = table.valueOrInsert(key, value)
                    #expect(old == model[key])
                    if old == nil { model[key] = value }
                case 1:
                    table.set(key, value)
                    model[key] = value
                case 2:
                    table.update(key, default: { 0 }) { $0 += value }
                    model[key, default: 0] += value
                default:
                    #expect(table.contains(key) == (model[key] != nil))
                    #expect(table.withValue(key) { $0 } == model[key])
                }
            }
            Self.check(table, model)
            if round % 7 == 3 {
                table.filter { $1 % 3 != 0 }
                model = model.filter { $0.value % 3 != 0 }
                Self.check(table, model)
            }
            // Emptied either way; `removeAll(reserving:)` narrows the table to fewer slots than
            // it holds (a small count after a big round), which the next rounds grow again.
            if round % 2 == 0 {
                table.removeAll()
            } else {
                table.removeAll(reserving: Int(random.next() % 3 == 0 ? random.next() % 3000 : random.next() % 40))
            }
            model.removeAll()
            Self.check(table, model)
            for _ in 0..<64 { #expect(!table.contains(Self.key(&random))) }
            if round % 3 == 0 { table.reserve(Int(random.next() % 500)) }
        }
    }
}
