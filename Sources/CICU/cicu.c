// Plain C wrappers over ICU's version-renamed C API. See include/cicu.h.
#include "cicu.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

struct cicu_breaker {
  UBreakIterator *bi;
};

static cicu_breaker *open_breaker(UBreakIteratorType type, const char *locale, int32_t *status) {
  UErrorCode st = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(type, locale, NULL, 0, &st);
  *status = (int32_t)st;
  if (U_FAILURE(st) || bi == NULL) return NULL;
  cicu_breaker *b = malloc(sizeof(cicu_breaker));
  if (b == NULL) { ubrk_close(bi); *status = (int32_t)U_MEMORY_ALLOCATION_ERROR; return NULL; }
  b->bi = bi;
  return b;
}

cicu_breaker *cicu_words_open(const char *locale, int32_t *status) {
  return open_breaker(UBRK_WORD, locale, status);
}

cicu_breaker *cicu_sentences_open(const char *locale, int32_t *status) {
  return open_breaker(UBRK_SENTENCE, locale, status);
}

void cicu_breaker_close(cicu_breaker *breaker) {
  if (breaker == NULL) return;
  ubrk_close(breaker->bi);
  free(breaker);
}

static UChar32 code_point_at(const uint16_t *text, int32_t length, int32_t i) {
  UChar32 c;
  U16_GET(text, 0, i, length, c);
  return c;
}

static int is_emoji_cp(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR)
         || c == 0x20E3;
}

int32_t cicu_segment(cicu_breaker *breaker, const uint16_t *text, int32_t length,
                     int32_t *starts, int32_t *ends, uint8_t *kinds, int32_t capacity) {
  UErrorCode st = U_ZERO_ERROR;
  ubrk_setText(breaker->bi, (const UChar *)text, length, &st);
  if (U_FAILURE(st)) return 0;
  int32_t n = 0;
  int32_t start = ubrk_first(breaker->bi);
  for (int32_t end = ubrk_next(breaker->bi); end != UBRK_DONE; start = end, end = ubrk_next(breaker->bi)) {
    int32_t rule = ubrk_getRuleStatus(breaker->bi);
    uint8_t kind;
    if (rule >= UBRK_WORD_KANA) {
      kind = CICU_IDEO;
    } else if (rule >= UBRK_WORD_LETTER) {
      kind = CICU_WORD;
    } else if (rule >= UBRK_WORD_NUMBER) {
      kind = CICU_NUMBER;
    } else {
      UChar32 c = code_point_at(text, length, start);
      if (u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B) continue;
      // A segment of ICU's "none" status that holds letters (e.g. a lone combining sequence
      // or letters ICU's rules left unclassified) still counts as a word.
      if (is_emoji_cp(c)) kind = CICU_EMOJI;
      else if (u_isalpha(c)) kind = CICU_WORD;
      else kind = CICU_PUNCT;
    }
    if (n < capacity) { starts[n] = start; ends[n] = end; kinds[n] = kind; }
    n++;
  }
  return n <= capacity ? n : -n;
}

int32_t cicu_sentence_ends(cicu_breaker *breaker, const uint16_t *text, int32_t length,
                           int32_t *ends, int32_t capacity) {
  UErrorCode st = U_ZERO_ERROR;
  ubrk_setText(breaker->bi, (const UChar *)text, length, &st);
  if (U_FAILURE(st)) return 0;
  int32_t n = 0;
  ubrk_first(breaker->bi);
  for (int32_t end = ubrk_next(breaker->bi); end != UBRK_DONE; end = ubrk_next(breaker->bi)) {
    if (n < capacity) ends[n] = end;
    n++;
  }
  return n <= capacity ? n : -n;
}

int32_t cicu_fold_case(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity) {
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
  if (U_FAILURE(st)) return INT32_MIN;
  int32_t n = unorm2_normalize(nfkc_cf, (const UChar *)src, length, (UChar *)dst, capacity, &st);
  if (st == U_BUFFER_OVERFLOW_ERROR) return -n;
  if (U_FAILURE(st)) return INT32_MIN;
  return n;
}

int32_t cicu_strip_accents(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity) {
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *nfd = unorm2_getNFDInstance(&st);
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
  if (U_FAILURE(st)) return INT32_MIN;
  UChar small[256];
  int32_t cap = length * 4 + 16;
  UChar *tmp = cap <= 256 ? small : malloc(sizeof(UChar) * (size_t)cap);
  if (tmp == NULL) return INT32_MIN;
  int32_t n = unorm2_normalize(nfd, (const UChar *)src, length, tmp, cap, &st);
  if (U_FAILURE(st)) { if (tmp != small) free(tmp); return INT32_MIN; }
  // Drop non-spacing marks in place.
  int32_t w = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    int32_t at = i;
    U16_NEXT(tmp, i, n, c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    for (int32_t k = at; k < i; k++) tmp[w++] = tmp[k];
  }
  st = U_ZERO_ERROR;
  int32_t m = unorm2_normalize(nfc, tmp, w, (UChar *)dst, capacity, &st);
  if (tmp != small) free(tmp);
  if (st == U_BUFFER_OVERFLOW_ERROR) return -m;
  if (U_FAILURE(st)) return INT32_MIN;
  return m;
}

int32_t cicu_utf16_to_utf8(const uint16_t *src, int32_t length, char *dst, int32_t capacity) {
  UErrorCode st = U_ZERO_ERROR;
  int32_t n = 0;
  u_strToUTF8WithSub(dst, capacity, &n, (const UChar *)src, length, 0xFFFD, NULL, &st);
  if (st == U_BUFFER_OVERFLOW_ERROR) return -n;
  if (U_FAILURE(st)) return INT32_MIN;
  return n;
}

int32_t cicu_script(uint32_t codepoint) {
  UErrorCode st = U_ZERO_ERROR;
  UScriptCode s = uscript_getScript((UChar32)codepoint, &st);
  return U_FAILURE(st) ? -1 : (int32_t)s;
}

int32_t cicu_is_emoji(uint32_t codepoint) { return is_emoji_cp((UChar32)codepoint); }

int32_t cicu_is_alphabetic(uint32_t codepoint) { return u_isUAlphabetic((UChar32)codepoint) ? 1 : 0; }

void cicu_version(char *buffer, int32_t capacity) {
  char buf[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo v;
  u_getVersion(v);
  u_versionToString(v, buf);
  if (capacity <= 0) return;
  strncpy(buffer, buf, (size_t)capacity - 1);
  buffer[capacity - 1] = 0;
}
