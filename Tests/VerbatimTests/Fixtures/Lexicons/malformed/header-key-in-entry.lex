# expect: 9:1: `pair:` belongs to the file header
verbatim-lexicon: 1
pair: de-en

[with-a-view-to]
category: calque
pattern: with a view to
weight: 0.6
pair: fr-en
note: German "mit Blick auf".
