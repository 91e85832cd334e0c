# expect: 7:21: empty alternative
verbatim-lexicon: 1
pair: es-en

[actual]
category: calque
pattern: the actual||current president
weight: 0.5
note: Spanish "actual".
