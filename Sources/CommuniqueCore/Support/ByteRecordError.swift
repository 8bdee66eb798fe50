/// Why bytes could not be read back as the record they should hold.
public enum ByteRecordError: Error, Equatable, CustomStringConvertible {
    /// The bytes end inside a field that starts at `offset`.
    case truncated(offset: Int)
    /// The field at `offset` holds a value no writer makes.
    case malformed(offset: Int, String)

    public var description: String {
        switch self {
        case .truncated(let offset): return "record ends early (at byte \(offset))"
        case .malformed(let offset, let why): return "\(why) (at byte \(offset))"
        }
    }
}
