/// The `capacity` best items seen, by a total order: bounded memory for "the best quotes" of a
/// stream, and mergeable in any grouping with the same result.
public struct TopK<Element: Sendable>: Sendable {
    /// The capacity.
    public let capacity: Int
    /// True when `lhs` ranks before `rhs`. Must be a strict total order for determinism.
    private let precedes: @Sendable (Element, Element) -> Bool
    /// The kept items, best first.
    public private(set) var items: [Element] = []

    /// Creates an empty top-k.
    public init(capacity: Int, by precedes: @escaping @Sendable (Element, Element) -> Bool) {
        self.capacity = capacity
        self.precedes = precedes
    }

    /// Offers an item.
    public mutating func insert(_ item: Element) {
        guard capacity > 0 else { return }
        if items.count == capacity, let last = items.last, !precedes(item, last) { return }
        let position = items.firstIndex { precedes(item, $0) } ?? items.count
        items.insert(item, at: position)
        if items.count > capacity { items.removeLast() }
    }

    /// Offers every item of another top-k.
    public mutating func merge(_ other: TopK<Element>) {
        for item in other.items { insert(item) }
    }
}
