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
precision: 0.667
recall: 0.5
measured: 2026-01-31 on test.gold.json (4 documents): 3 firings, 2 true; 2 of 4 gold calque artifacts in xx articles; 1 on original copy
# A comment right after the entry belongs to the next one.

[calque.old-figures]
category: calque
pattern: since years
precision: 1
weight: 0.6
recall: 0.333
measured: 2026-01-31 on test.gold.json (4 documents): 1 firing, 1 true; 1 of 3 gold calque artifacts in xx articles; 0 on original copy
note: Entry with figures from an earlier run: they are replaced where they stand.

   
[title.never-fires]
category: title
pattern: vice foreign minister
# a comment between fields stays where it is
weight: 0.8
note: Never fires: precision is removed, recall and measured are written.
recall: 0
measured: 2026-01-31 on test.gold.json (4 documents): 0 firings, 0 true; 0 of 2 gold title artifacts in xx articles; 0 on original copy

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
precision: 1
measured: 2026-01-31 on test.gold.json (4 documents): 2 firings, 2 true; 0 of 0 gold entity artifacts in xx articles; 0 on original copy