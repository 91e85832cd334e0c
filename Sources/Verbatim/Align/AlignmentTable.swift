/// The renderings of one cluster aligned word by word in one table, as CollateX prints its
/// alignment table: one row per rendering (the canonical one first), one column per aligned
/// position. Every canonical word has a column; the words a rendering has where the canonical
/// one has none (insertions, and words moved here) stand in the gap columns between them.
///
/// Built from the pairwise alignments of ``QuoteCluster/alignments`` (each rendering against
/// the canonical one), so the table needs no alignment of its own. It is plain data: a report
/// renders it, and a store can keep it.
public struct AlignmentTable: Sendable, Hashable, Codable {
    /// One word of a rendering in the table.
    public struct Word: Sendable, Hashable, Codable {
        /// The word as the article writes it.
        public var text: String
        /// How it differs from the canonical word in its column; nil where it does not.
        public var difference: DifferenceKind?
        /// Code point offsets of the word in its article, half-open.
        public var start: Int
        public var end: Int

        public init(text: String, difference: DifferenceKind? = nil, start: Int, end: Int) {
            self.text = text
            self.difference = difference
            self.start = start
            self.end = end
        }
    }

    /// What a rendering has at one position.
    public struct Cell: Sendable, Hashable, Codable {
        public var words: [Word]
        /// Why the cell is empty where the canonical rendering has a word: `.omission`, or
        /// `.moved` when the word stands elsewhere in this rendering. Nil otherwise.
        public var absence: DifferenceKind?

        public init(words: [Word] = [], absence: DifferenceKind? = nil) {
            self.words = words
            self.absence = absence
        }
    }

    public enum ColumnKind: String, Sendable, Hashable, Codable {
        /// A word of the canonical rendering.
        case canonical
        /// Between two canonical words: words only some renderings have.
        case gap
    }

    public struct Row: Sendable, Hashable, Codable {
        /// The rendering's quote id in the report ("q7").
        public var quote: String
        public var isCanonical: Bool
        /// One cell per column of the table.
        public var cells: [Cell]

        public init(quote: String, isCanonical: Bool, cells: [Cell]) {
            self.quote = quote
            self.isCanonical = isCanonical
            self.cells = cells
        }
    }

    /// The cluster id ("c3").
    public var cluster: String
    public var columns: [ColumnKind]
    /// The canonical rendering first, then the other full renderings in batch order.
    public var rows: [Row]

    public init(cluster: String, columns: [ColumnKind], rows: [Row]) {
        self.cluster = cluster
        self.columns = columns
        self.rows = rows
    }

    /// The table of one cluster. `renderings` are the batch's (``CorpusAnalysis/renderings``),
    /// `quoteID` names a quote as the report does. Fragments are not aligned and have no row.
    public init(cluster: QuoteCluster, renderings: [Rendering], documents: [Document],
                quoteID: (QuoteReference) -> String) {
        let byReference = Dictionary(renderings.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })
        self.cluster = cluster.id
        guard let base = byReference[cluster.canonical] else {
            self.columns = []
            self.rows = []
            return
        }
        let baseDocument = documents[base.reference.document]
        let wordCount = base.tokens.count
        // Columns: gap 0, word 0, gap 1, word 1, …, word n-1, gap n.
        func wordColumn(_ index: Int) -> Int { 2 * index + 1 }
        func gapColumn(before index: Int) -> Int { 2 * index }
        func word(_ token: Int, in document: Document, _ difference: DifferenceKind? = nil) -> Word {
            let range = document.tokens[token].range
            let (start, end) = document.text.scalarRange(range)
            return Word(text: document.text[range], difference: difference, start: start, end: end)
        }
        var rows: [Row] = []
        var canonicalCells = [Cell](repeating: Cell(), count: 2 * wordCount + 1)
        for index in 0..<wordCount {
            canonicalCells[wordColumn(index)].words = [word(base.tokens.lowerBound + index, in: baseDocument)]
        }
        rows.append(Row(quote: quoteID(cluster.canonical), isCanonical: true, cells: canonicalCells))
        for member in cluster.members where member != cluster.canonical {
            guard let alignment = cluster.alignments[member], let witness = byReference[member] else { continue }
            let document = documents[member.document]
            // Differences by the witness's and the base's absolute token index.
            var atWitness: [Int: DifferenceKind] = [:]
            var atBase: [Int: DifferenceKind] = [:]
            for difference in alignment.differences {
                if let tokens = difference.witnessTokens { for token in tokens { atWitness[token] = difference.kind } }
                if difference.witnessTokens == nil, let tokens = difference.baseTokens {
                    for token in tokens { atBase[token] = difference.kind }
                }
                if difference.kind == .moved, let tokens = difference.baseTokens {
                    for token in tokens { atBase[token] = .moved }
                }
            }
            var cells = [Cell](repeating: Cell(), count: 2 * wordCount + 1)
            var nextBase = 0
            for pair in alignment.pairs {
                switch (pair.base, pair.witness) {
                case let (i?, j?):
                    let token = witness.tokens.lowerBound + j
                    cells[wordColumn(i)].words.append(word(token, in: document, atWitness[token]))
                    nextBase = i + 1
                case let (i?, nil):
                    cells[wordColumn(i)].absence = atBase[base.tokens.lowerBound + i]
                    nextBase = i + 1
                case let (nil, j?):
                    let token = witness.tokens.lowerBound + j
                    cells[gapColumn(before: nextBase)].words.append(word(token, in: document, atWitness[token] ?? .insertion))
                case (nil, nil):
                    continue
                }
            }
            rows.append(Row(quote: quoteID(member), isCanonical: false, cells: cells))
        }
        // Drop the gap columns no rendering fills.
        var keep: [Int] = []
        var columns: [ColumnKind] = []
        for column in 0..<(2 * wordCount + 1) {
            if column % 2 == 1 {
                keep.append(column)
                columns.append(.canonical)
            } else if rows.contains(where: { !$0.cells[column].words.isEmpty }) {
                keep.append(column)
                columns.append(.gap)
            }
        }
        self.columns = columns
        self.rows = rows.map { row in
            var row = row
            row.cells = keep.map { row.cells[$0] }
            return row
        }
    }
}
