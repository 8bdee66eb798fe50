import CommuniqueCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a run publishes into, resolved and checked before any work, so that publication
/// can only replace a folder the job made (or a missing or empty one).
///
/// - A symlink to a folder publishes into its target: the target is replaced, the link stays.
/// - A mount point is refused: `renameat2` cannot swap it, and a reader must never see a mix
///   of two runs, so the job asks for a folder inside it.
package struct OutputTarget: Sendable, Equatable {
    /// The path publication replaces: the output as given, or a symlink's resolved target.
    package var path: String
    /// The fully resolved path (no symlinks anywhere), for comparisons with other paths.
    package var canonical: String
    /// Whether the folder exists already.
    package var exists: Bool

    /// Something the run reads, which the output must not be or contain (nor lie inside, unless
    /// `outputMayLieInside`: an output beside the pipeline file is an ordinary layout).
    package struct Protected: Sendable {
        package var what: String
        package var path: String
        package var outputMayLieInside: Bool

        package init(_ what: String, _ path: String, outputMayLieInside: Bool = false) {
            self.what = what
            self.path = path
            self.outputMayLieInside = outputMayLieInside
        }
    }

    /// Resolves `output` (an absolute or working-directory-relative path).
    package static func resolve(_ output: String) throws(OutputRefusal) -> OutputTarget {
        guard Self.canonicalPath(output) != "/" else { throw .root }
        switch FileKind.of(output, followingLinks: false) {
        case nil:
            let parent = Self.parent(of: output)
            guard FileKind.of(parent) == .folder, let canonicalParent = Self.canonicalPath(parent) else {
                throw .missingParent(path: output, parent: parent)
            }
            let name = output.split(separator: "/").last.map(String.init) ?? output
            return OutputTarget(path: output, canonical: Self.join(canonicalParent, name), exists: false)
        case .symlink:
            guard let target = Self.canonicalPath(output) else { throw .danglingSymlink(path: output) }
            guard FileKind.of(target) == .folder else { throw .notAFolder(path: output, kind: "a symbolic link to \(FileKind.of(target)?.description ?? "nothing")") }
            guard target != "/" else { throw .root }
            return OutputTarget(path: target, canonical: target, exists: true)
        case .folder:
            return OutputTarget(path: output, canonical: Self.canonicalPath(output) ?? output, exists: true)
        case let kind?:
            throw .notAFolder(path: output, kind: kind.description)
        }
    }

    /// Refuses an output that is, contains or (unless allowed) lies inside a protected path.
    package func checkOverlaps(_ protected: [Protected]) throws(OutputRefusal) {
        for item in protected {
            guard let other = Self.canonicalPath(item.path) else { continue }
            if other == canonical {
                throw .overlap(path: path, what: item.what, other: item.path, relation: "is")
            }
            if Self.isInside(other, canonical) {
                throw .overlap(path: path, what: item.what, other: item.path, relation: "contains")
            }
            if !item.outputMayLieInside && Self.isInside(canonical, other) {
                throw .overlap(path: path, what: item.what, other: item.path, relation: "lies inside")
            }
        }
    }

    /// Refuses to replace a folder that is a mount point, or holds entries and no marker.
    package func checkReplaceable() throws(OutputRefusal) {
        guard exists else { return }
        if Self.isMountPoint(path) { throw .mountPoint(path: path) }
        try Self.checkReplaceable(folder: path, display: path)
    }

    /// The check `checkReplaceable` and the publisher share: `folder` is missing, empty or marked.
    static func checkReplaceable(folder: String, display: String) throws(OutputRefusal) {
        guard let names = FolderTree.names(folder) else { return }
        if names.isEmpty || OutputMarker.isPresent(in: folder) { return }
        throw .foreign(path: display, entries: names.count, examples: Array(names.sorted().prefix(3)))
    }

    // MARK: Paths

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `child` lies strictly below `folder`.
    static func isInside(_ child: String, _ folder: String) -> Bool {
        child.hasPrefix(folder == "/" ? "/" : folder + "/") && child != folder
    }

    /// `realpath(3)`: every symlink and `..` resolved; nil when the path does not exist.
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A folder another file system is mounted on (its device differs from its parent's), or
    /// a bind mount of the same file system (listed in `/proc/self/mountinfo`).
    static func isMountPoint(_ path: String) -> Bool {
        var info = stat()
        var parentInfo = stat()
        guard stat(path, &info) == 0, stat(path + "/..", &parentInfo) == 0 else { return false }
        if info.st_dev != parentInfo.st_dev || info.st_ino == parentInfo.st_ino { return true }
        guard let canonical = canonicalPath(path) else { return false }
        return mountPoints().contains(canonical)
    }

    /// The mount points of this process's mount namespace (Linux); empty elsewhere.
    static func mountPoints() -> Set<String> {
        guard let bytes = try? FileBytes.read("/proc/self/mountinfo", limit: 16 << 20) else { return [] }
        var points: Set<String> = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            guard fields.count > 4 else { continue }
            points.insert(unescapeMountField(String(fields[4])))
        }
        return points
    }

    /// mountinfo writes a space, tab, newline and backslash in a path as `\040`, `\011`, `\012`, `\134`.
    static func unescapeMountField(_ field: String) -> String {
        guard field.contains("\\") else { return field }
        var bytes: [UInt8] = []
        let source = Array(field.utf8)
        var index = 0
        while index < source.count {
            if source[index] == 0x5C, index + 3 < source.count,
                let value = UInt8(String(decoding: source[(index + 1)...(index + 3)], as: UTF8.self), radix: 8) {
                bytes.append(value)
                index += 4
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
