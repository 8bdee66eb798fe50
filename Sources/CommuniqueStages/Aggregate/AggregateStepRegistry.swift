/// Every aggregate step the pipeline file can name. A new step is one type and one line here.
package enum AggregateStepRegistry {
    package static let all: [any AggregateStep.Type] = [
        VisitMergeStep.self,
        TradeSeriesStep.self,
        VisitSummaryStep.self,
    ]

    package static func named(_ name: String) -> (any AggregateStep.Type)? {
        all.first { $0.name == name }
    }

    package static var names: [String] { all.map { $0.name } }
}
