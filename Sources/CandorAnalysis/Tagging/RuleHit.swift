import CandorCore

/// One pattern match of one rule in one text field, and whether scope blocked it.
///
/// Tagging keeps the hits that are not blocked; `candor explain` shows all of them.
public struct RuleHit: Sendable, Equatable {
    /// Why a match did not count.
    public struct Block: Sendable, Equatable {
        /// The scope that blocked it: `negation`, `hypothetical` or `contrast`.
        public var kind: String
        /// The marker's text ("never", "if", "but").
        public var marker: String
    }

    /// The category id.
    public var category: String
    /// The rule id.
    public var rule: String
    /// The rule's weight.
    public var weight: Double
    /// The evidence span.
    public var evidence: Evidence
    /// The scope that blocked the match, or nil when it counts.
    public var blockedBy: Block?
}
