/*
 * CVerbatimICU: Verbatim's small C shim over the system ICU (libicu-dev).
 *
 * This header must never include an ICU header or mention an ICU type: Foundation on Linux
 * carries its own ICU as a private module, and a second definition of ICU's C types in any
 * module that Swift code sees breaks clean builds ("'UErrorCode' has different definitions in
 * different modules"). Everything here is plain C: <stdint.h> integers, UTF-16 code units as
 * uint16_t, opaque pointers to the shim's own struct names, and the shim's own constants.
 *
 * Status values mirror ICU's UErrorCode: 0 is success, > 0 a failure, < 0 a warning.
 * As in ICU, a call does nothing when *status already holds a failure.
 */
#ifndef CVERBATIM_ICU_H
#define CVERBATIM_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- General ----------------------------------------------------------------------------- */

/** The version of the ICU library linked at run time, e.g. "72.1". */
const char *vb_icu_version(void);

/** ICU's name for a status value, e.g. "U_BUFFER_OVERFLOW_ERROR". */
const char *vb_status_name(int32_t status);

enum {
    VB_STATUS_OK = 0,
    VB_STATUS_BUFFER_OVERFLOW = 15, /* U_BUFFER_OVERFLOW_ERROR */
    VB_STATUS_INVALID_CHAR = 10,    /* U_INVALID_CHAR_FOUND */
    VB_STATUS_ILLEGAL_CHAR = 12,    /* U_ILLEGAL_CHAR_FOUND */
    VB_STATUS_TRUNCATED_CHAR = 11   /* U_TRUNCATED_CHAR_FOUND */
};

/** UTF-16 to UTF-8 (u_strToUTF8). Returns the length needed. */
int32_t vb_utf16_to_utf8(const uint16_t *src, int32_t srcLength, char *dest, int32_t capacity,
                         int32_t *status);

/* ---- Normalization (unorm2) ------------------------------------------------------------ */

typedef struct vb_normalizer vb_normalizer;

enum {
    VB_NORMALIZER_NFC = 0,
    VB_NORMALIZER_NFD = 1,
    VB_NORMALIZER_NFKC = 2,
    VB_NORMALIZER_NFKD = 3,
    VB_NORMALIZER_NFKC_CASEFOLD = 4
};

/** A process-wide normalizer instance, owned by ICU: never close it. */
const vb_normalizer *vb_normalizer_get(int32_t form, int32_t *status);

int32_t vb_normalizer_normalize(const vb_normalizer *n, const uint16_t *src, int32_t length,
                                uint16_t *dest, int32_t capacity, int32_t *status);

/** Length of the prefix of src that is already normalized (unorm2_spanQuickCheckYes). */
int32_t vb_normalizer_span_quick_check_yes(const vb_normalizer *n, const uint16_t *src,
                                           int32_t length, int32_t *status);

/** Whether normalization never interacts across a boundary before this code point. */
int8_t vb_normalizer_has_boundary_before(const vb_normalizer *n, int32_t codePoint);

/* ---- Break iteration (ubrk) ------------------------------------------------------------- */

typedef struct vb_break_iterator vb_break_iterator;

enum {
    VB_BREAK_CHARACTER = 0,
    VB_BREAK_WORD = 1,
    VB_BREAK_LINE = 2,
    VB_BREAK_SENTENCE = 3
};

/* Rule status ranges of word boundaries (ICU's UWordBreak). */
enum {
    VB_WORD_NONE_LIMIT = 100,
    VB_WORD_NUMBER_LIMIT = 200,
    VB_WORD_LETTER_LIMIT = 300,
    VB_WORD_KANA_LIMIT = 400,
    VB_WORD_IDEO_LIMIT = 500
};

/** Opens a break iterator. The locale may carry keywords, e.g. "en@ss=standard". */
vb_break_iterator *vb_break_open(int32_t kind, const char *locale, int32_t *status);
/** A copy for another thread (ubrk_clone). */
vb_break_iterator *vb_break_clone(const vb_break_iterator *bi, int32_t *status);
void vb_break_close(vb_break_iterator *bi);
/** The iterator keeps a pointer to text: keep the buffer alive while iterating. */
void vb_break_set_text(vb_break_iterator *bi, const uint16_t *text, int32_t length, int32_t *status);
/** The first boundary (0). */
int32_t vb_break_first(vb_break_iterator *bi);
/** The next boundary, or -1 when done. */
int32_t vb_break_next(vb_break_iterator *bi);
/** The rule status of the boundary most recently returned. */
int32_t vb_break_rule_status(vb_break_iterator *bi);

/* ---- Transliteration (utrans) ----------------------------------------------------------- */

typedef struct vb_transliterator vb_transliterator;

/** Opens a transliterator by its compound id, e.g. "Any-Latin; Latin-ASCII". */
vb_transliterator *vb_translit_open(const uint16_t *id, int32_t idLength, int32_t *status);
vb_transliterator *vb_translit_clone(const vb_transliterator *t, int32_t *status);
void vb_translit_close(vb_transliterator *t);
/**
 * Transforms buffer[0..<length] in place (utrans_transUChars) and returns the new length.
 * When the result does not fit in capacity, status is VB_STATUS_BUFFER_OVERFLOW, the return
 * value is the length needed and the buffer holds a truncated result: copy the source again
 * before retrying with a larger buffer.
 */
int32_t vb_translit_transform(const vb_transliterator *t, uint16_t *buffer, int32_t length,
                              int32_t capacity, int32_t *status);

/* ---- Charset detection (ucsdet) and conversion (ucnv) ----------------------------------- */

typedef struct vb_charset_detector vb_charset_detector;

