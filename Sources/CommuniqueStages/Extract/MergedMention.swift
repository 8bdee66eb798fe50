/// A visit of one article while its mentions are merged (`VisitExtractor.mergeVisits`).
///
/// Immutable, and a reference: each mention is compared with every visit merged so far, and a
/// constant read through a reference is lent in place, where a mention read out of an array of
/// mentions was copied for each comparison (a retain and a release of its evidence, names and
/// rule). A merge makes a new one.
final class MergedMention {
    let visit: VisitMention

    init(_ visit: VisitMention) {
        self.visit = visit
    }
}
