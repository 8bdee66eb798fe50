/// Every extractor the pipeline file can name. A new extractor is one type and one line here.
package enum ExtractorRegistry {
    package static let all: [any Extractor.Type] = [
        VisitExtractor.self,
        AgreementExtractor.self,
        DelegationExtractor.self,
        TradeMetricExtractor.self,
    ]

    package static func named(_ name: String) -> (any Extractor.Type)? {
        all.first { $0.name == name }
    }

    package static var names: [String] { all.map { $0.name } }
}
