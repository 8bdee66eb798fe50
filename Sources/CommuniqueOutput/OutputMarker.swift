import CommuniqueCore

/// The file the job writes into every folder it publishes and every staging folder it makes.
///
/// Publication replaces the output folder whole and clean-up removes staging folders, so both
/// act only on folders that carry this marker (or an output folder that is missing or empty):
/// a folder of the user's that happens to be named like an output is never touched.
package enum OutputMarker {
    package static let name = ".communique-output"
    /// Fixed bytes, so a published folder (kept in git) does not change from run to run.
    package static let text = """
        This folder is published by Communiqué (communique run). Each run replaces the whole folder:
        do not keep other files in it. The job replaces or removes only folders that hold this file.

        """

    /// True when `folder` holds the marker as a regular file (a symlink named like it does not count).
    package static func isPresent(in folder: String) -> Bool {
        FileKind.of(folder + "/" + name, followingLinks: false) == .regular
    }
}
