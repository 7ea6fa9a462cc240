/// Picks the field holding the most free text, for runs without text fields.
enum TextColumnPicker {
    /// The index of the candidate with the highest free-text score (ties: the first), or nil
    /// when there is no candidate.
    ///
    /// - Parameter candidates: each candidate's sampled values.
    static func pick(_ candidates: [[String]]) -> Int? {
        var best: (index: Int, score: Int)?
        for (index, values) in candidates.enumerated() {
            let score = freeTextScore(values)
            if best == nil || score > (best?.score ?? 0) { best = (index, score) }
        }
        return best?.index
    }

    /// Letters summed over distinct values: long, varied prose scores high; categories,
    /// numbers, dates and repeated labels score low.
    static func freeTextScore(_ values: [String]) -> Int {
        var seen = Set<String>()
        var letters = 0
        for value in values where seen.insert(value).inserted {
            for scalar in value.unicodeScalars where scalar.properties.isAlphabetic { letters += 1 }
        }
        return letters
    }
}
