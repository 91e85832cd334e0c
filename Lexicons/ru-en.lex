# ru-en.lex: Russian -> English machine-translation and translationese patterns.
#
# Scope: English news copy machine-translated (or translated word for word) from
# Russian-language sources: agency wires, ministry readouts, regional media.
# Each entry names the Russian source form in its note.
#
# - Shared Slavic calques ("within the framework of", "on the territory of",
#   "military-political alliance", ...) use the same pattern as uk-en, bg-en and
#   pl-en, so the detector can compare which pair files fire; the note gives
#   the Russian form.
# - Russian-only forms (official titles, Russian transliteration of names, Russian
#   abbreviations and state-media vocabulary) carry the higher weights.
# - Place-name spellings (Kiev, Kharkov, Donbass, ...) live in en.lex, not here.
# - Name spellings that native wires also use get a low weight (0.1-0.3).

verbatim-lexicon: 1
pair: ru-en
description: Russian → English machine-translation patterns: titles, calques, transliteration, word order.

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
note: Russian "вице-премьер"; English copy writes Deputy Prime Minister. "Vice Premier" is native only for China and Taiwan, which the conditions exclude. The same literal rendering comes from Ukrainian, Bulgarian and Polish.

[title.chairman-of-the-government]
category: title
pattern: chairman of the government
pattern: chairman of the russian government
suggest: prime minister
weight: 0.8
note: Russian "Председатель Правительства (РФ)", the formal title of the Russian prime minister; English copy writes "prime minister".

[title.head-of-the-foreign-ministry]
category: title
pattern: head|chief of the russian|ukrainian|bulgarian|polish? foreign|defense|defence ministry
pattern: head|chief of the ministry of foreign affairs
pattern: head|chief of the ministry of defense|defence
suggest: foreign minister | defense minister
weight: 0.3
note: Russian "глава МИД" / "глава Минобороны" ("head of the Foreign Ministry"); English copy names the office holder, "foreign minister" or "defense minister". Shared with Ukrainian, Bulgarian and Polish.

[title.head-of-diplomacy]
category: title
pattern: head|chief of diplomacy
pattern: head|chief of the? russian|ukrainian|american|us|u.s.|bulgarian|polish|french|german|british|chinese|turkish|israeli|iranian|hungarian|romanian|serbian|belarusian|italian|spanish|japanese|indian diplomacy
suggest: foreign minister | top diplomat
weight: 0.5
note: Russian "глава российской дипломатии" ("head of Russian diplomacy"), a newsroom periphrasis for the foreign minister; English copy writes "foreign minister" or "top diplomat". Bulgarian and Polish use the same periphrasis.

[title.head-of-the-pentagon]
category: title
pattern: head|chief of the pentagon
pattern: head|chief of the state department
pattern: head of the white house
unless: followed-by office|council|press|national|budget|domestic|economic|task|communications|counsel|staff|team|policy|digital|science|correspondents|coronavirus|covid
suggest: defense secretary | secretary of state | president
weight: 0.5
note: Russian "глава Пентагона", "глава Госдепа", "глава Белого дома": the institution stands for its head; English copy writes "Defense Secretary", "Secretary of State", "the president". Shared with Ukrainian and Bulgarian.

[title.head-of-the-region]
category: title
pattern: head of the region
pattern: heads of the regions
pattern: head of the <Cap> region
unless: in-sentence company|bank|firm|sales|business|executive|corporate|emea|apac|asia|pacific|americas|nordic|division
suggest: governor | regional governor
weight: 0.45
note: Russian "глава региона" / "глава Белгородской области"; English copy calls the office holder "governor" ("Belgorod regional Governor ..."). Shared with Ukrainian "голова області".

[title.official-representative]
category: title
pattern: official representative|representatives of the
pattern: official representative <Cap>
unless: preceded-by an|any|no|sent|send|sends|without|only
suggest: spokeswoman | spokesman
weight: 0.5
note: Russian "официальный представитель МИД/Минобороны" ("official representative"); English copy writes "spokeswoman" or "spokesman". Ukrainian "офіційний представник" gives the same.

