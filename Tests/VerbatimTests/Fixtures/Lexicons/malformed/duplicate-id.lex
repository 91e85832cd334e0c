# expect: 11:2: duplicate id `view`: already defined at duplicate-id.lex:5
verbatim-lexicon: 1
pair: de-en

[view]
category: calque
pattern: with a view to
weight: 0.6
note: German "mit Blick auf".

[view]
category: calque
pattern: in view of
weight: 0.6
note: German "angesichts".
