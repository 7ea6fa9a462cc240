/// Opening a JSONL input: sampling its keys, checking the named fields, picking the text field.
extension ChunkReader {
    /// Samples the first records' keys and resolves every named field to a key path.
    ///
    /// A field is unknown when no sampled record has it; with nothing to sample (a record over
    /// the sample size, or only malformed lines) names are taken as written (`a.b` → `a`, `b`).
    func openJSONLines(_ records: RecordStream) throws(IngestError) -> (any ChunkSource)? {
        let name = records.name
        records.treatWhitespaceLinesAsBlank()
        try records.prefetch(InputSample.maxBytes)
        var catalog = JSONFieldCatalog()
        var sampled = 0
        let reachesEnd = records.withLookahead(limit: InputSample.maxBytes) { p, reachesEnd in
            InputSample.forEachRecord(in: p, delimiter: nil, reachesEnd: reachesEnd) { valid in
                let blank = valid.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
                if blank { return }
                sampled += 1
                if let object = try? JSONLineParser.parseObject(valid, wanted: nil) { catalog.add(object) }
            }
            return reachesEnd
        }
        if sampled == 0, reachesEnd { return nil }

        func path(_ field: String, _ role: String) throws(IngestError) -> [String] {
            if catalog.isEmpty { return field.split(separator: ".", omittingEmptySubsequences: false).map(String.init) }
            guard let path = catalog.path(for: field) else {
                throw ColumnResolver.unknownColumn(
                    field, role: role, file: name, line: nil, available: catalog.names, noun: "field",
                    scope: " (its first \(InputSample.maxRecords) records)")
            }
            return path
        }
        var roles: [[String]] = []
        if let field = options.idField { roles.append(try path(field, "--id")) }
        if let field = options.scoreField { roles.append(try path(field, "--score")) }
        if let field = options.dateField { roles.append(try path(field, "--date")) }
        for field in options.segmentFields { roles.append(try path(field, "--segment")) }
        var texts: [[String]] = []
        if let textNames {
            for field in textNames { texts.append(try path(field, "--text")) }
        } else {
            let candidates = catalog.paths.indices.filter {
                catalog.holdsStrings[$0] && !roles.contains(catalog.paths[$0])
            }
            guard let picked = TextColumnPicker.pick(candidates.map { catalog.values[$0] }) else {
                throw ColumnResolver.noTextColumn(file: name, line: nil, available: catalog.names, noun: "field")
            }
            let index = candidates[picked]
            texts = [catalog.paths[index]]
            textNames = [catalog.names[index]]
            notices.append("candor: no --text given; using field \"\(catalog.names[index])\" (most free text)")
        }
        resolveTextFields(texts.map { $0.joined(separator: ".") })
        let paths = texts + roles
        let schema = RecordSchema(
            format: .jsonl, delimiter: 0, headerFieldCount: 0, columns: [], paths: paths,
            trie: JSONPathTrie(paths: paths), layout: layout(textCount: texts.count, named: true)
        )
        return RecordInput(stream: records, schema: schema)
    }
}
