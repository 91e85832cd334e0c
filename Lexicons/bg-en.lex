# bg-en.lex: Bulgarian -> English machine-translation and translationese patterns.
#
# Scope: English news copy machine-translated (or translated word for word) from
# Bulgarian-language sources: agency copy, broadcaster websites (BNT, bTV, Nova,
# BNR), government and parliament releases. Each entry names the Bulgarian
# source form in its note.
#
# - Shared Slavic calques use the same pattern as ru-en, uk-en and pl-en, so the
#   detector can compare which pair files fire; the note gives the Bulgarian form.
# - Bulgarian-only forms (news formulas such as "чуждестранни агенции
#   съобщават", "каза пред bTV", "стана ясно от думите на", the "служебен"
#   caretaker cabinet, Bulgarian institutions and abbreviations) carry the
#   higher weights.
# - Native usage kept out on purpose: "National Assembly", "lev/leva", "BTA",
#   "caretaker cabinet", dates such as "on 10 January". "Kiev" lives in en.lex.
# - Bulgarian article and clitic order is not expressible as tokens (the article
#   is a suffix), so there are few word-order entries.

verbatim-lexicon: 1
pair: bg-en
description: Bulgarian → English machine-translation patterns: news formulas, titles, institutions, calques.

# ---------------------------------------------------------------------------
# Titles of office
# ---------------------------------------------------------------------------

[title.vice-premier]
category: title
pattern: vice premier|premiers
pattern: vice prime minister|ministers
pattern: vicepremier|vicepremiers
unless: in-sentence china|china's|chinese|beijing|taiwan|taiwan's|taiwanese|taipei|vietnam|vietnam's|vietnamese|hanoi|laos|lao
unless: followed-by liu|han|hu|wang|li|zhang|sun|ding|he|wu|ma|zhao|chen|huang|yang|zhou|xu|guo|lin|liang|qian|zeng|hui|cheng|lai|cho
suggest: Deputy Prime Minister
weight: 0.4
note: Bulgarian "вицепремиер"; English copy writes Deputy Prime Minister. "Vice Premier" is native only for China and Taiwan, which the conditions exclude. Shared with Russian, Ukrainian and Polish.

[title.chairman-of-the-national-assembly]
category: title
pattern: deputy? chairman|chairwoman|chairperson|chair of the national assembly
pattern: deputy? chairman|chairwoman|chairperson|chair of the parliament
pattern: national assembly chairman|chairwoman|chairperson
unless: followed-by committee|commission|foreign|budget|defense|defence|legal|economic|european|finance|health|human|security|ethics|subcommittee|group|delegation|faction
unless: in-sentence vietnam|vietnam's|vietnamese|hanoi|laos|lao|korea|korea's|korean|seoul|pakistan|pakistan's|pakistani|kenya|kenya's|kenyan|armenia|armenia's|armenian
suggest: Speaker | parliament Speaker | Deputy Speaker
weight: 0.55
note: Bulgarian "председател на Народното събрание" / "заместник-председател на парламента"; English copy writes "Speaker of Parliament" or "Deputy Speaker". Countries whose native English title is "National Assembly Chairman" are excluded.

[title.chief-secretary-of-the-interior-ministry]
category: title
pattern: chief|general secretary of the interior ministry
pattern: chief|general secretary of the? mvr
pattern: chief|general secretary of the ministry of interior|internal
suggest: chief of police | national police chief
weight: 0.8
note: Bulgarian "главен секретар на МВР", the top police officer; English copy writes "the country's police chief" or "chief of the national police".

[title.head-of-the-foreign-ministry]
category: title
pattern: head|chief of the russian|ukrainian|bulgarian|polish? foreign|defense|defence ministry
pattern: head|chief of the ministry of foreign affairs
pattern: head|chief of the ministry of defense|defence
suggest: foreign minister | defense minister
weight: 0.3
note: Bulgarian "ръководителят на МВнР" / "шефът на отбраната" ("head of the Foreign Ministry"); English copy writes "foreign minister", "defense minister". Shared with Russian, Ukrainian and Polish.

[title.head-of-diplomacy]
category: title
pattern: head|chief of diplomacy
pattern: head|chief of the? russian|ukrainian|american|us|u.s.|bulgarian|polish|french|german|british|chinese|turkish|israeli|iranian|hungarian|romanian|serbian|belarusian|italian|spanish|japanese|indian diplomacy
suggest: foreign minister | top diplomat
weight: 0.55
note: Bulgarian "шефът на българската дипломация" / "шефът на руската дипломация" ("head of Bulgarian diplomacy"), the usual periphrasis for a foreign minister; English writes "foreign minister" or "top diplomat". Shared with Russian, Ukrainian and Polish.

