import CandorCore
import Testing

/// `Array.filled(_:count:)` makes what `Array(repeating:count:)` makes.
struct ArrayFilledTests {
    @Test(arguments: [0, 1, 7, 1000])
    func matchesRepeating(count: Int) {
        #expect([Int32].filled(-3, count: count) == [Int32](repeating: -3, count: count))
        #expect([String].filled("a", count: count) == [String](repeating: "a", count: count))
    }
}
