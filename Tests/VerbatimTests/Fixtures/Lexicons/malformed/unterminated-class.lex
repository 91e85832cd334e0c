# expect: 7:22: unterminated token class `<Cap`
verbatim-lexicon: 1
pair: ru-en

[head-of-region]
category: title
pattern: head of the <Cap region
weight: 0.45
note: Russian "глава региона".