[title.plenipotentiary-representative]
category: title
pattern: plenipotentiary representative|representatives
pattern: plenipotentiary envoy|envoys of the president
suggest: presidential envoy
weight: 0.7
note: Russian "полномочный представитель (президента)" ("полпред"); English copy writes "presidential envoy". Native English uses "plenipotentiary" only in "ambassador extraordinary and plenipotentiary".

[title.head-of-state-said]
category: title
pattern: the head of state noted|stressed|emphasized|emphasised|stated|instructed|signed|held|said|added|recalled|expressed|pointed|ordered|declared|announced|thanked|congratulated|believes|urged|spoke
suggest: the president
weight: 0.35
note: Russian "глава государства" used as an anaphor for the president ("The head of state noted ..."); English copy repeats "the president" or the name. Shared with Ukrainian, Bulgarian ("държавният глава") and Polish ("głowa państwa").

# ---------------------------------------------------------------------------
# Entities: institutions, abbreviations, state-media vocabulary
# ---------------------------------------------------------------------------

[entity.of-the-russian-federation]
category: entity
pattern: ministry of * *? of the russian federation
pattern: foreign|defense|defence|justice|finance|economy|health|emergencies ministry of the russian federation
pattern: president|government|constitution|citizens|citizen|prosecutor of the russian federation
pattern: ministry of foreign affairs of russia
pattern: ministry of defense|defence of russia
suggest: Russian Foreign Ministry | Russian Defense Ministry | Russian president | Russian
weight: 0.55
note: Russian "МИД Российской Федерации" / "Президент РФ" / "Минобороны России", official genitive names translated in full; English copy writes "the Russian Foreign Ministry", "Russian President ...".

[entity.rf]
category: entity
pattern: RF
unless: in-sentence radio|frequency|frequencies|wireless|signal|signals|antenna|antennas|chip|chips|chipmaker|semiconductor|semiconductors|5g|spectrum|transmitter|modem|microwave|rfid|amplifier|amplifiers
suggest: Russia | Russian
weight: 0.55
note: Russian abbreviation "РФ" (Российская Федерация) left as "RF" ("the RF Defense Ministry", "citizens of the RF"); English copy writes "Russia" or "Russian". The conditions keep radio-frequency "RF" out.

[entity.ministry-of-emergency-situations]
category: entity
pattern: ministry|minister of emergency situations
pattern: MChS|MCHS
suggest: Emergencies Ministry | emergencies minister
weight: 0.45
note: Russian "Министерство по чрезвычайным ситуациям" (МЧС); English wires write "Emergencies Ministry" or "Emergency Situations Ministry". Also the official name in several post-Soviet states, hence the moderate weight.

[entity.special-military-operation]
category: entity
pattern: special military operation
unless: preceded-by calls|called|calling|dubs|dubbed|dubbing|terms|termed|describes|described|describing|labels|labeled|labelled|euphemism|euphemistically|officially|brands|branded|characterizes|characterized within 3
suggest: the war in Ukraine | the invasion of Ukraine
weight: 0.25
note: Russian "специальная военная операция" used as the narrator's own term; native copy writes "the war" and uses the phrase only as "what Moscow calls a special military operation", which the condition exempts.

[entity.svo-abbreviation]
category: entity
pattern: SVO
pattern: SMO zone|participants|participant|veterans|veteran|fighters|soldiers
pattern: zone of the special military operation
pattern: zone of the svo|smo
pattern: participants|participant|veterans|veteran of the special military operation
pattern: participants|participant|veterans|veteran of the svo|smo
unless: in-sentence airport|sheremetyevo|flight|flights|airline|airlines|aeroflot|terminal|runway|jet|plane|verb|subject|linguistics|word
suggest: the war zone | soldiers | veterans of the war in Ukraine
weight: 0.75
note: Russian "СВО" (специальная военная операция) transliterated ("SVO") or half-translated ("SMO zone", "participants of the SVO" from "участники СВО"); English copy writes "the front", "soldiers who fought in Ukraine".

[entity.collective-west]
category: entity
pattern: collective west
unless: preceded-by calls|called|calling|dubbed|terms|termed|describes|described|labels|labeled|labelled|what within 3
suggest: Western countries | the West
weight: 0.5
note: Russian "коллективный Запад", a Russian state-media term; native copy quotes it at most ("what he called the collective West"), which the condition exempts.

