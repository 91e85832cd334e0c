import Foundation
import Testing

@testable import Verbatim

/// Verbatim calls the system ICU in the same process as Foundation, which carries its own ICU
/// copy on Linux. These tests exercise both side by side.
@Suite("ICU next to Foundation")
struct ICUInteropTests {
    @Test("the system ICU answers with its own version")
    func systemVersion() {
        let version = ICU.version
        #expect(version.split(separator: ".").count >= 2)
        #expect(Int(version.split(separator: ".")[0]) ?? 0 >= 60)
    }

    @Test("Foundation's case mapping still works after the system ICU is loaded")
    func foundationCaseMapping() throws {
        // Load and use the system ICU first.
        #expect(ICUNormalizer.nfkcCasefold.normalize("STRASSE ﬁ") == "strasse fi")
        let turkish = Locale(identifier: "tr_TR")
        #expect("istanbul".uppercased(with: turkish) == "İSTANBUL")
        #expect("DİYARBAKIR".lowercased(with: turkish) == "diyarbakır")
        #expect("straße".uppercased(with: Locale(identifier: "de_DE")) == "STRASSE")
        #expect(("Ärger" as NSString).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) == "arger")
    }

    @Test("Foundation's number formatting and the system ICU's locale data agree")
    func numberFormattingSideBySide() throws {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "de_DE")
        formatter.numberStyle = .decimal
        let foundation = formatter.string(from: 100000)
        let symbols = try ICUNumberSymbols(locale: "de")
        #expect(foundation == "100\(symbols.groupingSeparator)000")
        #expect(symbols.decimalSeparator == ",")
    }

    @Test("system ICU services work from several threads while Foundation is in use")
    func concurrentUse() async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let analyzer = TextAnalyzer()
                    let article = Article(id: "t\(index)", text: "Dr. Müller said „ﬁne“. The U.S. agreed.")
                    let document = try analyzer.analyze(article)
                    let foundation = "ÄRGER".lowercased(with: Locale(identifier: "de"))
                    return document.sentences.count == 2 && foundation == "ärger"
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}
