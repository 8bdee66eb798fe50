/// Where an article's date (its DCT) came from.
package enum DateOrigin: String, Sendable, CaseIterable, Vocabulary {
    case manifest, text, incumbency, unknown
}
