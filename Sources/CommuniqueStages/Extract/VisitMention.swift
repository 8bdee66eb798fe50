import CommuniqueCore
/// A visit as one article reports it, before visits are merged across articles.
package struct VisitMention: Sendable, Hashable {
    package var visitor: String = ""
    package var visitorCountry: String
    package var hostCountry: String
    package var city: String = ""
    package var dates: DateSpan?
    package var visitType: VisitType?
    package var status: VisitStatus = .held
    package var hostLeader: String = ""
    package var occasion: String = ""
    package var sourceID: String
    package var evidence: String
    package var sentenceIndex: Int
    /// The place is the dateline's, the story's filing place, for a meeting that names none.
    package var placedByDateline = false
    /// The host is the country of a leader who hosts the visitor ("X hosted Y"), read from the
    /// leader, not from a place the sentence names.
    package var placedByHostLeader = false
    /// The visit is read from a meeting word ("talks", "meeting") and the place the sentence gives,
    /// not from a word of travel.
    package var placedByMeeting = false
    /// A later stop of a trip the sentence lists ("A, followed by B"), on a day it does not give:
    /// it has the month of the sentence's date at most, and with none it takes no date, not the
    /// article's.
    package var laterStop = false
    /// The rule that produced the mention, for `communique explain`.
    package var rule: String = ""
}
