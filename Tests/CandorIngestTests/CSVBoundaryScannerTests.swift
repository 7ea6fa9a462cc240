import Testing

@testable import CandorIngest

/// The boundary scanner against the CSV state machine written out byte by byte: the same
/// record ends and the same count of line breaks inside quotes, however the bytes are split
/// across buffer refills.
struct CSVBoundaryScannerTests {
    /// The reference: one byte at a time (a quote opens a quoted field only at a field's start,
    /// `""` inside one is a quote), every record end with its inner line breaks.
    static func reference(_ bytes: [UInt8], delimiter: UInt8) -> [(end: Int, inner: Int)] {
        var ends: [(Int, Int)] = []
        var (fieldStart, quoted, afterQuote, inner) = (true, false, false, 0)
        for (index, byte) in bytes.enumerated() {
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    (quoted, afterQuote) = (false, true)
                } else if byte == 0x0A {
                    inner += 1
                }
                continue
            }
            if byte == UInt8(ascii: "\""), fieldStart || afterQuote {
                (quoted, fieldStart, afterQuote) = (true, false, false)
            } else if byte == 0x0A {
                ends.append((index, inner))
                (fieldStart, afterQuote, inner) = (true, false, 0)
            } else {
                (fieldStart, afterQuote) = (byte == delimiter, false)
            }
        }
        return ends
    }

    /// The scanner over `bytes` cut into buffers of `piece` bytes (a refill keeps the state).
    static func scanned(_ bytes: [UInt8], delimiter: UInt8, piece: Int) -> [(end: Int, inner: Int)] {
        var scanner = CSVBoundaryScanner(delimiter: delimiter)
        var ends: [(Int, Int)] = []
        var start = 0
        while start < bytes.count {
            let stop = min(bytes.count, start + piece)
            let found: [(Int, Int)] = bytes[start..<stop].withUnsafeBufferPointer { buffer in
                var local: [(Int, Int)] = []
                var from = 0
                while from < buffer.count, let end = scanner.scan(buffer, from: from) {
                    local.append((start + end, scanner.innerNewlines))
                    scanner.reset()
                    from = end + 1
                }
                return local
            }
            ends += found
            start = stop
        }
        return ends
    }

    @Test("record ends and inner line breaks match the byte-by-byte machine", arguments: [1, 3, 7, 64, 4096])
    func matchesReference(piece: Int) {
        var random = SeededGenerator(seed: 0xB0_0DA2)
        let alphabet = Array("ab \",;\n\r".utf8)
        for round in 0..<400 {
            let count = Int(random.next() % 200)
            let bytes = (0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let delimiter = round.isMultiple(of: 2) ? UInt8(ascii: ",") : UInt8(ascii: ";")
            let expected = Self.reference(bytes, delimiter: delimiter)
            let found = Self.scanned(bytes, delimiter: delimiter, piece: piece)
            #expect(found.map(\.end) == expected.map(\.end), "round \(round)")
            #expect(found.map(\.inner) == expected.map(\.inner), "round \(round)")
        }
    }

    @Test func aQuotedFieldWithLineBreaksEndsAfterItsClosingQuote() {
        let bytes = Array("1,\"two\nlines\nhere\",9\n2,x\n".utf8)
        let found = Self.scanned(bytes, delimiter: UInt8(ascii: ","), piece: 5)
        #expect(found.map(\.end) == [20, 24])
        #expect(found.map(\.inner) == [2, 0])
    }
}
