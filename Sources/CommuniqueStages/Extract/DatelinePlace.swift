import CommuniqueText
import CommuniqueKnowledge

/// Where a story was filed, from its dateline: "MOSCOW, October 6 (TASS) - ...",
/// "ISLAMABAD: ...", or a line of its own such as "March 28, 2019, Bishkek".
package enum DatelinePlace {
    /// Sentences at the top of a story that may open with its dateline.
    static let leadingSentences = 3
    /// Tokens from a sentence's start within which a dateline's place stands.
    static let leadingTokens = 6

    /// The city of the dateline text the cleaner took out, else a city written in capitals at the
    /// start of one of the first sentences, or a city that opens one of them followed by a comma
    /// and a date ("Tashkent, March 7 (UzA) ..."; `dates` reads a sentence's dates) or by a comma,
    /// an agency in capitals and a dash ("Beijing, MINA – ..."); nil when there is none.
    /// `firstSentence` is the first sentence the dateline heads: a headline or a photo
    /// caption above it is not filed from there.
    static func city(datelineText: String, analyses: [SentenceAnalysis], entities: PhraseMatcher<EntityRef>,
                     tags: PhraseMatcher<[LexiconTag]>, dates: (Sentence) -> [DateMention] = { _ in [] }) -> (city: EntityRef, firstSentence: Int)? {
        if !datelineText.isEmpty {
            let analysis = SentenceAnalysis(Sentence(text: datelineText, index: 0, paragraph: 0), entities: entities, tags: tags)
            if let city = analysis.entities.first(where: { if case .city = $0.value { return true }; return false }) { return (city.value, 0) }
        }
        for analysis in analyses.prefix(Self.leadingSentences) {
            let headerLine = analysis.tokenCount <= Self.headerLineTokens
            for entity in analysis.entities where entity.tokenStart < Self.leadingTokens || headerLine {
                guard case .city = entity.value else { continue }
                // "Prime Minister's Official Residence, Tokyo 13 December 2013": a line of a few
                // words with no trigger that ends with a comma and a city (the date after it, if any)
                // is a dateline.
                if headerLine, analysis.isPunctuation(entity.tokenStart - 1, UInt8(ascii: ",")), analysis.tagKinds.isDisjoint(with: Self.triggerKinds),
                   entity.tokenEnd == analysis.tokenCount || dates(analysis.sentence).contains(where: { date in
                       date.range.lowerBound == analysis.sentence.tokens[entity.tokenEnd].start
                           && date.range.upperBound >= analysis.sentence.tokens[analysis.tokenCount - 1].end
                   }) {
                    return (entity.value, analysis.sentence.index)
                }
                guard entity.tokenStart < Self.leadingTokens else { continue }
                if isCapitals(analysis.sentence, entity.tokenStart..<entity.tokenEnd) { return (entity.value, analysis.sentence.index) }
                // "Tashkent (AFP) - ...": a city opening the sentence, an agency in parentheses and a
                // dash or a colon.
                if entity.tokenStart == 0, analysis.isPunctuation(entity.tokenEnd, UInt8(ascii: "(")),
                   let close = analysis.tokens(from: entity.tokenEnd, upTo: entity.tokenEnd + Self.agencyTokens).first(where: { analysis.isPunctuation($0, UInt8(ascii: ")")) }),
                   analysis.isPunctuation(close + 1, UInt8(ascii: "-")) || analysis.isPunctuation(close + 1, UInt8(ascii: ":")) {
                    return (entity.value, analysis.sentence.index)
                }
                // "Beijing, MINA – ...": a city opening the sentence, a comma, an agency in capitals
                // and a dash or a colon.
                if entity.tokenStart == 0, analysis.isPunctuation(entity.tokenEnd, UInt8(ascii: ",")),
                   let mark = analysis.tokens(from: entity.tokenEnd + 2, upTo: entity.tokenEnd + 1 + Self.agencyTokens).first(where: { analysis.sentence.tokens[$0].kind != .word }),
                   analysis.isPunctuation(mark, UInt8(ascii: "-")) || analysis.isPunctuation(mark, UInt8(ascii: ":")),
                   isCapitals(analysis.sentence, (entity.tokenEnd + 1)..<mark) {
                    return (entity.value, analysis.sentence.index)
                }
                if entity.tokenStart == 0, analysis.isPunctuation(entity.tokenEnd, UInt8(ascii: ",")), entity.tokenEnd + 1 < analysis.tokenCount {
                    let dateStart = analysis.sentence.tokens[entity.tokenEnd + 1].start
                    if dates(analysis.sentence).contains(where: { $0.range.lowerBound == dateStart }) { return (entity.value, analysis.sentence.index) }
                }
            }
        }
        return nil
    }

    /// Tokens a header line (a venue, a city and a date) has at most.
    static let headerLineTokens = 12
    /// Words of travel, meeting and hosting: a line with one is a headline, no header.
    static let triggerKinds: LexiconTagKinds = [.visitMovement, .visitMeeting, .visitHosting, .visitHostedBy, .visitAttendance]

    /// Tokens from an opening parenthesis after a dateline's city to its closing one ("(AFP)", "(Xinhua)").
    static let agencyTokens = 5

    /// True when the words of `range` have letters and no lower-case ASCII letter ("NEW DELHI").
    static func isCapitals(_ sentence: Sentence, _ range: Range<Int>) -> Bool {
        var letters = 0
        for index in range where sentence.tokens[index].kind == .word {
            for byte in sentence.word(index) {
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return false }
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { letters += 1 }
            }
        }
        return letters >= 3
    }
}
