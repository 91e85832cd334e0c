# de-en.lex — German → English machine translation and translationese.
#
# Scope: forms that English copy translated from German shows and that original English
# wire copy does not: calques of German prepositional phrases and compounds, false friends,
# German titles and institution names rendered word for word, German tense use and word
# order surviving into English, and German number abbreviations.
#
# Sources: the German forms and their usual English equivalents are standard contrastive
# knowledge of German and English as practised on English-language news desks working from
# German (DW, Reuters Berlin, AFP/dpa English services); titles follow the English usage of
# those desks ("state premier", "parliamentary group", "Chancellor") rather than the German
# government's own English translations. No published list is reproduced.
#
# Left out on purpose, because native English copy uses them: "in the run-up to", "on the
# sidelines of", "Vice Chancellor" (correct for Germany), "state secretary" for a German
# Staatssekretär (the usual English rendering), "Federal Foreign Office", "traffic-light
# coalition", "chancellor candidate", "it is feared that" (British usage), "the American
# side" (common in native diplomatic reporting), bare "with a view to" (native for purpose:
# "with a view to joining") and "within the framework of" before agreements and treaties.
#
# Conventions: every word-level pattern is lower case and matches case-insensitively unless
# the entry says `case: sensitive`. Lists of participles are kept identical across entries
# so that reviewers can extend them in one sweep.

verbatim-lexicon: 1
pair: de-en
description: German → English machine-translation patterns: calques, false friends, titles, tense and word order, numbers.

# ---------------------------------------------------------------------------
# calque: prepositional phrases and connectors
# ---------------------------------------------------------------------------

[calque.with-a-view-to]
category: calque
pattern: with a view to the upcoming|coming|forthcoming|current|situation|war|crisis|conflict|elections|summit|negotiations
pattern: with a view to upcoming|coming|forthcoming
pattern: with view to|on
suggest: ahead of | regarding | given
weight: 0.6
note: German "mit Blick auf" (= regarding, ahead of). Native "with a view to" expresses a
  purpose ("with a view to joining"); before an event or a situation it is the German phrase.

[calque.within-the-framework-of]
category: calque
pattern: within|in the framework of
when: followed-by the|a|an|his|her|its|their|this? *? visit|trip|meeting|conference|summit|investigation|investigations|inquiry|talks|event|festival|celebrations|ceremony|tour|campaign|operation|exercise|exercises|manoeuvre|manoeuvres|raid|raids|search|searches|programme|program|project
suggest: during | as part of
weight: 0.5
note: German "im Rahmen (des Besuchs, der Ermittlungen, der Konferenz)". Native English keeps
  "within the framework of" for agreements and laws; before a visit, event or investigation
  it is the German phrase.

[calque.in-the-course-of-day]
category: calque
pattern: in the course of monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday
suggest: during Monday | later on Monday | on Monday
weight: 0.4
note: German "im Laufe des Montags / des Tages"; English does not put "in the course of"
  before a day name.

[calque.already-since]
category: calque
pattern: already since <number>
pattern: already since years|months|weeks|decades|days|ages|the|this|last|early|mid|late|childhood|long|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|winter|its|his|her|their
suggest: since | for
weight: 0.6
note: German "schon seit", Dutch "al sinds": English drops "already" and often needs "for"
  ("have lived there since 2010" / "for years").

[calque.since-years]
category: calque
pattern: since years|months|weeks|decades|ages
pattern: since several|many|some years|months|weeks|days|decades
pattern: since two|three|four|five|six|seven|eight|nine|ten|twenty years|months|weeks|days|decades
pattern: since <number> years|months|weeks|days|decades
pattern: since long
unless: followed-by of|ago|later|earlier|before|after|back|previously|have|has|had|passed|elapsed|went|were|are
suggest: for years | for months | for a long time
weight: 0.6
note: German "seit Jahren / seit Monaten / seit langem": English uses "for" with a period
  ("for years"), "since" only with a point in time.

