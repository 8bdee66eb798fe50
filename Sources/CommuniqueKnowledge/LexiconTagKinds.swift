/// A set of `LexiconTag` cases, payloads aside: one bit per case, so a sentence can say which
/// kinds of trigger it holds without walking its tags again.
package struct LexiconTagKinds: OptionSet, Sendable, Hashable {
    package let rawValue: UInt32

    package init(rawValue: UInt32) { self.rawValue = rawValue }

    package static let visitMovement = LexiconTagKinds(rawValue: 1 << 0)
    package static let visitMeeting = LexiconTagKinds(rawValue: 1 << 1)
    package static let visitHosting = LexiconTagKinds(rawValue: 1 << 2)
    package static let visitType = LexiconTagKinds(rawValue: 1 << 3)
    package static let planned = LexiconTagKinds(rawValue: 1 << 4)
    package static let negation = LexiconTagKinds(rawValue: 1 << 5)
    package static let negationAfter = LexiconTagKinds(rawValue: 1 << 6)
    package static let notHostAfter = LexiconTagKinds(rawValue: 1 << 7)
    package static let document = LexiconTagKinds(rawValue: 1 << 8)
    package static let docStatus = LexiconTagKinds(rawValue: 1 << 9)
    package static let topic = LexiconTagKinds(rawValue: 1 << 10)
    package static let indicator = LexiconTagKinds(rawValue: 1 << 11)
    package static let indicatorMarker = LexiconTagKinds(rawValue: 1 << 12)
    package static let delegation = LexiconTagKinds(rawValue: 1 << 13)
    package static let event = LexiconTagKinds(rawValue: 1 << 14)
    package static let title = LexiconTagKinds(rawValue: 1 << 15)
    package static let former = LexiconTagKinds(rawValue: 1 << 16)
    package static let plural = LexiconTagKinds(rawValue: 1 << 17)
    package static let generic = LexiconTagKinds(rawValue: 1 << 18)
    package static let comparison = LexiconTagKinds(rawValue: 1 << 19)
    package static let visitAttendance = LexiconTagKinds(rawValue: 1 << 20)
    package static let visitParticipants = LexiconTagKinds(rawValue: 1 << 21)
    package static let delegationGroup = LexiconTagKinds(rawValue: 1 << 22)
    package static let delegationKind = LexiconTagKinds(rawValue: 1 << 23)
    package static let bothSides = LexiconTagKinds(rawValue: 1 << 24)
    package static let visitInfinitive = LexiconTagKinds(rawValue: 1 << 25)
    package static let cumulative = LexiconTagKinds(rawValue: 1 << 26)
    package static let accompaniment = LexiconTagKinds(rawValue: 1 << 27)

    /// The kinds of `tags`.
    package init<Tags: Sequence>(_ tags: Tags) where Tags.Element == LexiconTag {
        var raw: UInt32 = 0
        for tag in tags { raw |= tag.kind.rawValue }
        self.init(rawValue: raw)
    }
}
