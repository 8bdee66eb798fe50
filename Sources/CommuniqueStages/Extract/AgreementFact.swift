import CommuniqueCore
/// An agreement row and the article visit it belongs to, before visit ids exist.
package struct AgreementFact: Sendable, Hashable {
    package var row: AgreementRow
    /// Index into the article's merged visits, when the article reports one.
    package var visitIndex: Int?
    /// Sentence the document was read from.
    package var sentenceIndex: Int
    package var rule: String
    /// A plural noun ("agreements"), counted or not.
    package var plural = false
    /// After a definite determiner ("the joint statement"): it may point back at a document named before.
    package var definite = false
    /// Right after a singular demonstrative ("this agreement"): the document named just before.
    package var demonstrative = false
    /// After an indefinite article ("an agreement"): a document named for the first time.
    package var indefinite = false
    /// The noun's own type before a count made it a batch ("40 agreements": agreement).
    package var nounType: DocumentType?
    /// The mention says what the document is about ("a declaration on friendship", a name, a listed
    /// line): with none of the topic words, its topic is `other`.
    package var namesSubject = false
    /// A count after a definite determiner ("the 17 memoranda"): the batch named again.
    package var countedAgain = false
    /// Named as one more document ("another on ...", "a separate one in ..."): never one named before.
    package var separate = false
    /// An item of a list of what documents cover ("These agreements cover A, B and C"): with no
    /// status or parties of its own, it has those of the batch named before.
    package var contentItem = false
    /// The predicate of "The third is a transit agreement": a content item that may also take
    /// the status and parties of the item enumerated in the sentence before.
    package var enumerated = false
    /// An enumerated item whose sentence opens with an additive word ("Another agreement set up a
    /// fund"): a document of its own, a row even when no batch is near to give it a status.
    package var additive = false
    /// A content item whose list follows a batch noun alone ("The five instruments were - A, B
    /// and C"): it is of the kind of document the batch it details is made of ("five memoranda").
    package var typeOfBatch = false

    /// A definite mention with no status, count, value, name or subject ("The agreement covers
    /// trade and tourism", "The deal was announced by the minister"): after the article has named a
    /// document, in a sentence with no amount, it points back at one named before and is no row
    /// of its own ("the memorandum on investment" names which one it is).
    /// So does "This agreement was signed by the ministers": a singular demonstrative points back
    /// whatever its status says (the extractor keeps it when the status is news).
    package var pointsBack: Bool {
        (definite && row.status == nil || demonstrative) && !enumerated && !namesSubject
            && row.count == nil && row.countQualifier == nil && row.value == nil && row.title.isEmpty
    }
}
