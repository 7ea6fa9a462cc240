extension Array {
    /// Grows the array to at least `count` elements with `filling`, keeping its storage and its
    /// elements: scratch arrays that only grow are sized once per text and then written through
    /// a buffer, not appended to one element at a time (their first elements are the text's).
    @inline(__always)
    mutating func grow(to count: Int, filling: Element) {
        if self.count < count { append(contentsOf: repeatElement(filling, count: count - self.count)) }
    }
}
