# expect: 5:8: bad id: `_` is not allowed
verbatim-lexicon: 1
pair: de-en

[with-a_view]
category: calque
pattern: with a view to
weight: 0.6
note: German "mit Blick auf".