[title.head-of-the-pentagon]
category: title
pattern: head|chief of the pentagon
pattern: head|chief of the state department
pattern: head of the white house
unless: followed-by office|council|press|national|budget|domestic|economic|task|communications|counsel|staff|team|policy|digital|science|correspondents|coronavirus|covid
suggest: defense secretary | secretary of state | president
weight: 0.5
note: Bulgarian "шефът на Пентагона", "ръководителят на Държавния департамент": the institution stands for its head; English copy writes "Defense Secretary", "Secretary of State". Shared with Russian and Ukrainian.

[title.head-of-state-said]
category: title
pattern: the head of state noted|stressed|emphasized|emphasised|stated|instructed|signed|held|said|added|recalled|expressed|pointed|ordered|declared|announced|thanked|congratulated|believes|urged|spoke
suggest: the president
weight: 0.35
note: Bulgarian "държавният глава" used as an anaphor for the president ("The head of state pointed out ..."); English copy repeats "the president" or the name. Shared with Russian, Ukrainian and Polish.

[title.peoples-representatives]
category: title
pattern: people's representative|representatives
suggest: lawmakers | MPs | members of parliament
weight: 0.75
note: Bulgarian "народни представители" (the formal name for members of the National Assembly) translated literally; English copy writes "lawmakers" or "MPs".

# ---------------------------------------------------------------------------
# Entities: institutions and abbreviations
# ---------------------------------------------------------------------------

[entity.mvr]
category: entity
pattern: MVR|ODMVR|SDVR
case: sensitive
suggest: the Interior Ministry | regional police | Sofia police
weight: 0.75
note: Bulgarian "МВР" (Министерство на вътрешните работи), "ОДМВР" (regional police directorate), "СДВР" (Sofia police directorate) transliterated; English copy writes "the Interior Ministry", "police in Plovdiv", "Sofia police".

[entity.dans]
category: entity
pattern: DANS
case: sensitive
suggest: the State Agency for National Security (SANS)
weight: 0.75
note: Bulgarian "ДАНС" transliterated; the agency's English abbreviation is SANS, and copy usually spells it out.

[entity.of-the-republic-of-bulgaria]
category: entity
pattern: president|government|constitution|prosecutor|parliament|citizens|citizen|embassy|ambassador|ministry of the republic of bulgaria
pattern: national assembly of the republic of bulgaria
pattern: prosecutor's office of the republic of bulgaria
suggest: Bulgarian President | Bulgaria's parliament | Bulgarian
weight: 0.5
note: Bulgarian "Президентът на Република България" / "Прокуратурата на Република България", official genitive names translated in full; English copy writes "Bulgarian President", "Bulgaria's prosecutors".

[entity.council-of-ministers]
category: entity
pattern: council of ministers
unless: in-sentence eu|eu's|european|union|brussels|italy|italy's|italian|lebanon|lebanese|cuba|cuban|soviet
suggest: the government | the Cabinet
weight: 0.15
note: Bulgarian "Министерски съвет"; English copy writes "the government" or "the Cabinet". It is also the official English name, so the weight is low; EU usage is excluded.

# ---------------------------------------------------------------------------
# Calques: Bulgarian news formulas
# ---------------------------------------------------------------------------

[calque.service-cabinet]
category: calque
pattern: service cabinet|government|governments|cabinets|premier|premiers
pattern: service prime minister|ministers
pattern: the service minister|ministers of
unless: preceded-by civil|public|secret|health|foreign|national|intelligence|postal|military|customer|financial|news|security|wire|social|emergency|community|border|park|forest|diplomatic|prison|fire|ambulance|coast within 1
suggest: caretaker cabinet | caretaker government | caretaker prime minister
weight: 0.8
note: Bulgarian "служебен кабинет / служебно правителство / служебен премиер" (the caretaker cabinet appointed by the president) rendered as "service"; English copy writes "caretaker". "Civil service minister" and similar compounds are exempted.

[calque.foreign-agencies-report]
category: calque
pattern: foreign|world agencies report|reported|reports|said|say|quoted|quote|cite|cited|wrote|write|announced|informed|add|added
pattern: according to foreign|world agencies
pattern: reported|report|reports|announced|informed|wrote|write|quoted foreign|world agencies
pattern: foreign|world agencies quoted|cited by
suggest: news agencies reported | Reuters reported | AP reported
weight: 0.85
note: Bulgarian "съобщиха чуждестранни агенции" / "предадоха световните агенции", the Bulgarian formula for wire copy; English copy names the agency ("Reuters reported") or writes "news agencies reported".

