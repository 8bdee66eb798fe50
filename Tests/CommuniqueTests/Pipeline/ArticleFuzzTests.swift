import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueStages
@testable import CommuniquePipeline
@testable import CommuniqueSynth

/// Random and mutated articles through load, clean and extract: no crash, no hang, bounded output.
@Suite struct ArticleFuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static func mutate(_ seed: [UInt8], _ random: inout Random) -> [UInt8] {
        var bytes = seed
        switch random.below(8) {
        case 0: bytes = Array(bytes.prefix(random.below(bytes.count + 1)))                // truncation
        case 1: for _ in 0..<(1 + random.below(40)) where !bytes.isEmpty {                 // byte flips
                bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next()) }
        case 2: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "x"), count: 50_000 + random.below(50_000)), at: random.below(bytes.count + 1)) // a huge line
        case 3: for _ in 0..<(1 + random.below(20)) { bytes.insert(0, at: random.below(bytes.count + 1)) } // NULs
        case 4: bytes = Array(String(repeating: "<div><span>", count: 3000 + random.below(3000)).utf8) + bytes // deep HTML
        case 5: bytes = (0..<random.below(4000)).map { _ in UInt8(truncatingIfNeeded: random.next()) } // noise
        case 6: // shuffled sentences of the seed
            var parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map(Array.init)
            for i in parts.indices.reversed() where i > 0 { parts.swapAt(i, random.below(i + 1)) }
            bytes = Array(parts.joined(separator: [UInt8(ascii: ".")]))
        default: // numbers and dates in odd places
            let noise = ["$", "%", "1,800", "2016-2017", "Feb. 26-", "US$", " billion", "–", "\u{2009}", "3/7/2017", "12.", "one-third of"]
            for _ in 0..<(1 + random.below(30)) { bytes.insert(contentsOf: Array(noise[random.below(noise.count)].utf8), at: random.below(bytes.count + 1)) }
        }
        return bytes
    }

    @Test func tenThousandMutatedArticles() throws {
        let knowledge = TestSupport.knowledge
        let seeds = try FileManager.default.contentsOfDirectory(atPath: TestSupport.root + "/seeds").filter { $0.hasSuffix(".txt") }.sorted()
            .map { try FileBytes.read(TestSupport.root + "/seeds/" + $0) }
        let cleaner = ArticleCleaner(rules: knowledge.boilerplate, languages: knowledge.lexicon.languages, values: knowledge.lexicon.values)
        let extractor = ArticleExtractor(knowledge: knowledge, options: ExtractOptions())
        var random = Random(state: 20_261_122)
        var rows = 0
        for i in 0..<10_000 {
            let bytes = Self.mutate(seeds[i % seeds.count], &random)
            let text = String(decoding: bytes, as: UTF8.self)
            let clean = cleaner.clean(text)
            let facts = extractor.extract(ArticleRow(sourceID: "fuzz\(i)"), manifestDate: i % 2 == 0 ? PartialDate(year: 2017, month: 2, day: 28) : nil, clean: clean)
            let count = facts.visits.count + facts.agreements.count + facts.metrics.count + facts.delegations.count
            // Facts are bounded by the sentences that carry them.
            #expect(count <= 4 * max(clean.sentences.count, 1) + 8, "article \(i) gave \(count) rows from \(clean.sentences.count) sentences")
            rows += count
        }
        #expect(rows > 0)
    }

    @Test func loaderClassifiesRandomFiles() throws {
        let folder = TestSupport.temporaryFolder("fuzzload")
        var random = Random(state: 7)
        for i in 0..<300 {
            let bytes = (0..<random.below(3000)).map { _ in UInt8(truncatingIfNeeded: random.next() % (i % 2 == 0 ? 256 : 128)) }
            TestSupport.write(bytes, to: folder + "/f\(i).txt")
        }
        let sources = try ArticleLoader.sources(in: folder, manifestName: "manifest.csv")
        let loader = ArticleLoader(options: LoadOptions(), manifest: InputManifest())
        for source in sources {
            let article = loader.load(source)
            #expect([.ok, .empty, .binary].contains(article.status) || article.repairedUTF8)
        }
    }
}
