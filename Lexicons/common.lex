# common.lex — language-independent evidence.
#
# Scope: things that turn up in English wire copy whatever the source language was:
#   * debris: page furniture that a scraper or a careless paste carried into the story text
#     (newsletter boxes, share buttons, cookie banners, captions, reading-time badges);
#   * number: number words or abbreviations that a translation left in the source
#     language's convention;
#   * typography: markup and entity residue.
# Debris says nothing about machine translation as such, so its weights stay at 0.05–0.15;
# it is here so that an editor sees the clean-up list and so that the debris does not get
# mistaken for prose by the other checks.
#
# Deliberately NOT here:
#   * bare agency credit lines such as "(Reuters)", "(AP)", "Reporting by ..., editing by ...":
#     they are legitimate wire furniture;
#   * decimal commas, dotted thousands and other digit-level conventions: the token patterns
#     of format 1 cannot see inside a number token, so these are checked in code;
#   * quotation-mark and dash conventions: unified before matching, checked in code.
#
# Sources: the conventions are those of English-language news-agency style (AP, Reuters,
# AFP English service) as generally known to wire editors; no single published list is
# reproduced here. Debris phrases are the standard labels of news-site page templates.
#
# Debris entries that use `case: sensitive` do so because the same words occur in story
# text in lower case ("read more books", "a government advertisement"); the page labels
# are capitalised.

verbatim-lexicon: 1
pair: common
description: Language-independent evidence: page debris, untranslated number conventions, markup residue.

# ---------------------------------------------------------------------------
# debris: page furniture
# ---------------------------------------------------------------------------

[debris.read-more]
category: debris
pattern: Read|READ more|More|MORE|also|Also|ALSO
pattern: Also|ALSO read|Read|READ
case: sensitive
suggest: (delete)
weight: 0.1
note: Teaser-link label ("Read more:", "ALSO READ") from a news-site template. Capitalised
  forms only: "read more" in lower case occurs in story text.

[debris.click-here]
category: debris
pattern: click|tap here
suggest: (delete)
weight: 0.1
note: Link label from a web page; never part of wire story text.

[debris.share]
category: debris
pattern: share this article|story|page|post
pattern: share via email|whatsapp|facebook|twitter|telegram|linkedin
suggest: (delete)
weight: 0.05
note: Social-sharing button labels scraped with the page.

[debris.newsletter]
category: debris
pattern: sign up for|to our newsletter|newsletters
pattern: sign up for|to our * newsletter|newsletters
pattern: subscribe to our newsletter|newsletters|channel|podcast
suggest: (delete)
weight: 0.1
note: Newsletter or channel sign-up box from a news-site template.

[debris.subscribe-wall]
category: debris
pattern: already a subscriber
pattern: subscribe now|today
pattern: subscribe to continue reading
pattern: log|sign in to continue reading
suggest: (delete)
weight: 0.1
note: Paywall prompt scraped with the page.

[debris.all-rights-reserved]
category: debris
pattern: all rights reserved
pattern: copyright <number>
suggest: (delete)
weight: 0.1
note: Copyright footer of a web page or a syndication feed.

[debris.photo-credit]
category: debris
pattern: photo|image|picture credit|credits
pattern: photo|image|picture courtesy of
pattern: file photo
suggest: (delete, or move to the caption field)
weight: 0.05
note: Picture credit or caption label that ended up in the body text.

[debris.image-caption]
category: debris
pattern: image|media caption
pattern: image copyright|source
suggest: (delete)
weight: 0.1
note: Caption labels of broadcaster web pages ("Image caption", "Media caption").

[debris.related]
category: debris
pattern: Related|RELATED articles|Articles|ARTICLES|stories|Stories|STORIES|coverage|Coverage|posts|Posts|links|Links
case: sensitive
suggest: (delete)
weight: 0.1
note: Related-content box heading. Capitalised only: "related articles of the treaty" is prose.

[debris.advertisement]
category: debris
pattern: ADVERTISEMENT
pattern: Advertisement
pattern: Skip|SKIP advertisement|Advertisement|ADVERTISEMENT
case: sensitive
when: followed-by <Cap>
suggest: (delete)
weight: 0.1
note: Ad-slot label between paragraphs; the next token starts a new paragraph. Lower-case
  "advertisement" is an ordinary word and is not matched.

[debris.continues-below]
category: debris
pattern: story|article continues below|after
pattern: continue reading below
pattern: continue reading the main story
pattern: scroll to continue
suggest: (delete)
weight: 0.1
note: "Story continues below advertisement" and similar layout labels.

