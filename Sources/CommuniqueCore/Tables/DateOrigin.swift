/// Where an article's date (its DCT) came from.
package enum DateOrigin: String, Sendable, Hashable, CaseIterable {
    case manifest, text, incumbency, unknown
}
