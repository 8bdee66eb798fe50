import CommuniqueCore
import CommuniqueText

/// The days of a visit from every sentence about it: news often dates the visit away from the
/// sentence that reports it ("The talks took place on Wednesday", "before leaving on Friday").
extension VisitExtractor {
    /// Days of one visit's events may lie at most this far after its first day.
    static let visitDaysSpan = 6
    /// The lengths in days read as a visit's ("a three-day visit" up to "a 14-day tour").
    static let visitLengths = 2...14
    /// How far before the article's date a held visit's day may lie, and after it a planned one's.
    static let heldVisitWindow = 10
    static let plannedVisitWindow = 90

    /// True when "when" follows the date (past a comma) and opens the clause of the trigger:
    /// "since January 2009, when A signed an MoU during the visit of B to C".
    func datesWhenClause(_ analysis: SentenceAnalysis, _ mention: DateMention, trigger: Int) -> Bool {
        var after = analysis.sentence.tokenIndex(atByte: mention.range.upperBound)
        if analysis.isPunctuation(after, UInt8(ascii: ",")) { after += 1 }
        return after < trigger && analysis.isWord(after, .timeRelative, knowledge)
    }

    /// True when the date stands in a relative clause set off by commas that closes before the
    /// trigger: "The leader, who took office in December, will first visit X".
    func inAsideBefore(_ analysis: SentenceAnalysis, dateToken: Int, trigger: Int) -> Bool {
        guard dateToken < trigger else { return false }
        var opening = dateToken - 1
        while opening >= 0, !analysis.isPunctuation(opening, UInt8(ascii: ",")) {
            if analysis.isClauseBreak(opening) { return false }
            opening -= 1
        }
        guard opening >= 0, analysis.isWord(opening + 1, .pronounSubject, knowledge) else { return false }
        return ((dateToken + 1)..<trigger).contains { analysis.isPunctuation($0, UInt8(ascii: ",")) }
    }

    /// The dates outside parentheses when the sentence has any: "On May 2, at 10 a.m. (May 3, 1
    /// a.m. in Tokyo)" restates the day in parentheses, and the day outside stays the visit's.
    /// A sentence whose only dates are in parentheses keeps them.
    func withoutRestatements(_ mentions: [DateMention], in analysis: SentenceAnalysis) -> [DateMention] {
        let outside = mentions.filter { !analysis.isParenthesised(analysis.sentence.tokenIndex(atByte: $0.range.lowerBound)) }
        return outside.isEmpty ? mentions : outside
    }

    /// True when a clock time follows the date ("April 14, 2011 03:53 pm | Updated ..."): the
    /// page's time stamp, no day of the story.
    func isTimestamp(_ analysis: SentenceAnalysis, _ mention: DateMention) -> Bool {
        let after = analysis.sentence.tokenIndex(atByte: mention.range.upperBound)
        guard after + 2 < analysis.tokenCount else { return false }
        let tokens = analysis.sentence.tokens
        return tokens[after].kind == .number && analysis.isPunctuation(after + 1, UInt8(ascii: ":")) && tokens[after + 2].kind == .number
    }

