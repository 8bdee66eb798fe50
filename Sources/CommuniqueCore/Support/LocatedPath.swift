/// A path from a pipeline file and where it was written.
public struct LocatedPath: Sendable, Hashable {
    public var path: String
    public var file: String
    public var line: Int
    public var key: String

    public init(path: String, file: String, line: Int, key: String) {
        self.path = path
        self.file = file
        self.line = line
        self.key = key
    }
}
