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
    private var units: [UInt16] = []
    /// Entry `i` is `units[offsets[i]..<offsets[i + 1]]`.
    private var offsets: [Int32] = [0]
    private var slots: [Int32] = []
    private var mask = 0

    init(keys: [[UInt16]]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for key in keys {
            let id = Int32(offsets.count - 1)
            units += key
            offsets.append(Int32(units.count))
            var slot = Self.hash(key) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = id
        }
    }

    var count: Int { offsets.count - 1 }

    @inline(__always)
    static func hash<C: Collection<UInt16>>(_ key: C) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in key {
            hash = (hash ^ UInt64(unit)) &* 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The id of a key, or -1 when no lexicon literal has it.
    @inline(__always)
    func id(of key: UnsafeBufferPointer<UInt16>) -> Int32 {
        var slot = Self.hash(key) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return -1 }
            let start = Int(offsets[Int(id)])
            let end = Int(offsets[Int(id) + 1])
            if end - start == key.count {
                var equal = true
                var index = 0
                while index < key.count {
                    if units[start + index] != key[index] {
                        equal = false
                        break
                    }
                    index += 1
                }
                if equal { return id }
            }
            slot = (slot + 1) & mask
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
    private static let emptySlot = UInt64.max

    /// Literal edges: `(state << 32) | key` → index of a target list.
    private var edgeSlots: [UInt64] = []
    private var edgeLists: [Int32] = []
    private var edgeMask = 0
    /// Per state: -1, or the index of its four class edge lists in `classLists`.
    private var classBase: [Int32] = []
    /// Target list index per class edge, -1 when absent.
    private var classLists: [Int32] = []
    /// Target list `i` is `targets[listStarts[i]..<listStarts[i + 1]]`.
    private var listStarts: [Int32] = [0]
    private var targets: [Int32] = []
    /// Per state `s`: accepted patterns `acceptedPatterns[acceptStarts[s]..<acceptStarts[s + 1]]`.
    private var acceptStarts: [Int32] = [0]
    private var acceptedPatterns: [Int32] = []

    private(set) var stateCount = 0

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

    init(patterns: [PatternShape]) {
        var builder = Builder()
        for (index, pattern) in patterns.enumerated() {
            builder.add(pattern, id: Int32(index))
        }
        self.init(builder)
    }

    private init(_ builder: Builder) {
        stateCount = builder.edges.count
        var capacity = 16
        let literalCount = builder.edges.reduce(0) { $0 + $1.keys.count }
        while capacity < literalCount * 2 { capacity *= 2 }
        edgeSlots = [UInt64](repeating: Self.emptySlot, count: capacity)
        edgeLists = [Int32](repeating: -1, count: capacity)
        edgeMask = capacity - 1
        classBase = [Int32](repeating: -1, count: stateCount)
        func addList(_ list: [Int32]) -> Int32 {
            targets += list
            listStarts.append(Int32(targets.count))
            return Int32(listStarts.count - 2)
        }
        for state in 0..<stateCount {
            var classes: [Int32] = [-1, -1, -1, -1]
            var hasClass = false
            for (atom, list) in builder.edges[state] {
                let index = addList(list)
                switch atom {
                case .key(let key):
                    let packed = Self.pack(Int32(state), key)
                    var slot = Self.slot(packed) & edgeMask
                    while edgeSlots[slot] != Self.emptySlot { slot = (slot + 1) & edgeMask }
                    edgeSlots[slot] = packed
                    edgeLists[slot] = index
                default:
                    classes[atom.classIndex!] = index
                    hasClass = true
                }
            }
            if hasClass {
                classBase[state] = Int32(classLists.count)
                classLists += classes
            }
            acceptedPatterns += builder.accepts[state]
            acceptStarts.append(Int32(acceptedPatterns.count))
        }
    }

    @inline(__always)
    private static func pack(_ state: Int32, _ key: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: key))
    }

    @inline(__always)
    private static func slot(_ packed: UInt64) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    @inline(__always)
    private func literalList(_ state: Int32, _ key: Int32) -> Int32 {
        let packed = Self.pack(state, key)
        var slot = Self.slot(packed) & edgeMask
        while true {
            let found = edgeSlots[slot]
            if found == packed { return edgeLists[slot] }
            if found == Self.emptySlot { return -1 }
            slot = (slot + 1) & edgeMask
        }
    }

    /// Runs the automaton over a document's tokens. `segments[i]` is the segment (paragraph) of
    /// token `i`; no match crosses from one segment to the next. Every match of every pattern is
    /// reported (overlaps included) as a candidate.
    func run(keys: [Int32], classes: [UInt8], segments: [Int32], into candidates: inout [Candidate]) {
        var current: [Thread] = []
        var next: [Thread] = []
        current.reserveCapacity(64)
        next.reserveCapacity(64)
        for index in 0..<keys.count {
            if index > 0, segments[index] != segments[index - 1] { current.removeAll(keepingCapacity: true) }
            next.removeAll(keepingCapacity: true)
            let key = keys[index]
            let bits = classes[index]
            let end = Int32(index + 1)

            func push(_ list: Int32, _ start: Int32) {
                let lower = Int(listStarts[Int(list)])
                let upper = Int(listStarts[Int(list) + 1])
                for position in lower..<upper {
                    let thread = Thread(state: targets[position], start: start)
                    if next.contains(thread) { continue }
                    next.append(thread)
                    let state = Int(thread.state)
                    let acceptLower = Int(acceptStarts[state])
                    let acceptUpper = Int(acceptStarts[state + 1])
                    if acceptLower < acceptUpper {
                        for accepted in acceptLower..<acceptUpper {
                            candidates.append(Candidate(pattern: acceptedPatterns[accepted], start: start, end: end))
                        }
                    }
                }
            }

            func step(_ state: Int32, _ start: Int32) {
                if key >= 0 {
                    let list = literalList(state, key)
                    if list >= 0 { push(list, start) }
                }
                let base = Int(classBase[Int(state)])
                if base >= 0 {
                    if classLists[base] >= 0 { push(classLists[base], start) }
                    if bits & TokenClassBits.number != 0, classLists[base + 1] >= 0 { push(classLists[base + 1], start) }
                    if bits & TokenClassBits.capitalized != 0, classLists[base + 2] >= 0 {
                        push(classLists[base + 2], start)
                    }
                    if bits & TokenClassBits.lowercase != 0, classLists[base + 3] >= 0 {
                        push(classLists[base + 3], start)
                    }
                }
            }

            step(Self.root, Int32(index))
            for thread in current { step(thread.state, thread.start) }
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