[entity.kiev-regime]
category: entity
pattern: kiev|kyiv regime
unless: preceded-by calls|called|calling|dubbed|terms|termed|describes|described|labels|labeled|labelled|what within 3
suggest: the Ukrainian government | Kyiv
weight: 0.5
note: Russian "киевский режим", Russian state-media name for the Ukrainian government; native copy quotes it at most, which the condition exempts.

[entity.great-patriotic-war]
category: entity
pattern: great patriotic war
unless: preceded-by as|calls|called|known|dubbed|terms|termed|what within 3
suggest: World War II | the Second World War
weight: 0.4
note: Russian "Великая Отечественная война"; English copy writes "World War II" and uses the Soviet name only as "known in Russia as the Great Patriotic War", which the condition exempts.

[entity.vsu]
category: entity
pattern: VSU
unless: in-sentence university|college|virginia|valdosta|football|basketball|campus|students
suggest: Ukrainian forces | the Ukrainian military
weight: 0.7
note: Russian "ВСУ" (Вооружённые силы Украины) transliterated as "VSU"; English copy writes "Ukrainian forces". Ukrainian sources use "ЗСУ", so "VSU" points to Russian.

[entity.vladimir-zelensky]
category: entity
pattern: vladimir zelensky|zelenskiy|zelenskyy|zelenski|zelenskij
suggest: Volodymyr Zelenskyy
weight: 0.65
note: Russian "Владимир Зеленский": the Russian form of the first name; English copy writes "Volodymyr Zelenskyy" (AP) or "Volodymyr Zelenskiy" (Reuters). Only translation from Russian produces "Vladimir".

# Transliteration of personal names. AP and Reuters write -i/-y endings
# (Dmitry, Yevgeny, Sergei, Andrei, Alexei, Nikolai, Gennady); the -iy and -ey
# spellings come from Russian-style transliteration. Several are also
# legitimate personal spellings, hence the low weights.

[entity.dmitriy]
category: entity
pattern: Dmitriy|Dmitrij
suggest: Dmitry
weight: 0.45
note: Russian "Дмитрий" transliterated letter by letter; wires write "Dmitry" (Dmitry Peskov, Dmitry Medvedev).

[entity.yevgeniy]
category: entity
pattern: Yevgeniy|Evgeniy|Evgenij|Yevgenij|Evgenii
suggest: Yevgeny
weight: 0.4
note: Russian "Евгений" transliterated letter by letter; wires write "Yevgeny" (Yevgeny Prigozhin).

[entity.ey-ay-first-names]
category: entity
pattern: Sergey|Andrey|Aleksey|Alexey|Nikolay|Aleksandr|Matvey|Timofey
suggest: Sergei | Andrei | Alexei | Nikolai | Alexander
weight: 0.15
note: Russian "Сергей", "Андрей", "Алексей", "Николай", "Александр" in -ey/-ay/Aleksandr transliteration; Reuters writes Sergei, Andrei, Alexei, Nikolai, AP writes Alexander. Both spellings exist (AP itself writes "Sergey Lavrov", tennis writes "Andrey Rublev"), so the weight is low.

[entity.iy-first-names]
category: entity
pattern: Gennadiy|Vasiliy|Grigoriy|Georgiy|Arkadiy|Innokentiy|Afanasiy|Vikentiy
suggest: Gennady | Vasily | Grigory | Georgy | Arkady
weight: 0.4
note: Russian "Геннадий", "Василий", "Григорий", "Георгий", "Аркадий" transliterated with -iy; wires write -y. These are the Russian forms: Ukrainian gives Hennadiy, Vasyl, Hryhoriy, Heorhiy.

[entity.russian-style-surname-spellings]
category: entity
pattern: Navalniy|Medinskiy|Zhirinovskiy|Khodorkovskiy|Yavlinskiy|Dostoevskiy|Tchaikovskiy|Chaikovskiy|Trotskiy|Shoygu|Nebenzya
suggest: Navalny | Medinsky | Zhirinovsky | Khodorkovsky | Shoigu | Nebenzia
weight: 0.3
note: Russian surnames in "-ий"/"-ый" transliterated as -iy (Навальный, Мединский) and "й" as y (Шойгу, Небензя); wires write Navalny, Medinsky, Shoigu, Nebenzia. Reuters' "Zelenskiy" is house style and is left out.

