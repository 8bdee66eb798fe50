import Foundation
import Synchronization
import Testing
@testable import CommuniqueCore
@testable import CommuniqueKnowledge
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline
@testable import CommuniqueSynth

/// Issue 14: extract in shards, merge in any order, the same bytes as one run.
@Suite struct PartialMergeTests {
    /// A synthetic corpus, its runner and the files of one `process`.
    struct Corpus {
        let folder: String
        let runner: PipelineRunner
        let files: [String: [UInt8]]
    }

    static let corpus: Corpus = {
        let folder = TestSupport.temporaryFolder("partials")
        let knowledge = TestSupport.knowledge
        _ = try! CorpusGenerator(knowledge: knowledge, seed: 23).write(articles: 400, to: folder + "/in")
        let definition = try! PipelineLoader().load(TestSupport.defaultPipeline, input: folder + "/in", output: folder + "/out")
        var runner = PipelineRunner(definition: definition, knowledge: knowledge, pipelineName: "default.yml")
        let report = try! runner.process(jobs: 2)
        // The same run read in passes of 64 articles must give the same files too.
        runner.passArticles = 64
        let passes = try! runner.process(jobs: 2)
        precondition(passes.files.map(\.bytes) == report.files.map(\.bytes), "passes change the files")
        runner.passArticles = 32_768
        return Corpus(folder: folder, runner: runner, files: Dictionary(uniqueKeysWithValues: report.files.map { ($0.name, $0.bytes) }))
    }()

    /// Writes shard `index` of `count` of the corpus to a partial and returns its path.
    static func partial(_ index: Int, of count: Int, in folder: String, runner: PipelineRunner = corpus.runner) throws -> String {
        let path = folder + "/part-\(index)-of-\(count).partial"
        let shard = Shard(index: index, count: count)
        var writer = try PartialWriter(path: path, header: runner.partialHeader(shard: shard))
        let collected = Mutex<[ArticleRecords]>([])
        let summary = try runner.extract(shard: shard, jobs: 2) { _, records in collected.withLock { $0.append(records) } }
        for records in collected.withLock({ $0 }) { try writer.add(records) }
        try writer.finish(summary)
        return path
    }

