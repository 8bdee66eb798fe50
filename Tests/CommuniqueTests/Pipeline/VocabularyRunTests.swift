import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline
@testable import CommuniqueSynth

/// A run never writes a value outside a column's declared vocabulary or type.
@Suite struct VocabularyRunTests {
    static let articles = 20_000
    /// Vocabulary columns the synthetic corpus never fills: its templates never qualify a document's value.
    static let unfilled: Set<String> = ["agreements.value_qualifier"]

    /// Every cell of every table of a large synthetic run, read back from the published files
    /// (gunzipped with zlib, parsed with libcsv), checked against its column's declaration.
    @Test func everyCellOfALargeSyntheticRunIsInItsColumnsVocabularyOrType() throws {
        let folder = TestSupport.temporaryFolder("vocabulary")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let knowledge = TestSupport.knowledge
        _ = try CorpusGenerator(knowledge: knowledge, seed: 20).write(articles: Self.articles, to: folder + "/in")
        let definition = try PipelineLoader().load(TestSupport.defaultPipeline, input: folder + "/in", output: folder + "/out")
        let report = try PipelineRunner(definition: definition, knowledge: knowledge, pipelineName: "default.yml")
            .process(jobs: ProcessInfo.processInfo.activeProcessorCount)
        let publisher = OutputPublisher(output: folder + "/out")
        try publisher.publish(try publisher.stage(report.files))

        #expect(report.articles.count == Self.articles)
        let schemas = [ArticleRow.schema, VisitRow.schema, AgreementRow.schema, TradeMetricRow.schema, DelegationRow.schema,
                       TradeSeriesRow.schema, VisitSummaryRow.schema]
        #expect(Set(schemas.map(\.name)) == Set(PipelineDefinition.allTables))
        for schema in schemas {
            let records = try TestSupport.table(folder + "/out/" + schema.name + ".csv.gz")
            #expect(records.first == schema.header)
            #expect(records.count - 1 == report.rowCounts[schema.name], "\(schema.name)")
            #expect(records.count > 1_000, "\(schema.name) should have rows to check")
            let columns = schema.columns.map(CellConformance.init)
            // Values seen per vocabulary column, so the check cannot pass on empty columns.
            var seen = [Set<String>](repeating: [], count: columns.count)
            var problems: [String] = []
            for (line, record) in records.dropFirst().enumerated() {
                guard record.count == columns.count else {
                    problems.append("\(schema.name) row \(line + 1): \(record.count) cells for \(columns.count) columns")
                    continue
                }
                for (index, cell) in record.enumerated() {
                    if let problem = columns[index].problem(cell), problems.count < 20 {
                        problems.append("\(schema.name) row \(line + 1) \(columns[index].column.name) '\(cell)': \(problem)")
                    }
                    if columns[index].allowed != nil, !cell.isEmpty { seen[index].insert(cell) }
                }
            }
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
            for (index, conformance) in columns.enumerated() where conformance.allowed != nil && !Self.unfilled.contains(schema.name + "." + conformance.column.name) {
                #expect(!seen[index].isEmpty, "\(schema.name).\(conformance.column.name) never has a value")
            }
        }
    }
}
