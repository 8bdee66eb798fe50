import CommuniqueCore

/// The load stage: lists the input folder and reads each article's bytes into text.
package struct ArticleLoader: Sendable {
    package var options: LoadOptions
    package var manifest: InputManifest

    package init(options: LoadOptions, manifest: InputManifest) {
        self.options = options
        self.manifest = manifest
    }

    /// The articles of `folder` sorted by source id (see `InputListing`).
    package static func sources(in folder: String, manifestName: String, extensions: [String] = LoadOptions.defaultExtensions) throws(ConfigurationError) -> [ArticleSource] {
        try InputListing(folder: folder, manifestName: manifestName, extensions: extensions).sources
    }

    /// Reads one article; never throws: every problem becomes a status.
    package func load(_ source: ArticleSource) -> LoadedArticle {
        var article = LoadedArticle(source: source, text: "", sha256: "", status: .ok, repairedUTF8: false,
                                    manifest: manifest.entries[source.sourceID])
        guard source.kind == .file else {
            article.status = source.kind == .duplicate ? .duplicateID : .notAFile
            return article
        }
        let fileBytes: [UInt8]
        do {
            if let rawPath = source.rawPath {
                fileBytes = try FileBytes.read(rawPath: rawPath, display: source.path, limit: options.maxBytes)
            } else {
                fileBytes = try FileBytes.read(source.path, limit: options.maxBytes)
            }
        } catch {
            article.status = .unreadable
            return article
        }
        if fileBytes.count > options.maxBytes {
            article.status = .tooLarge
            return article
        }
        article.sha256 = ContentHash.hex(fileBytes)
        // One form from here on: UTF-8 without a BOM, LF line ends (see TextForm).
        let (decoded, replaced) = TextForm.utf8(fileBytes)
        let bytes = TextForm.unixLineEnds(decoded)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            article.status = .empty
            return article
        }
        if Self.looksBinary(bytes) {
            article.status = .binary
            return article
        }
        if !replaced, let text = String(validating: bytes, as: UTF8.self) {
            article.text = text
        } else if options.invalidUTF8 == .skip {
            article.status = .notUTF8
        } else {
            article.text = String(decoding: bytes, as: UTF8.self)
            article.repairedUTF8 = true
        }
        return article
    }

    /// NUL bytes or a high share of control bytes in the first 4 KiB mean the file is not text.
    ///
    /// Reads eight bytes at a time and classes bytes one by one only in a word that has one below
    /// 0x20 (text has a line break every few dozen words): a loop over every byte, which stopped
    /// at the first NUL, branched on each.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(4096))
            var nul = 0
            var control = 0
            func count(_ byte: UInt8) {
                if byte == 0 { nul += 1 }
                if byte < 0x09 || (byte > 0x0D && byte < 0x20) { control += 1 }
            }
            var index = 0
            if let base = head.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= head.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    // Some byte of the word is below 0x20 (exact as a test of "any").
                    if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 {
                        for offset in index..<(index + 8) { count(head[offset]) }
                    }
                    index += 8
                }
            }
            while index < head.count {
                count(head[index])
                index += 1
            }
            return nul > 0 || control * 10 > head.count
        }
    }
}