    @Test(arguments: [1, 2, 7, 64])
    func shardsMergedInAnyOrderGiveTheRunsBytes(count: Int) throws {
        let folder = TestSupport.temporaryFolder("shards")
        var partials = try (0..<count).map { try Self.partial($0, of: count, in: folder) }
        // A fixed shuffle of the partials (Fisher-Yates on the synthetic corpus's generator).
        var generator = SplitMix64(seed: UInt64(count))
        for index in stride(from: partials.count - 1, to: 0, by: -1) { partials.swapAt(index, generator.below(index + 1)) }
        let merged = try Self.corpus.runner.merge(partials, jobs: 2)
        #expect(merged.files.map(\.name) == Self.corpus.files.keys.sorted { a, b in
            merged.files.firstIndex { $0.name == a }! < merged.files.firstIndex { $0.name == b }!
        })
        for file in merged.files {
            #expect(file.bytes == Self.corpus.files[file.name], "\(file.name) differs with \(count) shards")
        }
    }

    @Test func theSameShardTwiceOrShardsOfTwoSplitsAreRefused() throws {
        let folder = TestSupport.temporaryFolder("shards")
        let first = try Self.partial(0, of: 2, in: folder)
        let copy = folder + "/copy.partial"
        try FileManager.default.copyItem(atPath: first, toPath: copy)
        #expect(throws: PartialError.sameShard("0/2", first: first, second: copy)) {
            _ = try Self.corpus.runner.merge([first, copy], jobs: 1)
        }
        let other = try Self.partial(1, of: 3, in: folder)
        #expect(throws: PartialError.mixedSplits(["2", "3"])) { _ = try Self.corpus.runner.merge([first, other], jobs: 1) }
    }

    @Test func aPartialOfAnotherPipelineOrCutShortIsRefused() throws {
        let folder = TestSupport.temporaryFolder("shards")
        let path = try Self.partial(0, of: 1, in: folder)
        var other = Self.corpus.runner
        other.definition.sha256 = String(repeating: "0", count: 64)
        do {
            _ = try other.merge([path], jobs: 1)
            Issue.record("a partial of another pipeline was merged")
        } catch let error as PartialError {
            guard case .incompatible(let file, "pipeline_sha256", _, _) = error else { throw error }
            #expect(file == path)
        }
        let bytes = try FileBytes.read(path)
        let cut = folder + "/cut.partial"
        TestSupport.write(Array(bytes.prefix(bytes.count - 40)), to: cut)
        #expect(throws: PartialError.self) { _ = try Self.corpus.runner.merge([cut], jobs: 1) }
        TestSupport.write(Array("not a partial\n{}\n".utf8), to: cut)
        #expect(throws: PartialError.malformed(file: cut, reason: "it does not start with COMMUNIQUE-PARTIAL")) {
            _ = try Self.corpus.runner.merge([cut], jobs: 1)
        }
    }

    /// Reports of one visit that disagree in dates, visitor spelling and status, one per partial:
    /// every order of the partials gives the same bytes.
    @Test func visitMergeIsTheSameForEveryOrderOfThePartials() throws {
        let folder = TestSupport.temporaryFolder("visit-orders")
        let runner = Self.corpus.runner
        let reports: [(source: String, visitor: String, dates: String, status: VisitStatus, city: String)] = [
            ("p1", "Narendra Modi", "2024-07-08/2024-07-09", .held, ""),
            ("p2", "", "2024-07-09", .held, "Moscow"),
            ("p3", "Modi", "2024-07", .held, "Moscow"),
            ("p4", "Narendra Modi", "2024-07-08", .planned, "Kazan"),
        ]
        var partials: [String] = []
        for (index, report) in reports.enumerated() {
            var facts = ArticleFacts(article: ArticleRow(sourceID: report.source))
            let parts = report.dates.split(separator: "/").map { PartialDate(iso: String($0))! }
            facts.visits = [VisitMention(visitor: report.visitor, visitorCountry: "IN", hostCountry: "RU", city: report.city,
                                         dates: DateSpan(start: parts[0], end: parts.count > 1 ? parts[1] : nil), status: report.status,
                                         sourceID: report.source, evidence: "Report \(report.source).", sentenceIndex: 0)]
            var delegation = DelegationRow()
            (delegation.sourceID, delegation.group, delegation.evidence) = (report.source, "business", "Delegation \(index).")
            delegation.delegationID = StableID.assign("d-", [[report.source, "business", delegation.evidence]])[0]
            facts.delegations = [DelegationFact(row: delegation, visitIndex: 0, sentenceIndex: 0, rule: "")]
            let path = folder + "/\(report.source).partial"
            var writer = try PartialWriter(path: path, header: runner.partialHeader(shard: Shard(index: index, count: reports.count)))
            try writer.add(ArticleRecords(facts, writer: CSVWriter()))
            var summary = InputSummary()
            summary.articles = 1
            try writer.finish(summary)
            partials.append(path)
        }
        var reference: [[UInt8]]?
        var order = Array(partials.indices)
        func permute(_ k: Int) throws {
            if k == order.count {
                let files = try runner.merge(order.map { partials[$0] }, jobs: 1).files.map(\.bytes)
                if let reference { #expect(files == reference, "order \(order)") } else { reference = files }
                return
            }
            for i in k..<order.count {
                order.swapAt(k, i)
                try permute(k + 1)
                order.swapAt(k, i)
            }
        }
        try permute(0)
        let visits = try runner.merge(partials, jobs: 1).rows("visits")
        // p3 spells the visitor otherwise and is its own visit, which p2 (no visitor) joins: of the
        // named visits its day overlaps, p3's starts first (July 1). p4 announces p1's visit: one
        // visit, held, with p4's city and the narrower day.
        #expect(visits.count == 2)
        #expect(visits.contains { $0["source_ids"] == "p2;p3" && $0["start_date"] == "2024-07-09" && $0["city"] == "Moscow" })
        #expect(visits.contains { $0["source_ids"] == "p1;p4" && $0["start_date"] == "2024-07-08" && $0["status"] == "held" && $0["city"] == "Kazan" })
        let delegations = try runner.merge(partials, jobs: 1).rows("delegations")
        #expect(Set(delegations.map { $0["visit_id"]! }).count == 2)
    }
}
