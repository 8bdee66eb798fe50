import Testing
@testable import CommuniqueCore
@testable import CommuniqueKnowledge

/// Members that joined or left an organisation count only on the days they belonged to it.
@Suite struct MembershipTests {
    static func members(_ acronym: String, on day: String) -> Set<String> {
        Set(TestSupport.knowledge.organisations[acronym]!.members(on: DateSpan(start: PartialDate(iso: day)!)))
    }

    @Test func aMemberCountsFromTheDayItJoined() {
        #expect(!Self.members("SCO", on: "2023-07-03").contains("IR"))
        #expect(Self.members("SCO", on: "2023-07-04").contains("IR"))
        #expect(Self.members("ASEAN", on: "2018-01-24").count == 10)
    }

    @Test func aMemberThatLeftCountsUntilItsFirstDayOut() {
        #expect(Self.members("EU", on: "2020-01-31").contains("GB"))
        #expect(!Self.members("EU", on: "2020-02-01").contains("GB"))
    }

    @Test func withNoDateEveryMemberCounts() {
        #expect(TestSupport.knowledge.organisations["SCO"]!.members(on: nil).contains("BY"))
    }

    @Test func aMembershipCoversItsFirstDayAndNotItsFirstDayOut() {
        let membership = Membership(joined: 10, left: 20)
        #expect(membership.covers(10) && membership.covers(19) && !membership.covers(20) && !membership.covers(9))
    }
}
