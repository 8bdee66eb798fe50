/// Options of the load stage.
package struct LoadOptions: Sendable {
    /// Files larger than this are listed with status `too_large` and not read.
    package var maxBytes: Int = 16 * 1024 * 1024
    /// Invalid UTF-8: `replace` decodes with U+FFFD and extracts, `skip` lists the file as `not_utf8`.
    package var invalidUTF8: InvalidUTF8Policy = .replace
    /// Which entries of the input folder are articles: these extensions (lower case, no dot), in
    /// order of preference when two files map to one source id.
    package var extensions: [String] = LoadOptions.defaultExtensions

    package static let defaultExtensions = ["txt"]

    package init(maxBytes: Int = 16 * 1024 * 1024, invalidUTF8: InvalidUTF8Policy = .replace, extensions: [String] = LoadOptions.defaultExtensions) {
        self.maxBytes = maxBytes
        self.invalidUTF8 = invalidUTF8
        self.extensions = extensions
    }
}
