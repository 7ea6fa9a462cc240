// See include/cprefetch.h: the hint is a static inline function there. A C target needs a
// source file; this one only compiles the header.
#include "cprefetch.h"