[debris.follow-us]
category: debris
pattern: follow us on
pattern: like us on facebook
pattern: join our telegram|whatsapp channel|group
suggest: (delete)
weight: 0.1
note: Social-media promotion from a news-site footer.

[debris.cookies]
category: debris
pattern: we use cookies
pattern: this site|website uses cookies
pattern: accept all cookies
pattern: our cookie policy
pattern: manage cookies
pattern: cookie settings|preferences
suggest: (delete)
weight: 0.1
note: Cookie-consent banner text.

[debris.skip-to-content]
category: debris
pattern: skip to main? content
pattern: skip|jump to navigation
suggest: (delete)
weight: 0.1
note: Accessibility navigation link of a web page.

[debris.browser]
category: debris
pattern: enable javascript
pattern: javascript is disabled
pattern: your browser does not support
suggest: (delete)
weight: 0.1
note: Browser-compatibility message from a video or graphics embed.

[debris.listen]
category: debris
pattern: listen to this article|story
suggest: (delete)
weight: 0.05
note: Audio-player label.

[debris.reading-time]
category: debris
pattern: <number> min|mins|minute read
suggest: (delete)
weight: 0.05
note: Reading-time badge ("4 min read").

[debris.timestamp]
category: debris
pattern: updated|published <number> hours|hrs|minutes|mins|days ago
suggest: (delete)
weight: 0.05
note: Relative time stamp of a web page ("Updated 3 hours ago").

[debris.app]
category: debris
pattern: download our app
pattern: open in app
suggest: (delete)
weight: 0.05
note: App-promotion banner.

[debris.comments]
category: debris
pattern: leave a comment|reply
pattern: view|show|load comments
pattern: comments are closed
suggest: (delete)
weight: 0.05
note: Reader-comment widget labels.

[debris.recommended]
category: debris
pattern: you may|might also like
pattern: recommended for you
pattern: more on this story|topic
suggest: (delete)
weight: 0.05
note: Recommendation-box headings.

[debris.print-email]
category: debris
pattern: print this article|page|story
pattern: email this article|story
suggest: (delete)
weight: 0.05
note: Print/e-mail tool labels.

[debris.translation-notice]
category: debris
pattern: this article|story|text|report was|is|has been? machine|automatically? translated
suggest: (delete; the desk's own provenance line replaces it)
weight: 0.15
note: Site notice that the piece is a translation ("This article was automatically
  translated"). Furniture, but it confirms that the copy went through translation.

[debris.markup]
category: debris
pattern: href|nofollow|noopener|noreferrer|onclick|iframe|srcset|tbody
suggest: (delete)
weight: 0.1
note: HTML attribute or tag names left over from a bad scrape.

# ---------------------------------------------------------------------------
# number: source-language number words and abbreviations
# ---------------------------------------------------------------------------

[number.untranslated-percent]
category: number
pattern: <number> prozent|procent|procento|procenta|procentu|procentow|procenti|percento|prosent
pattern: <number> por ciento
pattern: <number> pour cent
pattern: <number> per cento
suggest: percent | per cent | %
weight: 0.5
note: Percent word left in the source language (German "Prozent", Dutch/Polish/Czech/Slovak
  "procent(o)", Spanish "por ciento", French "pour cent", Italian "per cento", Norwegian "prosent").

[number.number-word-thousand]
category: number
pattern: <number> thousand|hundred
suggest: 5,000 (digits) | five thousand (words)
weight: 0.3
note: Digits followed by a number word ("5 thousand") renders source "5 Tausend", "5 mil",
  "5 тысяч" word by word; wire style writes "5,000".

[number.milliard]
category: number
pattern: milliard|milliards|miliard|miliardy|miliardow
pattern: <number> mld|mlrd
suggest: billion | bn
weight: 0.3
note: "Milliard" for 10^9 (German "Milliarde", French "milliard", Polish "miliard", Russian
  "миллиард", abbreviations "mld", "mlrd"); English wire copy says "billion".

[number.thousand-abbreviation]
category: number
pattern: <number> tsd|tys
suggest: thousand (write the figure in digits: 5,000)
weight: 0.5
note: Source-language abbreviation for "thousand": German "Tsd.", Polish "tys.".

# ---------------------------------------------------------------------------
# typography: entity residue
# ---------------------------------------------------------------------------

[typography.html-entity]
category: typography
pattern: nbsp|rsquo|lsquo|ldquo|rdquo|mdash|ndash|hellip|laquo|raquo|quot|apos|zwnj|zwj
suggest: (replace with the character the entity stands for)
weight: 0.1
note: HTML character-entity name (&nbsp; &rsquo; ...) left in the text by a bad conversion;
  the ampersand and semicolon are punctuation, so the name surfaces as a word token.
