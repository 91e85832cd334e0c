/// The quote stage: adds ``Document/quotes`` (with speakers) and ``Document/persons``.
public struct QuoteStage: Sendable {
    public var extractor = QuoteExtractor()
    public var attributor = SpeakerAttributor()

    public init() {}

    public func apply(to document: inout Document) {
        var quotes = extractor.quotes(in: document)
        document.persons = attributor.attribute(&quotes, in: document)
        document.quotes = quotes
    }
}
