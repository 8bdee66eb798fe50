import Testing
@testable import CommuniqueText

struct DateCase: Sendable, CustomStringConvertible {
    var text: String
    var dct: String?
    var order: NumericDateOrder
    var expected: [ExpectedDate]
    init(_ text: String, dct: String? = nil, order: NumericDateOrder = .unknown, _ expected: ExpectedDate...) {
        self.text = text
        self.dct = dct
        self.order = order
        self.expected = expected
    }
    var description: String { "\(text) [dct \(dct ?? "-"), \(order)]" }
}
