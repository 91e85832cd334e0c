/*
 * CVerbatimICU implementation: the only file in Verbatim that includes ICU headers. ICU's
 * macros map each call below to the versioned symbol of the installed library (for example
 * unorm2_normalize -> unorm2_normalize_72), so the same source builds against any ICU version.
 */
#include "CVerbatimICU.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

/* The shim's constants must agree with ICU's. */
_Static_assert(VB_STATUS_BUFFER_OVERFLOW == U_BUFFER_OVERFLOW_ERROR, "status");
_Static_assert(VB_STATUS_INVALID_CHAR == U_INVALID_CHAR_FOUND, "status");
_Static_assert(VB_STATUS_ILLEGAL_CHAR == U_ILLEGAL_CHAR_FOUND, "status");
_Static_assert(VB_STATUS_TRUNCATED_CHAR == U_TRUNCATED_CHAR_FOUND, "status");
_Static_assert(VB_WORD_NONE_LIMIT == UBRK_WORD_NONE_LIMIT, "word status");
_Static_assert(VB_WORD_NUMBER_LIMIT == UBRK_WORD_NUMBER_LIMIT, "word status");
_Static_assert(VB_WORD_LETTER_LIMIT == UBRK_WORD_LETTER_LIMIT, "word status");
_Static_assert(VB_WORD_KANA_LIMIT == UBRK_WORD_KANA_LIMIT, "word status");
_Static_assert(VB_WORD_IDEO_LIMIT == UBRK_WORD_IDEO_LIMIT, "word status");
_Static_assert(VB_BREAK_WORD == UBRK_WORD && VB_BREAK_SENTENCE == UBRK_SENTENCE, "break kind");
_Static_assert(VB_BREAK_CHARACTER == UBRK_CHARACTER && VB_BREAK_LINE == UBRK_LINE, "break kind");
_Static_assert(VB_SCRIPT_LATIN == USCRIPT_LATIN && VB_SCRIPT_CYRILLIC == USCRIPT_CYRILLIC, "script");
_Static_assert(VB_SCRIPT_HAN == USCRIPT_HAN && VB_SCRIPT_HIRAGANA == USCRIPT_HIRAGANA, "script");
_Static_assert(VB_SCRIPT_KATAKANA == USCRIPT_KATAKANA && VB_SCRIPT_HANGUL == USCRIPT_HANGUL, "script");
_Static_assert(VB_SCRIPT_GREEK == USCRIPT_GREEK && VB_SCRIPT_ARABIC == USCRIPT_ARABIC, "script");
_Static_assert(VB_SCRIPT_HEBREW == USCRIPT_HEBREW && VB_SCRIPT_COMMON == USCRIPT_COMMON, "script");
_Static_assert(VB_SCRIPT_INHERITED == USCRIPT_INHERITED, "script");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar is UTF-16");
_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode is 32-bit");

#define STATUS(p) ((UErrorCode *)(p))

const char *vb_icu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, text);
    return text;
}

const char *vb_status_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t vb_utf16_to_utf8(const uint16_t *src, int32_t srcLength, char *dest, int32_t capacity,
                         int32_t *status) {
    int32_t length = 0;
    u_strToUTF8(dest, capacity, &length, (const UChar *)src, srcLength, STATUS(status));
    return length;
}

/* ---- Normalization ---- */

const vb_normalizer *vb_normalizer_get(int32_t form, int32_t *status) {
    switch (form) {
    case VB_NORMALIZER_NFC: return (const vb_normalizer *)unorm2_getNFCInstance(STATUS(status));
    case VB_NORMALIZER_NFD: return (const vb_normalizer *)unorm2_getNFDInstance(STATUS(status));
    case VB_NORMALIZER_NFKC: return (const vb_normalizer *)unorm2_getNFKCInstance(STATUS(status));
    case VB_NORMALIZER_NFKD: return (const vb_normalizer *)unorm2_getNFKDInstance(STATUS(status));
    case VB_NORMALIZER_NFKC_CASEFOLD:
        return (const vb_normalizer *)unorm2_getNFKCCasefoldInstance(STATUS(status));
    default:
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return NULL;
    }
}

int32_t vb_normalizer_normalize(const vb_normalizer *n, const uint16_t *src, int32_t length,
                                uint16_t *dest, int32_t capacity, int32_t *status) {
    return unorm2_normalize((const UNormalizer2 *)n, (const UChar *)src, length, (UChar *)dest,
                            capacity, STATUS(status));
}

int32_t vb_normalizer_span_quick_check_yes(const vb_normalizer *n, const uint16_t *src,
                                           int32_t length, int32_t *status) {
    return unorm2_spanQuickCheckYes((const UNormalizer2 *)n, (const UChar *)src, length,
                                    STATUS(status));
}

