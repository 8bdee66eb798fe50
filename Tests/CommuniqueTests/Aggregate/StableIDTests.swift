import Crypto
import Testing
@testable import CommuniqueCore
@testable import CommuniqueStages
@testable import CommuniqueSynth

@Suite struct StableIDTests {
    /// The contract's recipe, spelled out with strings: SHA-256 over the parts joined by U+001F.
    static func expected(_ prefix: String, _ parts: [String]) -> String {
        prefix + String(ContentHash.hex(Array(parts.joined(separator: "\u{1F}").utf8)).prefix(16))
    }

    @Test func anIdIsThePrefixAndSixteenHexDigitsOfTheContentsDigest() {
        let parts = ["synth_000001", "agreement", "They signed an agreement on energy.", "energy"]
        #expect(StableID.make("a-", parts) == Self.expected("a-", parts))
        #expect(StableID.make("a-", parts).count == 18)
    }

    @Test func repeatsGetTheirNumberMixedIn() {
        let row = ["s1", "exports", "Exports rose 5%.", "2024"]
        let other = ["s1", "imports", "Imports fell.", "2024"]
        let ids = StableID.assign("m-", [row, other, row, row])
        #expect(ids == [Self.expected("m-", row), Self.expected("m-", other), Self.expected("m-", row + ["1"]), Self.expected("m-", row + ["2"])])
        #expect(Set(ids).count == 4)
    }

    @Test func keysOrderLikeTheIds() {
        let ids = (0..<200).map { StableID.make("d-", ["article", String($0)]) }
        #expect(ids.sorted { StableID.key($0) < StableID.key($1) } == ids.sorted())
    }
}
