# uk-en.lex: Ukrainian -> English machine-translation and translationese patterns.
#
# Scope: English news copy machine-translated (or translated word for word) from
# Ukrainian-language sources: government and military readouts, regional
# administrations, Ukrainian online media. Each entry names the Ukrainian source
# form in its note.
#
# - Shared Slavic calques use the same pattern as ru-en, bg-en and pl-en, so the
#   detector can compare which pair files fire; the note gives the Ukrainian form.
# - Ukrainian-only forms (official Ukrainian titles and institutions, Ukrainian
#   transliteration, wartime vocabulary of Ukrainian media) carry the higher
#   weights. Russian-form names and Russian abbreviations live in ru-en.lex.
# - Place-name spellings (Kyiv, Kharkiv, Odesa, ...) live in en.lex, not here.
# - "Verkhovna Rada", "the Rada", "hryvnia(s)", "occupiers" are native usage and
#   are deliberately absent.

verbatim-lexicon: 1
pair: uk-en
description: Ukrainian → English machine-translation patterns: titles, institutions, calques, transliteration, word order.

# ---------------------------------------------------------------------------
# Titles of office
# ---------------------------------------------------------------------------

[title.head-of-the-office-of-the-president]
category: title
pattern: head of the office of the president
pattern: head|chief of the op|opu
pattern: deputy head of the office of the president
suggest: presidential chief of staff | head of the presidential office
weight: 0.65
note: Ukrainian "керівник Офісу Президента" (ОП); English wires write "presidential chief of staff" or "head of the presidential office".

[title.peoples-deputy]
category: title
pattern: people's deputy|deputies
pattern: nardep|nardeps
unless: preceded-by congress|congresses within 2
suggest: lawmaker | member of parliament | MP
weight: 0.7
note: Ukrainian "народний депутат (України)", colloquially "нардеп"; English copy writes "lawmaker" or "MP". The Soviet "Congress of People's Deputies" is exempted.

[title.vice-premier]
category: title
pattern: vice premier|premiers
pattern: vice prime minister|ministers
pattern: vicepremier|vicepremiers
unless: in-sentence china|china's|chinese|beijing|taiwan|taiwan's|taiwanese|taipei|vietnam|vietnam's|vietnamese|hanoi|laos|lao
unless: followed-by liu|han|hu|wang|li|zhang|sun|ding|he|wu|ma|zhao|chen|huang|yang|zhou|xu|guo|lin|liang|qian|zeng|hui|cheng|lai|cho
suggest: Deputy Prime Minister
weight: 0.4
note: Ukrainian "віце-прем'єр(-міністр)"; English copy writes Deputy Prime Minister. "Vice Premier" is native only for China and Taiwan, which the conditions exclude. Shared with Russian, Bulgarian and Polish.

[title.head-of-the-foreign-ministry]
category: title
pattern: head|chief of the russian|ukrainian|bulgarian|polish? foreign|defense|defence ministry
pattern: head|chief of the ministry of foreign affairs
pattern: head|chief of the ministry of defense|defence
suggest: foreign minister | defense minister
weight: 0.3
note: Ukrainian "очільник МЗС" / "голова Міноборони" ("head of the Foreign Ministry"); English copy writes "foreign minister", "defense minister". Shared with Russian, Bulgarian and Polish.

[title.head-of-diplomacy]
category: title
pattern: head|chief of diplomacy
pattern: head|chief of the? russian|ukrainian|american|us|u.s.|bulgarian|polish|french|german|british|chinese|turkish|israeli|iranian|hungarian|romanian|serbian|belarusian|italian|spanish|japanese|indian diplomacy
suggest: foreign minister | top diplomat
weight: 0.5
note: Ukrainian "очільник української дипломатії" ("head of Ukrainian diplomacy"), a periphrasis for the foreign minister; English writes "foreign minister" or "top diplomat". Shared with Russian, Bulgarian and Polish.

