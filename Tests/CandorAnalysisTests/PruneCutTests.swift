import Testing
@testable import CandorAnalysis

/// A prune finds its cut from a histogram of the counts (`PhraseStatistics.pruneCut`): it keeps
/// exactly the phrases that raising the cut one filter at a time kept.
struct PruneCutTests {
    /// The histogram's limit in these tests (small, so the reference steps past it quickly).
    static let limit = 160

    /// A table of `size` phrases whose counts are multiples of `weight` (sampled rows), one in
    /// fifty past the histogram's limit.
    static func table(size: Int, weight: Int, seed: UInt64) -> PhraseTable<PhraseStatistics.Entry> {
        var state = seed
        var table = PhraseTable<PhraseStatistics.Entry>()
        for index in 0..<size {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let draw = Int(state >> 33)
            let limit = Self.limit
            // Mostly rare phrases, some frequent, one in fifty past the limit.
            let times = draw % 50 == 0 ? limit / weight + 1 + draw % 7 : 1 + (draw % 100 < 70 ? 0 : draw % 9)
            table.set(PhraseKey.mix(UInt64(index + 1)), PhraseStatistics.Entry(count: times * weight, length: 1, stems: Stems(), surfaces: []))
        }
        return table
    }

    /// The cut raised one filter at a time (the reference).
    static func stepwise(_ table: PhraseTable<PhraseStatistics.Entry>, capacity: Int) -> Set<UInt64> {
        var table = table
        var cut = 1
        while table.count > capacity {
            table.filter { $1.count > cut }
            cut += 1
        }
        return Set(table.map(\.key))
    }

    @Test(arguments: [1, 2, 16])
    func histogramCutKeepsWhatSteppingKept(weight: Int) {
        let table = Self.table(size: 3_000, weight: weight, seed: UInt64(weight))
        // Capacities that keep everything, need one step, several, or go past the histogram,
        // and capacities that some cut meets exactly (kept == capacity).
        let counts = table.map(\.value.count)
        let exact = [1, 2, 3].map { step in counts.count { $0 > step * weight } }
        for capacity in [5_000, 2_999, 2_000, 900, 300, 40, 10, 0] + exact {
            var pruned = table
            if pruned.count > capacity {
                var cut = PhraseStatistics.pruneCut(pruned, capacity: capacity, limit: Self.limit)
                pruned.filter { $1.count > cut }
                while pruned.count > capacity {
                    cut += 1
                    pruned.filter { $1.count > cut }
                }
            }
            let reference = Self.stepwise(table, capacity: capacity)
            #expect(Set(pruned.map(\.key)) == reference, "weight \(weight), capacity \(capacity)")
            #expect(reference.count <= capacity)
        }
        // The cut itself: the smallest that leaves at most the capacity.
        let cut = PhraseStatistics.pruneCut(table, capacity: 900, limit: Self.limit)
        #expect(counts.count { $0 > cut } <= 900 && (cut == 1 || counts.count { $0 > cut - 1 } > 900))
    }
}
