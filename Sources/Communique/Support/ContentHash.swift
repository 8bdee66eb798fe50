import Crypto

/// Hex SHA-256 digests (through swift-crypto) for inputs, outputs and stable ids.
public enum ContentHash {
    public static func hex(_ bytes: [UInt8]) -> String {
        var hex = ""
        hex.reserveCapacity(64)
        for byte in Crypto.SHA256.hash(data: bytes) {
            hex += String(byte, radix: 16).leftPadded(to: 2)
        }
        return hex
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
