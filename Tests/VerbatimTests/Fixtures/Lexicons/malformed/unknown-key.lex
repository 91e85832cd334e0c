# expect: 9:1: unknown key `sugest`
verbatim-lexicon: 1
pair: de-en

[with-a-view-to]
category: calque
pattern: with a view to
weight: 0.6
sugest: ahead of
note: German "mit Blick auf".
