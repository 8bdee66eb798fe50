import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages

@Suite struct VisitClustersTests {
    static func member(_ source: String, _ visitor: String, _ dates: String?, local: Int = 0, status: VisitStatus = .held) -> VisitMember {
        var mention = VisitMention(visitor: visitor, visitorCountry: "FR", hostCountry: "IN", sourceID: source,
                                   evidence: "\(visitor) in \(source)", sentenceIndex: 0)
        mention.status = status
        if let dates {
            let parts = dates.split(separator: "/").map { PartialDate(iso: String($0))! }
            mention.dates = DateSpan(start: parts[0], end: parts.count > 1 ? parts[1] : nil)
        }
        return VisitMember(sourceID: source, local: local, mention: mention)
    }

    /// Clusters as sets of "source:visitor", independent of the order of the input.
    static func clusters(_ members: [VisitMember]) -> Set<Set<String>> {
        Set(VisitClusters.of(members).map { Set($0.map { "\(members[$0].sourceID):\(members[$0].mention.visitor)" }) })
    }

    @Test func overlappingOrTouchingDaysChainIntoOneVisitAndOtherVisitorsStayApart() {
        let members = [
            Self.member("a", "Emmanuel Macron", "2024-01-25/2024-01-26"),
            Self.member("b", "Emmanuel Macron", "2024-01-26"),
            Self.member("k", "Emmanuel Macron", "2024-01-27"),  // the day after b: touches, one visit
            Self.member("c", "Emmanuel Macron", "2024-01-29/2024-01-30"),  // a day between: another visit
            Self.member("d", "Edouard Philippe", "2024-01-26"),
            Self.member("e", "", "2024-01"),  // a month: overlaps Macron's visit, which starts first
            Self.member("f", "", nil),
            Self.member("g", "Emmanuel Macron", nil),
            Self.member("h", "Emmanuel Macron", nil),
            Self.member("i", "", "2025-03-02"),
            Self.member("j", "", "2025-03-01/2025-03-03"),
        ]
        let expected: Set<Set<String>> = [
            ["a:Emmanuel Macron", "b:Emmanuel Macron", "k:Emmanuel Macron", "e:"], ["c:Emmanuel Macron"], ["d:Edouard Philippe"], ["f:"],
            ["g:Emmanuel Macron", "h:Emmanuel Macron"], ["i:", "j:"],
        ]
        #expect(Self.clusters(members) == expected)
    }

    /// An announced visit and the report of it held are one visit, held; undated plans and undated
    /// past visits of one visitor stay two.
    @Test func aPlannedAndAHeldReportOfOverlappingDaysAreOneHeldVisit() {
        let members = [
            Self.member("a", "Emmanuel Macron", "2024-01-24/2024-01-27", status: .planned),
            Self.member("b", "Emmanuel Macron", "2024-01-25", status: .held),
            Self.member("c", "Emmanuel Macron", "2024-03", status: .planned),
            Self.member("d", "Emmanuel Macron", nil, status: .planned),
            Self.member("e", "Emmanuel Macron", nil, status: .held),
        ]
        let expected: Set<Set<String>> = [["a:Emmanuel Macron", "b:Emmanuel Macron"], ["c:Emmanuel Macron"], ["d:Emmanuel Macron"], ["e:Emmanuel Macron"]]
        #expect(Self.clusters(members) == expected)
        let visits = VisitMerger.visits(of: members)
        let joined = visits.first { $0.row.sourceIDs == ["a", "b"] }
        #expect(joined?.row.status == .held)
        #expect(joined?.row.startDate == "2024-01-25")
        #expect(visits.first { $0.row.sourceIDs == ["c"] }?.row.status == .planned)
    }

    /// A report alone is one visit, named or not, dated or not.
    @Test func aReportAloneIsOneVisit() {
        for member in [Self.member("a", "Emmanuel Macron", "2024-01-25"), Self.member("a", "Emmanuel Macron", nil),
                       Self.member("a", "", "2024-01"), Self.member("a", "", nil)] {
            #expect(VisitClusters.of([member]) == [[0]])
        }
        #expect(VisitClusters.of([]).isEmpty)
    }

    @Test func everyOrderOfTheReportsGivesTheSameVisits() {
        let members = [
            Self.member("a", "Narendra Modi", "2023-07-13/2023-07-14"),
            Self.member("b", "", "2023-07-14"),
            Self.member("c", "Narendra Modi", "2023-07"),
            Self.member("d", "", "2023-07-20"),
            Self.member("e", "Narendra Modi", "2023-07-14", local: 1),
        ]
        let expected = Self.clusters(members)
        var order = Array(members.indices)
        // Every permutation of five reports.
        func permute(_ k: Int) {
            if k == order.count {
                #expect(Self.clusters(order.map { members[$0] }) == expected)
                return
            }
            for i in k..<order.count {
                order.swapAt(k, i)
                permute(k + 1)
                order.swapAt(k, i)
            }
        }
        permute(0)
    }

    @Test func firstAtLeastFindsTheLeftmostPosition() {
        let tree = FirstAtLeast([3, 9, 2, 9, 12])
        #expect(tree.first(atLeast: 1) == 0)
        #expect(tree.first(atLeast: 4) == 1)
        #expect(tree.first(atLeast: 10) == 4)
        #expect(tree.first(atLeast: 13) == nil)
        #expect(FirstAtLeast([]).first(atLeast: 0) == nil)
    }
}
