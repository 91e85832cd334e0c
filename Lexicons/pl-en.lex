# pl-en.lex: Polish -> English machine-translation and translationese patterns.
#
# Scope: English news copy machine-translated (or translated word for word) from
# Polish-language sources: agency copy, government and ministry releases,
# police and prosecutors' statements, regional media. Each entry names the
# Polish source form in its note.
#
# - Shared Slavic calques use the same pattern as ru-en, uk-en and bg-en, so the
#   detector can compare which pair files fire; the note gives the Polish form.
# - Polish-only forms (false friends such as aktualny/ewentualny/sympatyczny,
#   Polish titles such as "marszałek Sejmu" and "wiceminister", Polish
#   abbreviations and number conventions) carry the higher weights.
# - Native usage kept out on purpose: "the Sejm", "voivode", "voivodeship",
#   "zloty", dates such as "on 10 January".

verbatim-lexicon: 1
pair: pl-en
description: Polish → English machine-translation patterns: false friends, titles, abbreviations, numbers, calques.

# ---------------------------------------------------------------------------
# Titles of office
# ---------------------------------------------------------------------------

[title.president-of-the-council-of-ministers]
category: title
pattern: president of the council of ministers
unless: in-sentence italy|italy's|italian|rome|lebanon|lebanon's|lebanese
suggest: prime minister
weight: 0.75
note: Polish "Prezes Rady Ministrów", the formal title of the Polish prime minister; English copy writes "prime minister". Italy's formal title is the same, so Italian contexts are excluded.

[title.vice-minister]
category: title
pattern: vice minister|ministers
pattern: vice foreign|defense|defence|finance|justice|interior|health|economy|agriculture|culture|education|infrastructure|climate|digital|energy minister|ministers
unless: in-sentence china|china's|chinese|beijing|japan|japan's|japanese|tokyo|korea|korea's|korean|seoul|pyongyang|taiwan|taiwan's|taipei|vietnam|vietnam's|vietnamese|hanoi|philippines|philippine|manila|cuba|cuba's|cuban|venezuela|venezuela's|venezuelan|mexico|mexico's|mexican|colombia|colombia's|colombian|peru|peru's|peruvian|chile|chile's|chilean|argentina|argentina's|argentine|bolivia|bolivian|ecuador|ecuadorian|indonesia|indonesia's|indonesian|thailand|thailand's|thai|iran|iran's|iranian|tehran|saudi|cambodia|cambodian|laos|mongolia|mongolian|kazakhstan|vatican|holy
suggest: deputy minister | deputy foreign minister
weight: 0.6
note: Polish "wiceminister (spraw zagranicznych)"; the English title of the office is "deputy minister". Russian, Ukrainian and Bulgarian say "deputy" (замминистра, заступник, заместник), so the "vice" form points to Polish. Countries whose English title is natively "Vice Minister" are excluded.

[title.vice-premier]
category: title
pattern: vice premier|premiers
pattern: vice prime minister|ministers
pattern: vicepremier|vicepremiers
unless: in-sentence china|china's|chinese|beijing|taiwan|taiwan's|taiwanese|taipei|vietnam|vietnam's|vietnamese|hanoi|laos|lao
unless: followed-by liu|han|hu|wang|li|zhang|sun|ding|he|wu|ma|zhao|chen|huang|yang|zhou|xu|guo|lin|liang|qian|zeng|hui|cheng|lai|cho
suggest: Deputy Prime Minister
weight: 0.4
note: Polish "wicepremier"; English copy writes Deputy Prime Minister. "Vice Premier" is native only for China and Taiwan, which the conditions exclude. Shared with Russian, Ukrainian and Bulgarian.

[title.marshal-of-the-sejm]
category: title
pattern: marshal|marshals of the sejm|senate
pattern: sejm|senate marshal|marshals
pattern: vice|deputy marshal|marshals of the sejm|senate
suggest: Speaker of the Sejm | Senate Speaker | Deputy Speaker
weight: 0.8
note: Polish "marszałek Sejmu/Senatu" / "wicemarszałek"; the English title is "Speaker" ("Sejm Speaker", "Deputy Speaker of the Sejm").

