# expect: 3:7: `pair:` must be `XX-en`
verbatim-lexicon: 1
pair: german

[with-a-view-to]
category: calque
pattern: with a view to
weight: 0.6
note: German "mit Blick auf".
