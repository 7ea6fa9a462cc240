import Testing
@testable import CandorText

/// The hand-written id table against a plain dictionary: same ids, in first-met order, across
/// growth and emptying.
struct TokenVocabularyTests {
    /// Keys with shared prefixes, accents, non-Latin scripts, an empty key and long keys, drawn
    /// with repeats from a seeded generator.
    static func keys(_ count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let parts = ["a", "é", "ab", "re", "fund", "ç", "日本", "ß", "-", "0", "remboursement", "x"]
        return (0..<count).map { _ in (0..<next(5)).map { _ in parts[next(parts.count)] }.joined() + String(next(40_000)) }
            + ["", String(repeating: "long", count: 64)]
    }

    @Test func idsMatchADictionaryThroughGrowthAndEmptying() {
        let vocabulary = TokenVocabulary(limit: 30_000)
        var reference: [String: Int32] = [:]
        var order: [String] = []
        for (index, key) in Self.keys(100_000, seed: 7).enumerated() {
            if index % 97 == 0 {
                let before = vocabulary.generation
                vocabulary.startResponse()
                if vocabulary.generation != before {
                    reference.removeAll()
                    order.removeAll()
                }
            }
            let expected = reference[key] ?? {
                let id = Int32(order.count)
                reference[key] = id
                order.append(key)
                return id
            }()
            let id = vocabulary.id(key)
            #expect(id == expected, "\(key)")
            if id != expected { return }
        }
        #expect(vocabulary.keys == order)
        #expect(vocabulary.generation >= 2, "the limit was reached and the vocabulary emptied")
    }

    @Test func sameKeyAfterEmptyingGetsAFreshId() {
        let vocabulary = TokenVocabulary(limit: 2)
        #expect(vocabulary.id("a") == 0)
        #expect(vocabulary.id("b") == 1)
        #expect(vocabulary.id("a") == 0)
        vocabulary.startResponse()
        #expect(vocabulary.generation == 1 && vocabulary.count == 0)
        #expect(vocabulary.id("b") == 0)
        #expect(vocabulary.id("a") == 1)
    }
}
