# expect: 6:30: unterminated alternative
verbatim-lexicon: 1
pair: de-en

[framework]
pattern: within the framework|
category: calque
weight: 0.6
note: German "im Rahmen".
