# expect: 7:2: unexpected indentation
verbatim-lexicon: 1
pair: de-en

[with-a-view-to]
category: calque
 pattern: with a view to
weight: 0.6
note: German "mit Blick auf".
