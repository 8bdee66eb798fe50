import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniqueSynth

/// Issue 15, part 4: an article costs time and memory in proportion to its size. Generated
/// pathological articles (every figure in one sentence, no sentence ends, one huge table) run
/// through the real executable, each under a generous bound that the old super-linear paths
/// (a minute for 100 KB of figures, a 482 MB table for 127 KB of groups) are far beyond.
@Suite struct ArticleCostTests {
    static let size = 100_000

    @Test(arguments: PathologicalArticle.allCases)
    func aPathologicalArticleStaysWithinBounds(kind: PathologicalArticle) throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("cost")
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        let text = kind.text(bytes: Self.size)
        TestSupport.write(text, to: folder + "/in/article.txt")
        let started = Date()
        let run = try Hardening.run(["run", TestSupport.defaultPipeline, "--input", folder + "/in", "--output", folder + "/out", "--quiet", "--jobs", "1"],
                                    in: folder, timeout: 120)
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 0, "\(run.stderr)")
        // A debug build on a shared machine: 100 KB took 0.1 to 0.5 s, and a minute before the cap.
        #expect(seconds < 20, "\(kind.rawValue): \(seconds) s")
        var csvBytes = 0
        for table in ["agreements", "trade_metrics", "delegations", "visits"] {
            let rows = try TestSupport.table(folder + "/out/\(table).csv.gz")
            csvBytes += rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } }
            if let evidence = rows.first?.firstIndex(of: "evidence") {
                let longest = rows.dropFirst().map { $0[evidence].utf8.count }.max() ?? 0
                #expect(longest <= SentenceSplitter.maxSentenceBytes, "\(kind.rawValue) \(table): evidence of \(longest) bytes")
            }
        }
        #expect(csvBytes < 100 * text.utf8.count, "\(kind.rawValue): \(csvBytes) bytes of tables")
    }

    @Test func aLongRunOfTextIsCutAtTheNearestBoundary() {
        let clause = "exports rose 5% to $1 billion, "
        let text = Array(String(repeating: clause, count: 200).utf8)
        let sentences = SentenceSplitter.sentenceBytes(text)
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.count <= SentenceSplitter.maxSentenceBytes })
        #expect(sentences.dropLast().allSatisfy { $0.last == UInt8(ascii: ",") })
        #expect(sentences.reduce(0) { $0 + $1.count } + sentences.count - 1 == text.count - 1)
        // No boundary at all: cut at the cap, never inside a character.
        let letters = Array(String(repeating: "é", count: 3000).utf8)
        let pieces = SentenceSplitter.sentenceBytes(letters)
        #expect(pieces.allSatisfy { String(validating: $0, as: UTF8.self) != nil && $0.count <= SentenceSplitter.maxSentenceBytes })
        #expect(pieces.reduce(0) { $0 + $1.count } == letters.count)
        // An ordinary sentence is not touched.
        #expect(SentenceSplitter.sentences(Array("Putin visited Astana. He met Tokayev.".utf8)) == ["Putin visited Astana.", "He met Tokayev."])
    }
}
