/// One entry of the input folder, before it is read.
public struct ArticleSource: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case file, symlink, folder, other
    }

    public var sourceID: String
    public var path: String
    public var kind: Kind
}
