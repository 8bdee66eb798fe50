import CommuniqueCore
/// Where the knowledge files are, with the line of the pipeline that names each (for errors).
package struct KnowledgeFiles: Sendable {
    package var countries: LocatedPath
    package var cities: LocatedPath
    package var leaders: LocatedPath
    package var organisations: LocatedPath
    package var lexicon: LocatedPath
    package var boilerplate: LocatedPath

    package init(countries: LocatedPath, cities: LocatedPath, leaders: LocatedPath, organisations: LocatedPath, lexicon: LocatedPath, boilerplate: LocatedPath) {
        self.countries = countries
        self.cities = cities
        self.leaders = leaders
        self.organisations = organisations
        self.lexicon = lexicon
        self.boilerplate = boilerplate
    }
}

extension KnowledgeFiles {
    /// Every knowledge file, in the order the pipeline file's `knowledge` section lists its keys.
    package var all: [LocatedPath] { [countries, cities, leaders, organisations, lexicon, boilerplate] }
}
