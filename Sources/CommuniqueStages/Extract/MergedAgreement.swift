/// A document of one article while its mentions are merged (`AgreementExtractor.mergeAgreements`):
/// the fact so far and its parties, sorted once.
///
/// Immutable, and a reference: each new mention is compared with every document merged so far,
/// and a constant read through a reference is lent in place, where a fact read out of an array of
/// facts was copied for each comparison (a retain and a release of each of its strings and
/// lists). A merge makes a new one.
final class MergedAgreement {
    let fact: AgreementFact
    let parties: [String]

    init(fact: AgreementFact, parties: [String]) {
        self.fact = fact
        self.parties = parties
    }
}
