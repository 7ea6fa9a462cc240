extension UnsafeMutableBufferPointer {
    /// Makes room for `count` elements in a scratch buffer refilled from the start for each
    /// text: when smaller, it is freed and reallocated at least twice as large, its contents
    /// dropped. For plain-data elements only (nothing in it is deinitialized).
    ///
    /// Why: arrays filled where they were made (`init(unsafeUninitializedCapacity:)`) looked
    /// their storage type up through the runtime's generic metadata each time; a worker writes
    /// into a buffer it owns instead and copies the result out (without an owner for the
    /// buffer: `Array.filled`).
    public mutating func reserveScratch(_ count: Int) {
        guard self.count < count else { return }
        deallocate()
        self = .allocate(capacity: Swift.max(count, 2 * self.count))
    }
}
