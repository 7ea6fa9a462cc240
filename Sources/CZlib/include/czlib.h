/// Plain C wrappers over zlib's gzip file reader, for transparent `.gz` input.
#ifndef CZLIB_H
#define CZLIB_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An opaque gzip reader. Plain (uncompressed) input is passed through unchanged.
typedef struct czlib_reader czlib_reader;

/// Opens a gzip (or plain) file by path. Returns NULL when the file cannot be opened.
czlib_reader *czlib_open_path(const char *path);

/// Opens a gzip (or plain) stream on a file descriptor (0 for stdin). Returns NULL on error.
czlib_reader *czlib_open_fd(int fd);

/// Reads up to `capacity` decompressed bytes. Returns the count, 0 at end, -1 on error.
int64_t czlib_read(czlib_reader *reader, uint8_t *buffer, int64_t capacity);

/// The last error message of the reader (zlib's wording), never NULL.
const char *czlib_error(czlib_reader *reader);

/// Closes the reader.
void czlib_close(czlib_reader *reader);

#ifdef __cplusplus
}
#endif

#endif
