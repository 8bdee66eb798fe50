import CommuniqueCore
import CommuniqueKnowledge
import CommuniquePipeline
import CommuniqueText
import ArgumentParser
import Foundation

/// `communique bench-values`: throughput of the value grammar alone, on a large text.
///
/// The text is the input folder's articles repeated until it reaches `--megabytes`; each
/// recogniser scans it sentence by sentence, as the extract stage does.
struct ValuesBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-values", abstract: "Measure the number, money and date recognisers' throughput in MB/s.")

    @Option(help: "Folder of articles whose text is repeated.")
    var input: String = "seeds"

    @Option(help: "Size of the text to scan, in MB.")
    var megabytes: Int = 50

    @Option(help: "The pipeline file whose lexicon gives the grammar's words.")
    var pipeline: String = "pipelines/default.yml"

    func run() throws {
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: input).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOfFile: input + "/" + name, encoding: .utf8)
            lines += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
        guard !lines.isEmpty else { throw ValidationError("no .txt articles in \(input)") }
        var corpus: [String] = []
        var bytes = 0
        while bytes < megabytes * 1_000_000 {
            for line in lines {
                corpus.append(line)
                bytes += line.utf8.count + 1
            }
        }
        let definition = try PipelineLoader().load(pipeline)
        let lexicon = try KnowledgeLoader().load(definition.knowledge).lexicon.values
        let quantities = QuantityRecognizer(lexicon: lexicon)
        let dates = DateRecognizer(dct: PartialDate(year: 2024, month: 5, day: 27), numericOrder: .dayFirst, lexicon: lexicon)
        func measure(_ name: String, _ body: (String) -> Int) {
            let clock = ContinuousClock()
            var found = 0
            let elapsed = clock.measure {
                for line in corpus { found += body(line) }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print(String(format: "%@: %.1f MB in %.2f s = %.1f MB/s (%d values)", name, Double(bytes) / 1e6, seconds, Double(bytes) / 1e6 / seconds, found))
        }
        measure("quantities") { quantities.quantities(in: $0).count }
        measure("dates") { dates.dates(in: $0).count }
    }
}
