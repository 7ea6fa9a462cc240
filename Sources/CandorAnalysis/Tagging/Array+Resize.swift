extension Array {
    /// Grows the array to `count` elements with `filling`, or drops its last elements down to
    /// `count`, keeping its storage: scratch arrays are sized once per text and then written
    /// through a buffer, not appended to one element at a time.
    @inline(__always)
    mutating func resize(to count: Int, filling: Element) {
        if self.count < count {
            append(contentsOf: repeatElement(filling, count: count - self.count))
        } else if self.count > count {
            removeLast(self.count - count)
        }
    }
}
