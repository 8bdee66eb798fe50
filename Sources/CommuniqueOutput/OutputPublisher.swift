#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CShims

/// Publishes a run's files atomically: they are written and synced in a staging folder next to
/// the output folder, which is then swapped into place with one `renameat2(RENAME_EXCHANGE)`.
///
/// A run that fails or is killed before the swap leaves the published folder untouched; the
/// staging folders it leaves behind are removed by the next run (`sweep`).
package struct OutputPublisher: Sendable {
    package var output: String

    package init(output: String) { self.output = output }

    var parent: String {
        guard let slash = output.lastIndex(of: "/") else { return "." }
        return slash == output.startIndex ? "/" : String(output[..<slash])
    }

    var name: String {
        guard let slash = output.lastIndex(of: "/") else { return output }
        return String(output[output.index(after: slash)...])
    }

    /// The lock file for this output.
    package var lockPath: String { parent + "/.communique.lock" }

    var stagingPrefix: String { "." + name + ".staging-" }

    /// Removes staging folders left by runs that died.
    package func sweep() {
        guard let dir = opendir(parent) else { return }
        defer { closedir(dir) }
        var leftovers: [String] = []
        while let entry = readdir(dir) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if entryName.hasPrefix(stagingPrefix) { leftovers.append(parent + "/" + entryName) }
        }
        for path in leftovers { Self.removeTree(path) }
    }

    /// Writes `files` into a fresh staging folder and returns its path.
    package func stage(_ files: [OutputFile]) throws(PublishError) -> String {
        let staging = parent + "/" + stagingPrefix + String(getpid())
        Self.removeTree(staging)
        guard mkdir(staging, 0o755) == 0 else { throw .io(path: staging, operation: "mkdir", errno: errno) }
        do {
            for file in files {
                try Self.write(file.chunks, to: staging + "/" + file.name)
            }
            try Self.syncFolder(staging)
        } catch {
            Self.removeTree(staging)
            throw error
        }
        return staging
    }

    /// Swaps the staged folder into place and removes the previous output.
    package func publish(_ staging: String) throws(PublishError) {
        var info = stat()
        if lstat(output, &info) == 0 {
            guard Self.exchange(staging, output) == 0 else {
                throw .io(path: output, operation: "exchange with \(staging)", errno: errno)
            }
            // `staging` now holds the previous output.
            Self.removeTree(staging)
        } else {
            guard rename(staging, output) == 0 else { throw .io(path: output, operation: "rename \(staging) to", errno: errno) }
        }
        try Self.syncFolder(parent)
    }

    static func exchange(_ a: String, _ b: String) -> Int32 {
        communique_exchange_paths(a, b)
    }

    /// Writes and fsyncs one file made of `chunks`; a full disk or a read-only folder becomes an
    /// error with the path.
    static func write(_ chunks: [[UInt8]], to path: String) throws(PublishError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, operation: "create", errno: errno) }
        defer { close(fd) }
        for bytes in chunks {
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { raw in Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw .io(path: path, operation: "write", errno: errno)
                }
                offset += written
            }
        }
        guard fsync(fd) == 0 else { throw .io(path: path, operation: "fsync", errno: errno) }
    }

    static func syncFolder(_ path: String) throws(PublishError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, operation: "open folder", errno: errno) }
        defer { close(fd) }
        _ = fsync(fd)
    }

    /// Removes a folder and everything in it (no links are followed).
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            if let dir = opendir(path) {
                var names: [String] = []
                while let entry = readdir(dir) {
                    let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                    }
                    if entryName != "." && entryName != ".." { names.append(entryName) }
                }
                closedir(dir)
                for entryName in names { removeTree(path + "/" + entryName) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