[title.head-of-the-pentagon]
category: title
pattern: head|chief of the pentagon
pattern: head|chief of the state department
pattern: head of the white house
unless: followed-by office|council|press|national|budget|domestic|economic|task|communications|counsel|staff|team|policy|digital|science|correspondents|coronavirus|covid
suggest: defense secretary | secretary of state | president
weight: 0.45
note: Ukrainian "очільник Пентагону", "голова Держдепу", "глава Білого дому": the institution stands for its head; English copy writes "Defense Secretary", "Secretary of State", "the president". Shared with Russian and Bulgarian.

[title.head-of-the-region]
category: title
pattern: head of the region
pattern: heads of the regions
pattern: head of the <Cap> region
unless: in-sentence company|bank|firm|sales|business|executive|corporate|emea|apac|asia|pacific|americas|nordic|division
suggest: governor | regional governor
weight: 0.45
note: Ukrainian "голова/очільник області", "голова ОВА" ("head of the Kharkiv region"); English copy writes "regional governor" ("Kharkiv regional Gov. ..."). Shared with Russian "глава региона".

[title.official-representative]
category: title
pattern: official representative|representatives of the
pattern: official representative <Cap>
unless: preceded-by an|any|no|sent|send|sends|without|only
suggest: spokesperson | spokesman
weight: 0.45
note: Ukrainian "офіційний представник (ГУР/Сил оборони)" ("official representative"); English copy writes "spokesman". Shared with Russian "официальный представитель".

[title.head-of-state-said]
category: title
pattern: the head of state noted|stressed|emphasized|emphasised|stated|instructed|signed|held|said|added|recalled|expressed|pointed|ordered|declared|announced|thanked|congratulated|believes|urged|spoke
suggest: the president
weight: 0.35
note: Ukrainian "глава держави" used as an anaphor for the president ("The head of state noted ..."); English copy repeats "the president" or the name. Shared with Russian, Bulgarian and Polish.

# ---------------------------------------------------------------------------
# Entities: names, institutions, abbreviations, wartime vocabulary
# ---------------------------------------------------------------------------

[entity.volodymyr-variants]
category: entity
pattern: Volodimir|Volodymir|Volodimyr|Wolodymyr|Wolodimir|Wołodymyr
suggest: Volodymyr
weight: 0.55
note: Ukrainian "Володимир" transliterated by ear or through Polish; the English spelling is "Volodymyr" (Volodymyr Zelenskyy).

[entity.oleksandr-variants]
category: entity
pattern: Olexandr|Oleksander|Olexander|Oleksandar|Olexiy|Olexii
suggest: Oleksandr | Oleksiy
weight: 0.35
note: Ukrainian "Олександр", "Олексій" with x/-er transliteration; wires write "Oleksandr", "Oleksiy".

[entity.zelenskyi]
category: entity
pattern: Zelenskyi|Zelenskyj|Zelenskij
suggest: Zelenskyy
weight: 0.45
note: Ukrainian "Зеленський" in the Ukrainian passport transliteration (-yi) or Polish-style (-yj); AP writes "Zelenskyy", Reuters "Zelenskiy".

[entity.official-ii-names]
category: entity
pattern: Serhii|Oleksii|Andrii|Yurii|Vitalii|Anatolii|Valerii|Hennadii|Heorhii|Dmytrii|Vasylii
suggest: Serhiy | Oleksiy | Andriy | Yuriy | Vitaliy
weight: 0.15
note: Ukrainian "Сергій", "Олексій", "Андрій" in the Ukrainian government's 2010 transliteration (-ii); AP and Reuters mostly write -iy. Some wires follow the official spelling, hence the low weight.

[entity.lowercase-russia]
category: entity
pattern: russia|russian|russians|russia's|rf
case: sensitive
suggest: Russia | Russian
weight: 0.6
note: Ukrainian media style "росія", "російський", "рф" written lower-case on purpose; the lower case survives translation. English copy capitalizes proper names.

