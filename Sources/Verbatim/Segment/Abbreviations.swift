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

    /// Parses the abbreviations format; a file that does not parse gives an empty table.
    public static func parse(_ text: String) -> [String: Set<String>] {
        guard let data = try? DataFile(parsing: text, file: "abbreviations.txt", kind: "abbreviations",
                                       supportedVersion: formatVersion, sections: true)
        else { return [:] }
        var result: [String: Set<String>] = [:]
        for line in data.lines { if let language = line.section { result[language, default: []].formUnion(data.words(section: language)) } }
        return result
    }
}
