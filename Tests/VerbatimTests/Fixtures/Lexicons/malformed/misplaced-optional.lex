# expect: 7:17: misplaced `?`
verbatim-lexicon: 1
pair: fr-en

[two-first]
category: word-order
pattern: the two?|three first
weight: 0.5
note: French "les deux premiers".
