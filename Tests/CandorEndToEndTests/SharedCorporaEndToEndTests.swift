import Foundation
import Testing

/// `candor tag` over every CSV of the real corpora in `../shared/corpora` (present in CI, absent
/// on a user's machine: then these tests are skipped) emits one valid JSON line per row.
@Suite(.serialized, .enabled(if: CandorBinary.shared != nil, "../shared/corpora is not beside the clone"))
struct SharedCorporaEndToEndTests {
    static let csvFiles: [String] = {
        guard let shared = CandorBinary.shared else { return [] }
        let root = shared.appendingPathComponent("corpora")
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".csv") }.sorted().map { root.appendingPathComponent($0).path }
    }()

    /// Counts CSV records independently of Candor's reader: newlines outside quotes, minus the
    /// header and blank lines.
    static func recordCount(_ data: Data) -> Int {
        var records = 0
        var inQuotes = false
        var lineHasContent = false
        for byte in data {
            if byte == 0x22 { inQuotes.toggle() }
            if byte == 0x0A, !inQuotes {
                if lineHasContent { records += 1 }
                lineHasContent = false
            } else if byte != 0x0D {
                lineHasContent = true
            }
        }
        if lineHasContent { records += 1 }
        return max(0, records - 1)
    }

    @Test(arguments: csvFiles)
    func tagEmitsOneValidLinePerRow(path: String) throws {
        let run = try CandorBinary.run(["tag", path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let expected = Self.recordCount(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(lines.count == expected, "\(path): \(lines.count) lines for \(expected) rows")
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["id"] is String)
            #expect(object?["flaws"] is [Any])
        }
    }
}
