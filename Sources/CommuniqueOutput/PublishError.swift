#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the output could not be written or published; the previous output is intact.
package enum PublishError: Error, Equatable, CustomStringConvertible {
    case locked(path: String, waited: Int)
    case io(path: String, operation: String, errno: Int32)
    case compression(table: String, GzipError)
    /// The output folder changed during the run into one the job must not replace.
    case refused(OutputRefusal)
    /// What the run wrote to its spool file did not read back as written.
    case corrupt(what: String)
    /// Two inputs of one dataset have the same source id (partials that overlap).
    case duplicateSource(id: String)

    package var description: String {
        switch self {
        case .locked(let path, let waited):
            return "another run holds the lock \(path) (waited \(waited) s)"
        case .io(let path, let operation, let code):
            return "\(operation) \(path): \(String(cString: strerror(code)))"
        case .compression(let table, let error):
            return "\(table): \(error)"
        case .refused(let refusal):
            return refusal.description
        case .corrupt(let what):
            return "the spool file holds a damaged \(what)"
        case .duplicateSource(let id):
            return "the article \(id) is in two of the inputs merged (partials must not overlap: make them with --shard K/N)"

        }
    }
}