[entity.op-abbreviation]
category: entity
pattern: the OP|OPU
pattern: OP|OPU head|chief|deputy|official|officials|spokesperson|adviser|advisor
case: sensitive
suggest: the presidential office
weight: 0.6
note: Ukrainian "ОП" / "ОПУ" (Офіс Президента України) transliterated; English copy writes "the presidential office".

[entity.zsu]
category: entity
pattern: ZSU
unless: followed-by <number>
suggest: Ukraine's armed forces | the Ukrainian military
weight: 0.7
note: Ukrainian "ЗСУ" (Збройні сили України) transliterated; English copy writes "Ukraine's armed forces". Russian sources write "ВСУ" (see ru-en). The Soviet ZSU-23-4 gun is exempted.

[entity.afu]
category: entity
pattern: AFU
suggest: Ukraine's armed forces | the Ukrainian military
weight: 0.35
note: Ukrainian "ЗСУ" rendered by its official English abbreviation "AFU" (Armed Forces of Ukraine), also used for Russian "ВСУ"; news copy spells it out or writes "Ukrainian forces".

[entity.dsns]
category: entity
pattern: DSNS
suggest: the State Emergency Service | emergency services
weight: 0.75
note: Ukrainian "ДСНС" (Державна служба з надзвичайних ситуацій) transliterated; English copy writes "the State Emergency Service".

[entity.tcc]
category: entity
pattern: TCC|TCK|TTSK
pattern: territorial center|centre|centers|centres of recruitment|completion|staffing|acquisition|manning
pattern: territorial completion|acquisition|staffing|manning center|centre|centers|centres
suggest: military recruitment office | draft office
weight: 0.7
note: Ukrainian "ТЦК" (територіальний центр комплектування): abbreviation left as is, or "комплектування" rendered as "completion/staffing"; English copy writes "military recruitment office".

[entity.rashism]
category: entity
pattern: rashism|ruscism|rashist|rashists|ruscist|ruscists|raschism
suggest: Russian aggression | Russian forces
weight: 0.8
note: Ukrainian "рашизм" / "рашисти" (blend of "Russia" and "fascism") transliterated; wire copy does not use it outside quotation.

[entity.cabinet-of-ministers]
category: entity
pattern: cabinet of ministers
suggest: the cabinet | the government
weight: 0.2
note: Ukrainian "Кабінет Міністрів (України)"; English copy writes "the government" or "the Cabinet". It is also the official English name, so the weight is low.

[entity.ministry-of-ukraine]
category: entity
pattern: ministry of defense|defence|health|finance|justice|economy|energy|culture|education|infrastructure|veterans|reintegration|digital of ukraine
pattern: ministry of foreign|internal affairs of ukraine
suggest: Ukraine's Defense Ministry | the Ukrainian Health Ministry
weight: 0.3
note: Ukrainian "Міністерство оборони України" translated in full; English copy writes "Ukraine's Defense Ministry". Official English names follow the Ukrainian, hence the low weight.

[entity.oblast]
category: entity
pattern: <Cap> oblast|oblasts
pattern: oblast administration|council|administrations|councils
suggest: region | province
weight: 0.2
note: Ukrainian "область" transliterated ("Kharkiv Oblast"); AP and Reuters write "Kharkiv region". Ukrainian outlets in English use "oblast" natively, hence the low weight. Russian "область" gives the same.

[entity.hromada]
category: entity
pattern: hromada|hromadas|hromady
pattern: territorial community|communities
suggest: community | municipality
weight: 0.6
note: Ukrainian "(територіальна) громада", the basic municipality since the 2020 reform; English copy writes "community" or "municipality".

[entity.military-administration]
category: entity
pattern: regional|city|oblast|district|village|settlement military administration|administrations
suggest: regional governor | regional administration | city authorities
weight: 0.4
note: Ukrainian "обласна/міська військова адміністрація" (ОВА, МВА), the wartime local authorities; English wires usually write "regional governor" or "the local administration".

