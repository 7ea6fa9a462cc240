import CandorIngest
import Dispatch

/// Reads the next batch of raw chunks on its own thread while the workers process the current
/// batch, so reading overlaps with work.
///
/// The reader is only ever used by one thread at a time: `start` hands it to the reader
/// thread, `finish` waits for that thread before anyone touches it again.
final class BatchPrefetch: @unchecked Sendable {
    private let reader: ChunkReader
    private let size: Int
    private let queue = DispatchQueue(label: "candor.reader")
    private let group = DispatchGroup()
    private var result: Result<[RawChunk], IngestError> = .success([])

    init(reader: ChunkReader, size: Int) {
        self.reader = reader
        self.size = size
    }

    /// Reads a batch on the calling thread.
    func readNow() throws(IngestError) -> [RawChunk] {
        var batch: [RawChunk] = []
        batch.reserveCapacity(size)
        while batch.count < size, let chunk = try reader.next() { batch.append(chunk) }
        return batch
    }

    /// Starts reading the next batch on the reader thread.
    func start() {
        queue.async(group: group) {
            do throws(IngestError) {
                self.result = .success(try self.readNow())
            } catch {
                self.result = .failure(error)
            }
        }
    }

    /// Waits for the batch `start` began and returns it.
    func finish() throws(IngestError) -> [RawChunk] {
        group.wait()
        return try result.get()
    }
}
