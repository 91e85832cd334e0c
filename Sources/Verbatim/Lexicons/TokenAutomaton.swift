/// A step of a compiled pattern: one token with a given key, or of a token class.
enum PatternAtom: Hashable, Sendable {
    case key(Int32)
    case any, number, capitalized, lowercase

    /// Index among the class edges of a state (any, number, capitalized, lowercase).
    var classIndex: Int? {
        switch self {
        case .key: return nil
        case .any: return 0
        case .number: return 1
        case .capitalized: return 2
        case .lowercase: return 3
        }
    }
}

/// Per-token class bits, computed once per document.
enum TokenClassBits {
    static let number: UInt8 = 1
    static let capitalized: UInt8 = 2
    static let lowercase: UInt8 = 4
}

/// The vocabulary of a compiled lexicon set: every literal key, interned to an `Int32` id,
/// in an open-addressing table that looks up UTF-16 buffers without building strings.
struct KeyTable: Sendable {
    /// A slot of the open-addressing table: the key's id (-1 for an empty slot), its hash, and
    /// where its units are, so that a lookup touches one slot and the key's units.
    private struct Slot {
        var id: Int32 = -1
        var hash: UInt32 = 0
        var start: Int32 = 0
        var length: Int32 = 0
    }

    private var units: [UInt16] = []
    private var slots: [Slot] = []
    private var mask = 0
    let count: Int

    init(keys: [[UInt16]]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        slots = [Slot](repeating: Slot(), count: capacity)
        mask = capacity - 1
        count = keys.count
        for (id, key) in keys.enumerated() {
            let hash = Self.hash(key)
            var slot = hash & mask
            while slots[slot].id >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(
                id: Int32(id), hash: UInt32(truncatingIfNeeded: hash), start: Int32(units.count), length: Int32(key.count))
            units += key
        }
    }

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One step of the key hash (FNV-1a over UTF-16 units).
    @inline(__always)
    static func hash(_ hash: UInt64, _ unit: UInt16) -> UInt64 {
        (hash ^ UInt64(unit)) &* 0x0000_0100_0000_01b3
    }

