import Crypto

/// Hex SHA-256 digests (through swift-crypto) for inputs, outputs and stable ids.
public enum ContentHash {
    public static let digits = Array("0123456789abcdef".utf8)

    public static func hex(_ bytes: [UInt8]) -> String {
        hex([bytes])
    }

    /// The digest of the pieces one after the other.
    public static func hex(_ chunks: [[UInt8]]) -> String {
        var hasher = Crypto.SHA256()
        for chunk in chunks { hasher.update(data: chunk) }
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in hasher.finalize() {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The first 8 bytes of the SHA-256 of `bytes`, as a big-endian integer.
    public static func leadingUInt64(_ bytes: [UInt8]) -> UInt64 {
        var value: UInt64 = 0
        for byte in Crypto.SHA256.hash(data: bytes).prefix(8) { value = value << 8 | UInt64(byte) }
        return value
    }
}
