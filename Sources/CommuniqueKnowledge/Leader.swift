/// A person of the leaders table with every term they held.
package struct Leader: Sendable, Hashable {
    /// Canonical full name.
    package var name: String
    package var variants: [String]
    package var terms: [LeaderTerm]

    /// The country of the person's most recent term.
    package var country: String { terms.max { $0.start < $1.start }?.country ?? "" }

    /// Terms in `role`, or all terms when `role` is nil.
    package func terms(role: String?) -> [LeaderTerm] {
        guard let role else { return terms }
        let matching = terms.filter { $0.role == role }
        return matching.isEmpty ? terms : matching
    }
}
