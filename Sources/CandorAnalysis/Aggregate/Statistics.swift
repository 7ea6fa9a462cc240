/// Small statistics used by the findings: proportions with confidence intervals, NPS.
public enum Statistics {
    /// The Wilson score interval of `successes` out of `trials` at 95 % confidence.
    public static func wilson(_ successes: Int, _ trials: Int, z: Double = 1.96) -> ClosedRange<Double> {
        guard trials > 0 else { return 0...0 }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let center = (p + z2 / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        return max(0, center - half)...min(1, center + half)
    }

    /// The Net Promoter Score of a histogram: % promoters (9–10) − % detractors (0–6).
    public static func nps(_ histogram: ScoreHistogram) -> Double? {
        let total = histogram.total
        guard total > 0 else { return nil }
        let promoters = Double(histogram.count(in: 9...10))
        let detractors = Double(histogram.count(in: 0...6))
        return 100 * (promoters - detractors) / Double(total)
    }

    /// `whole` minus `part` (the responses without a theme).
    public static func subtract(_ whole: ScoreHistogram, _ part: ScoreHistogram) -> ScoreHistogram {
        ScoreHistogram(counts: zip(whole.counts, part.counts).map { max(0, $0 - $1) }, sum: whole.sum - part.sum)
    }
}
