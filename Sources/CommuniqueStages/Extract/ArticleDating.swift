import CommuniqueCore
import CommuniqueKnowledge
/// Finds an article's date: the manifest, then a dateline, then the terms of the leaders it names.
package struct ArticleDating: Sendable {
    package var knowledge: Knowledge

    package init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// The span of days on which every leader the article names in office (with the title it
    /// gives them) was in office; nil when no leader is named or their terms do not meet.
    package func incumbency(_ analyses: [SentenceAnalysis]) -> DateSpan? {
        var window: (start: PartialDate, end: PartialDate)?
        var seen = Set<String>()
        for analysis in analyses {
            for entity in analysis.entities {
                guard case .leader(let index) = entity.value else { continue }
                if analysis.isFormer(before: entity.tokenStart) { continue }
                var role: String?
                var position = entity.tokenStart - 1
                while position >= max(0, entity.tokenStart - 4) {
                    if let match = analysis.tagMatch(at: position), let title = match.value.lazy.compactMap({ tag -> String? in
                        if case .title(let role) = tag { return role }
                        return nil
                    }).first {
                        role = title
                        break
                    }
                    position -= 1
                }
                let key = "\(index)|\(role ?? "")"
                guard seen.insert(key).inserted else { continue }
                let terms = knowledge.leaders[index].terms(role: role.flatMap(LeaderRole.init(rawValue:)))
                guard let earliest = terms.map(\.start).min() else { continue }
                let latest = terms.contains { $0.end == nil } ? PartialDate(year: 9999, month: 12, day: 31) : terms.compactMap(\.lastDay).max()!
                if let current = window {
                    window = (max(current.start, earliest), min(current.end, latest))
                } else {
                    window = (earliest, latest)
                }
            }
        }
        guard let window, window.start <= window.end, window.end.year < 9999 || window.start.year < 9999 else { return nil }
        if window.end.year == 9999 { return DateSpan(start: window.start, end: nil) }
        return DateSpan(start: window.start, end: window.end)
    }
}
