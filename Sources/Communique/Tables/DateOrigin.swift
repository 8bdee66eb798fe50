/// Where an article's date (its DCT) came from.
public enum DateOrigin: String, Sendable, Hashable, CaseIterable {
    case manifest, text, incumbency, unknown
}
