/// Counts of scores by value (0 to 10), enough to compute NPS, CSAT means and group shares
/// once the whole stream is read and the scale is known.
public struct ScoreHistogram: Sendable, Equatable {
    /// Responses per rounded score 0...10.
    public private(set) var counts: [Int] = Array(repeating: 0, count: 11)
    /// The sum of the exact scores.
    public private(set) var sum: Double = 0

    /// Creates an empty histogram.
    public init() {}

    /// Adds a score (clamped to 0...10, rounded down for the bucket).
    public mutating func add(_ score: Double) {
        guard score.isFinite else { return }
        let clamped = min(10, max(0, score))
        counts[Int(clamped.rounded(.down))] += 1
        sum += clamped
    }

    /// Adds another histogram.
    public mutating func merge(_ other: ScoreHistogram) {
        for index in counts.indices { counts[index] += other.counts[index] }
        sum += other.sum
    }

    /// Creates a histogram from bucket counts and an exact sum.
    init(counts: [Int], sum: Double) {
        self.counts = counts
        self.sum = sum
    }

    /// The number of scores.
    public var total: Int { counts.reduce(0, +) }

    /// The mean score, or nil without scores.
    public var mean: Double? { total == 0 ? nil : sum / Double(total) }

    /// Responses in score buckets `range`.
    public func count(in range: ClosedRange<Int>) -> Int {
        range.reduce(0) { $0 + counts[$1] }
    }

    /// True when no score is above 5 (a CSAT 1–5 scale rather than NPS 0–10).
    public var looksLikeCSAT: Bool { total > 0 && count(in: 6...10) == 0 }
}
