import Foundation
import Testing

@testable import Verbatim

@Suite("Clusters, alignment and speakers")
struct ClusteringTests {
    struct ArticleFixture: Decodable {
        var id: String
        var text: String
        var translated_from: String?
    }

    struct FixtureFile: Decodable { var batches: [String: [ArticleFixture]] }

    static func batch(_ name: String) throws -> (documents: [Document], result: ScanPipeline.BatchResult) {
        let file = try JSONDecoder().decode(FixtureFile.self, from: Fixtures.data("Clusters/batches.json"))
        let scanner = try ScanPipeline()
        let documents = try (file.batches[name] ?? []).map {
            try scanner.process(Article(id: $0.id, text: $0.text, language: "en", translatedFrom: $0.translated_from))
        }
        return (documents, try scanner.analyzeBatch(documents))
    }

    /// The clusters that hold full quotes, as lists of document ids.
    static func clusterDocuments(_ documents: [Document], _ result: ScanPipeline.BatchResult) -> [[String]] {
        result.analysis.clusters.filter { !$0.members.isEmpty }.map { $0.members.map { documents[$0.document].id } }
    }

    @Test("an idiom translated two ways still joins its original")
    func idiom() throws {
        let (documents, result) = try Self.batch("idiom")
        #expect(Self.clusterDocuments(documents, result) == [["orig", "mt"]])
    }

    @Test("a rendering that is a clause of a longer one joins it")
    func partial() throws {
        let (documents, result) = try Self.batch("partial")
        #expect(Self.clusterDocuments(documents, result) == [["long", "clause"]])
    }

    @Test("two different quotes of one speaker do not merge")
    func sameSpeaker() throws {
        let (documents, result) = try Self.batch("same-speaker")
        #expect(Self.clusterDocuments(documents, result).count == 2)
    }

    @Test("a moved word is a transposition, and the original rendering is canonical")
    func transposition() throws {
        let (documents, result) = try Self.batch("moved")
        let cluster = try #require(result.analysis.clusters.first { $0.members.count == 2 })
        #expect(documents[cluster.canonical.document].id == "orig")
        let alignment = try #require(cluster.alignments.values.first)
        let moved = alignment.differences.filter { $0.kind == .moved }
        #expect(moved.map(\.witnessText) == ["hear"])
        #expect(alignment.differences.contains { $0.kind == .insertion && $0.witnessText == "have" })
        // The detector turns it into a word-order artifact spanning the displacement.
        let artifacts = result.artifacts[1].filter { $0.category == .wordOrder }
        #expect(artifacts.map { documents[1].text[$0.range] } == ["will have a clear message hear"])
    }

    @Test("titles of one person cluster, with the machine-translated outlier reported")
    func titles() throws {
        let (documents, result) = try Self.batch("titles")
        let sherman = try #require(result.analysis.speakers.first { $0.name == "Wendy Sherman" })
        #expect(sherman.titleGroups.count == 2)
        #expect(sherman.canonicalTitle.map { documents[$0.document].id } != "c")
        #expect(sherman.outliers.map(\.title) == ["Vice Foreign Minister"])
        #expect(sherman.outliers.map { documents[$0.document].id } == ["c"])
        #expect(result.artifacts[2].contains { $0.category == .title && $0.evidence == .titleOutlier })
    }

    @Test("number formats, spellings and typography are told apart from other substitutions")
    func substitutionKinds() {
        #expect(RenderingAligner.substitutionKind("100.000", "100,000") == .numberFormat)
        #expect(RenderingAligner.substitutionKind("ryabkov", "riabkov") == .spelling)
        #expect(RenderingAligner.substitutionKind("forego", "refrain") == .substitution)
    }

    @Test("the seeds: five utterances with several renderings, each one cluster")
    func seeds() throws {
        let scanner = try ScanPipeline()
        let (articles, _) = ArticleReader().readAll([Fixtures.repository.appending(path: "seeds").path])
        let documents = try articles.map { try scanner.process($0) }
        let result = try scanner.analyzeBatch(documents)
        let several = result.analysis.clusters.filter { $0.members.count + $0.fragments.count > 1 }
        #expect(several.count == 5)
        // No cluster joins two different utterances of one speaker: members of a cluster share wording.
        for cluster in several where cluster.members.count > 1 {
            #expect(Set(cluster.members.map(\.document)).count == cluster.members.count)
        }
    }
}
