import CommuniqueCore

/// An economic indicator the trade_metrics extractor recognises, as the lexicon declares it.
package struct IndicatorDefinition: Sendable, Hashable {
    package enum UnitClass: String, Sendable, Hashable, CaseIterable {
        case money, percent, change, count
    }

    /// How the two countries of a figure are assigned to `country` and `partner`.
    package enum Roles: String, Sendable, Hashable, CaseIterable {
        case symmetric
        case exporterImporter = "exporter_importer"
        case importerExporter = "importer_exporter"
        case recipientInvestor = "recipient_investor"
        case recipientSender = "recipient_sender"
        case hostNationality = "host_nationality"
    }

    package var name: String
    package var units: Set<UnitClass>
    package var roles: Roles
    /// Qualifier every figure of this indicator carries unless the text gives one (`target`).
    package var qualifier: MetricQualifier?
    /// The indicator whose figures become this one after one of its markers or with a future period.
    package var promotes: String?
}