[calque.became-clear-from-the-words]
category: calque
pattern: became|becomes clear from the words|statement|statements|speech|interview|briefing|position
pattern: clear from the words of
suggest: X said | X told
weight: 0.85
note: Bulgarian "Това стана ясно от думите на ..." ("this became clear from the words of the minister"), a Bulgarian news formula; English copy writes "the minister said".

[calque.said-before-broadcaster]
category: calque
pattern: said|stated|commented|explained|declared|added|spoke|told before bnt|btv|bnr|darik|nova
pattern: said|stated|commented|explained|declared|added|spoke in front of bnt|btv|bnr|darik|nova|journalists
pattern: said|stated|commented|explained|declared before journalists
pattern: said|stated|commented|explained|declared|told|added for bnt|btv|bnr|darik|nova|bta
pattern: for the bulgarian national television|radio
suggest: told bTV | said on BNT | told reporters
weight: 0.8
note: Bulgarian "каза пред bTV" / "заяви пред журналисти" ("said before bTV") and "коментира за БНТ" ("commented for BNT"); English copy writes "told bTV" or "told reporters".

[calque.was-categorical]
category: calque
pattern: was|were|is|are|remained|remains categorical that
suggest: insisted that | was adamant that
weight: 0.6
note: Bulgarian "беше категоричен, че ..." ("he was categorical that"); English copy writes "insisted that" or "was adamant that".

[calque.the-word-is-about]
category: calque
pattern: the word is|was about
suggest: it concerns | this is about
weight: 0.8
note: Bulgarian "става дума за" ("the word becomes about") rendered literally; English writes "this concerns" or "it involves".

[calque.raised-charges]
category: calque
pattern: raised|raise|raises|raising a? charge|charges|accusation|accusations
unless: followed-by of|that
suggest: charged | brought charges against
weight: 0.7
note: Bulgarian "повдигна обвинение" ("raised a charge"); English copy writes "charged" or "brought charges".

[calque.preterm-elections]
category: calque
pattern: preterm election|elections|vote|voting|parliamentary|presidential|polls
pattern: pre-term election|elections|vote|voting|parliamentary|presidential|polls
suggest: early elections | snap elections
weight: 0.6
note: Bulgarian "предсрочни избори" ("pre-term elections"); English copy writes "early elections" or "snap elections" ("preterm" is native only for births). Polish "przedterminowe wybory" and Russian "досрочные выборы" give the same.

[calque.within-the-framework-of]
category: calque
pattern: in|within the framework of
unless: followed-by the? existing|international|agreed|current|un|u.n.|united|nato|minsk|agreement|agreements|law|laws|treaty|treaties|charter|constitution|accord|accords|resolution|resolutions|convention|conventions|mandate|partnership
suggest: under | as part of | during | at
weight: 0.4
note: Bulgarian "в рамките на" ("within the frames of the visit/programme"); English copy writes "under", "as part of", "at". Native diplomatic English keeps it before treaties and agreements, which the condition exempts. Shared with Russian, Ukrainian and Polish.

[calque.on-the-territory-of]
category: calque
pattern: on the territory of
suggest: in
weight: 0.45
note: Bulgarian "на територията на (страната)"; English copy writes "in the country". Shared with Russian, Ukrainian and Polish.

[calque.military-political]
category: calque
pattern: military-political alliance|bloc|union|situation|leadership|cooperation|course|goals
pattern: political-military alliance|bloc|union
suggest: military alliance | military and political
weight: 0.45
note: Bulgarian "военно-политически (съюз/блок)"; English copy writes "military alliance". Shared with Russian, Ukrainian and Polish.

[calque.in-connection-with]
category: calque
pattern: in connection with
unless: preceded-by arrested|detained|charged|questioned|sought|held|wanted|indicted|convicted|sentenced|jailed|named|identified|interviewed|searched|raided|investigated|investigation|suspects|suspect|probe|custody|arrests|arrest|charges|extradited|fined|prosecuted|booked|released|subpoenaed|summoned|testified|wanted within 6
suggest: because of | over | regarding | for
weight: 0.25
note: Bulgarian "във връзка с" ("in connection with the elections, the CEC ..."); English copy writes "because of", "for", "over". Native police copy ("arrested in connection with") is exempted. Shared with Russian, Ukrainian and Polish.

