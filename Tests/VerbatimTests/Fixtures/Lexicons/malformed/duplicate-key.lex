# expect: 8:1: `weight:` may appear once per entry; it already appears on line 7
verbatim-lexicon: 1
pair: de-en

[with-a-view-to]
category: calque
weight: 0.6
weight: 0.7
pattern: with a view to
note: German "mit Blick auf".
