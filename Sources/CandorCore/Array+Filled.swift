extension Array {
    /// An array of `count` copies of `value`: `Array(repeating:count:)` for arrays made once per
    /// response.
    ///
    /// Why: `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:)` allocate through
    /// a standard-library entry point that is not specialized for the element type, and it
    /// looks the storage type up in the runtime's generic metadata cache on every call (a hash
    /// lookup under a lock: 0.9 % of a two-thread run on the 200 MB benchmark dump, `perf
    /// record`). Reserving, then appending, goes through specialized code. A worker that owns
    /// state writes into a buffer it keeps instead (`reserveScratch`) and copies the result
    /// out; this is for the functions with no state to keep one (the shared `SentimentScorer`).
    @inlinable @inline(__always)
    public static func filled(_ value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(count)
        array.append(contentsOf: repeatElement(value, count: count))
        return array
    }

    /// Replaces the array's elements with `elements`, keeping its storage when nothing else
    /// holds it: a worker refills the arrays of the reading it was handed back
    /// (`ResponseAnalyzer.recycle`) instead of allocating them per response, and fresh
    /// allocations were cold memory (the allocator took 5 % of the second pass, `perf`).
    @inlinable @inline(__always)
    public mutating func refill(with elements: some Collection<Element>) {
        removeAll(keepingCapacity: true)
        append(contentsOf: elements)
    }
}