    @inline(__always)
    static func finish(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    @inline(__always)
    static func hash<C: Collection<UInt16>>(_ key: C) -> Int {
        var value = hashSeed
        for unit in key { value = hash(value, unit) }
        return finish(value)
    }

    /// The id of a key, or -1 when no lexicon literal has it.
    @inline(__always)
    func id(of key: UnsafeBufferPointer<UInt16>) -> Int32 {
        id(of: key, hash: Self.hash(key))
    }

    /// The id of a key whose ``hash(_:)`` is known.
    @inline(__always)
    func id(of key: UnsafeBufferPointer<UInt16>, hash: Int) -> Int32 {
        guard !key.isEmpty else { return -1 }
        var slot = hash & mask
        let shortHash = UInt32(truncatingIfNeeded: hash)
        return slots.withUnsafeBufferPointer { slots in
            units.withUnsafeBufferPointer { units in
                while true {
                    let entry = slots[slot]
                    if entry.id < 0 { return -1 }
                    if entry.hash == shortHash, Int(entry.length) == key.count {
                        let start = Int(entry.start)
                        var index = 0
                        while index < key.count, units[start + index] == key[index] { index += 1 }
                        if index == key.count { return entry.id }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}

/// A nondeterministic automaton over token keys and classes that holds every pattern of a
/// matcher, run once over a document's tokens with a set of active states.
///
/// Construction shares prefixes: while a pattern's alternatives stay few, its states are trie
/// nodes that other patterns reuse (so "head|chief of …" patterns of several lexicons start
/// with the same two states); once they multiply, the pattern continues through private
/// join states, which keeps the automaton linear in the size of the patterns instead of the
/// number of their expansions.
struct TokenAutomaton: Sendable {
    static let root: Int32 = 0
    /// What the hot loop needs to know about a state, in one place (one cache line holds several).
    struct StateRecord {
        /// Its literal edges: `edgeKeys[edgeStart..<edgeStart + edgeCount]`, keys ascending.
        var edgeStart: Int32
        var edgeCount: Int32
        /// -1, or the index of its four class edges (any, number, capitalized, lowercase) in `classTargets`.
        var classBase: Int32
        /// Patterns it accepts: `acceptedPatterns[acceptStart..<acceptStart + acceptCount]`.
        var acceptStart: Int32
        var acceptCount: Int32
    }

    /// The automaton's tables, flat, in memory that the hot loop reads without bounds checks
    /// or reference counting. Immutable after construction.
    ///
    /// An edge's target is a state (`>= 0`), a list of states (`-2 - i`: the states
    /// `lists[listStarts[i]..<listStarts[i + 1]]`) or nothing (`-1`).
    private final class Tables: @unchecked Sendable {
        let states: UnsafeBufferPointer<StateRecord>
        let edgeKeys: UnsafeBufferPointer<Int32>
        let edgeTargets: UnsafeBufferPointer<Int32>
        /// The root's literal edges by key id (the root is stepped at every token).
        let rootTargets: UnsafeBufferPointer<Int32>
        let classTargets: UnsafeBufferPointer<Int32>
        let listStarts: UnsafeBufferPointer<Int32>
        let lists: UnsafeBufferPointer<Int32>
        let acceptedPatterns: UnsafeBufferPointer<Int32>

        init(states: [StateRecord], edgeKeys: [Int32], edgeTargets: [Int32], rootTargets: [Int32],
             classTargets: [Int32], listStarts: [Int32], lists: [Int32], acceptedPatterns: [Int32]) {
            self.states = Self.copy(states)
            self.edgeKeys = Self.copy(edgeKeys)
            self.edgeTargets = Self.copy(edgeTargets)
            self.rootTargets = Self.copy(rootTargets)
            self.classTargets = Self.copy(classTargets)
            self.listStarts = Self.copy(listStarts)
            self.lists = Self.copy(lists)
            self.acceptedPatterns = Self.copy(acceptedPatterns)
        }

        deinit {
            states.deallocate()
            for buffer in [edgeKeys, edgeTargets, rootTargets, classTargets, listStarts, lists, acceptedPatterns] {
                buffer.deallocate()
            }
        }

        private static func copy<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
            let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(1, array.count))
            _ = buffer.initialize(from: array)
            return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
        }

        /// The target of a state's literal edge for a key.
        @inline(__always)
        func literalTarget(_ state: Int32, _ record: StateRecord, _ key: Int32) -> Int32 {
            if state == TokenAutomaton.root { return Int(key) < rootTargets.count ? rootTargets[Int(key)] : -1 }
            let first = Int(record.edgeStart)
            let last = first + Int(record.edgeCount)
            if record.edgeCount <= 8 {
                for index in first..<last where edgeKeys[index] == key { return edgeTargets[index] }
                return -1
            }
            var low = first
            var high = last
            while low < high {
                let middle = (low + high) >> 1
                if edgeKeys[middle] < key { low = middle + 1 } else { high = middle }
            }
            return low < last && edgeKeys[low] == key ? edgeTargets[low] : -1
        }
    }

    private let tables: Tables
    let stateCount: Int

    /// A pattern as the builder takes it: items of alternatives of atom sequences.
    struct PatternShape {
        var items: [(alternatives: [[PatternAtom]], isOptional: Bool)]
    }

    /// A match ending at a token: pattern id, first token, end (exclusive).
    struct Candidate {
        var pattern: Int32
        var start: Int32
        var end: Int32
    }

    /// An active state and the token where its match began.
    private struct Thread: Equatable {
        var state: Int32
        var start: Int32
    }

    /// A small set of threads in a buffer that grows and is never shrunk or released until the run ends.
    private struct ThreadSet {
        var threads = UnsafeMutablePointer<Thread>.allocate(capacity: 64)
        var capacity = 64
        var count = 0

        @inline(__always)
        func contains(_ thread: Thread) -> Bool {
            for index in 0..<count where threads[index] == thread { return true }
            return false
        }

        @inline(__always)
        mutating func append(_ thread: Thread) {
            if count == capacity {
                let larger = UnsafeMutablePointer<Thread>.allocate(capacity: capacity * 2)
                larger.moveInitialize(from: threads, count: count)
                threads.deallocate()
                threads = larger
                capacity *= 2
            }
            (threads + count).initialize(to: thread)
            count += 1
        }

        func deallocate() {
            threads.deallocate()
        }
    }

    /// Compiles patterns; `keyCount` is the size of the vocabulary their `.key` atoms use.
    init(patterns: [PatternShape], keyCount: Int) {
        var builder = Builder()
        for (index, pattern) in patterns.enumerated() {
            builder.add(pattern, id: Int32(index))
        }
        stateCount = builder.edges.count
        var states: [StateRecord] = []
        var edgeKeys: [Int32] = []
        var edgeTargets: [Int32] = []
        var rootTargets = [Int32](repeating: -1, count: keyCount)
        var classTargets: [Int32] = []
        var listStarts: [Int32] = [0]
        var lists: [Int32] = []
        var acceptedPatterns: [Int32] = []
        func target(_ states: [Int32]) -> Int32 {
            if states.count == 1 { return states[0] }
            lists += states
            listStarts.append(Int32(lists.count))
            return -2 - Int32(listStarts.count - 2)
        }
        states.reserveCapacity(stateCount)
        for state in 0..<stateCount {
            var record = StateRecord(
                edgeStart: Int32(edgeKeys.count), edgeCount: 0, classBase: -1,
                acceptStart: Int32(acceptedPatterns.count), acceptCount: Int32(builder.accepts[state].count))
            acceptedPatterns += builder.accepts[state]
            var classes: [Int32] = [-1, -1, -1, -1]
            var literals: [(key: Int32, target: Int32)] = []
            for (atom, list) in builder.edges[state] {
                switch atom {
                case .key(let key): literals.append((key, target(list)))
                default: classes[atom.classIndex!] = target(list)
                }
            }
            literals.sort { $0.key < $1.key }
            if state == Int(Self.root) {
                for literal in literals { rootTargets[Int(literal.key)] = literal.target }
            } else {
                edgeKeys += literals.map(\.key)
                edgeTargets += literals.map(\.target)
                record.edgeCount = Int32(literals.count)
            }
            if classes.contains(where: { $0 != -1 }) {
                record.classBase = Int32(classTargets.count)
                classTargets += classes
            }
            states.append(record)
        }
        tables = Tables(
            states: states, edgeKeys: edgeKeys, edgeTargets: edgeTargets, rootTargets: rootTargets,
            classTargets: classTargets, listStarts: listStarts, lists: lists, acceptedPatterns: acceptedPatterns)
    }

    /// Runs the automaton over a document's tokens. `segments[i]` is the segment (paragraph) of
    /// token `i`; no match crosses from one segment to the next. Every match of every pattern is
    /// reported (overlaps included) as a candidate.
    func run(
        keys: UnsafeBufferPointer<Int32>, classes: UnsafeBufferPointer<UInt8>, segments: UnsafeBufferPointer<Int32>,
        into candidates: inout [Candidate]
    ) {
        let tables = self.tables
        // Active threads before and after the current token (`count` of each in use).
        var current = ThreadSet()
        var next = ThreadSet()
        defer {
            current.deallocate()
            next.deallocate()
        }
        for index in 0..<keys.count {
            if index > 0, segments[index] != segments[index - 1] { current.count = 0 }
            next.count = 0
            let key = keys[index]
            let bits = classes[index]
            let end = Int32(index + 1)

            func enter(_ state: Int32, _ start: Int32) {
                let thread = Thread(state: state, start: start)
                if next.contains(thread) { return }
                next.append(thread)
                let record = tables.states[Int(state)]
                if record.acceptCount > 0 {
                    let lower = Int(record.acceptStart)
                    for accepted in lower..<(lower + Int(record.acceptCount)) {
                        candidates.append(Candidate(pattern: tables.acceptedPatterns[accepted], start: start, end: end))
                    }
                }
            }

            func push(_ target: Int32, _ start: Int32) {
                if target >= 0 {
                    enter(target, start)
                } else if target < -1 {
                    let list = Int(-2 - target)
                    for position in Int(tables.listStarts[list])..<Int(tables.listStarts[list + 1]) {
                        enter(tables.lists[position], start)
                    }
                }
            }

            func step(_ state: Int32, _ start: Int32) {
                let record = tables.states[Int(state)]
                if key >= 0 { push(tables.literalTarget(state, record, key), start) }
                let base = Int(record.classBase)
                if base >= 0 {
                    let classes = tables.classTargets
                    push(classes[base], start)
                    if bits & TokenClassBits.number != 0 { push(classes[base + 1], start) }
                    if bits & TokenClassBits.capitalized != 0 { push(classes[base + 2], start) }
                    if bits & TokenClassBits.lowercase != 0 { push(classes[base + 3], start) }
                }
            }

            step(Self.root, Int32(index))
            for position in 0..<current.count {
                let thread = current.threads[position]
                step(thread.state, thread.start)
            }
            swap(&current, &next)
        }
    }

    // MARK: - Construction

    private struct Builder {
        /// Per state: atom → target states.
        var edges: [[PatternAtom: [Int32]]] = [[:]]
        /// Per trie state: atom → the trie child that other patterns may share.
        var children: [[PatternAtom: Int32]] = [[:]]
        /// Whether a state is a trie node: reached by exactly one path from the root.
        var isTrie: [Bool] = [true]
        var accepts: [[Int32]] = [[]]

        /// How many states a pattern's frontier may hold before it continues through a join state.
        static let frontierLimit = 16

        mutating func newState(trie: Bool) -> Int32 {
            edges.append([:])
            children.append([:])
            isTrie.append(trie)
            accepts.append([])
            return Int32(edges.count - 1)
        }

        mutating func addEdge(_ from: Int32, _ atom: PatternAtom, _ to: Int32) {
            var list = edges[Int(from)][atom, default: []]
            if !list.contains(to) {
                list.append(to)
                edges[Int(from)][atom] = list
            }
        }

        /// Follows (or makes) the trie path of `atoms` from a trie state.
        mutating func trieWalk(from state: Int32, _ atoms: [PatternAtom]) -> Int32 {
            var state = state
            for atom in atoms {
                if let child = children[Int(state)][atom] {
                    state = child
                } else {
                    let child = newState(trie: true)
                    children[Int(state)][atom] = child
                    addEdge(state, atom, child)
                    state = child
                }
            }
            return state
        }

        /// Adds a private path of `atoms` from `state` to `target`.
        mutating func privatePath(from state: Int32, _ atoms: [PatternAtom], to target: Int32) {
            var state = state
            for (index, atom) in atoms.enumerated() {
                let next = index == atoms.count - 1 ? target : newState(trie: false)
                addEdge(state, atom, next)
                state = next
            }
        }

        mutating func add(_ pattern: PatternShape, id: Int32) {
            var frontier: [Int32] = [TokenAutomaton.root]
            for item in pattern.items {
                let alternatives = item.alternatives.filter { !$0.isEmpty }
                if alternatives.isEmpty {
                    if item.isOptional { continue }
                    return  // can never match
                }
                var next: [Int32] = []
                let allTrie = frontier.allSatisfy { isTrie[Int($0)] }
                if allTrie, frontier.count * alternatives.count <= Self.frontierLimit {
                    for state in frontier {
                        for atoms in alternatives { next.append(trieWalk(from: state, atoms)) }
                    }
                } else {
                    let join = newState(trie: false)
                    for state in frontier {
                        for atoms in alternatives { privatePath(from: state, atoms, to: join) }
                    }
                    next = [join]
                }
                if item.isOptional { next += frontier }
                var seen: Set<Int32> = []
                frontier = next.filter { seen.insert($0).inserted }
            }
            for state in frontier where state != TokenAutomaton.root {
                if !accepts[Int(state)].contains(id) { accepts[Int(state)].append(id) }
            }
        }
    }
}
