# expect: 8:44: bad `within`: expected a whole number from 1 to 100
verbatim-lexicon: 1
pair: ru-en

[vice-premier]
category: title
pattern: vice premier
unless: preceded-by chinese|china's within 0
weight: 0.4
note: Russian "вице-премьер".
