import CandorCore

/// Precision, recall and F1 of the tagger against hand labels, per category, with the misses.
public struct FlawEvaluation: Sendable {
    /// One category's confusion counts.
    public struct Score: Sendable, Equatable {
        /// The category id.
        public var id: String
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        /// Gold examples of the category.
        public var support: Int { truePositives + falseNegatives }
        /// TP / (TP + FP), 0 without predictions.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// TP / (TP + FN), 0 without support.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// The harmonic mean of precision and recall.
        public var f1: Double {
            let sum = precision + recall
            return sum == 0 ? 0 : 2 * precision * recall / sum
        }

        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
    }

    /// A response where the tagger and the labels disagree.
    public struct Miss: Sendable, Equatable {
        public var id: String
        public var text: String
        /// Labels the tagger missed.
        public var missed: [String]
        /// Tags the labels do not have, with the evidence that fired them.
        public var extra: [(id: String, evidence: String)]

        public static func == (lhs: Miss, rhs: Miss) -> Bool {
            lhs.id == rhs.id && lhs.text == rhs.text && lhs.missed == rhs.missed
                && lhs.extra.map(\.id) == rhs.extra.map(\.id) && lhs.extra.map(\.evidence) == rhs.extra.map(\.evidence)
        }
    }

    /// Scores in taxonomy order.
    public private(set) var scores: [Score]
    /// Disagreements, in input order.
    public private(set) var misses: [Miss] = []
    /// Responses evaluated.
    public private(set) var count = 0
    /// Tags by score bin (0.5–0.6, …, 0.9–1.0): how many, and how many the labels confirm.
    public private(set) var reliability: [Bin] = stride(from: 0.0, to: 1.0, by: 0.1).map { Bin(lower: $0) }

    /// A score bin of the reliability table.
    public struct Bin: Sendable, Equatable {
        /// The bin's lower bound (the upper is 0.1 higher; the last includes 1.0).
        public var lower: Double
        /// Tags with a score in the bin.
        public var tags = 0
        /// Of those, tags the labels confirm.
        public var correct = 0
        /// correct / tags.
        public var accuracy: Double { tags == 0 ? 0 : Double(correct) / Double(tags) }
    }

    /// Tags at or above `score` and the share of them that are right.
    public func precision(atOrAbove score: Double) -> (tags: Int, correct: Int) {
        reliability.filter { $0.lower + 1e-9 >= score }.reduce((0, 0)) { ($0.0 + $1.tags, $0.1 + $1.correct) }
    }

    /// Creates an empty evaluation over `categories`.
    public init(categories: [String]) {
        scores = categories.map { Score(id: $0) }
    }

    /// Adds one labeled response and the tagger's tags for it.
    public mutating func add(id: String, text: String, gold: Set<String>, predicted: [FlawTag]) {
        count += 1
        let predictedIDs = Set(predicted.map(\.id))
        for index in scores.indices {
            let category = scores[index].id
            let isGold = gold.contains(category)
            let isPredicted = predictedIDs.contains(category)
            if isGold && isPredicted { scores[index].truePositives += 1 }
            if isPredicted && !isGold { scores[index].falsePositives += 1 }
            if isGold && !isPredicted { scores[index].falseNegatives += 1 }
        }
        for tag in predicted {
            let bin = min(reliability.count - 1, max(0, Int((tag.score * 10 + 1e-9).rounded(.down))))
            reliability[bin].tags += 1
            if gold.contains(tag.id) { reliability[bin].correct += 1 }
        }
        let order = scores.map(\.id)
        let missed = order.filter { gold.contains($0) && !predictedIDs.contains($0) }
        let extra = predicted.filter { !gold.contains($0.id) }.map { ($0.id, $0.evidence.map(\.text).joined(separator: " | ")) }
        if !missed.isEmpty || !extra.isEmpty {
            misses.append(Miss(id: id, text: text, missed: missed, extra: extra))
        }
    }

    /// The mean F1 over categories with gold support.
    public var macroF1: Double {
        let supported = scores.filter { $0.support > 0 }
        guard !supported.isEmpty else { return 0 }
        return supported.map(\.f1).reduce(0, +) / Double(supported.count)
    }

    /// Parses a labels cell: category ids separated by `;` (or `,`), blanks ignored.
    public static func labels(_ cell: String) -> Set<String> {
        Set(cell.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