[calque.the-national-side]
category: calque
pattern: the russian|american|ukrainian|polish|bulgarian|chinese|turkish|belarusian|iranian|israeli|european|german|french|us|u.s. side
unless: followed-by of
unless: preceded-by on|from|across|into|onto|to|at|along|over|far
unless: in-sentence border|team|match|game|goal|goals|coach|squad|players|league|cup|bank|river|shore|frontier|checkpoint|crossing|lineup|captain|ryder|golf|cricket|rugby|football|soccer|tournament|final|semifinal
suggest: the country's name | its capital (Washington, Moscow) | its delegation
weight: 0.35
note: Bulgarian "българската страна" / "руската страна" ("the Bulgarian side insists ..."); English copy names the country, capital or delegation. Shared with Russian, Ukrainian and Polish. Border and sports senses are excluded.

[calque.from-his-side]
category: calque
pattern: from his|her|their|its|our side
unless: followed-by of|and|by|to
unless: preceded-by moved|move|moving|left|leave|leaving|stray|strayed|away|taken|torn|ripped|wrenched|snatched|far|rarely|never|rose|stepped within 2
unless: in-sentence border|team|match|game|goal|goals|coach|squad|players|league|cup|family|bed|bedside
suggest: for his part | for its part
weight: 0.45
note: Bulgarian "от своя страна" ("from his side") / "от тяхна страна"; English writes "for his part". Polish "ze swojej strony" and Russian "со своей стороны" give the same.

[calque.it-became-known]
category: calque
pattern: it became known that|about|on|from|in|today|yesterday
pattern: it has become known that|about
pattern: became known from
suggest: it emerged that | X said | X reported
weight: 0.4
note: Bulgarian "стана известно, че" ("it became known that"); English copy names the source. Shared with Russian and Ukrainian.

[calque.it-is-necessary-to-note]
category: calque
pattern: it is necessary to note|emphasize|emphasise|stress|mention|point|say|recall|underline|add
pattern: it must be noted|emphasized|emphasised|stressed|mentioned that
pattern: it should be noted|emphasized|emphasised|stressed|recalled|mentioned|added that
suggest: (drop the phrase)
weight: 0.35
note: Bulgarian "трябва да се отбележи" / "необходимо е да се подчертае"; news English drops the lead-in. Generic Slavic translationese, hence the low weight.

[calque.according-to-him]
category: calque
pattern: according to him|her
pattern: according to his|her words
suggest: he said | she said
weight: 0.3
note: Bulgarian "според него/нея" ("according to him"); English copy attributes with "he said". Shared with Russian, Ukrainian and Polish.

[calque.according-to-data-of]
category: calque
pattern: according to data|information of
suggest: according to data from | X data show
weight: 0.4
note: Bulgarian "по данни на (НСИ)" ("according to data of the NSI"); English writes "according to data from" or "figures from the NSI show". Shared with Russian, Ukrainian and Polish.

[calque.press-service-of]
category: calque
pattern: press service of the
pattern: press service of <Cap>
pattern: press services of the
suggest: said in a statement | spokesperson for
weight: 0.4
note: Bulgarian "пресслужбата на (министерството)" ("the press service of the ministry announced"); English copy writes "the ministry said in a statement". Shared with Russian and Ukrainian.

[calque.in-the-nearest-future]
category: calque
pattern: in the nearest future|time|days|weeks|months|years
suggest: soon | in the coming days | in the near future
weight: 0.45
note: Bulgarian "в най-близко бъдеще" / "в най-близките дни" ("in the nearest future/days"); English copy writes "soon" or "in the coming days". Shared with Russian, Ukrainian and Polish.

[calque.shortest-possible-time]
category: calque
pattern: in the shortest possible time|terms|period|timeframe
pattern: in the shortest terms|timeframes|deadlines
suggest: as soon as possible | quickly
weight: 0.45
note: Bulgarian "в най-кратки срокове" ("in the shortest terms"); English copy writes "as soon as possible". Shared with Russian, Ukrainian and Polish.

[calque.conduct-negotiations]
category: calque
pattern: carry|carried|carrying|carries out negotiations|talks
suggest: hold talks | negotiate
weight: 0.45
note: Bulgarian "водят/провеждат преговори" ("carry out negotiations"); English copy writes "hold talks" or "negotiate". The nearer "conduct negotiations" is also native business English and is not listed. Shared with Russian, Ukrainian, Bulgarian and Polish.

[calque.in-the-course-of]
category: calque
pattern: in the course of the|a|an? meeting|talks|visit|negotiations|conversation|operation|attack|attacks|shelling|inspection|raid|raids|hostilities|fighting|offensive|counteroffensive|briefing|exercises|exercise|session|consultations|summit
suggest: during
weight: 0.35
note: Bulgarian "в хода на (срещата/разговорите)" ("in the course of the meeting"); English copy writes "during". Shared with Russian and Ukrainian.

