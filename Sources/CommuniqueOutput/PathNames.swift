import Foundation

/// Paths as the published files name them: relative to the output folder's parent, so a
/// manifest says the same on every machine.
package enum PathNames {
    /// `path` relative to the parent of `output` when it lies below it, else its last component.
    package static func relative(_ path: String, to output: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent().path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : URL(fileURLWithPath: path).lastPathComponent
    }
}
