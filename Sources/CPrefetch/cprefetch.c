// See include/cprefetch.h: the hint itself is a static inline function in the header.
#include "cprefetch.h"

int cprefetch_line_bytes(void) { return 64; }