[calque.according-to-information-from-media]
category: calque
pattern: according to information from|by|of
when: followed-by the? der|die|das|spiegel|bild|welt|zeit|faz|handelsblatt|tagesspiegel|dpa|ard|zdf|wdr|ndr|swr|br|mdr|rbb|rnd|taz|sz
suggest: Der Spiegel reported | according to Der Spiegel
weight: 0.6
note: German "nach Informationen des Spiegel / von WDR, NDR und SZ". English attributes to the
  outlet directly ("Der Spiegel reported").

[calque.according-to-information-of]
category: calque
pattern: according to information of
pattern: according to our information
suggest: according to | ... said
weight: 0.5
note: German "nach Informationen von/der", "nach unseren Informationen". Not English
  attribution; wire copy names the source.

[calque.circles]
category: calque
pattern: according to security|coalition|negotiating|intelligence|ministry|party|government|eu|nato|delegation|investigation|investigative|chancellery|military|industry|company|union circles
suggest: security sources said | sources in the coalition said
weight: 0.6
note: German "nach Angaben aus Sicherheitskreisen / Regierungskreisen"; English wire copy
  attributes to "sources" ("security sources said").

[calque.circles-learned-from]
category: calque
pattern: from security|coalition|negotiating|ministry|delegation|investigation|investigative|chancellery|government|party|spd|cdu|csu|fdp|afd|union|eu|nato circles
when: preceded-by learned|learnt|heard|reported|known|confirmed|emerged|gathered|quoted|said
suggest: security sources said | sources in the coalition said
weight: 0.6
note: German "wie aus Sicherheitskreisen verlautete", "hieß es aus Koalitionskreisen": "it was
  learned from security circles". Only after a verb of learning or saying, because British
  copy writes "criticism from security circles" natively.

[calque.according-to-own-statements]
category: calque
pattern: according to own
pattern: according to its|his|her|their own statements|information|details|specifications|indications
suggest: by its own account | it said
weight: 0.7
note: German "nach eigenen Angaben" ("nach eigener Aussage"). English: "it said", "by its own account".

[calque.according-to-police-information]
category: calque
pattern: according to police|party|ministry|government|hospital|army information|specifications
pattern: according to first information|knowledge|details|statements
suggest: police said | according to police | according to initial reports
weight: 0.5
note: German "nach Polizeiangaben", "nach Angaben des Ministeriums", "nach ersten
  Informationen/Erkenntnissen". English: "police said", "initial reports".

[calque.background]
category: calque
pattern: in front of the background of|that
pattern: against the background that
suggest: against the backdrop of | given that | as
weight: 0.6
note: German "vor dem Hintergrund (dass)". "In front of" is a literal reading of "vor";
  "against the background that" copies the "dass" clause.

[calque.in-the-height-of]
category: calque
pattern: in the? height of
when: followed-by *? <number> million|billion|euros|euro|dollars|percent|per
suggest: of | worth | amounting to
weight: 0.8
note: German "in Höhe von 5 Millionen Euro" (an amount). "Height" only fits physical size in
  English; the amount phrase is "of 5 million euros".

[calque.from-the-side-of]
category: calque
pattern: from the side of the? government|ministry|opposition|police|authorities|employers|unions|union|company|party|prosecutors|prosecution|coalition|chancellery|administration|management|investigators|kremlin|pentagon
suggest: from the government | by the opposition
weight: 0.5
note: German "von Seiten / seitens der Regierung". English names the actor directly.

[calque.from-side-without-article]
category: calque
pattern: from american|german|russian|ukrainian|chinese|french|british|israeli|iranian|turkish|polish|european|us|u.s.|eu|nato|official|government|police|company|party|union|employer|employers side
suggest: from the US side | from Washington | officially | the government said
weight: 0.6
note: German "von amerikanischer Seite", "von offizieller Seite", "von Regierungsseite".
  English needs an article and usually names the actor instead ("Washington said").

[calque.night-to-day]
category: calque
pattern: in|during the night to|towards monday|tuesday|wednesday|thursday|friday|saturday|sunday
pattern: night from|of monday|tuesday|wednesday|thursday|friday|saturday|sunday to|on monday|tuesday|wednesday|thursday|friday|saturday|sunday
suggest: overnight | on Sunday night | early on Monday
weight: 0.8
note: German "in der Nacht zu Montag", "in der Nacht von Sonntag auf Montag". English: "overnight
  into Monday", "late on Sunday", "early on Monday".