    /// The visit's dates: the mentions' own when they give a day, stretched to the later days of
    /// the visit the article names; else the days the visit's sentences name near the article's
    /// date (inside the mentions' month or year when they give one); else the mentions' dates.
    func visitDays(of index: Int, visit: VisitMention, work: inout ArticleWork) -> DateSpan? {
        guard let dct = work.context.dct, let dctDay = dct.dayNumber else { return visit.dates }
        var days: [Int] = []
        let analyses = work.context.analyses
        let values = knowledge.lexicon.values
        // A later stop's day is none of those the sentence that lists it gives (they date the first stop).
        for sentence in work.visitAtSentence.indices where work.visitAtSentence[sentence] == index
            && !(visit.laterStop && sentence == visit.sentenceIndex) {
            let analysis = analyses[sentence]
            // Only a sentence with a month's or a weekday's name, or "yesterday", names a day in
            // prose ("on Wednesday", "on 3 July", "yesterday signed"): the others are not parsed.
            guard analysis.sentence.tokens.contains(where: { token in
                token.kind == .word && (token.isCapitalized && values.isDayName(foldedHash: token.foldedHash) || values.isDayBeforeWord(foldedHash: token.foldedHash))
            }) else { continue }
            let sentencePlans = analysis.hasTag(.planned)
            for mention in withoutRestatements(work.dates(of: sentence), in: analysis) {
                let token = analysis.sentence.tokenIndex(atByte: mention.range.lowerBound)
                // "The summit is to start on Thursday": a weekday of a sentence of plans about a planned
                // visit, or after a word of plans of its clause, is the next one ("arrived on Thursday,
                // where he will meet ..." is the last).
                let plans = visit.status == .planned ? sentencePlans : plannedInClause(analysis, trigger: token)
                guard !mention.isHabitual, let span = plans ? Self.ahead(mention, dct: dct) : mention.span, let first = span.start.dayNumber else { continue }
                if startsPeriod(analysis, dateToken: token) || datesStatement(analysis, mention) || isTimestamp(analysis, mention) { continue }
                let last = (span.end ?? span.start).dayNumber ?? first
                // "the ministry announced on Monday": a weekday not after the article's day dates the
                // report, not a plan.
                if visit.status == .planned, mention.isRelative, first <= dctDay { continue }
                let window = visit.status == .planned ? (dctDay - 1)...(dctDay + Self.plannedVisitWindow) : (dctDay - Self.heldVisitWindow)...(dctDay + 1)
                guard window.contains(first), window.contains(last) else { continue }
                days += [first, last]
            }
        }
        guard !days.isEmpty else { return visit.dates }
        days.sort()
        if let own = visit.dates, let ownFirst = own.start.dayNumber {
            // The mention's day stays the visit's first; later days of the visit stretch it.
            let ownLast = (own.end ?? own.start).dayNumber ?? ownFirst
            let last = days.filter { $0 > ownLast && $0 <= ownFirst + Self.visitDaysSpan }.max() ?? ownLast
            return last == ownLast ? own : DateSpan(start: own.start, end: PartialDate.fromDayNumber(last))
        }
        if let own = visit.dates {
            // A month or a year the mention gives: the days inside it make it precise.
            let inside = (own.start.firstDay.dayNumber ?? .min)...((own.end ?? own.start).lastDay.dayNumber ?? .max)
            days = days.filter { inside.contains($0) }
            guard !days.isEmpty else { return own }
        }
        let first = days[0]
        let last = days.filter { $0 <= first + Self.visitDaysSpan }.max() ?? first
        return DateSpan(start: PartialDate.fromDayNumber(first), end: last == first ? nil : PartialDate.fromDayNumber(last))
    }

    /// The length in days that the visit's sentences give it: a number from 2 to 14 in words or
    /// digits, the word "day", and a noun of `rule_words.visit_length` at most three words on ("a
    /// three-day state visit", "a 2-day official trip"). Nil when none does, or two lengths differ.
    func lengthInDays(of index: Int, work: ArticleWork) -> Int? {
        let values = knowledge.lexicon.values
        var length: Int?
        for sentence in work.visitAtSentence.indices where work.visitAtSentence[sentence] == index {
            let analysis = work.context.analyses[sentence]
            let tokens = analysis.sentence.tokens
            for position in 1..<max(1, analysis.tokenCount - 1)
            where tokens[position].kind == .word && values.isFunctionWord(.day, foldedHash: tokens[position].foldedHash) {
                let count: Int?
                if case .cardinal(let value) = values.lexeme(ofToken: position - 1, in: analysis.sentence) { count = value }
                else { count = analysis.sentence.wholeNumber(position - 1, maxDigits: 2) }
                guard let count, Self.visitLengths.contains(count),
                      ((position + 1)...min(analysis.tokenCount - 1, position + 3)).contains(where: { analysis.isWord($0, .visitLength, knowledge) })
                else { continue }
                if let length, length != count { return nil }
                length = count
            }
        }
        return length
    }

    /// The visit's dates ended by its length when they give a first day and no last one ("arrived
    /// on 3 May for a three-day visit" ends on 5 May). A trip that goes on to another country within
    /// those days (a tour's length is the whole tour's), a later stop, and a visit whose own
    /// sentence says it is ending (`rule_words.visit_departure`: its day may be the last) keep
    /// their dates.
    func endedByLength(_ visits: [VisitMention], at index: Int, work: ArticleWork) -> DateSpan? {
        let visit = visits[index]
        guard let dates = visit.dates, dates.end == nil, let first = dates.start.dayNumber, !visit.laterStop,
              visit.sentenceIndex < work.context.analyses.count else { return visit.dates }
        let reporting = work.context.analyses[visit.sentenceIndex]
        guard !(0..<reporting.tokenCount).contains(where: { reporting.isWord($0, .visitDeparture, knowledge) }),
              let length = lengthInDays(of: index, work: work) else { return visit.dates }
        let last = first + length - 1
        let tour = visits.indices.contains { other in
            other != index && visits[other].visitorCountry == visit.visitorCountry && visits[other].hostCountry != visit.hostCountry
                && visits[other].dates?.start.dayNumber.map { (first...last).contains($0) } ?? false
        }
        return tour ? dates : DateSpan(start: dates.start, end: PartialDate.fromDayNumber(last))
    }
}
