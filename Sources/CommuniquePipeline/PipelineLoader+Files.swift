import CommuniqueCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files a pipeline names must be files that end: regular files under a size limit, checked
/// with `stat` before anything opens them, so a FIFO never blocks a run that holds the lock and a
/// symlink to `/dev/zero` is refused instead of read until memory runs out.
extension PipelineLoader {
    /// A pipeline file is a few KB.
    static let pipelineMaxBytes = 1 << 20
    /// Knowledge files and the input manifest: generous for a gazetteer or a large corpus' manifest.
    static let dataFileMaxBytes = 64 << 20

    /// Why `path` cannot be read as a configuration file of at most `limit` bytes, or nil when it can.
    static func fileProblem(_ path: String, limit: Int) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return String(cString: strerror(errno)) }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else { return "\(path) is \(kind), not a regular file" }
        guard Int(info.st_size) <= limit else {
            return "\(path) is \(Int(info.st_size)) bytes, more than the \(limit >> 20) MiB a file of this kind may have"
        }
        return nil
    }

    /// The pipeline file's bytes, refused unless it is a regular file under the limit.
    static func pipelineBytes(_ file: String) throws(ConfigurationError) -> [UInt8] {
        if FileKind.of(file) != nil, let problem = fileProblem(file, limit: pipelineMaxBytes) {
            throw .unreadable(file: file, reason: problem)
        }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(file, limit: pipelineMaxBytes)
        } catch {
            throw .unreadable(file: file, reason: error.description)
        }
        guard bytes.count <= pipelineMaxBytes else {
            throw .unreadable(file: file, reason: "more than \(pipelineMaxBytes >> 20) MiB")
        }
        return bytes
    }

    /// Refuses a knowledge file or manifest named at `line`/`key` that is not a regular file under the limit.
    static func checkDataFile(_ path: String, file: String, line: Int, key: String, limit: Int = dataFileMaxBytes) throws(ConfigurationError) {
        if let problem = fileProblem(path, limit: limit) {
            throw .invalidValue(file: file, line: line, key: key, message: problem)
        }
    }
}
