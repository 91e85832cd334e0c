import Foundation
import Testing

@testable import Verbatim

@Suite("Reading articles")
struct ArticleReaderTests {
    @Test("a folder is read recursively, .txt only, ids from file names")
    func folder() {
        let (articles, errors) = ArticleReader().readAll([Fixtures.url("Reader/folder").path])
        #expect(errors.isEmpty)
        #expect(articles.map(\.id) == ["a", "b"])
        #expect(articles[1].text.string == "Second, nested.\n")
    }

    @Test("JSON Lines: good lines become articles, bad ones errors with their line numbers")
    func jsonLines() {
        let path = Fixtures.url("Reader/batch.jsonl").path
        let (articles, errors) = ArticleReader().readAll([path])
        #expect(articles.map(\.id) == ["wire-1", "wire-2", "4", "wire-6"])
        #expect(articles[0].headline == "Talks open")
        #expect(articles[0].language == "en")
        #expect(articles[0].source == "Wire A")
        #expect(articles[0].published == "2022-01-10")
        #expect(articles[1].translatedFrom == "de")
        #expect(articles[1].location.line == 2)
        #expect(errors.map(\.location.line) == [3, 5, 7, 8])
        #expect(errors.allSatisfy { $0.location.path == path })
        #expect(errors[1].description.contains("missing \"text\""))
        #expect(errors[3].reason == .empty)
    }

    @Test("a missing path is an error and the batch goes on")
    func missingPath() {
        let (articles, errors) = ArticleReader().readAll(["/no/such/file.txt", Fixtures.url("Reader/folder/a.txt").path])
        #expect(articles.count == 1)
        #expect(errors.count == 1)
        #expect(errors[0].description.hasPrefix("/no/such/file.txt"))
    }

    @Test("the seeds read as five UTF-8 articles named by their files")
    func seeds() {
        let (articles, errors) = ArticleReader().readAll([Fixtures.repository.appending(path: "seeds").path])
        #expect(errors.isEmpty)
        #expect(articles.count == 5)
        #expect(articles.allSatisfy { $0.decoding.encoding == "UTF-8" && $0.id.count == 20 })
    }
}
