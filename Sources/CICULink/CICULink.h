/* Intentionally empty: this module only carries the system ICU's link flags (pkg-config
   icu-i18n, which requires icu-uc). ICU's own headers are included by CVerbatimICU's .c file
   only, never by a header that Swift sees. */
