/// Which reports are the same visit, decided on the whole set of reports of one visitor country
/// and host country, so the answer does not depend on the order they arrive in:
///
/// - reports that name the same visitor are one visit when their dates overlap or touch (one
///   ends the day before the other starts: talks on 25 October in one article, a report dated
///   the 26th in another), directly or through other reports of that visitor (the connected
///   components of "dates overlap or touch"), whether they report it planned or held (an
///   announced visit and the report of it held are one visit);
///   undated reports of one named visitor and one status are one visit (an undated past visit
///   and an undated plan are two);
/// - a dated report that names no visitor joins the named visit whose days it overlaps; of
///   several, the one that starts first (then by visitor). Those that overlap no named visit
///   are grouped among themselves the same way as named reports;
/// - an undated report that names no visitor says too little to join anything: it is a visit.
///
/// Each visit lists its members in the canonical order (article, then place in the article).
package enum VisitClusters {
    package static func of(_ members: [VisitMember]) -> [[Int]] {
        // A report alone is one visit whatever it names (nearly every group: a visitor country,
        // host and status reported once): the sorts, dictionaries and components below give
        // the same one cluster.
        if members.count == 1 { return [[0]] }
        let order = members.indices.sorted { VisitMember.precedes(members[$0], members[$1]) }
        var clusters: [[Int]] = []
        var namedDated: [String: [Int]] = [:]
        var namedUndated: [String: [Int]] = [:]
        var anonymousDated: [Int] = []
        for index in order {
            let mention = members[index].mention
            switch (mention.visitor.isEmpty, mention.dates == nil) {
            case (false, false): namedDated[mention.visitor, default: []].append(index)
            case (false, true): namedUndated[mention.visitor + "\u{1F}" + mention.status.rawValue, default: []].append(index)
            case (true, false): anonymousDated.append(index)
            case (true, true): clusters.append([index])
            }
        }
        for key in namedUndated.keys.sorted() { clusters.append(namedUndated[key]!) }

        // Named visits by first day (then visitor), each with the span of days it covers.
        var named: [(days: ClosedRange<Int>, visitor: String, members: [Int])] = []
        for visitor in namedDated.keys.sorted() {
            for component in overlapComponents(namedDated[visitor]!, members: members) {
                named.append((span(component, members: members), visitor, component))
            }
        }
        named.sort { ($0.days.lowerBound, $0.visitor) < ($1.days.lowerBound, $1.visitor) }
        let lastDays = FirstAtLeast(named.map(\.days.upperBound))
        var unattached: [Int] = []
        for index in anonymousDated {
            let days = members[index].days!
            // The first named visit (by first day) that ends on or after this report's first day
            // overlaps it if it starts by this report's last day; every later one starts later.
            if let visit = lastDays.first(atLeast: days.lowerBound), named[visit].days.lowerBound <= days.upperBound {
                named[visit].members.append(index)
            } else {
                unattached.append(index)
            }
        }
        for visit in named { clusters.append(visit.members.sorted { VisitMember.precedes(members[$0], members[$1]) }) }
        clusters += overlapComponents(unattached, members: members)
        return clusters
    }

    /// Days between two reports' spans that still make them one visit: 1, the next day.
    static let touchingDays = 1

    /// Dated members grouped by overlapping or touching days (connected components), each in
    /// canonical order.
    static func overlapComponents(_ indices: [Int], members: [VisitMember]) -> [[Int]] {
        let byDay = indices.sorted { left, right in
            let (x, y) = (members[left].days!, members[right].days!)
            if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
            return VisitMember.precedes(members[left], members[right])
        }
        var components: [[Int]] = []
        var lastDay = Int.min
        for index in byDay {
            let days = members[index].days!
            if components.isEmpty || days.lowerBound > lastDay + Self.touchingDays {
                components.append([index])
                lastDay = days.upperBound
            } else {
                components[components.count - 1].append(index)
                lastDay = max(lastDay, days.upperBound)
            }
        }
        return components.map { $0.sorted { VisitMember.precedes(members[$0], members[$1]) } }
    }

    static func span(_ component: [Int], members: [VisitMember]) -> ClosedRange<Int> {
        let days = component.map { members[$0].days! }
        return days.map(\.lowerBound).min()!...days.map(\.upperBound).max()!
    }
}
