/// A set of `LexiconTag` cases, payloads aside: one bit per case, so a sentence can say which
/// kinds of trigger it holds without walking its tags again.
public struct LexiconTagKinds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let visitMovement = LexiconTagKinds(rawValue: 1 << 0)
    public static let visitMeeting = LexiconTagKinds(rawValue: 1 << 1)
    public static let visitHosting = LexiconTagKinds(rawValue: 1 << 2)
    public static let visitType = LexiconTagKinds(rawValue: 1 << 3)
    public static let planned = LexiconTagKinds(rawValue: 1 << 4)
    public static let negation = LexiconTagKinds(rawValue: 1 << 5)
    public static let negationAfter = LexiconTagKinds(rawValue: 1 << 6)
    public static let notHostAfter = LexiconTagKinds(rawValue: 1 << 7)
    public static let document = LexiconTagKinds(rawValue: 1 << 8)
    public static let docStatus = LexiconTagKinds(rawValue: 1 << 9)
    public static let topic = LexiconTagKinds(rawValue: 1 << 10)
    public static let indicator = LexiconTagKinds(rawValue: 1 << 11)
    public static let indicatorMarker = LexiconTagKinds(rawValue: 1 << 12)
    public static let delegation = LexiconTagKinds(rawValue: 1 << 13)
    public static let event = LexiconTagKinds(rawValue: 1 << 14)
    public static let title = LexiconTagKinds(rawValue: 1 << 15)
    public static let former = LexiconTagKinds(rawValue: 1 << 16)
    public static let plural = LexiconTagKinds(rawValue: 1 << 17)
    public static let generic = LexiconTagKinds(rawValue: 1 << 18)
    public static let comparison = LexiconTagKinds(rawValue: 1 << 19)
    public static let visitAttendance = LexiconTagKinds(rawValue: 1 << 20)
    public static let visitParticipants = LexiconTagKinds(rawValue: 1 << 21)
    public static let delegationGroup = LexiconTagKinds(rawValue: 1 << 22)
    public static let weakTopic = LexiconTagKinds(rawValue: 1 << 23)
    public static let bothSides = LexiconTagKinds(rawValue: 1 << 24)
    public static let visitInfinitive = LexiconTagKinds(rawValue: 1 << 25)
    public static let cumulative = LexiconTagKinds(rawValue: 1 << 26)
    public static let accompaniment = LexiconTagKinds(rawValue: 1 << 27)
    public static let visitHostedBy = LexiconTagKinds(rawValue: 1 << 28)
    public static let governed = LexiconTagKinds(rawValue: 1 << 29)
    public static let vagueCount = LexiconTagKinds(rawValue: 1 << 30)
    public static let statusOnly = LexiconTagKinds(rawValue: 1 << 31)
    public static let notDocument = LexiconTagKinds(rawValue: 1 << 32)
    public static let weakIndicator = LexiconTagKinds(rawValue: 1 << 33)
    public static let notPlanned = LexiconTagKinds(rawValue: 1 << 34)

    /// The kinds of `tags`.
    public init<Tags: Sequence>(_ tags: Tags) where Tags.Element == LexiconTag {
        var raw: UInt64 = 0
        for tag in tags { raw |= tag.kind.rawValue }
        self.init(rawValue: raw)
    }
}