vb_charset_detector *vb_csdet_open(int32_t *status);
void vb_csdet_close(vb_charset_detector *d);
/**
 * Detects the charset of bytes. Up to maxMatches candidates, best first, are written as
 * NUL-terminated names into names (each nameCapacity bytes) with their confidences (0-100).
 * Returns the number of candidates written.
 */
int32_t vb_csdet_detect(vb_charset_detector *d, const char *bytes, int32_t length,
                        int32_t maxMatches, char *names, int32_t nameCapacity,
                        int32_t *confidences, int32_t *status);

/**
 * Converts bytes in the named charset to UTF-16 (ucnv). With strict != 0 the conversion
 * stops at the first illegal or unmappable byte sequence, sets status to a failure and
 * writes its byte offset to *errorOffset; otherwise such bytes become U+FFFD.
 * Returns the length needed (retry with a larger buffer on VB_STATUS_BUFFER_OVERFLOW).
 */
int32_t vb_convert_to_utf16(const char *charset, const char *src, int32_t srcLength,
                            uint16_t *dest, int32_t capacity, int8_t strict,
                            int32_t *errorOffset, int32_t *status);

/** ICU's canonical name for a charset alias ("latin1" -> "ISO-8859-1"), or NULL if unknown. */
const char *vb_charset_canonical_name(const char *alias, int32_t *status);

/**
 * The charset's name in a naming standard ("IANA", "MIME"), e.g. "windows-1251" for
 * "cp1251"; NULL when the standard has no name for it.
 */
const char *vb_charset_standard_name(const char *alias, const char *standard, int32_t *status);

/* ---- Numbers (unum) -------------------------------------------------------------------- */

/**
 * The decimal and grouping separators of a locale's standard decimal format, as UTF-16
 * strings (usually one code unit). Returns the status of the lookup; a locale that falls back
 * to root gives a warning status (< 0).
 */
int32_t vb_number_symbols(const char *locale, uint16_t *decimalSeparator, int32_t *decimalLength,
                          uint16_t *groupingSeparator, int32_t *groupingLength, int32_t capacity);

typedef struct vb_number_parser vb_number_parser;
vb_number_parser *vb_number_parser_open(const char *locale, int32_t *status);
void vb_number_parser_close(vb_number_parser *p);
/**
 * Parses a number at text[*position...] in the parser's locale (unum_parseDouble) and
 * advances *position past it. Returns the value; a failure status when nothing parsed.
 */
double vb_number_parse(const vb_number_parser *p, const uint16_t *text, int32_t length,
                       int32_t *position, int32_t *status);

/* ---- Character properties (uchar) ------------------------------------------------------ */

enum {
    VB_SCRIPT_COMMON = 0,
    VB_SCRIPT_INHERITED = 1,
    VB_SCRIPT_ARABIC = 2,
    VB_SCRIPT_CYRILLIC = 8,
    VB_SCRIPT_GREEK = 14,
    VB_SCRIPT_HAN = 17,
    VB_SCRIPT_HANGUL = 18,
    VB_SCRIPT_HEBREW = 19,
    VB_SCRIPT_HIRAGANA = 20,
    VB_SCRIPT_KATAKANA = 22,
    VB_SCRIPT_LATIN = 25
};

/** The Unicode script of a code point (uscript_getScript), as ICU's UScriptCode value. */
int32_t vb_script_of(int32_t codePoint);
/** u_isUAlphabetic, u_isupper, u_islower, u_isdigit for a code point. */
int8_t vb_is_alphabetic(int32_t codePoint);
int8_t vb_is_uppercase(int32_t codePoint);
int8_t vb_is_lowercase(int32_t codePoint);
/** The general category (u_charType), as ICU's UCharCategory value. */
int32_t vb_char_type(int32_t codePoint);

/*
 * Word classes for Verbatim's word segmentation: the character classes of ICU's own word
 * break rules (ICU 72 `word.txt`, UAX #29 tailored by CLDR) that matter for words and
 * numbers, computed from ICU's Word_Break, Line_Break, script and Ideographic properties.
 */
enum {
    VB_WORD_CLASS_OTHER = 0,
    /** $ALetterPlus: Word_Break=ALetter and "@", outside the dictionary scripts. */
    VB_WORD_CLASS_LETTER = 1,
    /** $Numeric. */
    VB_WORD_CLASS_NUMERIC = 2,
    /** $MidLetter without the colons ICU takes out (":", U+FE55, U+FF1A). */
    VB_WORD_CLASS_MID_LETTER = 3,
    /** $MidNum. */
    VB_WORD_CLASS_MID_NUM = 4,
    /** $MidNumLet and $Single_Quote, which ICU's rules treat alike outside Hebrew. */
    VB_WORD_CLASS_MID_NUM_LET = 5,
    /** $ExtendNumLet ("_"). */
    VB_WORD_CLASS_EXTEND_NUM_LET = 6,
    /** $Extend (except Han) and $Format: absorbed by the character before them. */
    VB_WORD_CLASS_EXTEND_FORMAT = 7,
    /** CR, LF, Newline. */
    VB_WORD_CLASS_NEWLINE = 8,
    /** Anything only ICU's iterator handles right: Han, kana, Hangul, the Complex_Context
     *  scripts (Thai, Lao, Khmer, Myanmar) that need dictionaries, Ideographic, Hebrew
     *  letters (rules 7a-c) and ZWJ (rule 3c). */
    VB_WORD_CLASS_NEEDS_ICU = 9
};

/** The word class of a code point (see VB_WORD_CLASS_*). */
uint8_t vb_word_class(int32_t codePoint);

/** Whether a code point can end a sentence: Sentence_Break ATerm or STerm (". ! ? 。 ؟ …"). */
int8_t vb_is_sentence_terminal(int32_t codePoint);

#ifdef __cplusplus
}
#endif

#endif /* CVERBATIM_ICU_H */
