import CandorCore

/// The diagnostics of a run: every one counted by code, the first `capacity` kept in full so a
/// huge bad file cannot exhaust memory.
public struct DiagnosticLog: Sendable {
    /// The kept diagnostics, in input order.
    public private(set) var kept: [Diagnostic] = []
    /// Counts by code (all of them, kept or not).
    public private(set) var counts: [String: Int] = [:]
    /// How many are kept in full.
    public let capacity: Int

    /// Creates an empty log.
    public init(capacity: Int = 1000) {
        self.capacity = capacity
    }

    /// Records diagnostics.
    public mutating func append(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            counts[diagnostic.code, default: 0] += 1
            if kept.count < capacity { kept.append(diagnostic) }
        }
    }

    /// All diagnostics recorded.
    public var total: Int { counts.values.reduce(0, +) }

    /// Recorded diagnostics not kept in full.
    public var dropped: Int { total - kept.count }
}