# ---------------------------------------------------------------------------
# Calques
# ---------------------------------------------------------------------------

[calque.within-the-framework-of]
category: calque
pattern: in|within the framework of
unless: followed-by the? existing|international|agreed|current|un|u.n.|united|nato|minsk|agreement|agreements|law|laws|treaty|treaties|charter|constitution|accord|accords|resolution|resolutions|convention|conventions|mandate|partnership
suggest: under | as part of | during | at
weight: 0.4
note: Russian "в рамках" ("within the frames of": "within the framework of the visit/forum/criminal case"); English copy writes "under", "as part of", "at". Native diplomatic English keeps it before treaties and agreements, which the condition exempts. The same calque comes from Ukrainian "в рамках", Bulgarian "в рамките на" and Polish "w ramach".

[calque.on-the-territory-of]
category: calque
pattern: on the territory of
suggest: in
weight: 0.45
note: Russian "на территории" ("on the territory of Russia"); English copy writes "in Russia". The same calque comes from Ukrainian "на території", Bulgarian "на територията на" and Polish "na terytorium".

[calque.in-connection-with]
category: calque
pattern: in connection with
unless: preceded-by arrested|detained|charged|questioned|sought|held|wanted|indicted|convicted|sentenced|jailed|named|identified|interviewed|searched|raided|investigated|investigation|suspects|suspect|probe|custody|arrests|arrest|charges|extradited|fined|prosecuted|booked|released|subpoenaed|summoned|testified|wanted within 6
suggest: because of | over | due to | for
weight: 0.25
note: Russian "в связи с" ("in connection with the situation, the ministry ..."); English copy writes "because of", "over". Native English keeps the phrase in police copy ("arrested in connection with"), which the condition exempts. Shared with Ukrainian, Bulgarian and Polish.

[calque.at-the-present-time]
category: calque
pattern: at the present time|moment
pattern: at the current moment
suggest: now | currently
weight: 0.35
note: Russian "в настоящее время" / "в текущий момент"; English copy writes "now" or "currently".

[calque.at-the-given-moment]
category: calque
pattern: at the given moment|time
pattern: at this given moment
suggest: now | at the moment | currently
weight: 0.6
note: Russian "на данный момент" ("at the given moment"), also Ukrainian "на даний момент"; English copy writes "now" or "so far".

[calque.it-is-necessary-to-note]
category: calque
pattern: it is necessary to note|emphasize|emphasise|stress|mention|point|say|recall|underline|add
pattern: it must be noted|emphasized|emphasised|stressed|mentioned that
pattern: it should be noted|emphasized|emphasised|stressed|recalled|mentioned|added that
suggest: (drop the phrase)
weight: 0.35
note: Russian "необходимо отметить" / "следует отметить" / "нужно подчеркнуть"; news English drops the lead-in. Generic translationese, also from Ukrainian, Bulgarian and Polish, hence the low weight.

[calque.conduct-negotiations]
category: calque
pattern: carry|carried|carrying|carries out negotiations|talks
suggest: hold talks | negotiate
weight: 0.45
note: Russian "вести/проводить переговоры" ("carry out negotiations"); English copy writes "hold talks" or "negotiate". The nearer "conduct negotiations" is also native business English and is not listed. Shared with Russian, Ukrainian, Bulgarian and Polish.

[calque.take-measures]
category: calque
pattern: take|took|taken|taking|takes measures regarding|towards
pattern: measures were|are|have|will|must|should be|been? taken regarding|towards
suggest: take steps to | act to
weight: 0.35
note: Russian "принимать/принять меры по" ("take measures on"); English copy writes "take steps to" or "act to".

[calque.exhaustive-measures]
category: calque
pattern: exhaustive measures|steps
suggest: all necessary steps | comprehensive steps
weight: 0.8
note: Russian "исчерпывающие меры" ("exhaustive measures"), a fixed phrase of Russian officialese; English copy writes "all necessary steps".

[calque.military-political]
category: calque
pattern: military-political alliance|bloc|union|situation|leadership|cooperation|course|goals
pattern: political-military alliance|bloc|union
suggest: military alliance | military and political
weight: 0.45
note: Russian "военно-политический (блок/союз)"; English copy writes "military alliance" (NATO is "the military alliance"). Same calque from Ukrainian "військово-політичний", Bulgarian "военно-политически", Polish "polityczno-wojskowy".