int8_t vb_normalizer_has_boundary_before(const vb_normalizer *n, int32_t codePoint) {
    return unorm2_hasBoundaryBefore((const UNormalizer2 *)n, (UChar32)codePoint) ? 1 : 0;
}

/* ---- Break iteration ---- */

vb_break_iterator *vb_break_open(int32_t kind, const char *locale, int32_t *status) {
    return (vb_break_iterator *)ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, STATUS(status));
}

vb_break_iterator *vb_break_clone(const vb_break_iterator *bi, int32_t *status) {
    return (vb_break_iterator *)ubrk_clone((const UBreakIterator *)bi, STATUS(status));
}

void vb_break_close(vb_break_iterator *bi) {
    if (bi) ubrk_close((UBreakIterator *)bi);
}

void vb_break_set_text(vb_break_iterator *bi, const uint16_t *text, int32_t length, int32_t *status) {
    ubrk_setText((UBreakIterator *)bi, (const UChar *)text, length, STATUS(status));
}

int32_t vb_break_first(vb_break_iterator *bi) { return ubrk_first((UBreakIterator *)bi); }

int32_t vb_break_next(vb_break_iterator *bi) {
    int32_t next = ubrk_next((UBreakIterator *)bi);
    return next == UBRK_DONE ? -1 : next;
}

int32_t vb_break_rule_status(vb_break_iterator *bi) {
    return ubrk_getRuleStatus((UBreakIterator *)bi);
}

/* ---- Transliteration ---- */

vb_transliterator *vb_translit_open(const uint16_t *id, int32_t idLength, int32_t *status) {
    return (vb_transliterator *)utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0,
                                             NULL, STATUS(status));
}

vb_transliterator *vb_translit_clone(const vb_transliterator *t, int32_t *status) {
    return (vb_transliterator *)utrans_clone((const UTransliterator *)t, STATUS(status));
}

void vb_translit_close(vb_transliterator *t) {
    if (t) utrans_close((UTransliterator *)t);
}

int32_t vb_translit_transform(const vb_transliterator *t, uint16_t *buffer, int32_t length,
                              int32_t capacity, int32_t *status) {
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)t, (UChar *)buffer, &textLength, capacity, 0,
                       &limit, STATUS(status));
    return textLength;
}

/* ---- Charset detection and conversion ---- */

vb_charset_detector *vb_csdet_open(int32_t *status) {
    return (vb_charset_detector *)ucsdet_open(STATUS(status));
}

void vb_csdet_close(vb_charset_detector *d) {
    if (d) ucsdet_close((UCharsetDetector *)d);
}

int32_t vb_csdet_detect(vb_charset_detector *d, const char *bytes, int32_t length,
                        int32_t maxMatches, char *names, int32_t nameCapacity,
                        int32_t *confidences, int32_t *status) {
    UCharsetDetector *det = (UCharsetDetector *)d;
    ucsdet_setText(det, bytes, length, STATUS(status));
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, STATUS(status));
    if (U_FAILURE(*STATUS(status)) || matches == NULL) return 0;
    int32_t written = 0;
    for (int32_t i = 0; i < found && written < maxMatches; i++) {
        UErrorCode local = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &local);
        int32_t confidence = ucsdet_getConfidence(matches[i], &local);
        if (U_FAILURE(local) || name == NULL) continue;
        char *slot = names + (size_t)written * (size_t)nameCapacity;
        strncpy(slot, name, (size_t)nameCapacity - 1);
        slot[nameCapacity - 1] = '\0';
        confidences[written] = confidence;
        written++;
    }
    return written;
}

int32_t vb_convert_to_utf16(const char *charset, const char *src, int32_t srcLength,
                            uint16_t *dest, int32_t capacity, int8_t strict,
                            int32_t *errorOffset, int32_t *status) {
    *errorOffset = -1;
    UConverter *cnv = ucnv_open(charset, STATUS(status));
    if (U_FAILURE(*STATUS(status))) return 0;
    if (strict) {
        ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, STATUS(status));
    }
    /* Convert in one call, with offsets, so that a failure can name its byte. */
    UChar *target = (UChar *)dest;
    const char *source = src;
    int32_t needed = 0;
    if (capacity < srcLength * 2 + 2) {
        /* Every charset we read produces at most two UTF-16 units per byte. */
        *status = U_BUFFER_OVERFLOW_ERROR;
        ucnv_close(cnv);
        return srcLength * 2 + 2;
    }
    ucnv_toUnicode(cnv, &target, (UChar *)dest + capacity, &source, src + srcLength, NULL, 1,
                   STATUS(status));
    needed = (int32_t)(target - (UChar *)dest);
    if (U_FAILURE(*STATUS(status))) {
        /* The error position: source points just past the offending sequence. */
        char bad[32];
        int8_t badLength = (int8_t)sizeof(bad);
        UErrorCode local = U_ZERO_ERROR;
        ucnv_getInvalidChars(cnv, bad, &badLength, &local);
        *errorOffset = (int32_t)(source - src) - (U_SUCCESS(local) ? badLength : 0);
    }
    ucnv_close(cnv);
    return needed;
}