[title.voivodeship-marshal]
category: title
pattern: marshal of the|a voivodeship|province|region
pattern: marshal of the <Cap> voivodeship|province|region
pattern: voivodeship|provincial marshal|marshals
suggest: head of the regional government | regional governor
weight: 0.75
note: Polish "marszałek województwa" (head of the elected regional executive) translated as "marshal"; English copy writes "head of the regional government".

[title.premier-name]
category: title
pattern: premier <Cap>
when: in-sentence poland|poland's|polish|poles|warsaw|sejm|pis|kprm|polska|tusk|morawiecki|szydlo|szydło|kopacz|buzek|belka|kaczynski|duda|nawrocki
unless: followed-by league
suggest: Prime Minister
weight: 0.45
note: Polish "premier (Tusk/Morawiecki)" kept as "Premier Tusk"; wires write "Prime Minister Donald Tusk" for Poland. The condition limits it to Polish contexts (Polish place words and prime ministers' names), since "Premier" is native for China, Canadian provinces and Australian states.

[title.head-of-the-foreign-ministry]
category: title
pattern: head|chief of the russian|ukrainian|bulgarian|polish? foreign|defense|defence ministry
pattern: head|chief of the ministry of foreign affairs
pattern: head|chief of the ministry of defense|defence
suggest: foreign minister | defense minister
weight: 0.3
note: Polish "szef MSZ" / "szef MON" ("head of the Foreign Ministry"); English copy writes "foreign minister", "defense minister". Shared with Russian, Ukrainian and Bulgarian.

[title.head-of-diplomacy]
category: title
pattern: head|chief of diplomacy
pattern: head|chief of the? russian|ukrainian|american|us|u.s.|bulgarian|polish|french|german|british|chinese|turkish|israeli|iranian|hungarian|romanian|serbian|belarusian|italian|spanish|japanese|indian diplomacy
suggest: foreign minister | top diplomat
weight: 0.5
note: Polish "szef polskiej dyplomacji" ("head of Polish diplomacy"), the usual periphrasis for the foreign minister; English writes "foreign minister" or "top diplomat". Shared with Russian, Ukrainian and Bulgarian.

# ---------------------------------------------------------------------------
# Entities: abbreviations and administrative terms
# ---------------------------------------------------------------------------

[entity.polish-ministry-abbreviations]
category: entity
pattern: MSZ|MSWiA|KPRM|MON|MRiRW|MKiDN|MSiT|MEiN|MRiT
case: sensitive
suggest: the Foreign Ministry | the Interior Ministry | the Prime Minister's Office | the Defense Ministry
weight: 0.75
note: Polish ministry abbreviations left untranslated: MSZ (Ministerstwo Spraw Zagranicznych), MSWiA (interior), KPRM (Kancelaria Prezesa Rady Ministrów), MON (Ministerstwo Obrony Narodowej); English copy spells out the ministry.

[entity.polish-admin-units]
category: entity
pattern: powiat|powiats|poviat|poviats|gmina|gminas|starosta|starost|starosts|sejmik|sejmiks
suggest: county | municipality | county head | regional assembly
weight: 0.4
note: Polish "powiat" (county), "gmina" (municipality), "starosta" (county head), "sejmik" (regional assembly) left untranslated; English copy translates them. (Voivode and voivodeship are native wire usage and are not listed.)

[entity.police-headquarters]
category: entity
pattern: provincial|voivodeship|poviat|powiat|general police headquarters|command
suggest: regional police | national police headquarters | police
weight: 0.45
note: Polish "Komenda Wojewódzka/Powiatowa/Główna Policji" ("Provincial Police Headquarters", "General Police Headquarters") translated word for word; English copy writes "police in Krakow" or "national police headquarters".

# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

[number.tys]
category: number
pattern: <number> tys
suggest: <number>,000 | thousand
weight: 0.8
note: Polish abbreviation "tys." (tysięcy, thousand) left in the number ("5 tys. zł"); English writes "5,000".

[number.mld-mln]
category: number
pattern: <number> mld
pattern: <number> mln|mld zl|zł|pln|euro|eur|usd|dollars
suggest: billion | million
weight: 0.75
note: Polish abbreviations "mld" (miliard, billion) and "mln" (million) left with the currency ("3 mld zł", "5 mln euro"); English writes "3 billion zlotys", "5 million euros". "mld" is Polish-only.

[number.miliard]
category: number
pattern: miliard|miliards|miliardow|miliardy
suggest: billion
weight: 0.75
note: Polish "miliard/miliardów" (10⁹) untranslated or half-translated; English writes "billion". (The French/German-style "milliard" is not Polish-specific and is not listed here.)

[number.zloty-abbreviation]
category: number
pattern: <number> zl|zł
suggest: zlotys | PLN
weight: 0.55
note: Polish currency abbreviation "zł" after the amount ("500 zł"); English writes "500 zlotys" or "PLN 500".

[number.in-the-years]
category: number
pattern: in the years <number> <number>
suggest: from 2015 to 2023 | between 2015 and 2023
weight: 0.45
note: Polish "w latach 2015-2023" ("in the years 2015-2023"); English writes "from 2015 to 2023" or "between 2015 and 2023".

[number.roman-quarter]
category: number
pattern: in the? I|II|III|IV quarter|half|quarters|halves
suggest: in the first quarter | in the second half
weight: 0.45
note: Polish "w I kwartale" / "w II półroczu" with Roman numerals; English writes "first quarter", "second half". Shared with Russian, Ukrainian and Bulgarian.

# ---------------------------------------------------------------------------
# Calques: false friends
# ---------------------------------------------------------------------------

[calque.actual-current]
category: calque
pattern: still|remains|remain|remained|becomes|become|became|very|particularly|especially|extremely actual
pattern: is|are|was|were actual until|till|for
suggest: current | topical | still valid
weight: 0.5
note: Polish false friend "aktualny" (current, topical, still valid): "the offer is still actual", "the problem remains actual"; English "actual" means "real". German "aktuell" and Russian "актуальный" give the same, so the weight is moderate.

[calque.eventual-possible]
category: calque
pattern: in the? case|event of eventual
pattern: possible|potential eventual
pattern: eventual possible
suggest: any possible | potential
weight: 0.5
note: Polish false friend "ewentualny" (possible, potential): "in case of eventual problems", "possible eventual changes"; English "eventual" means "final, ultimate" ("any eventual deal" is native and not listed).

[calque.pretend-to]
category: calque
pattern: pretend|pretends|pretended|pretending to|for the|a? title|role|post|position|office|seat|championship|presidency|leadership|throne|status|mandate|prize|medal|victory|gold
suggest: claim | aspire to | contend for
weight: 0.5
note: Polish false friend "pretendować do (tytułu)" (aspire to, contend for); English "pretend" means "feign". Russian "претендовать на" gives the same.

[calque.sympathetic-nice]
category: calque
pattern: sympathetic atmosphere|place|city|town|dog|cat|animal|restaurant|cafe|hotel|apartment|village|girl|boy|lady|gentleman|weather
suggest: nice | pleasant | likeable
weight: 0.45
note: Polish false friend "sympatyczny" (nice, pleasant, likeable); English "sympathetic" means "compassionate". Only nouns where the English reading makes no sense are listed.

[calque.regulation-of-the-minister]
category: calque
pattern: regulation|ordinance|regulations|ordinances of the minister|prime|cabinet
pattern: ordinance|ordinances of the council of ministers
suggest: ministerial decree | government decree
weight: 0.3
note: Polish "rozporządzenie Ministra (Zdrowia)" / "rozporządzenie Rady Ministrów" translated literally; English copy writes "a Health Ministry decree" or "government regulations".

[calque.carry-out-a-control]
category: calque
pattern: carried|carry|carries|carrying out a|the? control|controls
pattern: conducted|conduct|conducts|conducting|performed|perform|performs a|the? control|controls
pattern: nik control|controls
unless: followed-by experiment|experiments|group|groups|test|tests|trial|trials|study|sample|samples|condition|conditions|run|runs|flight|flights|room|tower|check|checks|panel|panels|system|systems|measures|point|points|unit|units|valve|rod|rods|burn|burns|line|lines
suggest: inspection | audit | check
weight: 0.45
note: Polish "kontrola" (inspection, audit) as in "przeprowadzić kontrolę", "kontrola NIK"; English writes "inspection" or "audit". German "Kontrolle" gives the same.

[calque.mobbing]
category: calque
pattern: mobbing
suggest: workplace bullying | harassment
weight: 0.4
note: Polish "mobbing" (workplace bullying, a legal term in the Polish labour code) kept as is; English copy writes "workplace bullying". German uses the same loan.

# ---------------------------------------------------------------------------
# Calques: phrases
# ---------------------------------------------------------------------------

[calque.within-the-framework-of]
category: calque
pattern: in|within the framework of
unless: followed-by the? existing|international|agreed|current|un|u.n.|united|nato|minsk|agreement|agreements|law|laws|treaty|treaties|charter|constitution|accord|accords|resolution|resolutions|convention|conventions|mandate|partnership
suggest: under | as part of | during | at
weight: 0.4
note: Polish "w ramach (programu/wizyty)" ("within the frames of"); English copy writes "under", "as part of", "at". Native diplomatic English keeps it before treaties and agreements, which the condition exempts. Shared with Russian, Ukrainian and Bulgarian.

[calque.on-the-territory-of]
category: calque
pattern: on the territory of
suggest: in
weight: 0.45
note: Polish "na terytorium (Polski)"; English copy writes "in Poland". Shared with Russian, Ukrainian and Bulgarian.

[calque.on-the-area-of]
category: calque
pattern: on the area of
unless: followed-by expertise|study|studies|research|law|policy|focus|interest|interests|responsibility|competence|concern|cooperation|health|medicine|science|education|a|an|it|expertise
unless: preceded-by focus|focused|focusing|focuses|concentrate|concentrated|concentrating|concentrates|work|working|worked|works|research|expertise|specializes|specialises|specialize|specialized|light|impact|effect|emphasis|spotlight|spending|spend|spent|data|information|report|reports|study|studies|attention|bear|bears|bearing within 1
suggest: in | across
weight: 0.6
note: Polish "na terenie (Polski/województwa/miasta)" ("on the area of"); English copy writes "in Poland", "across the province".

[calque.since-years]
category: calque
pattern: since years|decades|months|weeks|ages
pattern: since many|several|few|some|long years|decades|months|weeks
unless: followed-by ago|of|earlier|before|past|later|when|after
suggest: for years | for decades
weight: 0.5
note: Polish "od lat" / "od wielu lat" / "od miesięcy" ("since years"); English writes "for years". German "seit Jahren" gives the same.

[calque.it-is-worth-adding]
category: calque
pattern: it is worth adding|recalling|reminding|emphasizing|emphasising|stressing|underlining|quoting|pointing
pattern: it's worth adding|recalling|reminding|emphasizing|emphasising|stressing|underlining
suggest: (drop the phrase) | also
weight: 0.65
note: Polish "warto dodać / warto przypomnieć / warto podkreślić" ("it is worth adding"), a Polish news connective; English copy drops it or writes "also".

[calque.military-political]
category: calque
pattern: military-political alliance|bloc|union|situation|leadership|cooperation|course|goals
pattern: political-military alliance|bloc|union
suggest: military alliance | military and political
weight: 0.4
note: Polish "sojusz polityczno-wojskowy" / "wojskowo-polityczny"; English copy writes "military alliance". Shared with Russian, Ukrainian and Bulgarian.

[calque.the-national-side]
category: calque
pattern: the russian|american|ukrainian|polish|bulgarian|chinese|turkish|belarusian|iranian|israeli|european|german|french|us|u.s. side
unless: followed-by of
unless: preceded-by on|from|across|into|onto|to|at|along|over|far
unless: in-sentence border|team|match|game|goal|goals|coach|squad|players|league|cup|bank|river|shore|frontier|checkpoint|crossing|lineup|captain|ryder|golf|cricket|rugby|football|soccer|tournament|final|semifinal
suggest: the country's name | its capital (Washington, Moscow) | its delegation
weight: 0.35
note: Polish "strona polska" / "strona rosyjska" ("the Polish side proposed ..."); English copy names the country, capital or delegation. Shared with Russian, Ukrainian and Bulgarian. Border and sports senses are excluded.

[calque.from-his-side]
category: calque
pattern: from his|her|their|its|our side
unless: followed-by of|and|by|to
unless: preceded-by moved|move|moving|left|leave|leaving|stray|strayed|away|taken|torn|ripped|wrenched|snatched|far|rarely|never|rose|stepped within 2
unless: in-sentence border|team|match|game|goal|goals|coach|squad|players|league|cup|family|bed|bedside
suggest: for his part | for its part
weight: 0.45
note: Polish "ze swojej strony" / "z jego strony" ("from his side"); English writes "for his part". Bulgarian "от своя страна" gives the same.

[calque.in-the-nearest-future]
category: calque
pattern: in the nearest future|time|days|weeks|months|years
suggest: soon | in the coming days | in the near future
weight: 0.45
note: Polish "w najbliższej przyszłości / w najbliższym czasie / w najbliższych dniach" ("in the nearest ..."); English copy writes "soon" or "in the coming days". Shared with Russian, Ukrainian and Bulgarian.

[calque.shortest-possible-time]
category: calque
pattern: in the shortest possible time|terms|period|timeframe
pattern: in the shortest terms|timeframes|deadlines
suggest: as soon as possible | quickly
weight: 0.4
note: Polish "w najkrótszym możliwym czasie/terminie"; English copy writes "as soon as possible". Shared with Russian, Ukrainian and Bulgarian.

[calque.at-the-turn-of]
category: calque
pattern: at|on the turn of january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter
pattern: at|on the turn of <number> and <number>
suggest: in late May and early June | around the end of 2023
weight: 0.5
note: Polish "na przełomie maja i czerwca" / "na przełomie 2023 i 2024 roku" ("at the turn of May and June"); English writes "in late May or early June". Native English keeps "the turn of the century/year" only. Russian "на рубеже" gives the same.

[calque.presented-charges]
category: calque
pattern: presented|present|presents|presenting|put|puts|putting|posed|pose|poses a? charge|charges
pattern: charge|charges were|was presented|put|posed
pattern: heard a|the? charge|charges of
unless: followed-by to|before|against|on|off|forward|aside|down
unless: preceded-by court|judge|judges|jury|tribunal|panel|committee|grand within 2
suggest: charged | was charged with
weight: 0.6
note: Polish "przedstawić zarzuty" ("present charges") and "usłyszał zarzut" ("he heard a charge"); English copy writes "charged with".

[calque.preterm-elections]
category: calque
pattern: preterm election|elections|vote|voting|parliamentary|presidential|polls
pattern: pre-term election|elections|vote|voting|parliamentary|presidential|polls
suggest: early elections | snap elections
weight: 0.55
note: Polish "przedterminowe wybory" ("pre-term elections"); English copy writes "early elections" or "snap elections" ("preterm" is native only for births). Bulgarian "предсрочни избори" gives the same.

[calque.according-to-him]
category: calque
pattern: according to him|her
pattern: according to his|her words
suggest: he said | she said
weight: 0.3
note: Polish "według niego/niej" / "jego zdaniem" ("according to him"); English copy attributes with "he said". Shared with Russian, Ukrainian and Bulgarian.

[calque.according-to-data-of]
category: calque
pattern: according to data|information of
suggest: according to data from | X data show
weight: 0.4
note: Polish "według danych (GUS)" ("according to data of the GUS"); English writes "according to data from" or "GUS figures show". Shared with Russian, Ukrainian and Bulgarian.

[calque.conduct-negotiations]
category: calque
pattern: carry|carried|carrying|carries out negotiations|talks
suggest: hold talks | negotiate
weight: 0.45
note: Polish "prowadzić negocjacje/rozmowy" ("carry out negotiations"); English copy writes "hold talks" or "negotiate". The nearer "conduct negotiations" is also native business English and is not listed. Shared with Russian, Ukrainian, Bulgarian and Polish.

[calque.it-is-necessary-to-note]
category: calque
pattern: it is necessary to note|emphasize|emphasise|stress|mention|point|say|recall|underline|add
pattern: it must be noted|emphasized|emphasised|stressed|mentioned that
pattern: it should be noted|emphasized|emphasised|stressed|recalled|mentioned|added that
suggest: (drop the phrase)
weight: 0.35
note: Polish "należy zauważyć / należy podkreślić" ("it is necessary to note"); news English drops the lead-in. Generic Slavic translationese, hence the low weight.

[calque.in-connection-with]
category: calque
pattern: in connection with
unless: preceded-by arrested|detained|charged|questioned|sought|held|wanted|indicted|convicted|sentenced|jailed|named|identified|interviewed|searched|raided|investigated|investigation|suspects|suspect|probe|custody|arrests|arrest|charges|extradited|fined|prosecuted|booked|released|subpoenaed|summoned|testified|wanted within 6
suggest: because of | over | due to | for
weight: 0.25
note: Polish "w związku z" ("in connection with the storm, the roads were closed"); English copy writes "because of", "over". Native police copy ("arrested in connection with") is exempted. Shared with Russian, Ukrainian and Bulgarian.

[calque.the-deputies-adopted]
category: calque
pattern: the deputies adopted|approved|passed|rejected|voted|supported|backed|decided|amended
unless: in-sentence sheriff|sheriff's|county|france|french|italy|italian|spain|spanish
suggest: lawmakers approved | parliament passed
weight: 0.3
note: Polish "posłowie przyjęli" ("the deputies adopted"); English copy writes "lawmakers" or "parliament". Shared with Russian, Ukrainian and Bulgarian. Countries whose members are natively "deputies" are excluded.

[calque.plenary-hall]
category: calque
pattern: plenary hall
unless: in-sentence united|u.n.|un|general
suggest: the chamber | the floor of parliament
weight: 0.4
note: Polish "sala plenarna (Sejmu)" ("the plenary hall"); English copy writes "the chamber" or "on the floor". Bulgarian "пленарната зала" gives the same. UN General Assembly usage is excluded.

[calque.parliamentary-club]
category: calque
pattern: parliamentary club|clubs
suggest: parliamentary group | caucus
weight: 0.6
note: Polish "klub parlamentarny (PiS/KO)", the name of a party group in the Sejm; English copy writes "parliamentary group" or "caucus".

[calque.we-have-to-do-with]
category: calque
pattern: we have|had|are to do with
unless: preceded-by what|that|which|all|everything|anything|something|nothing|thing|things|much|more|less|little|lot|do|does|did|will|would|should|must|can|could|may|might
suggest: we are dealing with | this is
weight: 0.45
note: Polish "mamy do czynienia z" ("we have to do with a crisis"); English writes "we are dealing with" or "this is". German "wir haben es mit ... zu tun" gives the same.

[calque.the-act-on]
category: calque
pattern: amendment|amendments to the act on
pattern: amending the act on
pattern: draft act on
suggest: the law on | the bill on
weight: 0.5
note: Polish "nowelizacja ustawy o ..." / "projekt ustawy o ..." ("amendment to the act on ..."); English copy writes "amendment to the law on" or "the bill on".

# ---------------------------------------------------------------------------
# Grammar
# ---------------------------------------------------------------------------

[grammar.informed-that]
category: grammar
pattern: informed that
unless: preceded-by was|were|been|being|is|are|be|am|well|reliably|better|fully|ill|poorly|not|get|got|gets|getting|keep|kept
suggest: said that | reported that
weight: 0.45
note: Polish "poinformował, że" with no object: "The police informed that ..."; English "inform" needs an object. Very frequent in Polish police and ministry releases; also Russian, Ukrainian and Bulgarian.

[grammar.remind-that]
category: grammar
pattern: remind|reminded|reminds that
pattern: let us|let's recall|remind
unless: followed-by person|persons|people|man|men|woman|women|generation|guy|guys|kid|kids|child|children|boy|girl|one|ones|time|day|moment|feeling|era|period|story|year|audience|crowd|voter|voters|player|players|team|group|community|nation|country|city|government|committee|company|official|officials|reader|readers|viewer|viewers|listener|listeners|side|lawmaker|lawmakers|senator|customer|customers|client|clients|song|film|movie|book|place|house|town
suggest: recalled that | noted that | (drop "Let us recall")
weight: 0.45
note: Polish "przypomniał, że" / "Przypomnijmy, że ..." ("Let us recall that ..."): English "remind" needs an object and news copy drops the lead-in. Shared with Russian, Ukrainian and Bulgarian.

[grammar.inter-alia-abbreviation]
category: grammar
pattern: i.a.
suggest: including | among others
weight: 0.6
note: Polish "m.in." (między innymi) rendered as the abbreviation "i.a." (inter alia); English copy writes "including".
