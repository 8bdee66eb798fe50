@testable import CommuniqueKnowledge

/// Who held an office of a country on a day, as the shipped leaders file says.
struct OfficeHolderCase: CustomStringConvertible, Sendable {
    var country: String
    var office: Office
    var day: String
    /// Canonical names, sorted; empty when nobody held the office that day.
    var holders: [String]
    /// Whether the single holder's term that day is an acting one; nil when not checked.
    var acting: Bool?

    init(_ country: String, _ office: Office, _ day: String, _ holders: [String], acting: Bool? = nil) {
        self.country = country
        self.office = office
        self.day = day
        self.holders = holders
        self.acting = acting
    }

    var description: String { "\(country) \(office.rawValue) \(day)" }
}
