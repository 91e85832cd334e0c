# expect: 7:22: unknown token class `<Name>`
verbatim-lexicon: 1
pair: ru-en

[head-of-region]
category: title
pattern: head of the <Name> region
weight: 0.45
note: Russian "глава региона".
