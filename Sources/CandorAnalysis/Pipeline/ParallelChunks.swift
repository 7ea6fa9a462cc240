import Dispatch
import Foundation

/// Runs `work` over `count` items on `threads` workers with `DispatchQueue.concurrentPerform`,
/// returning the results in item order whatever thread ran which item.
///
/// Each worker owns a context (its ICU iterators, its scratch buffers), made once per run and
/// passed in; items are handed out one at a time through a counter, the only shared state,
/// touched once per chunk (not per response).
enum ParallelChunks {
    /// A slot per item, written by exactly one worker each (raw memory, so no array
    /// copy-on-write check races between workers).
    private final class Slots<Result>: @unchecked Sendable {
        let values: UnsafeMutableBufferPointer<Result?>
        private let lock = NSLock()
        private var next = 0

        init(count: Int) {
            values = UnsafeMutableBufferPointer.allocate(capacity: count)
            values.initialize(repeating: nil)
        }

        deinit {
            values.deinitialize()
            values.deallocate()
        }

        func take(limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < limit else { return nil }
            next += 1
            return next - 1
        }
    }

    /// The contexts' box, so worker `w` reaches `contexts[w]` from inside the closure.
    private final class Contexts<Context>: @unchecked Sendable {
        let items: [Context]
        init(_ items: [Context]) { self.items = items }
    }

    /// Maps `count` items through `work(context, index)` on `contexts.count` workers.
    static func map<Context, Result>(
        count: Int, contexts: [Context], _ work: (Context, Int) -> Result
    ) -> [Result] {
        guard count > 0 else { return [] }
        let slots = Slots<Result>(count: count)
        let box = Contexts(contexts)
        let workers = min(contexts.count, count)
        withoutActuallyEscaping(work) { work in
            let shared = UncheckedSendable(work)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                while let index = slots.take(limit: count) {
                    let result = shared.value(box.items[worker], index)
                    slots.values[index] = result
                }
            }
        }
        return slots.values.compactMap { $0 }
    }
}

/// Carries a value the compiler cannot prove Sendable across the concurrentPerform boundary;
/// used only for the work closure and per-worker contexts, each touched by one thread at a time.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
