/// The kinds of stage a pipeline file can list, in the order data flows through them.
package enum StageKind: String, Sendable, CaseIterable, Comparable {
    case load, clean, extract, aggregate

    package static func < (lhs: StageKind, rhs: StageKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
