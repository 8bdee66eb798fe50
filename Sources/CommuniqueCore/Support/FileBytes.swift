#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with POSIX calls: no Foundation `Data` copy on the hot path.
package enum FileBytes {
    /// The file's bytes; at most `limit` + 1 bytes are read so an oversize file is detected cheaply.
    package static func read(_ path: String, limit: Int = .max) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        var capacity = 64 * 1024
        if fstat(fd, &info) == 0, info.st_size > 0 {
            capacity = min(Int(info.st_size), limit == .max ? Int(info.st_size) : limit + 1) + 1
        }
        var bytes = [UInt8](repeating: 0, count: capacity)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { break }
                bytes.append(contentsOf: repeatElement(0, count: bytes.count))
            }
            let got = bytes.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + count, raw.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, errno: errno)
            }
            if got == 0 { break }
            count += got
            if count > limit { break }
        }
        bytes.removeSubrange(count...)
        return bytes
    }
}

/// A failed system call on a file, with the path and the system's reason.
package struct FileError: Error, Equatable, CustomStringConvertible {
    package var path: String
    package var errno: Int32

    package init(path: String, errno: Int32) {
        self.path = path
        self.errno = errno
    }

    package var description: String { "\(path): \(String(cString: strerror(errno)))" }
}
