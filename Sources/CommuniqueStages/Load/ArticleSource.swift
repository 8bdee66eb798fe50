/// One entry of the input folder, before it is read.
package struct ArticleSource: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case file, symlink, folder, other
        /// A file whose source id another file keeps (listed as `duplicate_id`, never read).
        case duplicate
    }

    package var sourceID: String
    /// The path for messages (a name that is not UTF-8 shows its bytes as `%XX`).
    package var path: String
    package var kind: Kind
    /// The path's bytes as the file system has them, when they are not the UTF-8 of `path`.
    package var rawPath: [UInt8]? = nil
}
