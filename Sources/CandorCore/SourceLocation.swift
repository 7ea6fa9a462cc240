/// A place in an input: file, line and column (both from 1).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The input's path as given on the command line ("-" for stdin).
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column in Unicode scalars, from 1, when known.
    public var column: Int?

    /// Creates a location.
    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and compilers use.
    public var description: String {
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}
