/// One survey response: the unit every stage works on.
///
/// A response comes from one input record (a CSV row, a JSONL object, a text line or a note
/// file). It can hold several open answers (`texts`), one per `--text` field, kept apart.
public struct Response: Sendable, Hashable {
    /// The `--id` field's value, or the record number from 1 when no id field is given.
    public var id: String
    /// The record number across all inputs, from 1, in input order.
    public var row: Int
    /// Where the record starts in its input.
    public var location: SourceLocation
    /// One text per text field, in the order the fields were given.
    public var texts: [String]
    /// The `--score` field parsed as a number (NPS 0–10 or CSAT 1–5), when present.
    public var score: Double?
    /// The `--date` field as written, when present.
    public var date: String?
    /// One value per `--segment` field, in the order the fields were given ("" when missing).
    public var segments: [String]

    /// Creates a response.
    public init(
        id: String, row: Int, location: SourceLocation, texts: [String],
        score: Double? = nil, date: String? = nil, segments: [String] = []
    ) {
        self.id = id
        self.row = row
        self.location = location
        self.texts = texts
        self.score = score
        self.date = date
        self.segments = segments
    }

    /// True when every text is empty or white space only.
    public var isEmpty: Bool {
        texts.allSatisfy { text in text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
    }
}
