import CommuniqueCore
/// Where the knowledge files are, with the line of the pipeline that names each (for errors).
public struct KnowledgeFiles: Sendable {
    public var countries: LocatedPath
    public var cities: LocatedPath
    public var leaders: LocatedPath
    public var organisations: LocatedPath
    public var lexicon: LocatedPath
    public var boilerplate: LocatedPath

    public init(countries: LocatedPath, cities: LocatedPath, leaders: LocatedPath, organisations: LocatedPath, lexicon: LocatedPath, boilerplate: LocatedPath) {
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
    public var all: [LocatedPath] { [countries, cities, leaders, organisations, lexicon, boilerplate] }
}
