import Crypto

/// SHA-256 over bytes that arrive in pieces, as `ContentHash.hex` gives for them all at once.
public struct ContentHasher {
    private var hasher = Crypto.SHA256()

    public init() {}

    public mutating func update<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if let done = bytes.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) {
            return done
        }
        hasher.update(data: Array(bytes))
    }

    /// The digest as lowercase hex.
    public func hex() -> String {
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in hasher.finalize() {
            hex.append(ContentHash.digits[Int(byte >> 4)])
            hex.append(ContentHash.digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
