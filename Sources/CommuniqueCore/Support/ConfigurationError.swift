/// A pipeline or knowledge file that cannot be used, with the file, line and key it is about.
///
/// Rendered as one line, `file:line: key: problem`, the form editors and CI logs link to.
public enum ConfigurationError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case syntax(file: String, line: Int, message: String)
    case unknownKey(file: String, line: Int, key: String, allowed: [String])
    case missingKey(file: String, line: Int, key: String)
    case wrongType(file: String, line: Int, key: String, expected: String)
    case invalidValue(file: String, line: Int, key: String, message: String)
    case missingFile(file: String, line: Int, key: String, path: String)
    case malformedRow(file: String, line: Int, column: String, message: String)
    /// Two rows that cannot both hold (two heads of state of one country on one day): `line`
    /// is the later row, `otherLine` the row it contradicts.
    case conflictingRows(file: String, line: Int, column: String, otherLine: Int, message: String)

    public var file: String {
        switch self {
        case .unreadable(let file, _), .syntax(let file, _, _), .unknownKey(let file, _, _, _),
            .missingKey(let file, _, _), .wrongType(let file, _, _, _), .invalidValue(let file, _, _, _),
            .missingFile(let file, _, _, _), .malformedRow(let file, _, _, _), .conflictingRows(let file, _, _, _, _):
            return file
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .syntax(let file, let line, let message):
            return "\(file):\(line): YAML syntax: \(message)"
        case .unknownKey(let file, let line, let key, let allowed):
            return "\(file):\(line): \(key): unknown key (expected one of: \(allowed.joined(separator: ", ")))"
        case .missingKey(let file, let line, let key):
            return "\(file):\(line): \(key): required key is missing"
        case .wrongType(let file, let line, let key, let expected):
            return "\(file):\(line): \(key): expected \(expected)"
        case .invalidValue(let file, let line, let key, let message):
            return "\(file):\(line): \(key): \(message)"
        case .missingFile(let file, let line, let key, let path):
            return "\(file):\(line): \(key): no such file or folder: \(path)"
        case .malformedRow(let file, let line, let column, let message):
            return "\(file):\(line): \(column): \(message)"
        case .conflictingRows(let file, let line, let column, let otherLine, let message):
            return "\(file):\(line): \(column): \(message) (contradicts line \(otherLine))"
        }
    }
}