const char *vb_charset_canonical_name(const char *alias, int32_t *status) {
    UConverter *cnv = ucnv_open(alias, STATUS(status));
    if (U_FAILURE(*STATUS(status))) return NULL;
    const char *name = ucnv_getName(cnv, STATUS(status));
    ucnv_close(cnv);
    return name; /* ICU's converter names are static strings */
}

const char *vb_charset_standard_name(const char *alias, const char *standard, int32_t *status) {
    const char *canonical = vb_charset_canonical_name(alias, status);
    if (canonical == NULL || U_FAILURE(*STATUS(status))) return NULL;
    return ucnv_getStandardName(canonical, standard, STATUS(status));
}

/* ---- Numbers ---- */

int32_t vb_number_symbols(const char *locale, uint16_t *decimalSeparator, int32_t *decimalLength,
                          uint16_t *groupingSeparator, int32_t *groupingLength, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *fmt = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &status);
    if (U_FAILURE(status)) return status;
    UErrorCode warning = status;
    *decimalLength = unum_getSymbol(fmt, UNUM_DECIMAL_SEPARATOR_SYMBOL, (UChar *)decimalSeparator,
                                    capacity, &status);
    *groupingLength = unum_getSymbol(fmt, UNUM_GROUPING_SEPARATOR_SYMBOL,
                                     (UChar *)groupingSeparator, capacity, &status);
    unum_close(fmt);
    return U_FAILURE(status) ? status : warning;
}

vb_number_parser *vb_number_parser_open(const char *locale, int32_t *status) {
    UNumberFormat *fmt = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, STATUS(status));
    if (U_FAILURE(*STATUS(status))) return NULL;
    unum_setAttribute(fmt, UNUM_LENIENT_PARSE, 0);
    return (vb_number_parser *)fmt;
}

void vb_number_parser_close(vb_number_parser *p) {
    if (p) unum_close((UNumberFormat *)p);
}

double vb_number_parse(const vb_number_parser *p, const uint16_t *text, int32_t length,
                       int32_t *position, int32_t *status) {
    return unum_parseDouble((const UNumberFormat *)p, (const UChar *)text, length, position,
                            STATUS(status));
}

/* ---- Character properties ---- */

int32_t vb_script_of(int32_t codePoint) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)codePoint, &status);
    return U_FAILURE(status) ? USCRIPT_UNKNOWN : (int32_t)script;
}

int8_t vb_is_alphabetic(int32_t c) { return u_isUAlphabetic((UChar32)c) ? 1 : 0; }
int8_t vb_is_uppercase(int32_t c) { return u_isupper((UChar32)c) ? 1 : 0; }
int8_t vb_is_lowercase(int32_t c) { return u_islower((UChar32)c) ? 1 : 0; }
int32_t vb_char_type(int32_t c) { return (int32_t)u_charType((UChar32)c); }

int8_t vb_is_sentence_terminal(int32_t c) {
    int32_t value = u_getIntPropertyValue((UChar32)c, UCHAR_SENTENCE_BREAK);
    return (value == U_SB_ATERM || value == U_SB_STERM) ? 1 : 0;
}

uint8_t vb_word_class(int32_t codePoint) {
    UChar32 c = (UChar32)codePoint;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    int32_t wordBreak = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
    if (U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA)) {
        return VB_WORD_CLASS_NEEDS_ICU;
    }
    if ((c >= 0xAC00 && c <= 0xD7A3) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)
        || u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT
        || wordBreak == U_WB_KATAKANA || wordBreak == U_WB_HEBREW_LETTER || wordBreak == U_WB_ZWJ) {
        return VB_WORD_CLASS_NEEDS_ICU;
    }
    if (c == 0x40) return VB_WORD_CLASS_LETTER;
    switch (wordBreak) {
    case U_WB_ALETTER: return VB_WORD_CLASS_LETTER;
    case U_WB_NUMERIC: return VB_WORD_CLASS_NUMERIC;
    case U_WB_MIDLETTER:
        return (c == 0x3A || c == 0xFE55 || c == 0xFF1A) ? VB_WORD_CLASS_OTHER : VB_WORD_CLASS_MID_LETTER;
    case U_WB_MIDNUM: return VB_WORD_CLASS_MID_NUM;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE: return VB_WORD_CLASS_MID_NUM_LET;
    case U_WB_EXTENDNUMLET: return VB_WORD_CLASS_EXTEND_NUM_LET;
    case U_WB_EXTEND:
    case U_WB_FORMAT: return VB_WORD_CLASS_EXTEND_FORMAT;
    case U_WB_CR:
    case U_WB_LF:
    case U_WB_NEWLINE: return VB_WORD_CLASS_NEWLINE;
    default: return VB_WORD_CLASS_OTHER;
    }
}
