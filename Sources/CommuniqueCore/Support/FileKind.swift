#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path is, from its `stat` mode, for checks and messages ("a FIFO").
public enum FileKind: Sendable, Equatable, CustomStringConvertible {
    case regular, folder, symlink, fifo, socket, characterDevice, blockDevice, other

    public init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .symlink
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        default: self = .other
        }
    }

    /// The kind of `path` (a final symlink followed unless `followingLinks` is false), or nil
    /// when it does not exist. Never opens the path, so a FIFO cannot block.
    public static func of(_ path: String, followingLinks: Bool = true) -> FileKind? {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? FileKind(mode: info.st_mode) : nil
    }

    public var description: String {
        switch self {
        case .regular: return "a regular file"
        case .folder: return "a folder"
        case .symlink: return "a symbolic link"
        case .fifo: return "a FIFO (named pipe)"
        case .socket: return "a socket"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .other: return "not a regular file"
        }
    }
}
