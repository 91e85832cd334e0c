# nl-en.lex — Dutch → English machine translation and translationese.
#
# Scope: forms that English copy translated from Dutch (Netherlands and Flanders) shows and
# that original English wire copy does not: false friends, calques of Dutch prepositional
# phrases and compounds, Dutch parliamentary and judicial names rendered word for word,
# Dutch tense use and word order, and Dutch number words.
#
# Sources: standard contrastive knowledge of Dutch and English as practised on English-language
# desks working from Dutch (ANP English, NL Times, DutchNews style), and the English names that
# Dutch institutions themselves use (House of Representatives for the Tweede Kamer, Senate for
# the Eerste Kamer, Public Prosecution Service for the Openbaar Ministerie, King's Commissioner).
# No published list is reproduced.
#
# Left out on purpose, because native English copy uses them: "the cabinet" for the
# government (native for cabinet decisions), "on the basis of", "in connection with" before
# a crime ("arrested in connection with"), "state secretary" (the Dutch government's own
# English for staatssecretaris), "alderman" (for wethouder), "according to sources" bare.
#
# German and Dutch share several of these calques; the entries appear in both pair lexicons
# with the source form named in each note.

verbatim-lexicon: 1
pair: nl-en
description: Dutch → English machine-translation patterns: false friends, calques, institutions, tense and word order, numbers.

# ---------------------------------------------------------------------------
# calque: false friends
# ---------------------------------------------------------------------------

[false-friend.eventual]
category: calque
pattern: eventual problems|questions|risks|difficulties|complications|mistakes|errors|misunderstandings|objections|queries|delays
pattern: eventual further|additional|other
suggest: possible | any
weight: 0.7
note: Dutch "eventueel/eventuele" (= possible, any): "eventuele vragen" is "any questions".
  English "eventual" means "final, in the end".

[false-friend.actual]
category: calque
pattern: actual affairs
pattern: actuality|actualities programme|program|programmes|programs|show|shows|rubric
pattern: its|their actuality
suggest: current affairs | topicality
weight: 0.7
note: Dutch "actueel" (= current, topical), "actualiteit(en)" (= current affairs,
  topicality): "actualiteitenprogramma" is a current-affairs programme.

[false-friend.solicit]
category: calque
pattern: solicit|solicited|soliciting|solicits for|at the|a? job|position|post|vacancy|function
pattern: solicitation interview|interviews|conversation|conversations
unless: preceded-by was|were|been|being|is|are
unless: followed-by office|offices|box
suggest: apply for | job interview
weight: 0.8
note: Dutch "solliciteren (naar een baan)" (= apply), "sollicitatiegesprek" (= job interview).
  English "solicit" means "ask for, request".

[false-friend.brand]
category: calque
pattern: brand|brands broke|breaks|break out
pattern: brand in a|the house|home|building|apartment|shed|barn|warehouse|factory|flat|farm
unless: followed-by of
suggest: fire
weight: 0.6
note: Dutch "brand" (= fire): "er brak brand uit", "brand in een woning". English "brand" is
  a trademark.

# ---------------------------------------------------------------------------
# calque: phrases
# ---------------------------------------------------------------------------

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
note: Dutch "sinds jaren / al jaren / sinds lang": English uses "for" with a period, "since"
  only with a point in time.

[calque.already-since]
category: calque
pattern: already since <number>
pattern: already since years|months|weeks|decades|days|ages|the|this|last|early|mid|late|childhood|long|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|winter|its|his|her|their
suggest: since | for
weight: 0.6
note: Dutch "al sinds", "al vanaf": English drops "already".

[calque.in-the-framework-of]
category: calque
pattern: within|in the framework of
when: followed-by the|a|an|his|her|its|their|this? *? visit|trip|meeting|conference|summit|investigation|investigations|inquiry|talks|event|festival|celebrations|ceremony|tour|campaign|operation|exercise|exercises|raid|raids|search|searches|programme|program|project
suggest: as part of | during
weight: 0.5
note: Dutch "in het kader van (het onderzoek, het bezoek)". Native English keeps "within
  the framework of" for agreements and laws.

[calque.it-is-the-intention]
category: calque
pattern: it is|was the intention that|to
suggest: the plan is to | X intends to
weight: 0.5
note: Dutch "het is de bedoeling dat/om". English names who intends: "the government plans to".

[calque.make-a-photo]
category: calque
pattern: make|makes|made|making a|the? photo|photos|selfie|selfies
unless: followed-by call|calls|op|ops|opportunity|shoot|session|finish|album|book|exhibition
suggest: take a photo
weight: 0.5
note: Dutch "een foto maken" (German "ein Foto machen"). English: "take a photo".

