#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CommuniqueCore

/// A file being written in pieces, in order, with its size and SHA-256 kept as it grows; `close`
/// syncs it to disk. Errors carry the path.
package final class FileSink {
    package let path: String
    private let descriptor: Int32
    private var hasher = ContentHasher()
    package private(set) var count = 0

    package init(path: String) throws(PublishError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, operation: "create", errno: errno) }
        self.path = path
        descriptor = fd
    }

    deinit { close(descriptor) }

    package func write<Bytes: Collection>(_ bytes: Bytes) throws(PublishError) where Bytes.Element == UInt8 {
        let contiguous = bytes as? [UInt8] ?? Array(bytes)
        hasher.update(contiguous)
        count += contiguous.count
        var offset = 0
        while offset < contiguous.count {
            let written = contiguous.withUnsafeBytes { raw in Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, operation: "write", errno: errno)
            }
            offset += written
        }
    }

    /// Syncs the file and returns it as an output file named `name`.
    package func finish(name: String) throws(PublishError) -> OutputFile {
        guard fsync(descriptor) == 0 else { throw .io(path: path, operation: "fsync", errno: errno) }
        return OutputFile(name: name, path: path, count: count, sha256: hasher.hex())
    }
}
