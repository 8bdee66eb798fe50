import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueStages
@testable import CommuniquePipeline
@testable import CommuniqueSynth

@Suite struct CorpusGeneratorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static func knowledge() throws -> Knowledge {
        let definition = try PipelineLoader().load(root + "/pipelines/default.yml", input: NSTemporaryDirectory())
        return try KnowledgeLoader().load(definition.knowledge)
    }

    static func temporaryFolder() -> String {
        TestSupport.temporaryFolder("synth")
    }

    /// File name to bytes, manifest included.
    static func contents(_ folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            files[name] = try FileBytes.read(folder + "/" + name)
        }
        return files
    }

    @Test func sameSeedGivesIdenticalBytes() throws {
        let knowledge = try Self.knowledge()
        let first = Self.temporaryFolder()
        let second = Self.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        let a = try CorpusGenerator(knowledge: knowledge, seed: 7).write(articles: 300, to: first)
        // A second generator from freshly loaded knowledge: dictionary order must not matter.
        let b = try CorpusGenerator(knowledge: try Self.knowledge(), seed: 7).write(articles: 300, to: second)
        #expect(a == b)
        let left = try Self.contents(first)
        let right = try Self.contents(second)
        #expect(left.count == 301)
        #expect(left == right)
    }

    @Test func differentSeedsDiffer() throws {
        let knowledge = try Self.knowledge()
        let one = CorpusGenerator(knowledge: knowledge, seed: 1)
        let two = CorpusGenerator(knowledge: knowledge, seed: 2)
        let differing = (0..<50).filter { one.article($0).bytes != two.article($0).bytes }
        #expect(differing.count >= 45)
    }

    @Test func filesAreNamedAndSized() throws {
        #expect(CorpusGenerator.sourceID(42) == "synth_000042")
        let generator = CorpusGenerator(knowledge: try Self.knowledge(), seed: 3)
        let sizes = (0..<400).map { generator.article($0) }.filter { $0.kind == .article }.map(\.bytes.count)
        let mean = sizes.reduce(0, +) / sizes.count
        #expect(mean > 3000 && mean < 5000)
        #expect(sizes.allSatisfy { $0 >= 600 && $0 < 12_000 })
    }

    @Test func junkSharesAppear() throws {
        let generator = CorpusGenerator(knowledge: try Self.knowledge(), seed: 11)
        var counts: [ArticleKind: Int] = [:]
        for index in 0..<2000 {
            let article = generator.article(index)
            counts[article.kind, default: 0] += 1
            let bytes = article.bytes
            switch article.kind {
            case .empty:
                #expect(bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
            case .binary:
                #expect(ArticleLoader.looksBinary(bytes))
            case .invalidUTF8:
                #expect(String(validating: bytes, as: UTF8.self) == nil)
                #expect(!bytes.contains(0))
            case .russian:
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(text.unicodeScalars.filter { (0x0400...0x04FF).contains($0.value) }.count > 200)
            case .long:
                #expect(bytes.count >= 200_000)
                #expect(String(validating: bytes, as: UTF8.self) != nil)
            case .article:
                #expect(String(validating: bytes, as: UTF8.self) != nil)
                #expect(!bytes.isEmpty && !bytes.contains(0))
            }
        }
        #expect(counts[.empty] == 20)
        #expect(counts[.binary] == 20)
        #expect(counts[.invalidUTF8] == 20)
        #expect(counts[.russian] == 20)
        #expect(counts[.long] == 2)
    }

    @Test func theCleanStageSeesTheJunkAsJunk() throws {
        let knowledge = try Self.knowledge()
        let generator = CorpusGenerator(knowledge: knowledge, seed: 5)
        let cleaner = ArticleCleaner(rules: knowledge.boilerplate, languages: knowledge.lexicon.languages, values: knowledge.lexicon.values)
        for index in 0..<1000 {
            let article = generator.article(index)
            switch article.kind {
            case .russian: #expect(cleaner.clean(String(decoding: article.bytes, as: UTF8.self)).language == "ru")
            case .article: #expect(cleaner.clean(String(decoding: article.bytes, as: UTF8.self)).language == "en")
            default: break
            }
        }
    }

    @Test func manifestRowsMatchTheFiles() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generator = CorpusGenerator(knowledge: try Self.knowledge(), seed: 9)
        _ = try generator.write(articles: 250, to: folder)
        let records = try CSVReader().records(try FileBytes.read(folder + "/manifest.csv"))
        #expect(records.first?.fields == ["source_id", "published", "outlet", "url"])
        let rows = records.dropFirst()
        #expect(rows.allSatisfy { $0.fields.count == 4 })
        let ids = rows.map { $0.fields[0] }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "manifest.csv" }
        #expect(ids.sorted() == files.map { String($0.dropLast(".txt".count)) }.sorted())
        #expect(Set(ids).count == 250)
        #expect(files.allSatisfy { $0.hasPrefix("synth_") && $0.hasSuffix(".txt") && $0.count == "synth_000000.txt".count })
        let published = rows.map { $0.fields[1] }
        #expect(published.allSatisfy { $0.isEmpty || PartialDate(iso: $0) != nil })
        let dated = published.filter { !$0.isEmpty }.count
        #expect(dated > 180 && dated < 250)
        // The loader accepts the manifest.
        #expect(try InputManifest.load(folder + "/manifest.csv").entries.count == 250)

        // Writing fewer articles into the same folder removes the extra files.
        _ = try generator.write(articles: 100, to: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 101)
    }

    @Test func minimumBytesIsReached() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generator = CorpusGenerator(knowledge: try Self.knowledge(), seed: 4)
        let (articles, _) = try generator.write(minimumBytes: 300_000, to: folder)
        var total = 0
        for index in 0..<articles { total += try FileBytes.read(folder + "/" + CorpusGenerator.sourceID(index) + ".txt").count }
        #expect(total >= 300_000)
        #expect(total - (try FileBytes.read(folder + "/" + CorpusGenerator.sourceID(articles - 1) + ".txt").count) < 300_000)
    }

    @Test func thePipelineExtractsFacts() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let knowledge = try Self.knowledge()
        _ = try CorpusGenerator(knowledge: knowledge, seed: 21).write(articles: 120, to: folder)
        let definition = try PipelineLoader().load(Self.root + "/pipelines/default.yml", input: folder, output: folder + "-out")
        let report = try PipelineRunner(definition: definition, knowledge: knowledge, pipelineName: "default.yml").process(jobs: 2)
        #expect(report.articles.count == 120)
        let counts = report.rowCounts
        for table in ["visits", "agreements", "trade_metrics", "delegations"] {
            #expect((counts[table] ?? 0) > 0, "no \(table) rows")
        }
    }
}
