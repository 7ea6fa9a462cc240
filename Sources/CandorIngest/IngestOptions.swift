/// How to read inputs: format, delimiter, which fields play which role, and size limits.
///
/// A `Codable` value with its defaults in one place (`IngestOptions()`); a missing key decodes
/// to its default. Sizes change how work is cut, never the result.
public struct IngestOptions: Sendable, Codable, Equatable {
    /// The format of every input; nil infers it per input from the extension (or sniffs it).
    public var format: InputFormat?
    /// The CSV/TSV field delimiter; nil sniffs it among `,` `;` tab `|` (CSV) or uses tab (TSV).
    public var delimiter: UInt8?
    /// Text fields, in order (one `Response.texts` entry each); empty picks the freest text.
    public var textFields: [String]
    /// The field holding the response id; nil numbers responses by row.
    public var idField: String?
    /// The field holding the score (NPS 0–10 or CSAT 1–5).
    public var scoreField: String?
    /// The field holding the date, kept as written.
    public var dateField: String?
    /// Segment fields (e.g. country, plan), in order.
    public var segmentFields: [String]
    /// Skip malformed records (each listed as a `.skipped` diagnostic) instead of stopping.
    public var skipBadRows: Bool
    /// A chunk is cut after this many records.
    public var chunkRecords: Int
    /// A chunk is cut once it holds this many bytes (at the next record boundary).
    public var chunkBytes: Int
    /// Bytes asked of the input per read.
    public var blockBytes: Int
    /// A record larger than this is malformed (and never held in memory whole).
    public var maxRecordBytes: Int

    /// Creates options; every parameter has the documented default.
    public init(
        format: InputFormat? = nil, delimiter: UInt8? = nil, textFields: [String] = [],
        idField: String? = nil, scoreField: String? = nil, dateField: String? = nil,
        segmentFields: [String] = [], skipBadRows: Bool = false, chunkRecords: Int = 2048,
        chunkBytes: Int = 1 << 20, blockBytes: Int = 1 << 20, maxRecordBytes: Int = 16 << 20
    ) {
        self.format = format
        self.delimiter = delimiter
        self.textFields = textFields
        self.idField = idField
        self.scoreField = scoreField
        self.dateField = dateField
        self.segmentFields = segmentFields
        self.skipBadRows = skipBadRows
        self.chunkRecords = chunkRecords
        self.chunkBytes = chunkBytes
        self.blockBytes = blockBytes
        self.maxRecordBytes = maxRecordBytes
    }

    private enum CodingKeys: String, CodingKey {
        case format, delimiter, textFields, idField, scoreField, dateField, segmentFields
        case skipBadRows, chunkRecords, chunkBytes, blockBytes, maxRecordBytes
    }

    /// Decodes options; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = IngestOptions()
        format = try c.decodeIfPresent(InputFormat.self, forKey: .format)
        delimiter = try c.decodeIfPresent(UInt8.self, forKey: .delimiter)
        textFields = try c.decodeIfPresent([String].self, forKey: .textFields) ?? d.textFields
        idField = try c.decodeIfPresent(String.self, forKey: .idField)
        scoreField = try c.decodeIfPresent(String.self, forKey: .scoreField)
        dateField = try c.decodeIfPresent(String.self, forKey: .dateField)
        segmentFields = try c.decodeIfPresent([String].self, forKey: .segmentFields) ?? d.segmentFields
        skipBadRows = try c.decodeIfPresent(Bool.self, forKey: .skipBadRows) ?? d.skipBadRows
        chunkRecords = try c.decodeIfPresent(Int.self, forKey: .chunkRecords) ?? d.chunkRecords
        chunkBytes = try c.decodeIfPresent(Int.self, forKey: .chunkBytes) ?? d.chunkBytes
        blockBytes = try c.decodeIfPresent(Int.self, forKey: .blockBytes) ?? d.blockBytes
        maxRecordBytes = try c.decodeIfPresent(Int.self, forKey: .maxRecordBytes) ?? d.maxRecordBytes
    }

    /// Checks sizes and the delimiter.
    ///
    /// - Throws: `ING005` when a size is not positive or the delimiter cannot separate fields.
    func validate() throws(IngestError) {
        let sizes = [
            ("chunkRecords", chunkRecords), ("chunkBytes", chunkBytes),
            ("blockBytes", blockBytes), ("maxRecordBytes", maxRecordBytes),
        ]
        for (name, value) in sizes where value < 1 {
            throw IngestError(.invalidOption, "\(name) must be at least 1, not \(value)")
        }
        if let delimiter {
            let forbidden: Set<UInt8> = [UInt8(ascii: "\""), 0x0A, 0x0D]
            if forbidden.contains(delimiter) || delimiter >= 0x80 {
                throw IngestError(
                    .invalidOption,
                    "delimiter byte \(delimiter) cannot separate fields; use an ASCII character other than a quote or line break"
                )
            }
        }
        if let format, delimiter != nil, !(format == .csv || format == .tsv) {
            throw IngestError(.invalidOption, "a delimiter applies only to csv and tsv input, not \(format.rawValue)")
        }
        let roles = textFields + segmentFields + [idField, scoreField, dateField].compactMap { $0 }
        if roles.contains(where: { $0.isEmpty }) {
            throw IngestError(.invalidOption, "a field name cannot be empty")
        }
    }
}
