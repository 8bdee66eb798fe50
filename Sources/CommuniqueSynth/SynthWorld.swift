import CommuniqueCore
import CommuniqueKnowledge
/// The knowledge files as the corpus generator uses them: plain arrays in a fixed order.
///
/// `Knowledge` keeps countries and organisations in dictionaries, whose iteration order changes
/// from process to process; everything here is sorted so a seed always draws the same names.
package struct SynthWorld: Sendable {
    struct Place: Sendable {
        var code: String
        var name: String
        var adjective: String
        var capital: String
        var cities: [String]
    }

    /// One term of one leader.
    struct Figure: Sendable {
        var name: String
        /// How later sentences refer to the person ("Putin").
        var surname: String
        var country: String
        var role: String
        /// "President", "Prime Minister", "King"...
        var title: String
        var firstDay: Int
        var lastDay: Int
    }

    struct Body: Sendable {
        var acronym: String
        var name: String
    }

    var places: [Place]
    var placeIndex: [String: Int]
    var figures: [Figure]
    /// Indices into `figures` by country code.
    var figuresByCountry: [String: [Int]]
    var bodies: [Body]

    /// Cities other than the capital a place offers the generator.
    static let citiesPerCountry = 8

    /// Terms still running end on this day for the generator (2025-12-31).
    static let lastDay = SynthDate(year: 2025, month: 12, day: 31).days
    static let firstDay = SynthDate(year: 1991, month: 1, day: 1).days

    init(knowledge: Knowledge) {
        var places: [Place] = []
        for code in knowledge.countries.keys.sorted() {
            let country = knowledge.countries[code]!
            let capital = country.capital.isEmpty ? country.name : country.capital
            // The largest cities of the gazetteer: a handful is what visits name.
            let cities = knowledge.cities(of: code).map(\.name).filter { $0 != capital }.prefix(Self.citiesPerCountry)
            places.append(Place(code: code, name: country.name, adjective: country.adjectives.first ?? country.name,
                                capital: capital, cities: cities.isEmpty ? [capital] : Array(cities)))
        }
        if places.isEmpty {
            places.append(Place(code: "XX", name: "Freedonia", adjective: "Freedonian", capital: "Fredville", cities: ["Fredville"]))
        }
        self.places = places
        placeIndex = Dictionary(places.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })

        var figures: [Figure] = []
        var byCountry: [String: [Int]] = [:]
        for leader in knowledge.leaders {
            let words = leader.name.split(separator: " ")
            let singleWordVariant = leader.variants.last { !$0.contains(" ") && $0.first?.isUppercase == true }
            let surname = singleWordVariant ?? words.last.map(String.init) ?? leader.name
            for term in leader.terms where placeIndex[term.country] != nil {
                let first = max(Self.days(term.start.firstDay), Self.firstDay)
                let last = min(term.lastDay.map { Self.days($0) } ?? Self.lastDay, Self.lastDay)
                guard first <= last else { continue }
                byCountry[term.country, default: []].append(figures.count)
                figures.append(Figure(name: leader.name, surname: surname, country: term.country, role: term.role.rawValue,
                                      title: Self.title(role: term.role.rawValue, country: term.country),
                                      firstDay: first, lastDay: last))
            }
        }
        if figures.isEmpty {
            let place = places[0]
            byCountry[place.code] = [0]
            figures.append(Figure(name: "Rufus T. Firefly", surname: "Firefly", country: place.code, role: "president",
                                  title: "President", firstDay: Self.firstDay, lastDay: Self.lastDay))
        }
        self.figures = figures
        figuresByCountry = byCountry

        bodies = knowledge.organisations.keys.sorted().map { Body(acronym: $0, name: knowledge.organisations[$0]!.name) }
        if bodies.isEmpty { bodies = [Body(acronym: "UN", name: "United Nations")] }
    }

    static func days(_ date: PartialDate) -> Int {
        SynthDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1).days
    }

    static func title(role: String, country: String) -> String {
        switch role {
        case "president": return "President"
        case "prime_minister": return "Prime Minister"
        case "foreign_minister": return "Foreign Minister"
        case "chancellor": return "Chancellor"
        case "chairman": return "Chairman"
        case "supreme_leader": return "Supreme Leader"
        case "monarch":
            switch country {
            case "QA", "KW", "AE": return "Emir"
            case "OM", "BN": return "Sultan"
            default: return "King"
            }
        default:
            return role.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
    }

    /// A leader of `country` in office on `day`, if the knowledge has one.
    func figure(of country: String, on day: Int, using rng: inout SplitMix64) -> Figure? {
        guard let indices = figuresByCountry[country] else { return nil }
        let serving = indices.filter { figures[$0].firstDay <= day && day <= figures[$0].lastDay }
        guard !serving.isEmpty else { return nil }
        return figures[rng.pick(serving)]
    }

    func place(_ code: String) -> Place {
        places[placeIndex[code] ?? 0]
    }
}
