import Testing
@testable import CommuniqueText

/// The expected reading of one quantity, range left out.
struct ExpectedQuantity: Sendable, CustomStringConvertible {
    var value: Double?
    var upper: Double? = nil
    var unit: QuantityUnit = .number
    var qualifier: ValueQualifier? = nil
    var vague: VagueAmount? = nil
    var direction: ChangeDirection? = nil
    var isChange = false

    var description: String { "\(value.map { "\($0)" } ?? "nil")..\(upper.map { "\($0)" } ?? "") \(unit) q=\(qualifier.map { "\($0)" } ?? "-") v=\(vague.map { "\($0)" } ?? "-") d=\(direction.map { "\($0)" } ?? "-") change=\(isChange)" }

    func matches(_ q: Quantity) -> Bool {
        close(value, q.value) && close(upper, q.upper) && unit == q.unit && qualifier == q.qualifier
            && vague == q.vague && direction == q.direction && isChange == q.isChange
    }

    private func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1e-300)
        default: return false
        }
    }
}
