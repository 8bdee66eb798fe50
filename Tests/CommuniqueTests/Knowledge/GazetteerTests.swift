import Testing
@testable import CommuniqueText
@testable import CommuniqueKnowledge

/// Places come from the generated cities.csv; countries and people win over cities of the same spelling.
@Suite struct GazetteerTests {
    /// The entities the shipped knowledge finds in `text`, in order.
    static func entities(_ text: String) -> [EntityRef] {
        TestSupport.knowledge.entities.matches(in: Sentence(text: text, index: 0, paragraph: 0)).map(\.value)
    }

    @Test func citiesAndTheirAlternatesNameTheirCountry() {
        #expect(Self.entities("Talks in Astana, then Nur-Sultan again, and Kant.") == [
            .city(name: "Astana", country: "KZ"), .city(name: "Astana", country: "KZ"), .city(name: "Kant", country: "KG"),
        ])
        #expect(Self.entities("He flew on to Geneva.") == [.city(name: "Geneva", country: "CH")])
    }

    @Test func aCountryWinsOverACityOfTheSameName() {
        #expect(Self.entities("Georgia and Kuwait signed.") == [.country("GE"), .country("KW")])
    }

    @Test func everyCountryHasItsCapitalMatched() {
        let knowledge = TestSupport.knowledge
        for country in knowledge.countries.values where !country.capital.isEmpty {
            let found = Self.entities("They met in \(country.capital) today.")
            #expect(found.contains { knowledge.country(of: $0) == country.code }, "\(country.capital) names \(country.code)")
        }
    }

    @Test func citiesOfACountryComeLargestFirst() {
        let cities = TestSupport.knowledge.cities(of: "KZ")
        #expect(cities.count > 10)
        #expect(cities.map(\.population) == cities.map(\.population).sorted(by: >))
        #expect(cities.contains { $0.name == "Astana" && $0.capital })
    }
}
