import CandorCore

/// A JSON value as ingest needs it: object members in order, numbers as their literal text.
indirect enum JSONValue: Sendable, Equatable {
    /// An object's members in input order (a repeated key: the last one wins on lookup).
    case object([Member])
    /// An array.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// A number, as written (`9`, `8.50`, `1e3`).
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// One object member.
    struct Member: Sendable, Equatable {
        /// The key.
        var key: String
        /// The value.
        var value: JSONValue
    }

    /// The value of a key of an object (the last if repeated), else nil.
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// The value at a key path, else nil.
    func value(at path: [String]) -> JSONValue? {
        var current = self
        for key in path {
            guard let next = current.member(key) else { return nil }
            current = next
        }
        return current
    }

    /// The value as field text: strings as is, numbers as written, booleans as `true`/`false`,
    /// arrays and objects as compact JSON; nil for `null`.
    var text: String? {
        switch self {
        case .string(let value): return value
        case .number(let literal): return literal
        case .bool(let value): return value ? "true" : "false"
        case .null: return nil
        case .array, .object:
            var writer = JSONWriter()
            write(to: &writer)
            return String(decoding: writer.bytes, as: UTF8.self)
        }
    }

    private func write(to writer: inout JSONWriter) {
        switch self {
        case .string(let value): writer.string(value)
        case .number(let literal): writer.raw(Array(literal.utf8))
        case .bool(let value): writer.bool(value)
        case .null: writer.null()
        case .array(let items):
            writer.beginArray()
            for item in items { item.write(to: &writer) }
            writer.endArray()
        case .object(let members):
            writer.beginObject()
            for member in members {
                writer.key(member.key)
                member.value.write(to: &writer)
            }
            writer.endObject()
        }
    }
}
