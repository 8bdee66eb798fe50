import Crypto

/// Hex SHA-256 digests (through swift-crypto) for inputs, outputs and stable ids.
public enum ContentHash {
    static let digits = Array("0123456789abcdef".utf8)

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
}
