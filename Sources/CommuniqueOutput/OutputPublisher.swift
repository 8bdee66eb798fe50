#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CShims
import CommuniqueCore

/// Publishes a run's files atomically: they are written and synced in a staging folder next to
/// the output folder, which is then swapped into place with one `renameat2(RENAME_EXCHANGE)`.
///
/// A run that fails or is killed before the swap leaves the published folder untouched; the
/// staging folders it leaves behind are removed by the next run (`sweep`). Every staging folder
/// carries the job's marker (`OutputMarker`) from its first moment, and so does every published
/// folder: the swap replaces only a folder that is missing, empty or marked, and the sweep
/// removes only marked folders (or empty ones), never an entry of the user's that is merely
/// named like a staging folder.
package struct OutputPublisher: Sendable {
    package var output: String

    package init(output: String) { self.output = output }

    var parent: String { OutputTarget.parent(of: output) }

    var name: String { output.split(separator: "/").last.map(String.init) ?? output }

    /// The lock file for this output.
    package var lockPath: String { OutputTarget.join(parent, ".communique.lock") }

    var stagingPrefix: String { "." + name + ".staging-" }

    /// Removes staging folders left by runs that died: those that carry the marker, and empty
    /// ones (a run killed between `mkdir` and the marker). Call it only while holding the lock.
    package func sweep() {
        for entry in FolderTree.names(parent) ?? [] where entry.hasPrefix(stagingPrefix) {
            let path = OutputTarget.join(parent, entry)
            guard FileKind.of(path, followingLinks: false) == .folder else { continue }
            if OutputMarker.isPresent(in: path) {
                FolderTree.remove(path)
            } else {
                rmdir(path)  // succeeds only when empty
            }
        }
    }

    /// Writes the marker and `files` into a fresh staging folder and returns its path.
    package func stage(_ files: [OutputFile]) throws(PublishError) -> String {
        try stage(files, in: try makeStagingFolder())
    }

    /// Completes `staging` (made by `makeStagingFolder`, where the files on disk already are):
    /// writes the marker and the files held in memory, syncs, and returns it. On failure the
    /// folder is removed.
    package func stage(_ files: [OutputFile], in staging: String) throws(PublishError) -> String {
        do {
            try Self.write([Array(OutputMarker.text.utf8)], to: staging + "/" + OutputMarker.name)
            for file in files where file.path == nil {
                try Self.write(file.chunks, to: staging + "/" + file.name)
            }
            try Self.syncFolder(staging)
        } catch {
            FolderTree.remove(staging)
            throw error
        }
        return staging
    }

    /// A new staging folder named after this process (with a counter when an entry of that name
    /// is in the way and is not ours to remove), marked as the job's from its first moment.
    package func makeStagingFolder() throws(PublishError) -> String {
        var attempt = 0
        while true {
            let staging = OutputTarget.join(parent, stagingPrefix + String(getpid()) + (attempt == 0 ? "" : "-\(attempt)"))
            if OutputMarker.isPresent(in: staging) { FolderTree.remove(staging) }
            if mkdir(staging, 0o755) == 0 {
                do {
                    try Self.write([Array(OutputMarker.text.utf8)], to: staging + "/" + OutputMarker.name)
                } catch {
                    FolderTree.remove(staging)
                    throw error
                }
                return staging
            }
            guard errno == EEXIST, attempt < 100 else { throw .io(path: staging, operation: "mkdir", errno: errno) }
            attempt += 1
        }
    }

    /// Swaps the staged folder into place and removes the previous output. The output is checked
    /// again first (missing, empty or marked); on any failure the staging folder is removed.
    package func publish(_ staging: String) throws(PublishError) {
        do throws(OutputRefusal) {
            try OutputTarget.checkReplaceable(folder: output, display: output)
        } catch {
            FolderTree.remove(staging)
            throw .refused(error)
        }
        if FileKind.of(output, followingLinks: false) != nil {
            guard Self.exchange(staging, output) == 0 else {
                let code = errno
                FolderTree.remove(staging)
                throw .io(path: output, operation: "exchange with \(staging)", errno: code)
            }
            // `staging` now holds the previous output, which was marked or empty.
            FolderTree.remove(staging)
        } else {
            guard rename(staging, output) == 0 else {
                let code = errno
                FolderTree.remove(staging)
                throw .io(path: output, operation: "rename \(staging) to", errno: code)
            }
        }
        try Self.syncFolder(parent)
    }

    static func exchange(_ a: String, _ b: String) -> Int32 {
        communique_exchange_paths(a, b)
    }

    /// Writes and fsyncs one file made of `chunks`; a full disk or a read-only folder becomes an
    /// error with the path.
    static func write(_ chunks: [[UInt8]], to path: String) throws(PublishError) {
        let sink = try FileSink(path: path)
        for bytes in chunks { try sink.write(bytes) }
        _ = try sink.finish(name: path)
    }

    static func syncFolder(_ path: String) throws(PublishError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, operation: "open folder", errno: errno) }
        defer { close(fd) }
        _ = fsync(fd)
    }
}
