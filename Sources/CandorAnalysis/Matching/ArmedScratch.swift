/// One matcher's scratch for armed scans (`AutomatonMatcher.Scan.arm`): which patterns the
/// current sentence armed, and per word and prefix id the armed start states it begins
/// (linked lists whose heads are valid while the id's stamp is the sentence's).
final class ArmedScratch {
    let patternStamp: UnsafeMutablePointer<UInt32>
    let wordStamp: UnsafeMutablePointer<UInt32>
    let wordHead: UnsafeMutablePointer<Int32>
    let prefixStamp: UnsafeMutablePointer<UInt32>
    let prefixHead: UnsafeMutablePointer<Int32>
    let linkState: UnsafeMutablePointer<Int32>
    let linkNext: UnsafeMutablePointer<Int32>
    /// Armed start states on any token, a number or digits (tested on every token).
    let others: UnsafeMutablePointer<Int32>
    let patternCount: Int, wordCount: Int, prefixCount: Int, linkCapacity: Int

    init(_ tables: MatcherTables) {
        patternCount = max(1, tables.patternCount)
        wordCount = max(1, tables.wordStride * 64)
        prefixCount = max(1, tables.prefixStride * 64)
        linkCapacity = tables.linkCapacity
        patternStamp = .allocate(capacity: patternCount)
        wordStamp = .allocate(capacity: wordCount)
        wordHead = .allocate(capacity: wordCount)
        wordHead.initialize(repeating: -1, count: wordCount)
        prefixStamp = .allocate(capacity: prefixCount)
        prefixHead = .allocate(capacity: prefixCount)
        prefixHead.initialize(repeating: -1, count: prefixCount)
        linkState = .allocate(capacity: linkCapacity)
        linkNext = .allocate(capacity: linkCapacity)
        others = .allocate(capacity: max(1, tables.patternStartItems.count))
        clearStamps()
    }

    /// Forgets every stamp (when the sentence counter wraps).
    func clearStamps() {
        patternStamp.initialize(repeating: 0, count: patternCount)
        wordStamp.initialize(repeating: 0, count: wordCount)
        prefixStamp.initialize(repeating: 0, count: prefixCount)
    }

    deinit {
        patternStamp.deallocate()
        wordStamp.deallocate()
        wordHead.deallocate()
        prefixStamp.deallocate()
        prefixHead.deallocate()
        linkState.deallocate()
        linkNext.deallocate()
        others.deallocate()
    }
}
