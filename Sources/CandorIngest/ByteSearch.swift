import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first `byte` in `self[from..<to]`, or nil (also when the range is empty).
    ///
    /// Through `memchr`, which compares many bytes per instruction: the readers use it to skip
    /// the text of a record or of a quoted field (most feedback texts are quoted), where a loop
    /// over single bytes was most of the reader thread's and the record splitter's time.
    func firstIndex(of byte: UInt8, from: Int, to: Int) -> Int? {
        guard from < to, let base = baseAddress, let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}
