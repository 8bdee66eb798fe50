/// Where an article's date (its DCT) came from.
public enum DateOrigin: String, Sendable, CaseIterable, Vocabulary {
    case manifest, text, incumbency, unknown
}
