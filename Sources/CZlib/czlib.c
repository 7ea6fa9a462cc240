// Plain C wrappers over zlib's gz* reader. See include/czlib.h.
#include "czlib.h"

#include <stdlib.h>
#include <zlib.h>

struct czlib_reader {
  gzFile file;
};

static czlib_reader *wrap(gzFile f) {
  if (f == NULL) return NULL;
  czlib_reader *r = malloc(sizeof(czlib_reader));
  if (r == NULL) { gzclose(f); return NULL; }
  gzbuffer(f, 1 << 17);
  r->file = f;
  return r;
}

czlib_reader *czlib_open_path(const char *path) { return wrap(gzopen(path, "rb")); }

czlib_reader *czlib_open_fd(int fd) { return wrap(gzdopen(fd, "rb")); }

int64_t czlib_read(czlib_reader *reader, uint8_t *buffer, int64_t capacity) {
  int64_t total = 0;
  while (total < capacity) {
    int64_t want = capacity - total;
    unsigned chunk = want > (1 << 30) ? (1u << 30) : (unsigned)want;
    int n = gzread(reader->file, buffer + total, chunk);
    if (n < 0) return -1;
    if (n == 0) {
      // A truncated stream reads as end of file; zlib records it as Z_BUF_ERROR.
      int err = Z_OK;
      gzerror(reader->file, &err);
      if (err != Z_OK && total == 0) return -1;
      break;
    }
    total += n;
  }
  return total;
}

const char *czlib_error(czlib_reader *reader) {
  int code = 0;
  const char *msg = gzerror(reader->file, &code);
  return msg == NULL ? "unknown zlib error" : msg;
}

void czlib_close(czlib_reader *reader) {
  if (reader == NULL) return;
  gzclose(reader->file);
  free(reader);
}
