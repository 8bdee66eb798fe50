/// Why the job will not publish into an output folder: publishing would replace or delete
/// something it did not make. Raised before any work (exit code 2); nothing is changed.
package enum OutputRefusal: Error, Equatable, CustomStringConvertible {
    /// The output path names something that is not a folder (a regular file, a FIFO...).
    case notAFolder(path: String, kind: String)
    /// The output is a symlink whose target does not exist.
    case danglingSymlink(path: String)
    /// The folder the output would be created in does not exist.
    case missingParent(path: String, parent: String)
    /// The output is `/`, which cannot be replaced.
    case root
    /// The output is a mount point: it cannot be swapped with a staging folder atomically.
    case mountPoint(path: String)
    /// The output folder holds entries and no marker: it is not an earlier output of the job.
    case foreign(path: String, entries: Int, examples: [String])
    /// The output is, contains or lies inside something the run reads.
    case overlap(path: String, what: String, other: String, relation: String)

    package var description: String {
        let nothing = "nothing was changed"
        switch self {
        case .notAFolder(let path, let kind):
            return "refusing to publish into \(path): it is \(kind), not a folder; \(nothing). Name a new or empty folder (or one an earlier run published)"
        case .danglingSymlink(let path):
            return "refusing to publish into \(path): it is a symbolic link to a folder that does not exist; \(nothing)"
        case .missingParent(let path, let parent):
            return "refusing to publish into \(path): its parent folder \(parent) does not exist; \(nothing)"
        case .root:
            return "refusing to publish into /: it cannot be replaced; \(nothing)"
        case .mountPoint(let path):
            return "refusing to publish into \(path): it is a mount point, which cannot be swapped atomically with a new output; \(nothing). Publish into a folder inside it instead (--output \(path)/dataset)"
        case .foreign(let path, let entries, let examples):
            let shown = examples.map { "'\($0)'" }.joined(separator: ", ")
            return "refusing to publish into \(path): it holds \(entries) \(entries == 1 ? "entry" : "entries") (\(shown)\(entries > examples.count ? ", ..." : "")) and no \(OutputMarker.name) marker, so it is not an output of this job and publishing would delete them; \(nothing). Name a new or empty folder; if it is an output of an earlier version of the job, create the marker once: touch \(path)/\(OutputMarker.name)"
        case .overlap(let path, let what, let other, let relation):
            switch relation {
            case "is": return "refusing to publish into \(path): it is \(what) \(other), which publishing would replace; \(nothing)"
            case "contains": return "refusing to publish into \(path): it contains \(what) \(other), which publishing would delete; \(nothing)"
            default: return "refusing to publish into \(path): it lies inside \(what) \(other), which the run reads; publish beside it, not in it; \(nothing)"
            }
        }
    }
}
