/// A path from a pipeline file and where it was written.
package struct LocatedPath: Sendable, Hashable {
    package var path: String
    package var file: String
    package var line: Int
    package var key: String

    package init(path: String, file: String, line: Int, key: String) {
        self.path = path
        self.file = file
        self.line = line
        self.key = key
    }
}
