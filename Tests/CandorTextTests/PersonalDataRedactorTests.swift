import Testing
@testable import CandorText

/// Personal data is masked in report text; ordinary numbers are not.
struct PersonalDataRedactorTests {
    let redactor = PersonalDataRedactor()

    @Test(arguments: [
        ("Write to jane.doe@example.com please", "Write to [email] please"),
        ("Call me on 07700 900123 today", "Call me on [phone] today"),
        ("mon numéro : 06 12 34 56 78.", "mon numéro : [phone]."),
        ("+33 6 12 34 56 78", "[phone]"),
        ("card 4111 1111 1111 1111 was charged", "card [card] was charged"),
        ("IBAN FR76 3000 6000 0112 3456 7890 189", "IBAN [iban]"),
    ])
    func masksPersonalData(text: String, expected: String) {
        #expect(redactor.redact(text) == expected)
    }

    @Test(arguments: [
        "Waited 45 minutes on 2026-01-05",
        "Paid £1,250.00 for 3 months",
        "Order 12345 arrived",
        "Fibre 500 Mb/s",
    ])
    func leavesOrdinaryNumbersAlone(text: String) {
        #expect(redactor.redact(text) == text)
    }
}
