import Foundation

/// A folder of call notes: every `.txt` file below it is one record, in order of relative
/// path (byte order, so the same on every machine). Other entries are ignored and counted.
final class NotesInput: ChunkSource {
    let schema: RecordSchema
    /// The folder as given.
    let folder: String
    /// The notes' paths relative to the folder, sorted.
    let files: [String]
    /// How many entries were not notes (other files, hidden entries, links to folders).
    let ignored: Int
    private let maxRecordBytes: Int
    /// One block, reused for every note.
    private var scratch: [UInt8]
    private var nextFile = 0
    private var pendingError: IngestError?

    /// Lists the notes below `folder`.
    ///
    /// - Throws: `ING001` when the folder or a subfolder cannot be listed.
    init(folder: String, schema: RecordSchema, options: IngestOptions) throws(IngestError) {
        self.folder = folder
        self.schema = schema
        scratch = [UInt8](repeating: 0, count: options.blockBytes)
        maxRecordBytes = options.maxRecordBytes
        var files: [String] = []
        var ignored = 0
        try Self.list(folder, relative: "", into: &files, ignored: &ignored)
        files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        self.files = files
        self.ignored = ignored
    }

    private static func list(
        _ folder: String, relative: String, into files: inout [String], ignored: inout Int
    ) throws(IngestError) {
        let manager = FileManager.default
        let directory = relative.isEmpty ? folder : ChunkParser.join(folder, relative)
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: directory)
        } catch {
            throw IngestError(.cannotOpen, "cannot list folder \(directory): \(error.localizedDescription)")
        }
        for entry in entries {
            let path = ChunkParser.join(directory, entry)
            let name = relative.isEmpty ? entry : relative + "/" + entry
            if entry.hasPrefix(".") {
                ignored += 1
                continue
            }
            let type = (try? manager.attributesOfItem(atPath: path)[.type]) as? FileAttributeType
            var isDirectory: ObjCBool = false
            let exists = manager.fileExists(atPath: path, isDirectory: &isDirectory)
            if type == .typeDirectory {
                try list(folder, relative: name, into: &files, ignored: &ignored)
            } else if exists, !isDirectory.boolValue, entry.lowercased().hasSuffix(".txt") {
                files.append(name)
            } else {
                ignored += 1
            }
        }
    }

    func nextPayload(maxRecords: Int, maxBytes: Int) throws(IngestError) -> ChunkPayload? {
        if let pendingError {
            self.pendingError = nil
            throw pendingError
        }
        var bytes: [UInt8] = []
        var records: [RawRecord] = []
        while nextFile < files.count, records.isEmpty || (records.count < maxRecords && bytes.count < maxBytes) {
            let name = files[nextFile]
            do {
                records.append(try read(name, into: &bytes))
            } catch {
                if records.isEmpty { throw error }
                pendingError = error
                break
            }
            nextFile += 1
        }
        return records.isEmpty ? nil : ChunkPayload(bytes: bytes, records: records)
    }

    /// Appends one note's bytes (without a byte order mark) and returns its record.
    private func read(_ name: String, into bytes: inout [UInt8]) throws(IngestError) -> RawRecord {
        let stream = try ByteStream(path: ChunkParser.join(folder, name))
        defer { stream.finish() }
        let first = bytes.count
        var oversized = false
        while true {
            var failure: IngestError?
            let n = scratch.withUnsafeMutableBufferPointer { all -> Int in
                guard let base = all.baseAddress else { return 0 }
                do throws(IngestError) {
                    return try stream.read(into: base, count: all.count)
                } catch {
                    failure = error
                    return 0
                }
            }
            if let failure {
                bytes.removeLast(bytes.count - first)
                throw failure
            }
            if n == 0 { break }
            bytes.append(contentsOf: scratch[0..<n])
            if bytes.count - first > maxRecordBytes + 3 {
                oversized = true
                break
            }
        }
        var start = first
        if bytes.count - first >= 3, bytes[first] == 0xEF, bytes[first + 1] == 0xBB, bytes[first + 2] == 0xBF {
            start += 3
        }
        if oversized || bytes.count - start > maxRecordBytes {
            bytes.removeLast(bytes.count - first)
            return RawRecord(start: first, end: first, line: 1, isOversized: true, name: name)
        }
        return RawRecord(start: start, end: bytes.count, line: 1, isOversized: false, name: name)
    }
}
