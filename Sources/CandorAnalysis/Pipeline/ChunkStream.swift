import CandorIngest
import Dispatch
import Foundation

/// Streams a reader's chunks through workers and hands their results, in chunk order, to one
/// consumer at a time, with no barrier between groups of chunks.
///
/// A reader thread keeps up to `window` chunks read ahead of the consumer (this bounds memory);
/// the workers, on `DispatchQueue.concurrentPerform`, each own a context (ICU iterators,
/// scratch buffers) and take the next chunk as soon as they are free. Whichever worker
/// finishes the chunk the consumer waits for consumes it, and every later result already
/// done. Batches of chunks processed together left a worker idle at the end of each batch
/// while the slowest chunk finished, and both idle while the batch's results were merged.
///
/// The lock is taken a few times per chunk (about a megabyte of input), never per response.
final class ChunkStream<Context, Output>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition`: chunks read and not yet taken, with their sequence numbers (at
    /// most `window`, so taking the first is cheap).
    private var waiting: [(sequence: Int, chunk: RawChunk)] = []
    /// Results done and not yet consumed, by sequence number.
    private var done: [Int: Output] = [:]
    private var nextToConsume = 0
    private var consuming = false
    /// Chunks read and not yet consumed.
    private var inFlight = 0
    private var readerFinished = false
    /// The reader's error, raised once every chunk read before it is consumed.
    private var readerFailure: IngestError?
    /// The consumer's error: everything stops.
    private var failure: (any Error)?
    private let window: Int

    private init(window: Int) {
        self.window = max(2, window)
    }

    /// Maps every chunk of `reader` through `work` on one worker per context, and passes the
    /// results to `consume` in chunk order (never two calls at once; it may move parts out).
    /// Up to `window` chunks are read and not yet consumed at any time.
    /// - Throws: the first error `consume` throws (no result after it is consumed), or the
    ///   reader's error once every chunk before it is consumed.
    static func run(
        _ reader: ChunkReader, contexts: [Context], window: Int,
        work: (Context, RawChunk) -> Output, consume: (inout Output) throws -> Void
    ) throws {
        let stream = ChunkStream(window: window)
        let readerDone = DispatchGroup()
        let shared = UncheckedSendable(reader)
        DispatchQueue(label: "candor.reader").async(group: readerDone) { stream.read(shared.value) }
        try withoutActuallyEscaping(work) { work in
            withoutActuallyEscaping(consume) { consume in
                let (sharedWork, sharedConsume) = (UncheckedSendable(work), UncheckedSendable(consume))
                let sharedContexts = UncheckedSendable(contexts)
                DispatchQueue.concurrentPerform(iterations: max(1, contexts.count)) { worker in
                    stream.serve(context: sharedContexts.value[worker], work: sharedWork.value, consume: sharedConsume.value)
                }
            }
            stream.stop()
            readerDone.wait()
            if let failure = stream.failure { throw failure }
            if let readerFailure = stream.readerFailure { throw readerFailure }
        }
    }

    /// The reader thread: reads chunks while fewer than `window` are in flight.
    private func read(_ reader: ChunkReader) {
        var sequence = 0
        while true {
            condition.lock()
            while inFlight >= window, failure == nil, !readerFinished { condition.wait() }
            if failure != nil || readerFinished {
                readerFinished = true
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.unlock()
            let next: RawChunk?
            do throws(IngestError) {
                next = try reader.next()
            } catch {
                condition.lock()
                readerFailure = error
                readerFinished = true
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.lock()
            if let next {
                waiting.append((sequence, next))
                sequence += 1
                inFlight += 1
            } else {
                readerFinished = true
            }
            condition.broadcast()
            condition.unlock()
            if next == nil { return }
        }
    }

    /// Stops the reader (after the workers are done, or on failure).
    private func stop() {
        condition.lock()
        readerFinished = true
        condition.broadcast()
        condition.unlock()
    }

    /// One worker: takes chunks until none is left, and consumes what is next in order.
    private func serve(context: Context, work: (Context, RawChunk) -> Output, consume: (inout Output) throws -> Void) {
        condition.lock()
        while true {
            while waiting.isEmpty, !readerFinished, failure == nil { condition.wait() }
            guard failure == nil, !waiting.isEmpty else { break }
            let (sequence, chunk) = waiting.removeFirst()
            condition.unlock()
            let output = work(context, chunk)
            condition.lock()
            done[sequence] = output
            guard !consuming else { continue }
            consuming = true
            while failure == nil, var next = done.removeValue(forKey: nextToConsume) {
                condition.unlock()
                do {
                    try consume(&next)
                    condition.lock()
                } catch {
                    condition.lock()
                    failure = error
                }
                nextToConsume += 1
                inFlight -= 1
                condition.broadcast()
            }
            consuming = false
        }
        condition.broadcast()
        condition.unlock()
    }
}

/// Carries a value the compiler cannot prove Sendable across the concurrentPerform boundary;
/// used only for the reader, the work and consume closures and the per-worker contexts, each
/// touched by one thread at a time.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
