/// A failure inside zlib, with the call that reported it.
package enum GzipError: Error, Equatable, CustomStringConvertible {
    case zlib(status: Int32, during: String)
    case truncated

    package var description: String {
        switch self {
        case .zlib(let status, let call): return "zlib \(call) failed with status \(status)"
        case .truncated: return "gzip stream is truncated"
        }
    }
}
