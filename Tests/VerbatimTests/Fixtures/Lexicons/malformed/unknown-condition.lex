# expect: 8:7: unknown condition `near`
verbatim-lexicon: 1
pair: ru-en

[vice-premier]
category: title
pattern: vice premier
when: near <Cap>
weight: 0.4
note: Russian "вице-премьер".