[calque.on-the-past-day]
category: calque
pattern: on the past|passed|coming|upcoming monday|tuesday|wednesday|thursday|friday|saturday|sunday
suggest: last Monday | on Monday | next Monday
weight: 0.6
note: German "am vergangenen / am kommenden Sonntag". English: "last Sunday", "next Sunday",
  or in wire style just "on Sunday".

[calque.it-goes-about]
category: calque
pattern: it goes|went about|around the|a? question|issue|future|fact|need|money|topic|subject|security|survival|whether
suggest: it is about | at stake is | the issue is
weight: 0.7
note: German "es geht um (die Frage, ob)". English: "it is about", "what is at stake is".

[calque.building-troops]
category: calque
pattern: building|build|builds|built troops|forces|soldiers
unless: followed-by up
suggest: massing troops | building up troops
weight: 0.6
note: German "Truppen aufbauen" / "Truppenaufbau": the verb is rendered without "up"; English copy says "massing troops" or "building up forces".

[calque.troops-displaced]
category: calque
pattern: troops|soldiers|forces|units displaced
suggest: troops deployed | troops moved
weight: 0.6
note: German "verlegte Truppen" / "Truppen verlegen" ("to move, redeploy"), rendered as "displaced"; in English "displaced" is said of civilians.

[calque.troop-building]
category: calque
pattern: troop building|construction
pattern: construction|building of troops
suggest: troop buildup | build-up of troops
weight: 0.7
note: German "Truppenaufbau"; "Aufbau" read as "building/construction". English: "troop buildup".

# ---------------------------------------------------------------------------
# calque: compounds and institutional language
# ---------------------------------------------------------------------------

[calque.speaker-of-the]
category: calque
pattern: speaker of the government|ministry|chancellery|police|prosecutor|prosecutors|prosecution|company|concern|army|bundeswehr|interior|foreign|defence|defense|finance|health|justice|economics|economy|fire|municipality
suggest: spokesman for the | government spokesman
weight: 0.6
note: German "Sprecher" (= spokesman) read as "speaker": "Sprecher der Regierung / des
  Ministeriums / der Polizei". English "Speaker" is a presiding officer.

[calque.government-speaker]
category: calque
pattern: government|police|ministry|chancellery speaker
unless: followed-by at|series|list|lists|slot|slots|lineup|system|systems|phone|phones|programme|program|event|events
suggest: government spokesman | police spokesman
weight: 0.6
note: German "Regierungssprecher", "Polizeisprecher", "Ministeriumssprecher" ("Sprecher" =
  spokesman). A speaker at a government event is not matched.

[calque.federal-coach]
category: calque
pattern: federal coach|trainer
pattern: national trainer
suggest: Germany coach | national team coach
weight: 0.7
note: German "Bundestrainer", "Nationaltrainer"; English football copy says "Germany coach".

[calque.national-eleven]
category: calque
pattern: national eleven
pattern: dfb selection|eleven
suggest: national team | Germany
weight: 0.7
note: German "Nationalelf", "DFB-Auswahl", "DFB-Elf". English: "the national team", "Germany".

[calque.turnaround]
category: calque
pattern: energy|traffic|transport|mobility|heating|heat turnaround
pattern: turn of the times
pattern: times turnaround
suggest: energy transition | transport transition | watershed | Zeitenwende
weight: 0.6
note: German "Energiewende", "Verkehrswende", "Wärmewende" and "Zeitenwende"
  rendered through "Wende = turnaround/turn". English: "energy transition", "turning point".

