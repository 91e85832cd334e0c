# expect: 9:12: unterminated alternative
# The pattern value continues on an indented line; the error is on that line.
verbatim-lexicon: 1
pair: ru-en

[framework]
category: calque
pattern: within the
  framework|
weight: 0.6
note: Russian "в рамках".
