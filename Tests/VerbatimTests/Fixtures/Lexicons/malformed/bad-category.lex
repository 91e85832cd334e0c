# expect: 6:11: unknown category `idiom`
verbatim-lexicon: 1
pair: de-en

[with-a-view-to]
category: idiom
pattern: with a view to
weight: 0.6
note: German "mit Blick auf".