[calque.benefit-money]
category: calque
pattern: citizen|citizen's money
pattern: child money
pattern: parental money
unless: preceded-by every|each|a|an|any|one|ordinary|average|single
suggest: citizen's income | child benefit | parental allowance
weight: 0.6
note: German "Bürgergeld", "Kindergeld", "Elterngeld" rendered "-geld = money". English uses
  "income", "benefit", "allowance". Plural "citizens' money" (taxpayers' money) is native
  and not matched.

[calque.short-work]
category: calque
pattern: short work allowance|benefit|benefits|money|scheme|schemes|pay
pattern: short workers
suggest: short-time work allowance | short-time working
weight: 0.6
note: German "Kurzarbeit(ergeld)", "Kurzarbeiter". English: "short-time work", "furlough scheme".

[calque.special-assets]
category: calque
pattern: special assets
when: in-sentence bundeswehr|bundestag|armed|military|defence|defense|infrastructure|brake
suggest: special fund
weight: 0.6
note: German "Sondervermögen" (an off-budget fund). English: "special fund".

[calque.conjuncture]
category: calque
pattern: economic conjuncture
pattern: conjunctural
pattern: conjuncture data|package|programme|program|forecast|outlook|survey|barometer|report|recovery|slump|weakness
suggest: economy | economic | business cycle | stimulus package
weight: 0.5
note: German "Konjunktur" (= economic activity, business cycle), "Konjunkturpaket",
  "konjunkturell". English: "the economy", "stimulus package", "cyclical".

[calque.federal-government]
category: calque
pattern: Federal Government
case: sensitive
when: in-sentence German|Germany|Germany's|Berlin|Bundestag|Scholz|Merz|Merkel|CDU|CSU|SPD|FDP|AfD|Greens
suggest: German government | the government
weight: 0.4
note: German "die Bundesregierung" with its capital letters. English wire copy: "the German
  government" or "Berlin". Lower-case "federal government" is native and not matched.

[calque.the-union]
category: calque
pattern: the|The Union
pattern: Union parties|faction|fraction|bloc
case: sensitive
when: in-sentence CDU|CSU|Merz|Söder|Soder|Bundestag|SPD|AfD|FDP|BSW|Laschet|Spahn|Linnemann|Dobrindt
unless: preceded-by state|State of
unless: followed-by of|Of
unless: in-sentence European|EU|Brussels|Commission
suggest: the conservative CDU/CSU bloc | the conservatives
weight: 0.5
note: German "die Union" / "Unionsparteien" / "Unionsfraktion" for the CDU and CSU. English
  readers take "the Union" as the EU, the trade unions or the US federation.

[calque.faction]
category: calque
pattern: cdu|csu|spd|fdp|afd|bsw|linke faction|fraction|factions|fractions
pattern: faction leader|chief|chairman|chairwoman|head|leaders
when: in-sentence cdu|csu|spd|fdp|afd|bsw|bundestag|linke|landtag
suggest: parliamentary group | parliamentary leader
weight: 0.6
note: German "Fraktion" (a party's group of members in a parliament), "Fraktionschef";
  English: "parliamentary group", "parliamentary leader". "Faction" means a sub-group.

# ---------------------------------------------------------------------------
# calque: false friends
# ---------------------------------------------------------------------------

[false-friend.actual]
category: calque
pattern: actual forsa|insa|yougov|infratest|allensbach|civey|politbarometer|deutschlandtrend|dimap|emnid|ifo|zew
pattern: its|their actuality
suggest: latest | current | topicality
weight: 0.7
note: German "aktuell" (= current, latest), "Aktualität" (= topicality): "die aktuelle
  Forsa-Umfrage" is "the latest Forsa poll". English "actual" means "real".

[false-friend.eventual]
category: calque
pattern: eventual problems|questions|risks|difficulties|complications|mistakes|errors|misunderstandings|objections|queries|delays
pattern: eventual further|additional|other
suggest: possible | any
weight: 0.6
note: German "eventuell" (= possible, any), Dutch "eventueel". English "eventual" means
  "final, in the end".

[false-friend.concrete]
category: calque
pattern: in the|this|that concrete case|cases|instance
pattern: concretely this|that|it means
pattern: this|that|it means concretely
suggest: in this particular case | specifically | in practice
weight: 0.6
note: German "im konkreten Fall", "konkret heißt das". English: "in this case", "in practice,
  this means".

[false-friend.sensible]
category: calque
pattern: sensible data|information|documents|files
suggest: sensitive
weight: 0.7
note: German "sensibel" (= sensitive): "sensible Daten". English "sensible" means "reasonable".

[false-friend.consequent]
category: calque
pattern: more|most|very|less consequent|consequently
pattern: consequent deportation|deportations|enforcement|implementation|prosecution
pattern: act|acts|acted|acting consequently
suggest: consistent | rigorous | resolute | consistently
weight: 0.7
note: German "konsequent" (= consistent, rigorous), "konsequent abschieben/umsetzen". English
  "consequent(ly)" means "resulting, therefore".

[false-friend.become]
category: calque
pattern: become|becomes|became|becoming an? answer|reply|visa|refund|salary|pension|compensation
unless: followed-by fund|funds|scheme|schemes|plan|plans|provider|system
suggest: get | receive
weight: 0.7
note: German "bekommen" (= get, receive): "eine Antwort bekommen" is "get an answer", not
  "become an answer".

[false-friend.handy]
category: calque
pattern: his|her|my|their|your|on|via|by|the handy
unless: followed-by <lower>
suggest: mobile phone | cellphone
weight: 0.7
note: German "Handy" (= mobile phone): "auf seinem Handy". Only where no lower-case word
  follows (end of sentence, a name, a number); the adjective ("a handy guide") is followed
  by its noun. The form before a function word is in false-friend.handy-compound.

[false-friend.handy-compound]
category: calque
pattern: handy number|numbers|video|videos|ban|contract|contracts
pattern: his|her|my|their|your|on|via|by|the handy which|that|in|on|at|from|with|was|is|were|had|has|he|she|they|it|when|where|while|because|after|before|during|of
suggest: mobile number | mobile-phone video | phone ban | mobile phone
weight: 0.7
note: German compounds "Handynummer", "Handyvideo", "Handyverbot", "Handyvertrag", and
  "Handy" as a noun before a function word ("auf seinem Handy, das ...").

[false-friend.chef]
category: calque
pattern: concern|government|bank|police|union|ministry|agency|spd|cdu|csu|fdp|afd|vw|volkswagen|bmw|siemens|bundesbank|ecb|nato|tesla|opec|ifo|kremlin|pentagon|dax chef|chefs
unless: in-sentence restaurant|restaurants|kitchen|kitchens|cook|cooking|cooks|dish|dishes|menu|food|michelin|recipe|recipes|cuisine|banquet|dinner|meal|meals
suggest: chief | head | boss | CEO | leader
weight: 0.7
note: German "Chef" (= boss, head): "Konzernchef", "Regierungschef", "SPD-Chef", "VW-Chef".
  English "chef" is a cook.

[false-friend.gymnasium]
category: calque
pattern: attended|attends|attending|attend the|a gymnasium
pattern: graduated|graduating|graduates from|at the|a gymnasium
pattern: gymnasium pupils|teacher|teachers|graduates
suggest: secondary school | grammar school | high school
weight: 0.4
note: German "Gymnasium" (academic secondary school). English "gymnasium" is a sports hall;
  some native biographies keep the German term, hence the lower weight.

# ---------------------------------------------------------------------------
# title: German offices and forms of address
# ---------------------------------------------------------------------------

[title.federal-chancellor]
category: title
pattern: federal chancellor
unless: in-sentence swiss|switzerland|bern|berne
suggest: Chancellor | German Chancellor
weight: 0.6
note: German "Bundeskanzler(in)"; English copy writes "Chancellor" or "German Chancellor".
  The Swiss Federal Chancellor is a different office and keeps the title.

[title.federal-president]
category: title
pattern: federal president
unless: in-sentence swiss|switzerland|bern|berne
suggest: President | German President
weight: 0.6
note: German "Bundespräsident(in)"; English: "German President Frank-Walter Steinmeier".

[title.federal-minister]
category: title
pattern: federal minister of|for
pattern: federal finance|economics|economy|interior|foreign|defence|defense|health|justice|transport|environment|labour|labor|education|agriculture|family|development|research minister
when: in-sentence german|germany|germany's|berlin|bundestag|scholz|merz|merkel|austria|austrian|vienna
unless: in-sentence canada|canada's|canadian|ottawa|australia|australia's|australian|canberra|pakistan|pakistan's|pakistani|islamabad|nigeria|nigeria's|nigerian|india|india's|indian|malaysia|malaysia's|malaysian|ethiopia|ethiopia's|ethiopian|brazil|brazil's|brazilian|somalia|somalia's|nepal|nepal's|iraq|iraq's|iraqi|switzerland|switzerland's|swiss|belgium|belgium's|belgian
suggest: German Finance Minister | the German minister for ...
weight: 0.5
note: German "Bundesminister(in) für ...", "Bundesfinanzminister"; English copy drops "federal"
  for Germany ("German Finance Minister"). Countries whose English usage has "federal
  minister" are excluded.

[title.minister-president]
category: title
pattern: minister president
when: in-sentence bavaria|bavarian|saxony|saxon|thuringia|thuringian|hesse|hessian|brandenburg|hamburg|bremen|westphalia|rhineland|palatinate|baden|wurttemberg|schleswig|holstein|mecklenburg|pomerania|saarland|anhalt|state|german|germany
unless: preceded-by prime|foreign|finance|defence|defense|interior|trade|health|economy|economic|justice|energy|environment|agriculture|education|transport|labour|labor|culture|deputy|vice|chief|state
unless: in-sentence flemish|flanders|wallonia|walloon|brussels|belgian|belgium
suggest: state premier | premier
weight: 0.4
note: German "Ministerpräsident(in)" of a federal state; English wire copy: "state premier"
  ("Bavarian state premier Markus Söder").

[title.double-title]
category: title
pattern: mr|mrs|ms|herr|frau dr|doctor|prof|professor
pattern: prof dr
pattern: dipl ing
suggest: Dr | Professor | (drop the academic title)
weight: 0.7
note: German stacked forms of address ("Herr Dr. Müller", "Prof. Dr.", "Dipl.-Ing."). English
  uses one title at most and usually none on second reference.

[title.herr-frau]
category: title
pattern: herr|frau <Cap>
pattern: mrs|ms chancellor
pattern: mrs|ms federal chancellor
suggest: Mr | Ms | Chancellor <surname> | (surname only)
weight: 0.6
note: German forms of address left untranslated ("Frau Baerbock", "Herr Scholz") or rendered
  word for word ("Frau Bundeskanzlerin" → "Mrs Chancellor"); English copy writes "Chancellor
  Merkel" or the surname alone.

# ---------------------------------------------------------------------------
# entity: German institutions
# ---------------------------------------------------------------------------

[entity.federal-employment-agency]
category: entity
pattern: federal agency for work|labour|labor|employment
pattern: federal work agency
suggest: Federal Employment Agency | Federal Labour Office
weight: 0.5
note: German "Bundesagentur für Arbeit" rendered word for word; the established English name
  is "Federal Employment Agency" (older "Federal Labour Office").

# ---------------------------------------------------------------------------
# grammar: articles and German tense use
# ---------------------------------------------------------------------------

[grammar.article-before-newspaper]
category: grammar
pattern: the spiegel|bild|welt|zeit|taz|handelsblatt|tagesspiegel
unless: followed-by newspaper|daily|tabloid|magazine|weekly|am|group|zeitung|online|editor|editors|correspondent|reporter|reporters|publisher|website|interview
suggest: Der Spiegel | Bild | Die Welt | Die Zeit | Handelsblatt
weight: 0.4
note: German "der Spiegel", "die Bild", "die Welt": the German article is translated as
  "the". English copy writes the title as published ("Der Spiegel", "Bild") or adds
  "newspaper".

[grammar.perfect-with-past-time]
category: grammar
pattern: has|have said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun yesterday
pattern: has|have said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun on monday|tuesday|wednesday|thursday|friday|saturday|sunday
pattern: has|have said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun last week|month|year|night|weekend
unless: preceded-by will|would|should|could|must|might|may|shall|to
suggest: said on Monday (simple past)
weight: 0.5
note: German Perfekt for past events ("hat am Montag gesagt", "ist gestern gestorben");
  English uses the simple past with a finished time ("said on Monday").

[grammar.is-with-intransitive]
category: grammar
pattern: is|are|was|were arrived|died|happened|occurred|risen|remained|emerged|fled|escaped
unless: in-sentence christ|jesus|lord|easter
suggest: has arrived | has died | has risen | has happened
weight: 0.5
note: German "sein" perfect ("ist angekommen", "ist gestorben", "ist gestiegen") rendered
  with "is"; English forms the perfect with "have".

# ---------------------------------------------------------------------------
# word-order: German clause structure surviving into English
# ---------------------------------------------------------------------------

[word-order.aux-adverb-participle]
category: word-order
pattern: has|have yesterday said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun|been
pattern: has|have on monday|tuesday|wednesday|thursday|friday|saturday|sunday said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun|been
pattern: has|have last week|month|year|night|weekend said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun|been
suggest: said on Monday | announced yesterday
weight: 0.7
note: German "hat gestern / am Montag gesagt": the time adverbial sits between auxiliary and
  participle, as in German. English puts it after the verb and uses the simple past. "Had"
  is left out: British copy writes "had on Monday announced" (past perfect).

[word-order.v2-after-time-adverb]
category: word-order
pattern: yesterday has|have the|a|an|his|her|its|their * *? said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun
pattern: on monday|tuesday|wednesday|thursday|friday|saturday|sunday has|have the|a|an|his|her|its|their * *? said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun
suggest: Yesterday the minister said | The minister said on Monday
weight: 0.8
note: German verb-second order after a fronted time adverb ("Gestern hat der Minister
  gesagt"): auxiliary before the subject, participle after it.

[word-order.extended-attribute-year]
category: word-order
pattern: the|a|an|its|their in|since|from|until <number> <lower>
suggest: the law passed in 2019 | the reform adopted in 2019
weight: 0.6
note: German extended participial attribute ("das 2019 verabschiedete Gesetz", "die seit 2014
  andauernde Krise") kept in German order between article and noun.

[word-order.extended-attribute-by]
category: word-order
pattern: the|a|an by the|his|her|its|their * *? planned|proposed|adopted|announced|introduced|demanded|agreed|approved|criticised|criticized|presented|initiated|controlled|led|ruled|backed|supported|financed|funded|commissioned|ordered|imposed|launched|sought|rejected
suggest: the reform planned by the government
weight: 0.8
note: German "die von der Regierung geplante Reform": the agent phrase stands between article
  and noun. English: "the reform planned by the government".

[word-order.is-since-year]
category: word-order
pattern: is|are|sits|resides|reside since <number>
pattern: he|she|they|who|which lives|live|works|work since <number>
unless: followed-by that
suggest: has been ... since 2010 | has lived in Berlin since 2010
weight: 0.6
note: German present tense with "seit" and adverb before the complement ("lebt seit 2010 in
  Berlin"). English: present perfect, "since" after the complement.

# ---------------------------------------------------------------------------
# number: German conventions
# ---------------------------------------------------------------------------

[number.mio-mrd]
category: number
pattern: <number> mio|mrd
suggest: million | billion
weight: 0.8
note: German abbreviations "Mio." (Millionen) and "Mrd." (Milliarden) left in the text.

[number.clock]
category: number
pattern: <number> clock|uhr
suggest: 3 p.m. | 1500 GMT
weight: 0.8
note: German "um 15 Uhr" rendered "at 15 clock" or left as "Uhr". English: "3 p.m."; wire
  copy often gives GMT.

[number.calendar-week]
category: number
pattern: calendar week <number>
suggest: the week of ... | the week starting ...
weight: 0.6
note: German "Kalenderwoche 12" (KW 12); English copy names the dates.

[number.percent-points]
category: number
pattern: percent points
pattern: per cent points
suggest: percentage points
weight: 0.5
note: German "Prozentpunkte"; English: "percentage points".
