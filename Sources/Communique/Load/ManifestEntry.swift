/// One row of the input folder's `manifest.csv`.
public struct ManifestEntry: Sendable, Hashable {
    public var published: PartialDate?
    public var outlet: String
    public var url: String
}
