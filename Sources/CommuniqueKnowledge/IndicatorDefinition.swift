import CommuniqueCore

/// An economic indicator the trade_metrics extractor recognises, as the lexicon declares it.
public struct IndicatorDefinition: Sendable, Hashable {
    public enum UnitClass: String, Sendable, Hashable, CaseIterable {
        case money, percent, change, count
    }

    /// How the two countries of a figure are assigned to `country` and `partner`.
    public enum Roles: String, Sendable, Hashable, CaseIterable {
        case symmetric
        case exporterImporter = "exporter_importer"
        case importerExporter = "importer_exporter"
        case recipientInvestor = "recipient_investor"
        case recipientSender = "recipient_sender"
        case hostNationality = "host_nationality"
    }

    public var name: String
    public var units: Set<UnitClass>
    public var roles: Roles
    /// Qualifier every figure of this indicator carries unless the text gives one (`target`).
    public var qualifier: MetricQualifier?
    /// The indicator whose figures become this one after one of its markers or with a future period.
    public var promotes: String?
}