[entity.temporarily-occupied]
category: entity
pattern: temporarily occupied territory|territories|areas|lands|crimea|city|cities|part|parts|regions|donbas
suggest: occupied territory | Russian-occupied areas
weight: 0.5
note: Ukrainian legal term "тимчасово окуповані території" (ТОТ); English copy writes "Russian-occupied territory".

[entity.deoccupation]
category: entity
pattern: deoccupation
pattern: de-occupation
suggest: liberation | return of occupied territory
weight: 0.6
note: Ukrainian "деокупація"; English copy writes "liberation" or "retaking".

[entity.defense-forces-of-ukraine]
category: entity
pattern: defense|defence forces of ukraine
suggest: Ukrainian forces | Ukraine's military
weight: 0.45
note: Ukrainian "Сили оборони України", the umbrella term of Ukrainian military reports; English copy writes "Ukrainian forces".

# ---------------------------------------------------------------------------
# Calques
# ---------------------------------------------------------------------------

[calque.aggressor-country]
category: calque
pattern: aggressor country|countries
pattern: the aggressor state
pattern: terrorist country
suggest: Russia
weight: 0.5
note: Ukrainian "країна-агресор" / "держава-агресор" / "країна-терорист" as the narrator's name for Russia; English copy names the country.

[calque.within-the-framework-of]
category: calque
pattern: in|within the framework of
unless: followed-by the? existing|international|agreed|current|un|u.n.|united|nato|minsk|agreement|agreements|law|laws|treaty|treaties|charter|constitution|accord|accords|resolution|resolutions|convention|conventions|mandate|partnership
suggest: under | as part of | during | at
weight: 0.4
note: Ukrainian "в рамках" ("within the framework of the visit/programme"); English copy writes "under", "as part of", "at". Native diplomatic English keeps it before treaties and agreements, which the condition exempts. Shared with Russian, Bulgarian and Polish.

[calque.on-the-territory-of]
category: calque
pattern: on the territory of
suggest: in
weight: 0.45
note: Ukrainian "на території (України)"; English copy writes "in Ukraine". Shared with Russian, Bulgarian and Polish.

[calque.the-national-side]
category: calque
pattern: the russian|american|ukrainian|polish|bulgarian|chinese|turkish|belarusian|iranian|israeli|european|german|french|us|u.s. side
unless: followed-by of
unless: preceded-by on|from|across|into|onto|to|at|along|over|far
unless: in-sentence border|team|match|game|goal|goals|coach|squad|players|league|cup|bank|river|shore|frontier|checkpoint|crossing|lineup|captain|ryder|golf|cricket|rugby|football|soccer|tournament|final|semifinal
suggest: the country's name | its capital (Washington, Moscow) | its delegation
weight: 0.35
note: Ukrainian "українська сторона" / "російська сторона" ("the Ukrainian side insists ..."); English copy names the country, capital or delegation. Shared with Russian, Bulgarian and Polish. Border and sports senses are excluded.

[calque.at-the-given-moment]
category: calque
pattern: at the given moment|time
pattern: at this given moment
suggest: now | at the moment | so far
weight: 0.55
note: Ukrainian "на даний момент" ("at the given moment"), also Russian "на данный момент"; English copy writes "now" or "so far".

[calque.on-the-eve]
category: calque
pattern: on the eve
unless: followed-by of
suggest: the day before | on Monday | earlier
weight: 0.55
note: Ukrainian "напередодні" used alone ("On the eve, the General Staff reported ..."); native English says "on the eve of" + event only, which the condition exempts. Also Russian "накануне".

[calque.in-the-nearest-future]
category: calque
pattern: in the nearest future|time|days|weeks|months|years
suggest: soon | in the coming days | in the near future
weight: 0.45
note: Ukrainian "найближчим часом / в найближчому майбутньому / найближчими днями" ("in the nearest ..."); English copy writes "soon" or "in the coming days". Shared with Russian, Bulgarian and Polish.

