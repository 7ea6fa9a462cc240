/// Plain C wrappers over the parts of ICU's C API that Candor uses.
///
/// ICU renames every C function per version (`ubrk_open_72`) with macros Swift cannot import,
/// so this shim exposes stable `cicu_*` names. Strings are UTF-16 (`uint16_t`), like ICU's UChar.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Segment kinds reported by `cicu_segment`.
enum {
  CICU_SPACE = 0,   ///< white space and line breaks
  CICU_PUNCT = 1,   ///< punctuation and symbols
  CICU_WORD = 2,    ///< letters (ICU rule status UBRK_WORD_LETTER)
  CICU_NUMBER = 3,  ///< numbers (UBRK_WORD_NUMBER)
  CICU_EMOJI = 4,   ///< emoji and regional-indicator flags
  CICU_IDEO = 5     ///< kana / ideographs / dictionary words (Thai, Lao, Khmer, CJK)
};

/// An opaque ICU break iterator (word or sentence), owned by one thread at a time.
typedef struct cicu_breaker cicu_breaker;

/// Opens a word break iterator for `locale` ("en", "fr", "" for root). Returns NULL on error
/// and writes ICU's error code to `*status`.
cicu_breaker *cicu_words_open(const char *locale, int32_t *status);

/// Opens a sentence break iterator for `locale`. Returns NULL on error.
cicu_breaker *cicu_sentences_open(const char *locale, int32_t *status);

/// Closes an iterator opened by `cicu_words_open` or `cicu_sentences_open`.
void cicu_breaker_close(cicu_breaker *breaker);

/// Splits `text` into word-break segments, skipping white space.
///
/// Writes each segment's UTF-16 start, end and kind (CICU_*). Returns the number of segments,
/// or `-needed` when `capacity` is too small (call again with a bigger buffer).
int32_t cicu_segment(cicu_breaker *breaker, const uint16_t *text, int32_t length,
                     int32_t *starts, int32_t *ends, uint8_t *kinds, int32_t capacity);

/// Writes the UTF-16 offsets where sentences end (the last is `length`). Returns the count,
/// or `-needed` when `capacity` is too small.
int32_t cicu_sentence_ends(cicu_breaker *breaker, const uint16_t *text, int32_t length,
                           int32_t *ends, int32_t capacity);

/// NFKC + case folding (ICU's NFKC_Casefold). Returns the output length, or `-needed` when
/// `capacity` is too small, or `INT32_MIN` on an ICU error.
int32_t cicu_fold_case(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity);

/// Removes accents: canonical decomposition, then drops non-spacing marks, then recomposes.
/// Returns the output length, `-needed`, or `INT32_MIN` on error.
int32_t cicu_strip_accents(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity);

/// Converts UTF-16 to UTF-8, replacing lone surrogates with U+FFFD. Returns the UTF-8 length,
/// or `-needed` when `capacity` is too small.
int32_t cicu_utf16_to_utf8(const uint16_t *src, int32_t length, char *dst, int32_t capacity);

/// ICU's script code (UScriptCode) of a code point: 25 Latin, 17 Han, 20 Hiragana, ...
int32_t cicu_script(uint32_t codepoint);

/// 1 when the code point is an emoji (Extended_Pictographic or a regional indicator).
int32_t cicu_is_emoji(uint32_t codepoint);

/// 1 when the code point is alphabetic (Unicode Alphabetic property).
int32_t cicu_is_alphabetic(uint32_t codepoint);

/// Writes ICU's version as a NUL-terminated string ("72.1") into `buffer`.
void cicu_version(char *buffer, int32_t capacity);

/// Asks the processor to fetch the cache line at `address` (a hint: no fault, no effect on
/// results). Not ICU: a compiler intrinsic Swift does not expose, used by the tokenizer's cache.
static inline void cicu_prefetch(const void *address) { __builtin_prefetch(address); }

#ifdef __cplusplus
}
#endif

#endif
