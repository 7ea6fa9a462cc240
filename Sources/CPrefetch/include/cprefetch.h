/// A cache prefetch hint for Swift, which has no intrinsic for it: hash tables larger than the
/// processor's caches (the first pass's phrase totals) ask for the memory of the next lookups
/// while the current one is processed, so their misses overlap instead of queueing.
#ifndef CPREFETCH_H
#define CPREFETCH_H

/// The cache line size the hints assume, in bytes (x86-64 and arm64 servers).
#define CPREFETCH_LINE_BYTES 64

/// Asks the processor to bring the cache line holding `address` in for reading; a hint with
/// no effect on results (any address, even an invalid one, is allowed).
static inline void cprefetch_read(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

#endif
