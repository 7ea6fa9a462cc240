extension AutomatonMatcher.Scan {
    /// Notes the words of sentence `sentence` (stamped with the sentence in their `GateWord`
    /// records), their unit signature, and those that anchor gates (`SentenceGate`); true when
    /// the sentence is open whatever its gates say: a token carries an anchoring prefix, or some
    /// rule is active everywhere. Otherwise `arm` decides.
    @inline(__always)
    mutating func notes(_ symbols: UnsafeBufferPointer<MatchSymbol>, _ sentence: Range<Int>) -> Bool {
        var open = t.alwaysActive
        anchorCount = 0
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for index in sentence {
            let symbol = symbols[index]
            if symbol.flags & MatchSymbol.anchor != 0 { open = true }
            let word = symbol.word
            guard word >= 0 else { continue }
            let record = words + Int(word)
            guard record.pointee.stamp != sentenceStamp else { continue }
            record.pointee.stamp = sentenceStamp
            lanes.0 |= record.pointee.signature.0
            lanes.1 |= record.pointee.signature.1
            lanes.2 |= record.pointee.signature.2
            lanes.3 |= record.pointee.signature.3
            if record.pointee.anchoredStart != record.pointee.anchoredEnd {
                anchors[anchorCount] = word
                anchorCount += 1
            }
        }
        signature = lanes
        return open
    }

    /// True when the current sentence holds a word of set `set` (coded by `WordSetNumbering`):
    /// one word's bit, or a set of several words scanned the first time a sentence asks.
    @inline(__always)
    func holds(_ set: Int32) -> Bool {
        guard set >= 0 else { return words[Int(-2 - set)].stamp == sentenceStamp }
        if setStamp[Int(set)] == sentenceStamp { return setHeld[Int(set)] }
        var held = false
        var index = Int(t.setWordOffsets.base[Int(set)])
        let upper = Int(t.setWordOffsets.base[Int(set) + 1])
        while index < upper {
            if words[Int(t.setWordItems.base[index])].stamp == sentenceStamp {
                held = true
                break
            }
            index += 1
        }
        setStamp[Int(set)] = sentenceStamp
        setHeld[Int(set)] = held
        return held
    }

    /// Marks held every set of several words that a word of sentence `sentence` is in, once
    /// the gate has opened it: the wake tests of a scan ask about many sets, and `marked` then
    /// answers each with one load.
    @inline(__always)
    func markSets(_ symbols: UnsafeBufferPointer<MatchSymbol>, _ sentence: Range<Int>) {
        for index in sentence where symbols[index].word >= 0 {
            let word = Int(symbols[index].word)
            var set = Int(t.wordSetOffsets.base[word])
            let last = Int(t.wordSetOffsets.base[word + 1])
            while set < last {
                let id = Int(t.wordSetItems.base[set])
                setStamp[id] = sentenceStamp
                setHeld[id] = true
                set += 1
            }
        }
    }

    /// `holds` for a sentence whose sets `markSets` marked: a set not marked is not held.
    @inline(__always)
    func marked(_ set: Int32) -> Bool {
        guard set >= 0 else { return words[Int(-2 - set)].stamp == sentenceStamp }
        return setStamp[Int(set)] == sentenceStamp && setHeld[Int(set)]
    }
}
