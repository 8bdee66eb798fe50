import CommuniqueCore
/// A person of the leaders table with every term they held.
public struct Leader: Sendable, Hashable {
    /// Canonical full name.
    public var name: String
    public var variants: [String]
    public var terms: [LeaderTerm]

    /// The country of the person's most recent term.
    public var country: String { terms.max { $0.start < $1.start }?.country ?? "" }

    /// Terms under `role`, or all terms when `role` is nil or the person never held it.
    public func terms(role: LeaderRole?) -> [LeaderTerm] {
        guard let role else { return terms }
        let matching = terms.filter { $0.role == role }
        return matching.isEmpty ? terms : matching
    }

    /// The country the person served during `date`: a head of state's or government's term
    /// first, then any other office; nil when no term covers it.
    public func country(during date: DateSpan) -> String? {
        let covering = terms.filter { $0.covers(date) }
        return (covering.first { $0.leadsCountry } ?? covering.first)?.country
    }

    /// The person's office in `country` during `date`: head of state before head of government
    /// before other; nil when no term there covers it.
    public func office(in country: String, during date: DateSpan) -> Office? {
        let offices = Set(terms.filter { $0.country == country && $0.covers(date) }.map(\.office))
        return Office.allCases.first { offices.contains($0) }
    }
}
