/// Picks the CSV delimiter among `,` `;` tab `|` from the first records.
enum DelimiterSniffer {
    /// The candidates, in the order ties are broken.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]

    /// The delimiter that splits the header into the most fields that the following records
    /// repeat most consistently; `,` when none splits the header.
    static func sniff(_ p: UnsafeBufferPointer<UInt8>, reachesEnd: Bool) -> UInt8 {
        var best: (delimiter: UInt8, consistency: Double, fields: Int)?
        var fields: [CSVRecordParser.Field] = []
        for delimiter in candidates {
            var ranges = InputSample.records(in: p, delimiter: delimiter, reachesEnd: reachesEnd, limit: 20)
            if ranges.isEmpty {
                // A header longer than the window: judge by its beginning.
                ranges = InputSample.records(in: p, delimiter: delimiter, reachesEnd: true, limit: 1)
            }
            var counts: [Int] = []
            for range in ranges {
                do {
                    try CSVRecordParser.split(UnsafeBufferPointer(rebasing: p[range]), delimiter: delimiter, into: &fields)
                    counts.append(fields.count)
                } catch {
                    counts.append(-1)
                }
            }
            guard let header = counts.first, header > 1 else { continue }
            let rest = counts.dropFirst()
            let consistency = rest.isEmpty ? 1 : Double(rest.filter { $0 == header }.count) / Double(rest.count)
            if let current = best,
                (consistency, header) <= (current.consistency, current.fields)
            {
                continue
            }
            best = (delimiter, consistency, header)
        }
        return best?.delimiter ?? UInt8(ascii: ",")
    }
}
