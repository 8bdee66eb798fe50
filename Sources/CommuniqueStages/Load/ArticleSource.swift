/// One entry of the input folder, before it is read.
package struct ArticleSource: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case file, symlink, folder, other
    }

    package var sourceID: String
    package var path: String
    package var kind: Kind
}
