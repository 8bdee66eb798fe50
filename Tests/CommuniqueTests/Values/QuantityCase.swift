import Testing
@testable import CommuniqueText

struct QuantityCase: Sendable, CustomStringConvertible {
    var text: String
    var expected: [ExpectedQuantity]
    init(_ text: String, _ expected: ExpectedQuantity...) {
        self.text = text
        self.expected = expected
    }
    var description: String { text }
}
