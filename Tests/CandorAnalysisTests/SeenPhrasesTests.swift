import Testing
@testable import CandorAnalysis

/// The phrase extractor's per-response table of phrases seen: lookups, collisions, and the
/// stamps that empty it between responses without clearing it.
struct SeenPhrasesTests {
    @Test func findsWhatItHoldsAndNothingFromTheResponseBefore() {
        var seen = SeenPhrases()
        seen.reset(room: 4)
        // Keys that share their low bits probe past each other.
        let keys: [UInt64] = [0x10, 0x1_0000_0010, 0x2_0000_0010, 0x7]
        seen.withProbe { probe in
            for (index, key) in keys.enumerated() { #expect(probe.valueOrInsert(key, index) == nil) }
            for (index, key) in keys.enumerated() { #expect(probe.valueOrInsert(key, 99) == index) }
        }
        // The next response starts empty, and may need a larger table.
        seen.reset(room: 300)
        seen.withProbe { probe in
            #expect(probe.valueOrInsert(0x10, 5) == nil)
            #expect(probe.valueOrInsert(0x1_0000_0010, 6) == nil)
            #expect(probe.valueOrInsert(0x10, 0) == 5)
            for key in 0..<UInt64(600) { _ = probe.valueOrInsert(key &* 0x9E37_79B9_7F4A_7C15, Int(key)) }
            #expect(probe.valueOrInsert(599 &* 0x9E37_79B9_7F4A_7C15, 0) == 599)
        }
        seen.reset(room: 1)
        seen.withProbe { probe in #expect(probe.valueOrInsert(0x7, 1) == nil) }
    }
}