[calque.shortest-possible-time]
category: calque
pattern: in the shortest possible time|terms|period|timeframe
pattern: in the shortest terms|timeframes|deadlines
suggest: as soon as possible | quickly
weight: 0.45
note: Ukrainian "в найкоротші терміни" ("in the shortest terms"); English copy writes "as soon as possible". Shared with Russian, Bulgarian and Polish.

[calque.it-became-known]
category: calque
pattern: it became known that|about|on|from|in|today|yesterday
pattern: it has become known that|about
pattern: became known from
suggest: it emerged that | X said | X reported
weight: 0.45
note: Ukrainian "стало відомо" ("it became known that ..."), the standard news lead; English copy names the source. Shared with Russian "стало известно" and Bulgarian "стана известно".

[calque.conduct-negotiations]
category: calque
pattern: carry|carried|carrying|carries out negotiations|talks
suggest: hold talks | negotiate
weight: 0.45
note: Ukrainian "вести/проводити переговори" ("carry out negotiations"); English copy writes "hold talks" or "negotiate". The nearer "conduct negotiations" is also native business English and is not listed. Shared with Russian, Ukrainian, Bulgarian and Polish.

[calque.military-political]
category: calque
pattern: military-political alliance|bloc|union|situation|leadership|cooperation|course|goals
pattern: political-military alliance|bloc|union
suggest: military alliance | military and political
weight: 0.45
note: Ukrainian "військово-політичний (блок/союз)"; English copy writes "military alliance". Shared with Russian, Bulgarian and Polish.

[calque.the-enemy]
category: calque
pattern: the enemy shelled|attacked|launched|struck|fired|lost|used|carried|conducted|tried|attempted|suffered|dropped|targeted|shells|attacks|launches|strikes|fires|loses|uses|conducts|continues|continued
suggest: Russian forces | Russia
weight: 0.4
note: Ukrainian military-report "ворог" / "противник" ("the enemy shelled ...") as the narrator's own word; English copy writes "Russian forces". Russian Defense Ministry reports ("противник") give the same for the other side.

[calque.liquidated]
category: calque
pattern: liquidated|liquidating|liquidate|liquidates
when: in-sentence soldiers|servicemen|troops|militants|occupiers|terrorists|invaders|personnel|fighters|russians|enemy|saboteurs|mercenaries|commander|commanders|officer|officers|infantry
suggest: killed
weight: 0.45
note: Ukrainian "ліквідовано (окупантів)" / Russian "ликвидировать (боевиков)"; English copy writes "killed". The condition keeps the business sense out.

[calque.it-is-necessary-to-note]
category: calque
pattern: it is necessary to note|emphasize|emphasise|stress|mention|point|say|recall|underline|add
pattern: it must be noted|emphasized|emphasised|stressed|mentioned that
pattern: it should be noted|emphasized|emphasised|stressed|recalled|mentioned|added that
suggest: (drop the phrase)
weight: 0.35
note: Ukrainian "варто/слід зазначити", "необхідно наголосити"; news English drops the lead-in. Generic Slavic translationese, hence the low weight.

[calque.according-to-him]
category: calque
pattern: according to him|her
pattern: according to his|her words
suggest: he said | she said
weight: 0.3
note: Ukrainian "за його/її словами" ("according to his words"); English copy attributes with "he said". Shared with Russian, Bulgarian and Polish.

[calque.press-service-of]
category: calque
pattern: press service of the
pattern: press service of <Cap>
pattern: press services of the
suggest: said in a statement | spokesperson for
weight: 0.4
note: Ukrainian "пресслужба (ОВА/міністерства)" ("the press service of the ministry reported"); English copy writes "the ministry said in a statement". Shared with Russian and Bulgarian.

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
note: Ukrainian "Про це заявив/повідомив X" / "Про це йдеться у заяві": the source goes last, MT makes it a passive "This was stated by X" / "This is stated in the statement"; English copy leads with the speaker. Shared with Russian and Bulgarian.

