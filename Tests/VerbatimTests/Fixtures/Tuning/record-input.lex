# xx-en.lex — a lexicon as a linguist keeps it: comments, blank lines, continuation lines.
#
# The figures below were written by an earlier evaluation; `eval --write` must replace them
# in place and leave every other line alone.

verbatim-lexicon: 1
pair: xx-en
description: Test lexicon for `lexicon eval --write`.

# --- calques ---------------------------------------------------------------

[calque.in-the-frame-of]
category: calque
pattern: in the frame of
suggest: during | as part of
weight: 0.5
note: Literal "im Rahmen"; English says "during". The note runs
  over two lines.
# A comment right after the entry belongs to the next one.

[calque.old-figures]
category: calque
pattern: since years
precision: 0.25
weight: 0.6
recall: 0.5
measured: 2020-01-01 on old.gold.json: an old measurement that
  ran over a continuation line
note: Entry with figures from an earlier run: they are replaced where they stand.

   
[title.never-fires]
category: title
pattern: vice foreign minister
# a comment between fields stays where it is
weight: 0.8
note: Never fires: precision is removed, recall and measured are written.
precision: 1

[debris.untouched]
category: debris
pattern: read more
weight: 0
note: Not evaluated: left exactly as it is.
[entity.last-line]
category: entity
pattern: kiev
weight: 0.5
note: The last line of the file has no newline.