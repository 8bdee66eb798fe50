#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Listing and removing folders by raw entry names, through descriptors, never following links:
/// a name that is not valid UTF-8 is removed like any other.
package enum FolderTree {
    /// The raw names of the entries of the folder open as `fd` (without `.` and `..`); takes
    /// ownership of `fd`.
    static func rawNames(ofOpen fd: Int32) -> [[CChar]] {
        guard let dir = fdopendir(fd) else {
            close(fd)
            return []
        }
        defer { closedir(dir) }
        var names: [[CChar]] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.prefix { $0 != 0 }.map { CChar(bitPattern: $0) }
            }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    /// The names of the entries of `path` (lossily decoded, for messages and matching), or nil
    /// when it cannot be opened as a folder.
    package static func names(_ path: String) -> [String]? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        return rawNames(ofOpen: fd).map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    }

    /// Removes `path` and, when it is a folder (not a link to one), everything in it.
    package static func remove(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(path)
            return
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd >= 0 { removeContents(ofOpen: fd) }
        rmdir(path)
    }

    /// Empties the folder open as `fd`; takes ownership of `fd`.
    static func removeContents(ofOpen fd: Int32) {
        let names = rawNames(ofOpen: dup(fd))
        defer { close(fd) }
        for name in names {
            let cName = name + [0]
            var info = stat()
            guard fstatat(fd, cName, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                let child = openat(fd, cName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 { removeContents(ofOpen: child) }
                unlinkat(fd, cName, AT_REMOVEDIR)
            } else {
                unlinkat(fd, cName, 0)
            }
        }
    }
}
