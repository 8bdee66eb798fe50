import Foundation
import Testing
@testable import CommuniqueOutput

@Suite struct JSONTextTests {
    /// The streamed `inputs` entries must be the bytes `JSONEncoder` writes for the same manifest.
    @Test(arguments: ["plain_id", "quote\"and\\backslash", "tab\tnew\nline\r\u{8}\u{c}", "\u{1}\u{1f}\u{7f}", "é/ü 中文 \u{2028}", ""])
    func streamedEntriesMatchTheEncoder(sourceID: String) throws {
        let input = RunManifest.Input(sourceID: sourceID, sha256: "ab", status: "ok")
        let manifest = RunManifest(job: "communique", version: "1", pipeline: .init(name: "p", file: "p.yml", sha256: "s"),
                                   knowledge: [:], format: "csv", inputs: [input, input], outputs: [:], stages: [:])
        let encoded = try DatasetFiles.json(manifest)
        var empty = manifest
        empty.inputs = []
        let entries = RunManifest.inputEntry(sourceID: sourceID, sha256: "ab", status: "ok")
        let stream = ByteStream(segments: 2) { segment, out in out += (segment == 0 ? [] : [0x2C, 0x0A]) + entries }
        let streamed = try DatasetFiles.manifestFile(empty, inputs: stream, folder: nil).bytes
        #expect(String(decoding: streamed, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }
}
