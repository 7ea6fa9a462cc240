import Dispatch

/// Merges the first pass's partial phrase statistics into the run's total, in submission
/// order, on its own serial queue: merges overlap the workers' counting of the next chunks,
/// instead of leaving them idle while one thread merges; or, `inline`, on the submitting
/// thread (when the workers take every core, a merge thread only competes with them).
///
/// Pruning happens at the same stream positions (segments of rows) as a sequential merge
/// would do it, so the total does not depend on the thread count. At most one batch waits
/// while another merges, which bounds memory.
final class PhraseMerger: @unchecked Sendable {
    /// One chunk's tallies, owned by the merge once submitted (a class, so moving a tally out
    /// copies nothing).
    final class Batch: @unchecked Sendable {
        var partials: [(segment: Int, tally: PhraseTally)]
        init(_ partials: [(segment: Int, tally: PhraseTally)]) { self.partials = partials }
    }

    private let queue = DispatchQueue(label: "candor.phrase-merge")
    private let waiting = DispatchSemaphore(value: 1)
    private let capacity: Int
    /// Touched only on `queue`.
    private var total = PhraseStatistics()
    private var segment = 0

    /// A merger pruning to `capacity` phrases per language at each segment boundary.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Queues a batch's partials (in stream order) for merging; waits while an earlier batch
    /// is still queued. When `inline`, merges them on the calling thread before returning.
    func submit(_ batch: Batch, inline: Bool = false) {
        waiting.wait()
        guard !inline else {
            queue.sync { merge(batch) }
            return
        }
        queue.async { [self] in merge(batch) }
    }

    /// Merges a batch into the total (on `queue`).
    private func merge(_ batch: Batch) {
        for slot in batch.partials.indices {
            while segment < batch.partials[slot].segment {
                total.prune(capacity: capacity)
                segment += 1
            }
            var partial = PhraseTally()
            swap(&partial, &batch.partials[slot].tally)
            total.absorb(&partial)
        }
        batch.partials = []
        waiting.signal()
    }

    /// Waits for every submitted batch and returns the total.
    func finish() -> PhraseStatistics {
        queue.sync { total }
    }
}
