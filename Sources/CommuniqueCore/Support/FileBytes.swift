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

    /// Hands the file's bytes to `body` in pieces of at most `chunk` bytes, in order, so a large
    /// file is never whole in memory; more than `limit` bytes is an error (EFBIG).
    public static func forEachChunk(_ path: String, chunk: Int = 1 << 20, limit: Int = .max,
                                    _ body: (ArraySlice<UInt8>) throws(FileError) -> Void) throws(FileError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        _ = try regularFileSize(fd, path: path)
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: chunk)
        var total = 0
        while true {
            let got = buffer.withUnsafeMutableBytes { raw in Glibc.read(fd, raw.baseAddress!, raw.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, errno: errno)
            }
            if got == 0 { return }
            total += got
            guard total <= limit else { throw FileError(path: path, errno: EFBIG, reason: "more than \(limit >> 20) MiB") }
            try body(buffer[..<got])
        }
    }

    /// The size of the regular file open as `fd`; any other kind (or a failed open) is an error
    /// naming `path`, after which `fd` is closed.
    private static func regularFileSize(_ fd: Int32, path: String) throws(FileError) -> Int {
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw FileError(path: path, errno: code)
        }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else {
            close(fd)
            throw FileError(path: path, errno: EINVAL, reason: "not a regular file (it is \(kind))")
        }
        return Int(info.st_size)
    }

    private static func read(opened fd: Int32, path: String, limit: Int) throws(FileError) -> [UInt8] {
        let size = try regularFileSize(fd, path: path)
        defer { close(fd) }
        var capacity = 64 * 1024
        if size > 0 {
            capacity = min(size, limit == .max ? size : limit + 1) + 1
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
