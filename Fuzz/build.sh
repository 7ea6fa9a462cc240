#!/usr/bin/env bash
# Builds the CandorIngest libFuzzer harness into Fuzz/.build/fuzz-ingest.
# Needs a Swift toolchain with libFuzzer (the Linux toolchains have it) and zlib's headers.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/Fuzz/.build"
mkdir -p "$out/CZlib"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)

cat >"$out/CZlib/module.modulemap" <<MAP
module CZlib {
    header "$root/Sources/CZlib/include/czlib.h"
    export *
}
MAP
clang -c -O1 -g -fsanitize=fuzzer-no-link,address -I "$root/Sources/CZlib/include" \
    "$root/Sources/CZlib/czlib.c" -o "$out/czlib.o"

swiftc "${flags[@]}" -wmo -module-name CandorCore -emit-module-path "$out/CandorCore.swiftmodule" \
    -emit-object -o "$out/CandorCore.o" "$root"/Sources/CandorCore/*.swift
swiftc "${flags[@]}" -wmo -module-name CandorIngest -I "$out" -I "$out/CZlib" \
    -emit-module-path "$out/CandorIngest.swiftmodule" -emit-object -o "$out/CandorIngest.o" \
    "$root"/Sources/CandorIngest/*.swift
swiftc "${flags[@]}" -module-name IngestFuzzer -I "$out" -I "$out/CZlib" \
    "$root/Fuzz/IngestFuzzer.swift" "$out/CandorCore.o" "$out/CandorIngest.o" "$out/czlib.o" -lz \
    -o "$out/fuzz-ingest"
echo "built $out/fuzz-ingest"
