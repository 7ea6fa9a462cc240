/// The key paths a JSONL schema needs, as a tree, so the parser builds only those values.
struct JSONPathTrie: Sendable {
    /// One level of the tree.
    struct Node: Sendable {
        /// True when a wanted path ends here: the whole value is built.
        var isLeaf = false
        /// The keys below, with their UTF-8 bytes for fast comparison against raw keys.
        var children: [(key: [UInt8], node: Node)] = []

        /// The child for a raw (unescaped) key, if wanted.
        func child(rawKey: UnsafeBufferPointer<UInt8>) -> Node? {
            for entry in children where entry.key.count == rawKey.count {
                if entry.key.withUnsafeBufferPointer({ $0.elementsEqual(rawKey) }) { return entry.node }
            }
            return nil
        }
    }

    /// The root (the record object).
    var root = Node()

    /// Creates a trie of the given key paths.
    init(paths: [[String]]) {
        for path in paths where !path.isEmpty { Self.insert(path[...], into: &root) }
    }

    private static func insert(_ path: ArraySlice<String>, into node: inout Node) {
        guard let first = path.first else {
            node.isLeaf = true
            return
        }
        let key = Array(first.utf8)
        if let index = node.children.firstIndex(where: { $0.key == key }) {
            insert(path.dropFirst(), into: &node.children[index].node)
        } else {
            var child = Node()
            insert(path.dropFirst(), into: &child)
            node.children.append((key, child))
        }
    }
}
