/// A closed vocabulary of the contract: an enum whose raw values are the only spellings a column
/// may hold, in the order the data package lists them.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {}

public extension Vocabulary {
    /// Every value as the tables spell it, in declaration order.
    static var spellings: [String] { allCases.map(\.rawValue) }
}
