import Testing
@testable import CommuniqueCore

extension ValuesTests {
    /// `DateSpan.narrower`: which of two reports' dates a merged visit keeps.
    @Suite("DateSpan.narrower")
    struct DateSpanComparisonTests {
        struct Case: Sendable, CustomTestStringConvertible {
            var first: String
            var second: String
            var kept: String
            var testDescription: String { "\(first) + \(second) -> \(kept)" }
        }

        static func span(_ text: String) -> DateSpan {
            let parts = text.split(separator: "/").map { PartialDate(iso: String($0))! }
            return DateSpan(start: parts[0], end: parts.count > 1 ? parts[1] : nil)
        }

        static let cases: [Case] = [
            // A day inside a tour's span is the visit's day, whichever report comes first.
            Case(first: "2017-02-26/2017-02-28", second: "2017-02-28", kept: "2017-02-28"),
            Case(first: "2017-02-28", second: "2017-02-26/2017-02-28", kept: "2017-02-28"),
            // A month holds its days.
            Case(first: "2017-02", second: "2017-02-27/2017-02-28", kept: "2017-02-27/2017-02-28"),
            // Spans that do not nest disagree: the first report's stand.
            Case(first: "2025-02-13/2025-02-14", second: "2025-02-12", kept: "2025-02-13/2025-02-14"),
            Case(first: "2025-02-12", second: "2025-02-13/2025-02-14", kept: "2025-02-12"),
            // Equal lengths: the first.
            Case(first: "2025-02-12", second: "2025-02-12", kept: "2025-02-12"),
        ]

        @Test(arguments: cases) func keepsTheNarrowerOfNestedSpans(_ example: Case) {
            let kept = DateSpan.narrower(Self.span(example.first), Self.span(example.second))
            #expect(kept == Self.span(example.kept))
        }

        @Test func aMissingSideGivesTheOther() {
            #expect(DateSpan.narrower(nil, Self.span("2025-02-12")) == Self.span("2025-02-12"))
            #expect(DateSpan.narrower(Self.span("2025-02-12"), nil) == Self.span("2025-02-12"))
            #expect(DateSpan.narrower(nil, nil) == nil)
        }
    }
}