[calque.give-a-reaction]
category: calque
pattern: give|gives|gave|given|giving a|no|any reaction
unless: in-sentence allergic|allergy|allergies|skin|chemical|vaccine|drug|immune|patients
suggest: respond | comment
weight: 0.5
note: Dutch "een reactie geven" (= comment, respond). English: "declined to comment",
  "responded".

[calque.react-for-comment]
category: calque
pattern: declined|refused to react
pattern: not want to react
pattern: reachable for a|any? reaction|comment
unless: followed-by to the? provocation|provocations|provocative
unless: followed-by hastily|quickly|emotionally|rashly|militarily|violently|angrily|immediately
suggest: declined to comment | could not be reached for comment
weight: 0.5
note: Dutch "wilde niet reageren", "was niet bereikbaar voor een reactie" (German "wollte
  nicht reagieren"). English wire formula: "declined to comment".

[calque.sources-around]
category: calque
pattern: according to sources around|surrounding
unless: followed-by the? world|globe|country|region|clock|city
suggest: sources close to | according to sources in
weight: 0.4
note: Dutch "volgens bronnen rond (het kabinet, de minister)". English: "sources close to".

[calque.in-connection-with-cause]
category: calque
pattern: in connection with the? weather|storm|heat|heatwave|holidays|holiday|corona|coronavirus|pandemic|rain|snow|frost|renovation|renovations|maintenance|works|roadworks|construction|drought|wind|winds
unless: in-sentence arrested|arrest|arrests|detained|charged|suspect|suspects|suspected|questioned|jailed|convicted|indicted|looting|fraud|theft
suggest: because of | due to
weight: 0.3
note: Dutch "in verband met (het slechte weer)" giving a cause; native English uses "in
  connection with" for links to crimes or cases, not for causes.

[calque.night-to-day]
category: calque
pattern: in|during the night to|towards monday|tuesday|wednesday|thursday|friday|saturday|sunday
pattern: night from|of monday|tuesday|wednesday|thursday|friday|saturday|sunday to|on monday|tuesday|wednesday|thursday|friday|saturday|sunday
suggest: overnight | on Saturday night | early on Sunday
weight: 0.8
note: Dutch "in de nacht van zaterdag op zondag", "in de nacht naar maandag". English:
  "overnight", "late on Saturday", "early on Sunday".

[calque.last-week-day]
category: calque
pattern: last|next|previous|coming week monday|tuesday|wednesday|thursday|friday|saturday|sunday
suggest: last Tuesday | on Tuesday last week
weight: 0.5
note: Dutch "vorige week dinsdag", "volgende week maandag" (German "letzte Woche Dienstag").
  English: "last Tuesday", "on Monday next week".

[calque.from-side-without-article]
category: calque
pattern: from american|german|russian|ukrainian|chinese|french|british|israeli|iranian|turkish|polish|european|dutch|belgian|us|u.s.|eu|nato|official|government|police|company|party|union|employer|employers side
suggest: from the US side | from Washington | officially
weight: 0.6
note: Dutch "van Amerikaanse zijde", "van officiële zijde", "van de zijde van". English needs
  an article and usually names the actor ("Washington said").

[calque.per-direct]
category: calque
pattern: per direct|directly|immediately|immediate|today|tomorrow
pattern: per <number> january|february|march|april|may|june|july|august|september|october|november|december
suggest: with immediate effect | immediately | as of 1 January
weight: 0.8
note: Dutch "per direct" (= with immediate effect), "per 1 januari" (= as of 1 January).

[calque.from-out]
category: calque
pattern: from out the|a|an|his|her|its|their|our
suggest: from | from within
weight: 0.5
note: Dutch "vanuit (de regering, het buitenland)". English: "from", "from within".

[calque.let-know]
category: calque
pattern: lets|let know
unless: followed-by how|it|alls
suggest: said | announced | made it known
weight: 0.6
note: Dutch "laten weten" (= say, make known): "de minister liet weten dat". English needs an
  object ("let us know") or says "said".

[calque.stand-on-the-agenda]
category: calque
pattern: stands|stood|standing|stand on the agenda
unless: in-sentence where|how|position|positions|stance
suggest: is on the agenda
weight: 0.5
note: Dutch "op de agenda staan" (German "auf der Tagesordnung stehen"). English: "is on the agenda".

[calque.law-proposal]
category: calque
pattern: law proposal|proposals
pattern: law design|designs
pattern: proposal of law
suggest: bill | draft law
weight: 0.5
note: Dutch "wetsvoorstel", "wetsontwerp", "voorstel van wet"; English: "bill".

[calque.chamber-compounds]
category: calque
pattern: chamber member|members|majority|letter|letters|questions|motion|motions
unless: in-sentence commerce|industry|music|orchestra|gas|chambers
suggest: member of parliament | majority in parliament | letter to parliament | parliamentary questions
weight: 0.6
note: Dutch compounds with "Kamer" (= parliament): "Kamerlid", "Kamermeerderheid",
  "Kamerbrief", "Kamervragen", "Kamermotie".

[calque.burgomaster]
category: calque
pattern: burgomaster|burgomasters
suggest: mayor
weight: 0.6
note: Dutch "burgemeester" rendered with the archaic English loan; English copy says "mayor".

[calque.do-declaration]
category: calque
pattern: did|does|do|doing|made|make|makes|making|filed|file|files declaration|aangifte
suggest: reported it to the police | filed a police report | pressed charges
weight: 0.6
note: Dutch "aangifte doen" (= report a crime to the police), rendered "do/make declaration".

[calque.cell-punishment]
category: calque
pattern: cell|task punishment|punishments|sentence|sentences
suggest: prison sentence | community service
weight: 0.7
note: Dutch "celstraf" (= prison sentence) and "taakstraf" (= community service order).

# ---------------------------------------------------------------------------
# entity: Dutch institutions and places
# ---------------------------------------------------------------------------

[entity.second-chamber]
category: entity
pattern: Second Chamber
pattern: Second Room
case: sensitive
unless: preceded-by a|an|A|An|elected|appointed|unelected|reformed|new
suggest: House of Representatives | lower house of parliament
weight: 0.6
note: Dutch "Tweede Kamer" rendered word for word; the Dutch parliament's own English name is
  House of Representatives. A British "elected second chamber" is not matched.

[entity.first-chamber]
category: entity
pattern: First Chamber
pattern: First Room
case: sensitive
unless: preceded-by a|an|A|An|elected|appointed|unelected|reformed|new
suggest: Senate | upper house
weight: 0.5
note: Dutch "Eerste Kamer" rendered word for word; in English it is the Senate.

[entity.provincial-states]
category: entity
pattern: Provincial States
case: sensitive
suggest: Provincial Council | provincial assembly
weight: 0.5
note: Dutch "Provinciale Staten" rendered word for word; English: "provincial council".

[entity.den-haag]
category: entity
pattern: den haag
suggest: The Hague
weight: 0.4
note: Dutch name of the city left untranslated; English copy writes The Hague.

[entity.om]
category: entity
pattern: OM
case: sensitive
when: preceded-by the|The
when: followed-by said|says|has|is|wants|demands|demanded|will|announced|decided|appealed|believes|considers|suspects|prosecutes|prosecuted|charged|seeks|sought|requested|requests|dropped
suggest: prosecutors | the Public Prosecution Service
weight: 0.5
note: Dutch "het OM" (Openbaar Ministerie). English copy says "prosecutors" or "the Public
  Prosecution Service"; the British "OM" (Order of Merit) is not followed by a verb.

[entity.cabinet-numbered]
category: entity
pattern: cabinet|Cabinet <Cap> II|III|IV|V
pattern: cabinet|Cabinet Rutte|Schoof|Balkenende|Kok|Lubbers|Jetten
case: sensitive
unless: followed-by said|says|told|added|wrote|has|had|was|is|and|also|who|on|in|at|to|will|would
suggest: the Rutte cabinet | the fourth Rutte government
weight: 0.4
note: Dutch "kabinet-Rutte IV", "kabinet-Schoof": English puts the name first ("the Schoof
  cabinet", "the fourth Rutte government").

# ---------------------------------------------------------------------------
# title: Dutch offices
# ---------------------------------------------------------------------------

[title.minister-president]
category: title
pattern: minister president
when: in-sentence dutch|netherlands|hague|rutte|schoof|jetten|balkenende|cabinet|coalition
unless: preceded-by prime|foreign|finance|defence|defense|interior|trade|health|economy|economic|justice|energy|environment|agriculture|education|transport|labour|labor|culture|deputy|vice|chief|state
unless: in-sentence flemish|flanders|wallonia|walloon|brussels|belgian|belgium
suggest: prime minister
weight: 0.6
note: Dutch "minister-president" (the Dutch head of government's formal title); English copy
  says "prime minister".

[title.commissioner-of-the-king]
category: title
pattern: commissioner of the king|queen
suggest: King's Commissioner | provincial governor
weight: 0.6
note: Dutch "Commissaris van de Koning" rendered with an "of" phrase; English: "King's
  Commissioner".

# ---------------------------------------------------------------------------
# grammar: agreement and Dutch tense use
# ---------------------------------------------------------------------------

[grammar.the-police-has]
category: grammar
pattern: the police has|is|was|does|wants|says|asks|reports|investigates|calls|expects|suspects|assumes|thinks|believes|knows
suggest: police have | police are | police said
weight: 0.5
note: Dutch "de politie heeft/is" (singular); English treats "police" as plural.

[grammar.perfect-with-past-time]
category: grammar
pattern: has|have said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun yesterday
pattern: has|have said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun on monday|tuesday|wednesday|thursday|friday|saturday|sunday
pattern: has|have said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun last week|month|year|night|weekend
unless: preceded-by will|would|should|could|must|might|may|shall|to
suggest: said on Monday (simple past)
weight: 0.5
note: Dutch voltooid tegenwoordige tijd for past events ("heeft maandag gezegd", "is gisteren
  overleden"); English uses the simple past with a finished time.

[grammar.is-with-intransitive]
category: grammar
pattern: is|are|was|were arrived|died|happened|occurred|risen|remained|emerged|fled|escaped
unless: in-sentence christ|jesus|lord|easter
suggest: has arrived | has died | has risen
weight: 0.6
note: Dutch "zijn" perfect ("is gestegen", "is overleden", "is gebeurd") rendered with "is";
  English forms the perfect with "have".

# ---------------------------------------------------------------------------
# word-order: Dutch clause structure surviving into English
# ---------------------------------------------------------------------------

[word-order.aux-adverb-participle]
category: word-order
pattern: has|have yesterday said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun|been
pattern: has|have on monday|tuesday|wednesday|thursday|friday|saturday|sunday said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun|been
pattern: has|have last week|month|year|night|weekend said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun|been
suggest: said on Monday | announced yesterday
weight: 0.7
note: Dutch "heeft gisteren / maandag gezegd": the time adverbial sits between auxiliary and
  participle. English puts it after the verb and uses the simple past.

[word-order.v2-after-time-adverb]
category: word-order
pattern: yesterday has|have the|a|an|his|her|its|their * *? said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun
pattern: on monday|tuesday|wednesday|thursday|friday|saturday|sunday has|have the|a|an|his|her|its|their * *? said|announced|declared|confirmed|stated|decided|approved|rejected|signed|met|warned|demanded|criticised|criticized|presented|published|explained|emphasised|emphasized|stressed|admitted|denied|arrived|visited|spoken|called|reported|resigned|died|told|adopted|passed|voted|launched|opened|ended|begun
suggest: Yesterday the minister said | The minister said on Monday
weight: 0.8
note: Dutch verb-second order after a fronted time adverb ("Gisteren heeft de minister
  gezegd"): auxiliary before the subject, participle after it.

[word-order.is-since-year]
category: word-order
pattern: is|are|sits|resides|reside since <number>
pattern: he|she|they|who|which lives|live|works|work since <number>
unless: followed-by that
suggest: has been ... since 2010 | has lived in Utrecht since 2010
weight: 0.6
note: Dutch present tense with "sinds" before the complement ("woont sinds 2010 in Utrecht").
  English: present perfect, "since" after the complement.

# ---------------------------------------------------------------------------
# number: Dutch number words
# ---------------------------------------------------------------------------

[number.ample]
category: number
pattern: ample|roomy <number>
suggest: more than 200 | well over 200
weight: 0.8
note: Dutch "ruim 200" (= more than 200) rendered with the adjective "ruim = ample, roomy".

[number.around-the-number]
category: number
pattern: around|approximately|roughly the <number>
when: followed-by people|persons|demonstrators|protesters|victims|visitors|dead|injured|houses|homes|households|employees|jobs|euros|euro|soldiers|migrants|refugees|asylum|students|pupils|passengers|cars|vehicles|animals|cows|pigs|chickens
suggest: about 200 people | some 200 people
weight: 0.4
note: Dutch "rond de 200 mensen", "zo'n 200": the Dutch article survives. English: "about 200".

[number.miljoen-miljard]
category: number
pattern: <number> miljoen|miljard
suggest: million | billion
weight: 0.8
note: Dutch number words "miljoen" (million) and "miljard" (billion) left untranslated.
