import CommuniqueCore
/// One row of the input folder's `manifest.csv`.
package struct ManifestEntry: Sendable, Hashable {
    package var published: PartialDate?
    package var outlet: String
    package var url: String
}
