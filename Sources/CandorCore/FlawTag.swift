/// A span of a response's text that made a rule fire: the evidence an analyst can check.
public struct Evidence: Sendable, Hashable, Codable {
    /// The text of the span, as written by the customer.
    public var text: String
    /// Start offset in Unicode scalars within the field's text.
    public var start: Int
    /// End offset (exclusive) in Unicode scalars.
    public var end: Int
    /// Index of the text field (0 for the first `--text`).
    public var field: Int
    /// The id of the rule that matched.
    public var rule: String

    /// Creates an evidence span.
    public init(text: String, start: Int, end: Int, field: Int, rule: String) {
        self.text = text
        self.start = start
        self.end = end
        self.field = field
        self.rule = rule
    }
}

/// A flaw (taxonomy category) tagged on one response, with its score and evidence.
public struct FlawTag: Sendable, Hashable, Codable {
    /// The category id, e.g. `denial`.
    public var id: String
    /// Confidence in [0, 1].
    public var score: Double
    /// The spans that fired, in text order.
    public var evidence: [Evidence]

    /// Creates a tag.
    public init(id: String, score: Double, evidence: [Evidence]) {
        self.id = id
        self.score = score
        self.evidence = evidence
    }
}
