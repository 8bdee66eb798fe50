import CommuniqueCore
import CommuniqueText
/// Everything the stages know about the world: gazetteers, leaders, organisations and the lexicon.
///
/// Built once per run from the pipeline's knowledge files; each worker reads its own `replica()`.
/// A class of constants: the stages of one worker hold the same instance, so passing it around
/// costs one reference count, not a copy of every table.
public final class Knowledge: Sendable {
    public let countries: [String: Country]
    /// Cities of the gazetteer, in file order.
    public let cities: [City]
    public let leaders: [Leader]
    public let organisations: [String: Organisation]
    public let lexicon: Lexicon
    public let boilerplate: BoilerplateRules
    /// Names of countries, cities, leaders and organisations.
    public let entities: PhraseMatcher<EntityRef>
    /// Every term of a country, with the index of its holder in `leaders`.
    let termsByCountry: [String: [(leader: Int, term: LeaderTerm)]]
    /// Monarchs and crown princes by the folded hash of the first word of each of their names
    /// ("Abdullah", "Tamim"), each once: "King Abdullah" names one of them.
    public let monarchsByGivenName: [UInt64: [Int]]

    public init(countries: [Country], cities: [City] = [], leaders: [Leader], organisations: [Organisation], lexicon: Lexicon, boilerplate: BoilerplateRules) {
        self.countries = Dictionary(countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.cities = cities
        self.leaders = leaders
        self.organisations = Dictionary(organisations.map { ($0.acronym, $0) }, uniquingKeysWith: { first, _ in first })
        self.lexicon = lexicon
        self.boilerplate = boilerplate
        var termsByCountry: [String: [(leader: Int, term: LeaderTerm)]] = [:]
        for (index, leader) in leaders.enumerated() {
            for term in leader.terms { termsByCountry[term.country, default: []].append((index, term)) }
        }
        self.termsByCountry = termsByCountry
        var monarchs: [UInt64: [Int]] = [:]
        for (index, leader) in leaders.enumerated() where leader.terms.contains(where: { $0.role == .monarch || $0.role == .crownPrince }) {
            for name in [leader.name] + leader.variants {
                guard let given = name.split(separator: " ").first else { continue }
                let hash = Tokenizer.foldedHash(given.utf8)
                if !(monarchs[hash]?.contains(index) ?? false) { monarchs[hash, default: []].append(index) }
            }
        }
        monarchsByGivenName = monarchs
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
            if !country.capital.isEmpty {
                entities.add(country.capital, value: .city(name: country.capital, country: country.code), properNoun: true)
            }
        }
        // Regions: "South America" is a name of its own, longer than the "America" inside it.
        for region in lexicon.regions {
            entities.add(region, value: .region(region), properNoun: true)
        }
        // Cities last: a country's name or a person's wins over a city of the same name.
        for city in cities {
            for name in [city.name] + city.alternates {
                entities.add(name, value: .city(name: city.name, country: city.country), properNoun: true)
            }
        }
        entities.seal()
        self.entities = entities
    }

    /// The same knowledge whose objects that the stages read per sentence (the knowledge itself,
    /// its phrase tables and lexicon) are new, built in memory from this one: one per worker, so
    /// workers do not contend on shared reference counts.
    public func replica() -> Knowledge { Knowledge(replicating: self) }

    private init(replicating other: Knowledge) {
        countries = other.countries
        cities = other.cities
        leaders = other.leaders
        termsByCountry = other.termsByCountry
        monarchsByGivenName = other.monarchsByGivenName
        organisations = other.organisations
        lexicon = other.lexicon.replica()
        boilerplate = other.boilerplate
        entities = other.entities.replica()
    }

    /// The country a city or country mention stands for.
    public func country(of entity: EntityRef) -> String? {
        switch entity {
        case .country(let code), .adjective(let code): return code
        case .city(_, let code): return code
        case .leader(let index): return leaders[index].country
        case .organisation, .region: return nil
        }
    }

    /// Leaders holding an office of `country` during `date`, in `office` (any office when nil),
    /// by index, each once.
    public func leaders(of country: String, during date: DateSpan, office: Office? = nil) -> [Int] {
        var found: [Int] = []
        for (leader, term) in termsByCountry[country] ?? [] where (office == nil || term.office == office) && term.covers(date) {
            if !found.contains(leader) { found.append(leader) }
        }
        return found.sorted()
    }

    /// True when leader `index` held `office` of `country` during `date`.
    public func holds(_ index: Int, _ office: Office, of country: String, during date: DateSpan) -> Bool {
        leaders[index].terms.contains { $0.country == country && $0.office == office && $0.covers(date) }
    }

    /// The cities of `country`, most populous first (ties by name).
    public func cities(of country: String) -> [City] {
        cities.filter { $0.country == country }.sorted { ($0.population, $1.name) > ($1.population, $0.name) }
    }
}
