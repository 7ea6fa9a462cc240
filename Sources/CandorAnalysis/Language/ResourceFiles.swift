import Foundation

/// Reads the language data and taxonomy shipped as resources of this module.
enum ResourceFiles {
    /// The folder holding the resources (`Resources/` of the module bundle).
    static func directory() throws(AnalysisError) -> URL {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw AnalysisError(code: "ANA004", message: "Candor's resource folder is missing next to the executable", exitStatus: .software)
        }
        return url
    }

    /// The text of a resource file, by path relative to `Resources/`.
    static func text(_ relativePath: String) throws(AnalysisError) -> String {
        let url = try directory().appendingPathComponent(relativePath)
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw AnalysisError(code: "ANA004", message: "cannot read resource \(relativePath): \(error.localizedDescription)", exitStatus: .software)
        }
    }

    /// The entries of a list file: one per line, `#` starts a comment, blank lines skipped.
    static func list(_ relativePath: String) throws(AnalysisError) -> [String] {
        parseList(try text(relativePath))
    }

    /// Parses list-file text (see `list(_:)`).
    static func parseList(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The languages with a data folder (`Resources/<code>/`), sorted.
    static func languages() throws(AnalysisError) -> [String] {
        let root = try directory()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return entries.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }
}
