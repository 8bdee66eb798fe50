#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole regular files with POSIX calls: no Foundation `Data` copy on the hot path.
///
/// Only regular files are read: the file is opened with `O_NONBLOCK` (opening a FIFO never
/// waits for a writer) and checked with `fstat` before any read, so a FIFO, a device such as
/// `/dev/zero` or a symlink to one is refused at once instead of blocking or never ending.
public enum FileBytes {
    /// The file's bytes; at most `limit` + 1 bytes are read so an oversize file is detected cheaply.
    public static func read(_ path: String, limit: Int = .max) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        return try read(opened: fd, path: path, limit: limit)
    }

    /// The same for a path given as raw bytes (a file name that is not valid UTF-8);
    /// `display` names it in errors.
    public static func read(rawPath: [UInt8], display: String, limit: Int = .max) throws(FileError) -> [UInt8] {
        let cPath = rawPath.map { CChar(bitPattern: $0) } + [0]
        let fd = open(cPath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        return try read(opened: fd, path: display, limit: limit)
    }

    private static func read(opened fd: Int32, path: String, limit: Int) throws(FileError) -> [UInt8] {
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError(path: path, errno: errno) }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else { throw FileError(path: path, errno: EINVAL, reason: "not a regular file (it is \(kind))") }
        var capacity = 64 * 1024
        if info.st_size > 0 {
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

/// A failed system call on a file, with the path and the system's reason (or ours).
public struct FileError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var errno: Int32
    /// Why, when it is not the system call's error (`not a regular file (it is a FIFO)`).
    public var reason: String?

    public init(path: String, errno: Int32, reason: String? = nil) {
        self.path = path
        self.errno = errno
        self.reason = reason
    }

    public var description: String { "\(path): \(reason ?? String(cString: strerror(errno)))" }
}
