/// Masks personal data in customer text before it reaches a report: e-mail addresses, phone
/// numbers, payment card numbers and IBANs become `[email]`, `[phone]`, `[card]`, `[iban]`.
///
/// Reports redact by default; a card number is recognised by its Luhn checksum, a phone number
/// by a run of 9 to 15 digits with the separators people type (spaces, dots, dashes, brackets).
public struct PersonalDataRedactor: Sendable {
    /// Creates a redactor.
    public init() {}

    /// `text` with personal data masked.
    public func redact(_ text: String) -> String {
        let units = Array(text.utf16)
        var spans: [(Range<Int>, String)] = units.withUnsafeBufferPointer { buffer in
            WebAddressScanner.spans(in: buffer).filter { $0.kind == .email }.map { ($0.start..<$0.end, "[email]") }
        }
        var index = 0
        while index < units.count {
            if let (range, label) = numberRun(units, at: index), !spans.contains(where: { $0.0.overlaps(range) }) {
                spans.append((range, label))
                index = range.upperBound
            } else if let range = iban(units, at: index), !spans.contains(where: { $0.0.overlaps(range) }) {
                spans.append((range, "[iban]"))
                index = range.upperBound
            } else {
                index += 1
            }
        }
        guard !spans.isEmpty else { return text }
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var position = 0
        for (range, label) in spans where range.lowerBound >= position {
            out.append(contentsOf: units[position..<range.lowerBound])
            out.append(contentsOf: label.utf16)
            position = range.upperBound
        }
        out.append(contentsOf: units[position...])
        return String(decoding: out, as: UTF16.self)
    }

    private static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    private static func isSeparator(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x2E || unit == 0x2D || unit == 0x28 || unit == 0x29 || unit == 0x2F || unit == 0xA0
    }

    /// A phone or card number starting at `index`, which must begin a run of digits.
    private func numberRun(_ units: [UInt16], at index: Int) -> (Range<Int>, String)? {
        var start = index
        let unit = units[index]
        if unit == 0x2B, index + 1 < units.count, Self.isDigit(units[index + 1]) {
            start = index
        } else if unit == 0x28, index + 1 < units.count, Self.isDigit(units[index + 1]) {
            start = index
        } else if !Self.isDigit(unit) {
            return nil
        }
        if index > 0, Self.isDigit(units[index - 1]) || isLetter(units[index - 1]) { return nil }
        var digits: [UInt8] = []
        var end = start
        var position = start + (Self.isDigit(unit) ? 0 : 1)
        while position < units.count {
            let current = units[position]
            if Self.isDigit(current) {
                digits.append(UInt8(current - 0x30))
                position += 1
                end = position
            } else if Self.isSeparator(current), position + 1 < units.count,
                Self.isDigit(units[position + 1]) || (units[position + 1] == 0x28 && current == 0x20)
            {
                position += 1
            } else {
                break
            }
            if digits.count > 19 { return nil }
        }
        if end < units.count, isLetter(units[end]) { return nil }
        if digits.count >= 13, digits.count <= 19, Self.luhn(digits) { return (start..<end, "[card]") }
        if digits.count >= 9, digits.count <= 15 { return (start..<end, "[phone]") }
        return nil
    }

    private func iban(_ units: [UInt16], at index: Int) -> Range<Int>? {
        guard index + 4 < units.count, isUpper(units[index]), isUpper(units[index + 1]),
            Self.isDigit(units[index + 2]), Self.isDigit(units[index + 3])
        else { return nil }
        if index > 0, isLetter(units[index - 1]) || Self.isDigit(units[index - 1]) { return nil }
        var end = index + 4
        var characters = 4
        var position = end
        while position < units.count {
            let current = units[position]
            if Self.isDigit(current) || isUpper(current) {
                characters += 1
                position += 1
                end = position
            } else if current == 0x20, position + 1 < units.count, Self.isDigit(units[position + 1]) || isUpper(units[position + 1]) {
                position += 1
            } else {
                break
            }
        }
        return characters >= 15 && characters <= 34 ? index..<end : nil
    }

    private func isUpper(_ unit: UInt16) -> Bool { unit >= 0x41 && unit <= 0x5A }

    private func isLetter(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) || (unit >= 0xC0 && unit < 0x250)
    }

    /// The Luhn checksum that payment card numbers satisfy.
    static func luhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            var value = Int(digit)
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }
}