[calque.plenary-hall]
category: calque
pattern: plenary hall
unless: in-sentence united|u.n.|un|general
suggest: the chamber | the floor of parliament
weight: 0.45
note: Bulgarian "пленарната зала" ("the plenary hall") for the chamber of the National Assembly; English copy writes "the chamber" or "on the floor". Polish "sala plenarna" gives the same. UN General Assembly usage is excluded.

[calque.the-deputies-adopted]
category: calque
pattern: the deputies adopted|approved|passed|rejected|voted|supported|backed|decided|amended
unless: in-sentence sheriff|sheriff's|county|france|french|italy|italian|spain|spanish
suggest: lawmakers approved | parliament passed
weight: 0.3
note: Bulgarian "депутатите приеха" ("the deputies adopted"); English copy writes "lawmakers" or "parliament". Shared with Russian "депутаты", Ukrainian "депутати", Polish "posłowie". Countries whose members are natively "deputies" are excluded.

# ---------------------------------------------------------------------------
# Word order
# ---------------------------------------------------------------------------

[word-order.this-was-stated-by]
category: word-order
pattern: this was stated|reported|announced|said|declared|noted|told|written|stressed|emphasized|emphasised by
pattern: this was stated|reported|announced|said|declared|noted on <Cap> by
pattern: this was stated|reported|announced|said|declared|told to <Cap> by
pattern: this is stated|said|reported|noted|written in a|the statement|message|communique|telegram|post|publication|release|appeal
suggest: X said | X said in a statement
weight: 0.5
note: Bulgarian "Това съобщи/заяви X" / "Това се казва в съобщението": the speaker goes last, MT turns it into a passive "This was announced by X"; English copy leads with the speaker. Shared with Russian and Ukrainian.

[word-order.in-the-kremlin-said]
category: word-order
pattern: in the kremlin said|noted|stated|believe|believes|stressed|emphasized|emphasised|commented|explained|declared|announced|reported|replied|assured|added|confirmed|denied
pattern: in the foreign|defense|defence|interior|finance|health? ministry said|noted|stated|believe|believes|stressed|emphasized|emphasised|commented|explained|declared|announced|reported|replied|assured|added|confirmed|denied
unless: preceded-by officials|official|sources|source|aides|aide|people|person|staff|insiders|insider|analysts|someone|somebody|anyone|nobody|many|few|those|others|everyone|observers|diplomats|diplomat|colleagues|advisers|adviser|advisors|advisor|spokesman|spokeswoman|spokesperson|figures|circles|employees|workers|officers|lawmakers|voices|critics|hawks|members within 3
suggest: the Kremlin said | the ministry said
weight: 0.5
note: Bulgarian impersonal "в Кремъл заявиха / в министерството коментираха" ("in the ministry they commented") rendered without a subject: "In the ministry commented that ..."; English copy makes the institution the subject. Shared with Russian and Ukrainian. "Officials in the ministry said" is exempted.

# ---------------------------------------------------------------------------
# Grammar
# ---------------------------------------------------------------------------

[grammar.informed-that]
category: grammar
pattern: informed that
unless: preceded-by was|were|been|being|is|are|be|am|well|reliably|better|fully|ill|poorly|not|get|got|gets|getting|keep|kept
suggest: said that | reported that
weight: 0.4
note: Bulgarian "информира, че" / "уведоми, че" with no object: "The ministry informed that ..."; English "inform" needs an object. Shared with Russian, Ukrainian and Polish.

[grammar.remind-that]
category: grammar
pattern: remind|reminded|reminds that
pattern: let us|let's recall|remind
unless: followed-by person|persons|people|man|men|woman|women|generation|guy|guys|kid|kids|child|children|boy|girl|one|ones|time|day|moment|feeling|era|period|story|year|audience|crowd|voter|voters|player|players|team|group|community|nation|country|city|government|committee|company|official|officials|reader|readers|viewer|viewers|listener|listeners|side|lawmaker|lawmakers|senator|customer|customers|client|clients|song|film|movie|book|place|house|town
suggest: recalled that | noted that
weight: 0.45
note: Bulgarian "напомни, че" / "Да припомним, че ..." ("he reminded that ..."): English "remind" needs an object. Shared with Russian, Ukrainian and Polish.

# ---------------------------------------------------------------------------
# Numbers and dates
# ---------------------------------------------------------------------------

[number.roman-quarter]
category: number
pattern: in the? I|II|III|IV quarter|half|quarters|halves
suggest: in the first quarter | in the second half
weight: 0.45
note: Bulgarian "през I тримесечие" / "през второто полугодие" with Roman numerals; English writes "first quarter", "second half". Shared with Russian, Ukrainian and Polish.