[calque.the-national-side]
category: calque
pattern: the russian|american|ukrainian|polish|bulgarian|chinese|turkish|belarusian|iranian|israeli|european|german|french|us|u.s. side
unless: followed-by of
unless: preceded-by on|from|across|into|onto|to|at|along|over|far
unless: in-sentence border|team|match|game|goal|goals|coach|squad|players|league|cup|bank|river|shore|frontier|checkpoint|crossing|lineup|captain|ryder|golf|cricket|rugby|football|soccer|tournament|final|semifinal
suggest: the country's name | its capital (Washington, Moscow) | its delegation
weight: 0.35
note: Russian "российская сторона" / "американская сторона" ("the Russian side is ready ..."); English copy names the country, capital or delegation. Shared with Ukrainian "українська сторона", Bulgarian "българската страна", Polish "strona polska". Border and sports senses are excluded.

[calque.in-the-nearest-future]
category: calque
pattern: in the nearest future|time|days|weeks|months|years
suggest: soon | in the coming days | in the near future
weight: 0.45
note: Russian "в ближайшем будущем / в ближайшее время / в ближайшие дни" ("in the nearest ..."); English copy writes "soon" or "in the coming days". Also Ukrainian "найближчим часом", Bulgarian "в най-близко бъдеще", Polish "w najbliższej przyszłości".

[calque.shortest-possible-time]
category: calque
pattern: in the shortest possible time|terms|period|timeframe
pattern: in the shortest terms|timeframes|deadlines
suggest: as soon as possible | quickly
weight: 0.45
note: Russian "в кратчайшие сроки" ("in the shortest terms"); English copy writes "as soon as possible". Also Ukrainian "в найкоротші терміни", Bulgarian "в най-кратки срокове", Polish "w najkrótszym możliwym czasie".

[calque.in-the-course-of]
category: calque
pattern: in the course of the|a|an? meeting|talks|visit|negotiations|conversation|operation|attack|attacks|shelling|inspection|raid|raids|hostilities|fighting|offensive|counteroffensive|briefing|exercises|exercise|session|consultations|summit
suggest: during
weight: 0.35
note: Russian "в ходе (встречи/переговоров/обстрела)" ("in the course of the meeting"); English copy writes "during". Also Ukrainian "в ході", Bulgarian "в хода на".

[calque.on-the-eve]
category: calque
pattern: on the eve
unless: followed-by of
suggest: the day before | on Monday | earlier
weight: 0.6
note: Russian "накануне" used alone ("On the eve, the ministry said ..."); native English says "on the eve of" + event only, which the condition exempts. Also Ukrainian "напередодні".

[calque.it-became-known]
category: calque
pattern: it became known that|about|on|from|in|today|yesterday
pattern: it has become known that|about
pattern: became known from
suggest: it emerged that | X said | X reported
weight: 0.45
note: Russian "стало известно" ("it became known that ..."), the standard news lead of Russian media; English copy names the source ("Interfax reported"). Also Ukrainian "стало відомо", Bulgarian "стана известно".

[calque.according-to-him]
category: calque
pattern: according to him|her
pattern: according to his|her words
suggest: he said | she said
weight: 0.3
note: Russian "по его/её словам" ("according to his words"); English copy attributes with "he said". Also Ukrainian "за його словами", Bulgarian "според него", Polish "według niego".

[calque.according-to-data-of]
category: calque
pattern: according to data|information of
suggest: according to data from | X data show
weight: 0.4
note: Russian "по данным (Минздрава)" ("according to data of the Health Ministry"); English writes "according to data from" or "figures from ... show". Also Ukrainian "за даними", Bulgarian "по данни на", Polish "według danych".

[calque.press-service-of]
category: calque
pattern: press service of the
pattern: press service of <Cap>
pattern: press services of the
suggest: said in a statement | spokesperson for
weight: 0.4
note: Russian "пресс-служба (министерства/губернатора)" ("the press service of the ministry reported"); English copy writes "the ministry said in a statement". Also Ukrainian "пресслужба", Bulgarian "пресслужбата на".

