/// Abbreviations after which a full stop does not end a sentence, per language, from the data
/// file `Lexicons/segmentation/abbreviations.txt`:
///
/// ```text
/// verbatim-abbreviations: 1
/// [en]
/// Mr Mrs Dr Gen Lt …
/// ```
public enum Abbreviations {
    /// The highest format version this build reads.
    public static let formatVersion = 1

    /// Language → abbreviations, from the built-in file.
    public static let builtin: [String: Set<String>] = parse(BuiltinData.file("segmentation/abbreviations.txt") ?? "")

    /// Parses the abbreviations format; unknown or newer versions give an empty table.
    public static func parse(_ text: String) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        var language: String?
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("verbatim-abbreviations:") {
                let version = Int(line.dropFirst("verbatim-abbreviations:".count).trimmingSpaces()) ?? 0
                if version < 1 || version > formatVersion { return [:] }
                continue
            }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                language = String(line.dropFirst().dropLast())
                continue
            }
            guard let language else { continue }
            for word in line.split(separator: " ") { result[language, default: []].insert(String(word)) }
        }
        return result
    }
}