[word-order.about-this-reported]
category: word-order
pattern: about this reported|reports|said|says|stated|states|announced|announces|informed|informs|wrote|writes|told|tells|declared|declares|noted|notes
suggest: X reported this | X said
weight: 0.75
note: Ukrainian "Про це повідомляє/заявив X" rendered word for word ("About this reports the General Staff"); English copy: "the General Staff said". Shared with Russian "Об этом сообщает".

[word-order.in-the-kremlin-said]
category: word-order
pattern: in the kremlin said|noted|stated|believe|believes|stressed|emphasized|emphasised|commented|explained|declared|announced|reported|replied|assured|added|confirmed|denied
pattern: in the foreign|defense|defence|interior|finance|health? ministry said|noted|stated|believe|believes|stressed|emphasized|emphasised|commented|explained|declared|announced|reported|replied|assured|added|confirmed|denied
pattern: in the op|opu said|noted|stated|believe|believes|stressed|emphasized|emphasised|commented|explained|declared|announced|reported|replied|assured|added|confirmed|denied
pattern: in the office of the president said|noted|stated|believe|believes|stressed|emphasized|emphasised|commented|explained|declared|announced|reported|replied|assured|added|confirmed|denied
pattern: in the general staff said|noted|stated|believe|believes|stressed|emphasized|emphasised|commented|explained|declared|announced|reported|replied|assured|added|confirmed|denied
unless: preceded-by officials|official|sources|source|aides|aide|people|person|staff|insiders|insider|analysts|someone|somebody|anyone|nobody|many|few|those|others|everyone|observers|diplomats|diplomat|colleagues|advisers|adviser|advisors|advisor|spokesman|spokeswoman|spokesperson|figures|circles|employees|workers|officers|lawmakers|voices|critics|hawks|members within 3
suggest: the presidential office said | the ministry said
weight: 0.55
note: Ukrainian impersonal "в ОП заявили / у Міноборони зазначили / у Генштабі повідомили" ("in the OP they said") rendered without a subject: "In the Office of the President said that ..."; English copy makes the institution the subject. Shared with Russian "в Кремле заявили". "Officials in the ministry said" is exempted.

# ---------------------------------------------------------------------------
# Grammar
# ---------------------------------------------------------------------------

[grammar.informed-that]
category: grammar
pattern: informed that
unless: preceded-by was|were|been|being|is|are|be|am|well|reliably|better|fully|ill|poorly|not|get|got|gets|getting|keep|kept
suggest: said that | reported that
weight: 0.4
note: Ukrainian "поінформував, що" / "повідомив, що" with no object: "The General Staff informed that ..."; English "inform" needs an object. Shared with Russian, Bulgarian and Polish.

[grammar.remind-that]
category: grammar
pattern: remind|reminded|reminds that
pattern: let us|let's recall|remind
unless: followed-by person|persons|people|man|men|woman|women|generation|guy|guys|kid|kids|child|children|boy|girl|one|ones|time|day|moment|feeling|era|period|story|year|audience|crowd|voter|voters|player|players|team|group|community|nation|country|city|government|committee|company|official|officials|reader|readers|viewer|viewers|listener|listeners|side|lawmaker|lawmakers|senator|customer|customers|client|clients|song|film|movie|book|place|house|town
suggest: recalled that | noted that | (drop "Recall that")
weight: 0.45
note: Ukrainian "нагадав, що" / "Нагадаємо, що ..." ("Let us recall that ..."): English "remind" needs an object and news copy drops the lead-in. Shared with Russian, Bulgarian and Polish.

# ---------------------------------------------------------------------------
# Numbers and dates
# ---------------------------------------------------------------------------

[number.roman-quarter]
category: number
pattern: in the? I|II|III|IV quarter|half|quarters|halves
suggest: in the first quarter | in the second half
weight: 0.45
note: Ukrainian "у I кварталі" / "у II півріччі" with Roman numerals; English writes "first quarter", "second half". Shared with Russian, Bulgarian and Polish.
