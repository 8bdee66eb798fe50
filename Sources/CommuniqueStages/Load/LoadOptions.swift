/// Options of the load stage.
package struct LoadOptions: Sendable {
    /// Files larger than this are listed with status `too_large` and not read.
    package var maxBytes: Int = 16 * 1024 * 1024
    /// Invalid UTF-8: `replace` decodes with U+FFFD and extracts, `skip` lists the file as `not_utf8`.
    package var invalidUTF8: InvalidUTF8Policy = .replace

    package init(maxBytes: Int = 16 * 1024 * 1024, invalidUTF8: InvalidUTF8Policy = .replace) {
        self.maxBytes = maxBytes
        self.invalidUTF8 = invalidUTF8
    }
}
