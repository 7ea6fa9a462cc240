// Links mimalloc into the `candor` executable and says whether it replaced malloc.
//
// Why: the first pass merges phrase counts on its own thread, which frees what the workers
// allocated; glibc's malloc then locks the workers' arena on most of those frees, and the
// workers waited on that lock (futex calls were a tenth of the first pass at one thread,
// perf). mimalloc frees across threads without a lock and allocates from per-thread pages.
#include "callocator.h"

#include <mimalloc.h>
#include <stdlib.h>

int callocator_mimalloc_version(void) { return mi_version(); }

int callocator_malloc_is_mimalloc(void) {
    void *probe = malloc(64);
    int inside = probe != NULL && mi_is_in_heap_region(probe);
    free(probe);
    return inside;
}
