import ArgumentParser
import CommuniqueSynth
import Foundation

/// `communique-bench pathological`: the cost of articles built to be expensive (every figure of
/// an article in one sentence, no sentence ends, one huge table), each alone in a child process:
/// seconds and peak memory per input MB, at two sizes, so growth faster than the size shows.
struct PathologicalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pathological",
        abstract: "Seconds and MB per input MB of generated pathological articles, at several sizes.")

    @Argument(help: "The pipeline file (its knowledge and stage options are used; nothing is published).")
    var pipeline: String = "pipelines/default.yml"

    @Option(parsing: .upToNextOption, help: "Article sizes in KB (10^3 bytes).")
    var kilobytes: [Int] = [100, 1000]

    @Option(parsing: .upToNextOption, help: "Kinds of article (default: all).")
    var kinds: [String] = PathologicalArticle.allCases.map(\.rawValue)

    func validate() throws {
        guard !kilobytes.isEmpty, kilobytes.allSatisfy({ $0 >= 1 }) else { throw ValidationError("--kilobytes must be positive") }
        for kind in kinds where PathologicalArticle(rawValue: kind) == nil {
            throw ValidationError("unknown kind \(kind) (expected one of: \(PathologicalArticle.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        let root = "/tmp/communique-pathological"
        // The base: the same process on one ordinary short article (knowledge, buffers).
        let base = try Self.measure(text: "Putin visited Astana on Monday for talks with Tokayev about trade.\n", in: root + "/base", pipeline: pipeline)
        print("base: one short article: \(BenchFiles.fixed(base.processSeconds, 3)) s, peak RSS \(Self.megabytes(base.peakRSSKiB)) MB")
        print("kind               KB      s   s/MB   peak MB  (peak-base)/MB   rows")
        var worst = (seconds: 0.0, memory: 0.0)
        for kind in kinds.compactMap(PathologicalArticle.init(rawValue:)) {
            for size in kilobytes {
                let text = kind.text(bytes: size * 1000)
                let result = try Self.measure(text: text, in: root + "/\(kind.rawValue)-\(size)", pipeline: pipeline)
                let mb = Double(text.utf8.count) / 1e6
                let extra = Double(max(0, result.peakRSSKiB - base.peakRSSKiB)) * 1024 / 1e6
                let rows = result.rows.filter { $0.key != "articles" }.values.reduce(0, +)
                print("\(kind.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) \(String(format: "%6d %6.2f %6.2f %9.1f %15.1f %6d", size, result.processSeconds, result.processSeconds / mb, Self.megabytes(result.peakRSSKiB), extra / mb, rows))")
                if size >= 1000 { worst = (max(worst.seconds, result.processSeconds / mb), max(worst.memory, extra / mb)) }
            }
        }
        if kilobytes.contains(where: { $0 >= 1000 }) {
            print("target: a 1 MB article in under 2 s and 200 MB: \(worst.seconds < 2 && worst.memory < 200 ? "met" : "NOT met") "
                + "(worst \(BenchFiles.fixed(worst.seconds, 2)) s/MB, \(BenchFiles.fixed(worst.memory, 1)) MB/MB above the base)")
        }
    }

    static func megabytes(_ kib: Int) -> Double { Double(kib) * 1024 / 1e6 }

    /// Writes `text` as the only article of `folder` and measures one pass over it with one worker.
    static func measure(text: String, in folder: String, pipeline: String) throws -> BenchPassResult {
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/article.txt", atomically: true, encoding: .utf8)
        return try BenchCommand.childPass(corpus: folder, jobs: 1, pipeline: pipeline)
    }
}
