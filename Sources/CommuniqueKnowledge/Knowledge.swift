import CommuniqueCore
import CommuniqueText
/// Everything the stages know about the world: gazetteers, leaders, organisations and the lexicon.
///
/// Built once per run from the pipeline's knowledge files; each worker reads its own `replica()`.
/// A class of constants: the stages of one worker hold the same instance, so passing it around
/// costs one reference count, not a copy of every table.
package final class Knowledge: Sendable {
    package let countries: [String: Country]
    package let leaders: [Leader]
    package let organisations: [String: Organisation]
    package let lexicon: Lexicon
    package let boilerplate: BoilerplateRules
    /// Names of countries, cities, leaders and organisations.
    package let entities: PhraseMatcher<EntityRef>

    package init(countries: [Country], leaders: [Leader], organisations: [Organisation], lexicon: Lexicon, boilerplate: BoilerplateRules) {
        self.countries = Dictionary(countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.leaders = leaders
        self.organisations = Dictionary(organisations.map { ($0.acronym, $0) }, uniquingKeysWith: { first, _ in first })
        self.lexicon = lexicon
        self.boilerplate = boilerplate
        var entities = PhraseMatcher<EntityRef>()
        // Organisations first: on equal length the first added phrase wins ties in `longest`.
        for organisation in organisations {
            for name in [organisation.acronym, organisation.name] + organisation.aliases {
                entities.add(name, value: .organisation(organisation.acronym), properNoun: true)
            }
        }
        for (index, leader) in leaders.enumerated() {
            for name in [leader.name] + leader.variants {
                entities.add(name, value: .leader(index), properNoun: true)
            }
        }
        for country in countries {
            for name in [country.name] + country.shortNames {
                entities.add(name, value: .country(country.code), properNoun: true)
            }
            for adjective in country.adjectives {
                entities.add(adjective, value: .adjective(country.code), properNoun: true)
            }
            for city in [country.capital] + country.cities where !city.isEmpty {
                entities.add(city, value: .city(name: city, country: country.code), properNoun: true)
            }
        }
        entities.seal()
        self.entities = entities
    }

    /// The same knowledge whose objects that the stages read per sentence (the knowledge itself,
    /// its phrase tables and lexicon) are new, built in memory from this one: one per worker, so
    /// workers do not contend on shared reference counts.
    package func replica() -> Knowledge { Knowledge(replicating: self) }

    private init(replicating other: Knowledge) {
        countries = other.countries
        leaders = other.leaders
        organisations = other.organisations
        lexicon = other.lexicon.replica()
        boilerplate = other.boilerplate
        entities = other.entities.replica()
    }

    /// The country a city or country mention stands for.
    package func country(of entity: EntityRef) -> String? {
        switch entity {
        case .country(let code), .adjective(let code): return code
        case .city(_, let code): return code
        case .leader(let index): return leaders[index].country
        case .organisation: return nil
        }
    }

    /// Leaders of `country` in office during `date` in `role` (any role when nil).
    package func leaders(of country: String, during date: DateSpan, role: String? = nil) -> [Int] {
        leaders.indices.filter { index in
            leaders[index].terms.contains { $0.country == country && (role == nil || $0.role == role) && $0.covers(date) }
        }
    }
}
