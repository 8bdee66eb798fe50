import CommuniqueCore
import CommuniqueKnowledge

/// The status a document takes from its own verb, and the status of documents the sides issue together.
extension AgreementExtractor {
    /// Tokens a governing verb may stand before the document noun: determiner, count and modifiers
    /// ("signed a total of 18 deals").
    static let governingReach = 5

    /// The status of the verb right before the noun phrase, when one governs it: in "reached an
    /// understanding and signed a treaty" each noun takes its own verb. Looks back over the
    /// determiner, count and modifiers, no further than a punctuation mark, a coordinator or another
    /// document noun.
    func governingStatus(_ analysis: SentenceAnalysis, start: Int) -> AgreementStatus? {
        var position = start - 1
        var steps = 0
        while position >= 0, steps < Self.governingReach {
            if analysis.sentence.tokens[position].kind == .punctuation || isWord(analysis, position, .coordinator) { return nil }
            if let match = analysis.tagMatch(at: position) {
                if Self.hasStatus(match.value) { return strongestStatus(analysis, in: match.tokenStart..<start) }
                // "inked a Line of Credit transport MoU": a noun that modifies the document is no other document.
                if Self.docType(match.value) != nil, !namesNoDocument(analysis, match) { return nil }
                position = match.tokenStart - 1
            } else if isWord(analysis, position, .presentSigning) {
                return presentSigningStatus(analysis, verb: position)
            } else {
                position -= 1
            }
            steps += 1
        }
        return nil
    }

    /// Tokens before a governed noun within which its verb stands ("signed a bilateral critical
    /// minerals supply chain partnership").
    static let governedReach = 7

    /// The status a governed noun ("partnership", "statement") takes from the verb right before its
    /// determiner and modifiers, nil when none governs it: a status word other than "agreed"
    /// ("issued a statement" is a press statement), or a verb of adoption (agreed; planned after a
    /// word of intent: "will approve a 10-year strategy").
    func governedStatus(_ analysis: SentenceAnalysis, start: Int) -> AgreementStatus? {
        var position = start - 1
        while position >= max(0, start - Self.governedReach) {
            if isWord(analysis, position, .adoptionVerb) { return isIntended(analysis, before: position) ? .planned : .agreed }
            if analysis.sentence.tokens[position].kind == .punctuation, !analysis.isPunctuation(position, UInt8(ascii: "-")) { return nil }
            if isWord(analysis, position, .coordinator) { return nil }
            // "agreements were forged which would strengthen the strategic partnership": a
            // relative clause's verb governs the noun, not a status word before it.
            if isWord(analysis, position, .clauseOpener) || isWord(analysis, position, .pronounSubject) { return nil }
            if let match = analysis.tagMatch(at: position) {
                if Self.hasStatus(match.value) {
                    let status = strongestStatus(analysis, in: match.tokenStart..<start)
                    return status == .agreed ? nil : status
                }
                if Self.docType(match.value) != nil { return nil }
                position = match.tokenStart - 1
                continue
            }
            if isWord(analysis, position, .presentSigning) { return presentSigningStatus(analysis, verb: position) }
            position -= 1
        }
        return nil
    }

    /// The status a loan noun takes from a lending verb right before it, past the receiver, the
    /// amount and the modifiers ("extended USD 200 million lines of credit", "is to give X a loan"):
    /// agreed, a commitment whenever the money is paid out; nil when no lending verb governs the noun.
    func lendingStatus(_ analysis: SentenceAnalysis, start: Int) -> AgreementStatus? {
        var position = start - 1
        while position >= max(0, start - Self.governedReach) {
            if isWord(analysis, position, .lendingVerb) { return .agreed }
            if analysis.isClauseBreak(position) || analysis.isPunctuation(position, UInt8(ascii: ",")) { return nil }
            if isWord(analysis, position, .coordinator) || isWord(analysis, position, .clauseOpener) || isWord(analysis, position, .pronounSubject) { return nil }
            if let match = analysis.tagMatch(at: position), Self.docType(match.value) != nil { return nil }
            position -= 1
        }
        return nil
    }

    /// A signing verb in its base or present form: planned after a word of intent earlier in the
    /// sentence ("will meet on Monday and then sign a treaty"), signed otherwise ("leaders sign treaty").
    func presentSigningStatus(_ analysis: SentenceAnalysis, verb: Int) -> AgreementStatus {
        isIntended(analysis, before: verb) ? .planned : .signed
    }

    /// A word of intent ("will", "expected") or a planned status phrase before `position` in the sentence.
    func isIntended(_ analysis: SentenceAnalysis, before position: Int) -> Bool {
        analysis.hasTag(in: 0..<position) { tag in
            if tag == .planned { return true }
            if case .docStatus(.planned) = tag { return true }
            return false
        }
    }

    /// A joint statement, or a document right after a word of the `joint` role ("their joint
    /// declaration"), named with no status word: the sides issued it (agreed), or, after a word of
    /// intent, they will (planned).
    func jointStatus(_ analysis: SentenceAnalysis, start: Int, type: DocumentType) -> AgreementStatus? {
        guard type == .jointStatement || isWord(analysis, start - 1, .joint) else { return nil }
        return isIntended(analysis, before: start) ? .planned : .agreed
    }

    /// True when token `position` is inside a status word ("signed", "to be signed").
    func isStatusWord(_ analysis: SentenceAnalysis, at position: Int) -> Bool {
        analysis.tagMatch(at: position).map { Self.hasStatus($0.value) } ?? false
    }

    static func hasStatus(_ tags: [LexiconTag]) -> Bool {
        tags.contains { tag in
            if case .docStatus = tag { return true }
            return false
        }
    }
}
