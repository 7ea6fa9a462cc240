/// The allocator the `candor` executable runs on: mimalloc, linked in place of the C library's
/// malloc (the library targets do not link it, so an embedding program keeps its own).
#ifndef CALLOCATOR_H
#define CALLOCATOR_H

#ifdef __cplusplus
extern "C" {
#endif

/// mimalloc's version as major * 100 + minor (209 for 2.0.9).
int callocator_mimalloc_version(void);

/// 1 when `malloc` is mimalloc's in this process (the override took effect), else 0.
int callocator_malloc_is_mimalloc(void);

#ifdef __cplusplus
}
#endif

#endif
