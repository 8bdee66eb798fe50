/// The two countries of the visit a sentence is about: all that the agreement, trade and
/// delegation rules read of it. Country codes are small strings, so a copy counts no references
/// (a whole `VisitMention` copied for each sentence retained and released its evidence, names
/// and rule).
package struct VisitCountries: Sendable {
    package var visitorCountry: String
    package var hostCountry: String

    package init(_ visit: VisitMention) {
        visitorCountry = visit.visitorCountry
        hostCountry = visit.hostCountry
    }
}
