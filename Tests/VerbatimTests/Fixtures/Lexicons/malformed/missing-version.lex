# expect: 2:1: expected `verbatim-lexicon: 1` as the first key of the file; found `pair: de-en`
pair: de-en
verbatim-lexicon: 1

[with-a-view-to]
category: calque
pattern: with a view to
weight: 0.6
note: German "mit Blick auf".
