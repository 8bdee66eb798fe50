import CommuniqueCore
import CommuniqueText
import CommuniqueKnowledge

/// Documents listed one a line after a colon: "The deals are as follows:" / "Agreement between the
/// foreign ministers on the establishment of a joint commission." / "Contract between A and B on ...".
extension AgreementExtractor {
    /// Tokens from a line's start within which its document noun stands ("Twinning agreement
    /// between ...", "Line of Credit Agreement for ...").
    static let listedNounReach = 5
    /// Letters a roman numeral of a list marker is written with.
    static let romanDigits = Set("ivxlcIVXLC".utf8)
    /// Sentences back from the colon within which the batch the list details is named.
    static let listBatchReach = 3

    /// Each line after a sentence that ends with a colon and names documents (or follows a batch
    /// named just before) that opens with a document noun is a document of its own (a plural noun:
    /// documents of their own): its type from the noun, its topics from the line, and the status
    /// and parties of the batch it details.
    /// The line's other readings are dropped.
    func listedDocuments(_ found: inout [AgreementFact], work: ArticleWork) {
        let analyses = work.context.analyses
        for (index, analysis) in analyses.enumerated() where analysis.isPunctuation(analysis.tokenCount - 1, UInt8(ascii: ":")) {
            let batch = found.last { $0.sentenceIndex <= index && index - $0.sentenceIndex <= Self.listBatchReach && ($0.row.docType == .package || $0.plural) }
            guard batch != nil || analysis.tagKinds.contains(.document) else { continue }
            var line = index + 1
            while line < analyses.count {
                // "i.", "2)": a list marker on a line of its own numbers the next item.
                if Self.isListMarker(analyses[line]) {
                    line += 1
                    continue
                }
                // "The first was a Cultural Exchange Programme": an ordinal opening the line stands
                // for one document of the batch, of the batch's own noun.
                guard let noun = leadingDocument(analyses[line])
                    ?? (opensWithOrdinal(analyses[line], at: 0) ? (type: batch?.nounType ?? .agreement, end: 2, plural: false) : nil) else { break }
                let item = analyses[line]
                var row = AgreementRow()
                row.sourceID = work.context.sourceID
                row.evidence = item.sentence.text
                row.docType = noun.type
                row.status = batch?.row.status
                row.parties = batch?.row.parties ?? work.context.pair
                row.topics = topics(item, from: noun.end, after: noun.end, limit: item.tokenCount)
                // "Line of Credit Agreement for US$ 15 million to ...": the line's value.
                Self.setValue(valueNear(item, start: noun.end - 1, end: noun.end, quantities: work.quantities(of: line)), of: &row)
                var fact = AgreementFact(row: row, visitIndex: work.visitAtSentence[line], sentenceIndex: line,
                                         rule: work.context.recordsRules ? "agreement: a document listed one a line after a colon" : "")
                // Each line names a document of its own.
                fact.indefinite = true
                fact.nounType = noun.type
                // A line names what its document is about.
                fact.namesSubject = noun.end < item.tokenCount
                // "Agreements on cooperation in A, B and C": a line's plural names documents of
                // their own too, not the batch the list details.
                fact.plural = noun.plural
                fact.separate = noun.plural
                found.removeAll { $0.sentenceIndex == line }
                found.append(fact)
                line += 1
            }
        }
        found.sort { $0.sentenceIndex < $1.sentenceIndex }
    }

    /// True for a line that only numbers a list item: "i.", "iv)", "2.", "(b)".
    static func isListMarker(_ analysis: SentenceAnalysis) -> Bool {
        guard analysis.tokenCount > 0, analysis.tokenCount <= 3 else { return false }
        return analysis.sentence.tokens.allSatisfy { token in
            let bytes = analysis.sentence.utf8[token.start..<token.end]
            switch token.kind {
            case .punctuation: return true
            case .number: return bytes.count <= 2
            case .word: return bytes.count == 1 || bytes.count <= 4 && bytes.allSatisfy { romanDigits.contains($0) }
            }
        }
    }

    /// The document noun that opens a line ("Agreement between ...", "MoU between ...",
    /// "Agreements on ..."); a noun of batches ("Documents") opens none.
    func leadingDocument(_ analysis: SentenceAnalysis) -> (type: DocumentType, end: Int, plural: Bool)? {
        for position in analysis.tokens(from: 0, upTo: Self.listedNounReach) {
            guard let match = analysis.tagMatch(at: position), let type = Self.docType(match.value) else { continue }
            guard type != .package else { return nil }
            return (type, match.tokenEnd, match.value.contains(.plural))
        }
        return nil
    }
}
