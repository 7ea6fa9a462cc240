import Foundation
import Testing
@testable import CandorCore

/// The hand-written JSON writer produces valid JSON that round-trips through Foundation.
struct JSONWriterTests {
    @Test func writesNestedValuesWithCommas() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("id")
        writer.string("a\"b\\c\n\u{01}é😡")
        writer.key("n")
        writer.number(0.82)
        writer.key("list")
        writer.beginArray()
        writer.int(1)
        writer.bool(true)
        writer.null()
        writer.endArray()
        writer.endObject()
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text == #"{"id":"a\"b\\c\n\u0001é😡","n":0.82,"list":[1,true,null]}"#)
        let parsed = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any]
        #expect(parsed?["id"] as? String == "a\"b\\c\n\u{01}é😡")
    }

    @Test(arguments: [(0.1 + 0.2, "0.3"), (1.0, "1"), (-2.5, "-2.5"), (Double.nan, "null"), (0.12345, "0.1235")])
    func formatsNumbersShortAndRounded(value: Double, expected: String) {
        #expect(JSONWriter.format(value) == expected)
    }

    @Test func stableHashIsFixed() {
        #expect(StableHash.of("refund") == StableHash.of("refund"))
        #expect(StableHash.of("refund") != StableHash.of("refunds"))
        var empty = StableHash()
        empty.combine(bytes: [])
        #expect(empty.value == 0xcbf2_9ce4_8422_2325)
    }
}
