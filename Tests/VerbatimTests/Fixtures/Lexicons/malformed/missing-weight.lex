# expect: 5:1: missing required key `weight:`
verbatim-lexicon: 1
pair: de-en

[with-a-view-to]
category: calque
pattern: with a view to
note: German "mit Blick auf".
