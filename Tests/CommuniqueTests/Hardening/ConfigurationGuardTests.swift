import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniquePipeline

/// Issue 15, part 8: configuration that cannot wipe a dataset. Each mistake is a `validate`
/// error (exit 2) naming the file, line and key, and `run` refuses it before any work.
@Suite struct ConfigurationGuardTests {
    @Test(arguments: [
        ("tables: [articles, visits, articles]\n", "", "pipeline.yml:@tables:: tables: table 'articles' is listed twice"),
        ("tables: []\n", "", "pipeline.yml:@tables:: tables: lists no table"),
        ("", "min_words: 0", "pipeline.yml:@min_words:: stages[1].min_words: must be at least 1 word, not 0"),
        ("", "min_words: -3", "pipeline.yml:@min_words:: stages[1].min_words: must be at least 1 word, not -3"),
        ("", "conflict_tolerance_pct: -1", "stages[3].steps[1].conflict_tolerance_pct: must be a percentage of 0 or more, not -1.0"),
        ("", "merge_within_days: -2", "stages[2].extractors[0].merge_within_days: must be 0 or more days, not -2"),
    ])
    func aMistakeIsAValidateErrorWithFileLineAndKey(extra: String, option: String, message: String) throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("config")
        let stages: String
        switch option {
        case let o where o.hasPrefix("min_words"): stages = TestSupport.stages(clean: [o])
        case let o where o.hasPrefix("conflict"):
            stages = TestSupport.stages(steps: ["visit_merge", "{name: trade_series, \(o)}", "visit_summary"])
        case let o where o.hasPrefix("merge"):
            stages = TestSupport.stages(extractors: ["{name: visits, \(o)}", "agreements", "delegations", "trade_metrics"])
        default: stages = TestSupport.stages()
        }
        let pipeline = TestSupport.pipeline(in: folder, input: TestSupport.root + "/seeds", output: folder + "/out", extra: extra, stages: stages)
        // `@key:` stands for the line of the pipeline that holds `key:`.
        var expected = message
        if let at = message.firstIndex(of: "@"), let colon = message[at...].firstIndex(of: ":") {
            let key = String(message[message.index(after: at)...colon])
            expected = message.replacingCharacters(in: at...colon, with: "\(Hardening.line(of: key, in: pipeline))")
        }
        let validate = try Hardening.run(["validate", pipeline], in: folder)
        #expect(validate.status == 2)
        #expect(validate.stderr.contains(expected), "\(validate.stderr)")
        let run = try Hardening.run(["run", pipeline], in: folder)
        #expect(run.status == 2)
        #expect(FileKind.of(folder + "/out") == nil)
    }

    @Test func aZeroToleranceIsExactAgreementAndValid() throws {
        let folder = TestSupport.temporaryFolder("zero")
        let pipeline = TestSupport.pipeline(in: folder, input: TestSupport.root + "/seeds", output: folder + "/out",
                                            stages: TestSupport.stages(steps: ["visit_merge", "{name: trade_series, conflict_tolerance_pct: 0}", "visit_summary"]))
        _ = try PipelineLoader().load(pipeline)
    }

    @Test func anInputThatIsAFileSaysItIsNotAFolder() throws {
        try #require(TestSupport.binary != nil, "\(Hardening.binaryMissing)")
        let folder = TestSupport.temporaryFolder("input")
        TestSupport.write("Putin visited Bishkek.\n", to: folder + "/article.txt")
        let run = try Hardening.run(["run", TestSupport.defaultPipeline, "--input", folder + "/article.txt", "--output", folder + "/out"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--input \(folder)/article.txt: cannot read: it is a regular file, not a folder of articles"), "\(run.stderr)")
        let pipeline = TestSupport.pipeline(in: folder, input: folder + "/article.txt", output: folder + "/out")
        let validate = try Hardening.run(["validate", pipeline], in: folder)
        #expect(validate.status == 2)
        #expect(validate.stderr.contains("pipeline.yml:\(Hardening.line(of: "input:", in: pipeline)): input: \(folder)/article.txt is a regular file, not a folder of articles"), "\(validate.stderr)")
    }
}
