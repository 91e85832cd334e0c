# expect: 7:9: empty pattern
verbatim-lexicon: 1
pair: de-en

[framework]
category: calque
pattern:
weight: 0.6
note: German "im Rahmen".
