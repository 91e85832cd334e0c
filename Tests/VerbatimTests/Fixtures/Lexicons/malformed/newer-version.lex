# expect: 4:19: format version 2 is newer than this Verbatim reads
# A file from a future Verbatim: refused as a whole, never half-read.

verbatim-lexicon: 2
pair: de-en
shape: ????

[with-a-view-to]
category: calque
pattern: with a view to ~~ new syntax ~~
weight: 0.6
note: German "mit Blick auf".