[calque.pretend-to]
category: calque
pattern: pretend|pretends|pretended|pretending to|for the|a? title|role|post|position|office|seat|championship|presidency|leadership|throne|status|mandate|prize|medal|victory|gold
suggest: claim | aspire to | contend for
weight: 0.5
note: Russian "претендовать на (пост/титул)" false friend; English "pretend" means "feign": write "claim", "compete for", "aspire to". Polish "pretendować do" gives the same.

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
weight: 0.55
note: Russian "Об этом заявил/сообщил X" / "Об этом говорится в заявлении": the source is put last, MT turns it into a passive "This was stated by X" / "This is stated in the statement". English copy leads with the speaker. Also Ukrainian "Про це заявив", Bulgarian "Това съобщи".

[word-order.about-this-reported]
category: word-order
pattern: about this reported|reports|said|says|stated|states|announced|announces|informed|informs|wrote|writes|told|tells|declared|declares|noted|notes
suggest: X reported this | X said
weight: 0.75
note: Russian "Об этом сообщает/заявил X" rendered word for word ("About this reported the ministry"); English copy: "the ministry said". Also Ukrainian "Про це повідомляє".

[word-order.in-the-kremlin-said]
category: word-order
pattern: in the kremlin said|noted|stated|believe|believes|stressed|emphasized|emphasised|commented|explained|declared|announced|reported|replied|assured|added|confirmed|denied
pattern: in the foreign|defense|defence|interior|finance|health? ministry said|noted|stated|believe|believes|stressed|emphasized|emphasised|commented|explained|declared|announced|reported|replied|assured|added|confirmed|denied
unless: preceded-by officials|official|sources|source|aides|aide|people|person|staff|insiders|insider|analysts|someone|somebody|anyone|nobody|many|few|those|others|everyone|observers|diplomats|diplomat|colleagues|advisers|adviser|advisors|advisor|spokesman|spokeswoman|spokesperson|figures|circles|employees|workers|officers|lawmakers|voices|critics|hawks|members within 3
suggest: the Kremlin said | the ministry said
weight: 0.6
note: Russian impersonal "в Кремле заявили / в МИД отметили" ("in the Kremlin they said") rendered without a subject: "In the Kremlin said that ..."; English copy makes the institution the subject. Also Ukrainian "в ОП заявили", Bulgarian "в Кремъл заявиха". "Officials in the Kremlin said" is exempted.

# ---------------------------------------------------------------------------
# Grammar
# ---------------------------------------------------------------------------

[grammar.informed-that]
category: grammar
pattern: informed that
unless: preceded-by was|were|been|being|is|are|be|am|well|reliably|better|fully|ill|poorly|not|get|got|gets|getting|keep|kept
suggest: said that | reported that
weight: 0.4
note: Russian "проинформировал, что" / "сообщил, что" with no object: "The ministry informed that ..."; English "inform" needs an object ("informed reporters that") or becomes "said". Also Ukrainian "поінформував, що", Bulgarian "информира, че", Polish "poinformował, że".

[grammar.remind-that]
category: grammar
pattern: remind|reminded|reminds that
pattern: let us|let's recall|remind
unless: followed-by person|persons|people|man|men|woman|women|generation|guy|guys|kid|kids|child|children|boy|girl|one|ones|time|day|moment|feeling|era|period|story|year|audience|crowd|voter|voters|player|players|team|group|community|nation|country|city|government|committee|company|official|officials|reader|readers|viewer|viewers|listener|listeners|side|lawmaker|lawmakers|senator|customer|customers|client|clients|song|film|movie|book|place|house|town
suggest: recalled that | noted that | (drop "Recall that")
weight: 0.45
note: Russian "напомнил, что" / "Напомним, что ..." ("Let us recall that ..."): English "remind" needs an object and news copy drops the lead-in. Also Ukrainian "нагадав, що / Нагадаємо", Bulgarian "напомни, че", Polish "przypomniał, że / przypomnijmy".

# ---------------------------------------------------------------------------
# Numbers and dates
# ---------------------------------------------------------------------------

[number.roman-quarter]
category: number
pattern: in the? I|II|III|IV quarter|half|quarters|halves
suggest: in the first quarter | in the second half
weight: 0.45
note: Russian "в I квартале" / "во II полугодии" with Roman numerals; English writes "first quarter", "second half". Also Ukrainian, Bulgarian ("през I тримесечие") and Polish ("w I kwartale").
