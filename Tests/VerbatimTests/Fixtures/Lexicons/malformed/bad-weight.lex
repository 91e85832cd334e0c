# expect: 8:9: `weight:` must be a number from 0 to 1; found `1.5`
verbatim-lexicon: 1
pair: de-en

[with-a-view-to]
category: calque
pattern: with a view to
weight: 1.5
note: German "mit Blick auf".
