import Crypto

/// Hex SHA-256 digests (through swift-crypto) for inputs, outputs and stable ids.
public enum ContentHash {
    static let digits = Array("0123456789abcdef".utf8)

    public static func hex(_ bytes: [UInt8]) -> String {
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in Crypto.SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
