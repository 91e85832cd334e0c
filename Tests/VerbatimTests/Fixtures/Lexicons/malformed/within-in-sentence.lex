# expect: 8:27: bad `within`: `within` applies to `followed-by` and `preceded-by` only
verbatim-lexicon: 1
pair: ru-en

[vice-premier]
category: title
pattern: vice premier
unless: in-sentence china within 3
weight: 0.4
note: Russian "вице-премьер".
