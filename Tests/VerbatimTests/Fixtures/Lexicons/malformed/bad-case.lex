# expect: 7:7: `case:` must be `insensitive` or `sensitive`; found `upper`
verbatim-lexicon: 1
pair: common

[advertisement]
category: debris
case: upper
pattern: ADVERTISEMENT
weight: 0.1
note: Page label.
