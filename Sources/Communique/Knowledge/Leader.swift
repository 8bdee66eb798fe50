/// A person of the leaders table with every term they held.
public struct Leader: Sendable, Hashable {
    /// Canonical full name.
    public var name: String
    public var variants: [String]
    public var terms: [LeaderTerm]

    /// The country of the person's most recent term.
    public var country: String { terms.max { $0.start < $1.start }?.country ?? "" }

    /// Terms in `role`, or all terms when `role` is nil.
    public func terms(role: String?) -> [LeaderTerm] {
        guard let role else { return terms }
        let matching = terms.filter { $0.role == role }
        return matching.isEmpty ? terms : matching
    }
}
