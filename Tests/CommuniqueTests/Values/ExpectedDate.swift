import Testing
@testable import CommuniqueText

/// The expected reading of one date mention; `span` is the DateSpan description.
struct ExpectedDate: Sendable, CustomStringConvertible {
    var span: String?
    var relative = false
    var future = false
    var habitual = false

    var description: String { "\(span ?? "nil") rel=\(relative) fut=\(future) hab=\(habitual)" }

    func matches(_ m: DateMention) -> Bool {
        m.span?.description == span && m.isRelative == relative && m.isFuture == future && m.isHabitual == habitual
    }
}
