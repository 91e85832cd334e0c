# en.lex — target-side English that a wire editor fixes whatever the source language was.
#
# Scope:
#   * entity: place names whose English form changed officially and which the major
#     English-language agencies (AP, Reuters, AFP, BBC) have since adopted; organisation
#     names that translation expands or reorders wrongly. Old spellings were written by
#     native writers for decades, so these get low weights (0.1–0.3).
#   * title: titles of office that translation carries from one country's system into
#     another's ("US foreign minister" for the Secretary of State). These fire only where
#     the title is wrong for the country named, and they must stay silent on native copy.
#   * grammar: one usage item native desks fix.
#
# Sources: the place-name choices follow the agencies' public style decisions as generally
# known (Kyiv and the Ukrainian transliterations adopted by AP in 2019 and by most other
# agencies by 2022; Belarus, Kyrgyzstan, Chisinau, Almaty, Eswatini and North Macedonia
# after the countries' own official changes). US titles are those of the US federal
# government. Nothing here is copied from a published list.
#
# Left out on purpose: Bombay/Mumbai, Calcutta/Kolkata, Burma/Myanmar, Ivory Coast,
# Turkey/Türkiye, Czech Republic/Czechia (agencies differ or kept the old form); British
# titles ("British foreign minister", "UK finance minister"), because agencies write those
# too; "the Ukraine", because the format cannot tell "in the Ukraine." from the native
# "the Ukraine war" (no end-of-sentence condition).
#
# Entries about US titles use `case: sensitive` so that "US" (the country) is not confused
# with the pronoun "us"; both capitalisations of the title words are listed as alternatives.

verbatim-lexicon: 1
pair: en
description: Target-side English: canonical place and organisation names, titles of office, usage.

# ---------------------------------------------------------------------------
# entity: place names (Ukraine)
# ---------------------------------------------------------------------------

[entity.kyiv]
category: entity
pattern: kiev
unless: preceded-by chicken
suggest: Kyiv
weight: 0.2
note: Russian-based transliteration (Киев); the Ukrainian capital is Kyiv (Київ) in agency
  style. "Chicken Kiev" keeps the old form.

[entity.odesa]
category: entity
pattern: odessa
unless: followed-by texas|tx|file
unless: in-sentence texas|permian|midland
suggest: Odesa
weight: 0.2
note: Russian spelling (Одесса); the Ukrainian city is Odesa (Одеса). Odessa, Texas, keeps its name.

[entity.kharkiv]
category: entity
pattern: kharkov
suggest: Kharkiv
weight: 0.2
note: Russian spelling (Харьков); Ukrainian Kharkiv (Харків).

[entity.lviv]
category: entity
pattern: lvov|lwow|lemberg
suggest: Lviv
weight: 0.2
note: Russian (Львов), Polish (Lwów) or German (Lemberg) name; Ukrainian Lviv (Львів).

[entity.mykolaiv]
category: entity
pattern: nikolaev|nikolayev
unless: preceded-by <Cap>
unless: followed-by said|says|told|added|wrote
suggest: Mykolaiv
weight: 0.2
note: Russian spelling (Николаев); Ukrainian Mykolaiv (Миколаїв). Not after a first name
  or before a speech verb, where it is a surname.

[entity.zaporizhzhia]
category: entity
pattern: zaporozhye|zaporozhe|zaporozhie|zaporozhskaya
suggest: Zaporizhzhia
weight: 0.2
note: Russian spelling (Запорожье, Запорожская АЭС); Ukrainian Zaporizhzhia (Запоріжжя).

[entity.luhansk]
category: entity
pattern: lugansk
suggest: Luhansk
weight: 0.2
note: Russian spelling (Луганск); Ukrainian Luhansk (Луганськ).

[entity.chernihiv]
category: entity
pattern: chernigov
suggest: Chernihiv
weight: 0.2
note: Russian spelling (Чернигов); Ukrainian Chernihiv (Чернігів).

[entity.dnipro]
category: entity
pattern: dnepropetrovsk
pattern: dnepr
suggest: Dnipro
weight: 0.2
note: Russian spelling (Днепропетровск, Днепр); the city has been Dnipro since 2016.

[entity.kryvyi-rih]
category: entity
pattern: krivoy|krivoi rog
suggest: Kryvyi Rih
weight: 0.2
note: Russian spelling (Кривой Рог); Ukrainian Kryvyi Rih (Кривий Ріг).

[entity.bakhmut]
category: entity
pattern: artemovsk|artyomovsk|artemivsk
suggest: Bakhmut
weight: 0.2
note: Soviet-era name (Артёмовск), revived in Russian official usage; agencies write Bakhmut.

[entity.sloviansk]
category: entity
pattern: slavyansk
suggest: Sloviansk
weight: 0.2
note: Russian spelling (Славянск); Ukrainian Sloviansk (Слов'янськ).

[entity.horlivka]
category: entity
pattern: gorlovka
suggest: Horlivka
weight: 0.2
note: Russian spelling (Горловка); Ukrainian Horlivka (Горлівка).

[entity.sievierodonetsk]
category: entity
pattern: severodonetsk
suggest: Sievierodonetsk
weight: 0.2
note: Russian spelling (Северодонецк); Ukrainian Sievierodonetsk (Сєвєродонецьк).

[entity.rivne]
category: entity
pattern: rovno
suggest: Rivne
weight: 0.2
note: Russian/Polish form (Ровно, Równe); Ukrainian Rivne (Рівне).

[entity.zhytomyr]
category: entity
pattern: zhitomir
suggest: Zhytomyr
weight: 0.2
note: Russian spelling (Житомир read the Russian way); Ukrainian Zhytomyr.

[entity.vinnytsia]
category: entity
pattern: vinnitsa|vinnitza
suggest: Vinnytsia
weight: 0.2
note: Russian spelling (Винница); Ukrainian Vinnytsia (Вінниця).

[entity.kropyvnytskyi]
category: entity
pattern: kirovograd|kirovohrad
suggest: Kropyvnytskyi
weight: 0.2
note: Soviet-era name (Кировоград), officially replaced in 2016 by Kropyvnytskyi.

# ---------------------------------------------------------------------------
# entity: place names (other former Soviet states, elsewhere)
# ---------------------------------------------------------------------------

[entity.belarus]
category: entity
pattern: byelorussia|belorussia
suggest: Belarus
weight: 0.2
note: Soviet-era name (Белоруссия); the country has been Belarus since 1991.

[entity.chisinau]
category: entity
pattern: kishinev|kishinyov
suggest: Chisinau
weight: 0.2
note: Russian name (Кишинёв) of the Moldovan capital, Chișinău.

[entity.almaty]
category: entity
pattern: alma-ata
suggest: Almaty
weight: 0.2
note: Soviet-era name (Алма-Ата) of Kazakhstan's largest city, Almaty.

[entity.ashgabat]
category: entity
pattern: ashkhabad|ashgabad
suggest: Ashgabat
weight: 0.2
note: Russian-based spelling (Ашхабад) of the Turkmen capital, Ashgabat.

[entity.tbilisi]
category: entity
pattern: tiflis
suggest: Tbilisi
weight: 0.2
note: Historic Russian/German name (Тифлис) of the Georgian capital.

[entity.kyrgyzstan]
category: entity
pattern: kirghizia|kirgizia|kirgiziya
suggest: Kyrgyzstan
weight: 0.2
note: Soviet-era name (Киргизия); the country is Kyrgyzstan.

[entity.turkmenistan]
category: entity
pattern: turkmenia|turkmeniya
suggest: Turkmenistan
weight: 0.2
note: Soviet-era name (Туркмения); the country is Turkmenistan.

[entity.eswatini]
category: entity
pattern: swaziland
suggest: Eswatini
weight: 0.15
note: Renamed Eswatini in 2018; agencies follow. Native copy before 2018 used Swaziland.

[entity.north-macedonia]
category: entity
pattern: macedonia
unless: preceded-by north|greek|ancient|of
unless: in-sentence greece|greek|greeks|alexander|thessaloniki|ancient|philip
suggest: North Macedonia
weight: 0.1
note: The country has been North Macedonia since 2019 (Prespa agreement); source languages
  often keep "Makedonien", "Macédoine", "Македония". Not for the Greek region.

[entity.beijing]
category: entity
pattern: peking
unless: followed-by university|duck|opera|union|man|school
suggest: Beijing
weight: 0.1
note: Wade-Giles era spelling of 北京 kept by some source languages (German "Peking",
  Dutch "Peking"); English copy writes Beijing. Peking University, Peking duck keep it.

# ---------------------------------------------------------------------------
# entity: organisation names
# ---------------------------------------------------------------------------

[entity.osce-wrong-expansion]
category: entity
pattern: european organization|organisation for security and cooperation in europe
pattern: european organization|organisation for security and co-operation in europe
pattern: organization|organisation for security and cooperation of|for europe
pattern: organization|organisation for security and co-operation of|for europe
pattern: organization|organisation on|of security and cooperation
pattern: organization|organisation on|of security and co-operation
pattern: organization|organisation for cooperation and security
pattern: organization|organisation for co-operation and security
suggest: Organization for Security and Co-operation in Europe | OSCE
weight: 0.3
note: Wrong expansion or word order of the OSCE's name (Russian "Организация по
  безопасности и сотрудничеству в Европе" gives "on Security"; French "OSCE" is re-expanded
  as "European Organization ..."). The official English name is Organization for Security
  and Co-operation in Europe.

[entity.nato-wrong-expansion]
category: entity
pattern: north atlantic alliance organization|organisation
pattern: north atlantic pact organization|organisation
pattern: organization|organisation of the north atlantic treaty
suggest: North Atlantic Treaty Organization | NATO
weight: 0.3
note: Literal re-expansion of "OTAN"/"НАТО" (French "Organisation du traité de l'Atlantique
  Nord", Spanish "Organización del Tratado del Atlántico Norte") or a mix with "alliance".

[entity.united-nations-organization]
category: entity
pattern: united nations organization|organisation
unless: followed-by stabilization|stabilisation|mission
suggest: United Nations | UN
weight: 0.2
note: German "Organisation der Vereinten Nationen", Russian "Организация Объединённых
  Наций", French "Organisation des Nations unies"; English copy says "United Nations". The
  DR Congo mission (MONUSCO) has "United Nations Organization Stabilization Mission" in its
  name.

[entity.organization-of-the-united-nations]
category: entity
pattern: Organization|Organisation of the United Nations
case: sensitive
unless: preceded-by Agriculture|Agricultural
suggest: United Nations | UN
weight: 0.2
note: Word-order copy of "Organisation des Nations unies", "Organización de las Naciones
  Unidas". The FAO's formal name ("Food and Agriculture Organization of the United Nations")
  is excluded. Capitalised only, so "the organisation of the United Nations summit" is not hit.

[entity.uno]
category: entity
pattern: UNO
case: sensitive
unless: followed-by card|cards|game|games
suggest: UN
weight: 0.2
note: German/Dutch abbreviation "UNO" (Organisation der Vereinten Nationen); English uses "UN".

[entity.iaea-wrong-expansion]
category: entity
pattern: international agency for|of atomic energy
suggest: International Atomic Energy Agency | IAEA
weight: 0.3
note: Word-order copy of French "Agence internationale de l'énergie atomique", Spanish
  "Organismo Internacional de Energía Atómica", Russian "Международное агентство по атомной энергии".

[entity.imf-wrong-expansion]
category: entity
pattern: international currency fund
suggest: International Monetary Fund | IMF
weight: 0.3
note: German "Internationaler Währungsfonds", Dutch "Internationaal Monetair Fonds" read
  as "currency"; the name is International Monetary Fund.

[entity.european-commission]
category: entity
pattern: european union commission
suggest: European Commission
weight: 0.15
note: Compound calque of "EU-Kommission", "Commission de l'Union européenne"; the body is the
  European Commission.

[entity.us-foreign-ministry]
category: entity
pattern: US|U.S.|USA|American|America's Foreign|foreign Ministry|ministry
pattern: US|U.S.|USA|American|America's Ministry|ministry of Foreign|foreign Affairs|affairs
pattern: US|U.S.|USA|American|America's Defence|Defense|defence|defense Ministry|ministry
case: sensitive
unless: preceded-by Latin|latin|South|south|Central|central|North|north|African|Native|Anglo
suggest: State Department | Pentagon | Department of Defense
weight: 0.3
note: Other countries' ministry names carried over to the US ("US-Außenministerium",
  "ministère américain des Affaires étrangères", "Минобороны США"); the US has a State
  Department and a Department of Defense.

# ---------------------------------------------------------------------------
# title: US offices
# ---------------------------------------------------------------------------

[title.us-foreign-minister]
category: title
pattern: US|U.S.|USA|American|America's|Washington's Foreign|foreign Minister|minister
pattern: US|U.S.|USA|American|America's Minister|minister of Foreign|foreign Affairs|affairs
case: sensitive
unless: preceded-by Latin|latin|South|south|Central|central|North|north|African|Native|Anglo
suggest: Secretary of State
weight: 0.7
note: Generic "foreign minister" for the US (German "US-Außenminister", French "ministre
  américain des Affaires étrangères", Russian "министр иностранных дел США"); the US office
  is Secretary of State.

[title.foreign-minister-of-the-us]
category: title
pattern: foreign minister of the united states|usa
pattern: foreign minister of the us|u.s.
pattern: minister of foreign affairs of the united states|usa
suggest: Secretary of State
weight: 0.7
note: Same error with the country in a prepositional phrase ("Außenminister der Vereinigten
  Staaten", "ministre des Affaires étrangères des États-Unis").

[title.us-foreign-minister-by-name]
category: title
pattern: foreign minister blinken|pompeo|tillerson|kerry|rubio
pattern: foreign minister antony|mike|rex|john|marco blinken|pompeo|tillerson|kerry|rubio
suggest: Secretary of State
weight: 0.6
note: "Foreign Minister" before the name of a US Secretary of State: source-language title
  ("Außenminister Blinken", "chef de la diplomatie") rendered generically.

[title.us-defence-minister]
category: title
pattern: US|U.S.|USA|American|America's|Washington's Defence|Defense|defence|defense|War|war Minister|minister
pattern: US|U.S.|USA|American|America's Minister|minister of Defence|Defense|defence|defense|War|war
case: sensitive
unless: preceded-by Latin|latin|South|south|Central|central|North|north|African|Native|Anglo
suggest: Defense Secretary | Secretary of Defense
weight: 0.6
note: Generic "defence minister" for the US ("US-Verteidigungsminister", "министр обороны
  США"); the office is Secretary of Defense (styled "Secretary of War" by the administration
  since 2025; agencies still write Defense Secretary).

[title.us-defence-minister-by-name]
category: title
pattern: defence|defense|war minister austin|hegseth|esper|mattis
pattern: defence|defense|war minister lloyd|pete|mark|jim|james austin|hegseth|esper|mattis
suggest: Defense Secretary
weight: 0.6
note: "Defence Minister" before the name of a US Secretary of Defense; the source title
  ("Verteidigungsminister", "ministre de la Défense") was rendered generically.

[title.us-vice-foreign-minister]
category: title
pattern: Vice|vice|Deputy|deputy Foreign|foreign Minister|minister
pattern: Vice|vice|Deputy|deputy Minister|minister of Foreign|foreign Affairs|affairs
case: sensitive
when: preceded-by US|U.S.|USA|American|America's|Washington's
unless: preceded-by Latin|latin|South|south|Central|central|North|north American
suggest: Deputy Secretary of State
weight: 0.8
note: German "Vize-Außenminister(in)", Russian "замминистра иностранных дел США" and similar
  literal renderings; the US title is Deputy Secretary of State.

[title.us-prime-minister]
category: title
pattern: US|U.S.|USA|American|America's Prime|prime Minister|minister
pattern: Prime|prime Minister|minister of the United States|USA|US|U.S.
case: sensitive
unless: preceded-by Latin|latin|South|south|Central|central|North|north|African|Native|Anglo
suggest: President
weight: 0.6
note: The US has no prime minister; "Premierminister/premier ministre" for the US head of
  government comes from a confused source or an MT guess. The office is President.

[title.us-state-secretary]
category: title
pattern: US|U.S.|USA|American|America's State|state Secretary|secretary
case: sensitive
unless: preceded-by Latin|latin|South|south|Central|central|North|north|African|Native|Anglo
unless: followed-by of|Of state|State
suggest: Secretary of State
weight: 0.5
note: Reversed calque of "Secretary of State" via German/Dutch/Scandinavian word order
  ("Staatssekretär", "staatssecretaris", "statssekreterare"), which are junior ministers.
  "A U.S. state secretary of state" (a state official) is excluded.

[title.us-finance-minister]
category: title
pattern: US|U.S.|USA|American|America's|Washington's Finance|finance Minister|minister
pattern: US|U.S.|USA|American|America's Minister|minister of Finance|finance
case: sensitive
unless: preceded-by Latin|latin|South|south|Central|central|North|north|African|Native|Anglo
suggest: Treasury Secretary
weight: 0.5
note: Generic "finance minister" for the US ("US-Finanzminister", "ministre américain des
  Finances", "министр финансов США"); the office is Treasury Secretary.

[title.us-justice-minister]
category: title
pattern: US|U.S.|USA|American|America's Justice|justice Minister|minister
pattern: US|U.S.|USA|American|America's Minister|minister of Justice|justice
case: sensitive
unless: preceded-by Latin|latin|South|south|Central|central|North|north|African|Native|Anglo
suggest: Attorney General
weight: 0.6
note: Generic "justice minister" for the US ("US-Justizminister", "ministre américain de la
  Justice"); the office is Attorney General.

[title.us-interior-minister]
category: title
pattern: US|U.S.|USA|American|America's Interior|interior Minister|minister
pattern: US|U.S.|USA|American|America's Minister|minister of the Interior|interior
case: sensitive
unless: preceded-by Latin|latin|South|south|Central|central|North|north|African|Native|Anglo
suggest: Homeland Security Secretary | Interior Secretary
weight: 0.5
note: Generic "interior minister" for the US ("US-Innenminister"); policing and borders
  fall to the Secretary of Homeland Security, public lands to the Secretary of the Interior.

[title.us-other-minister]
category: title
pattern: US|U.S.|USA|American|America's Energy|energy|Labor|labor|Labour|labour|Health|health|Education|education|Transport|transport|Transportation|transportation|Agriculture|agriculture|Commerce|commerce|Economy|economy|Economics|economics|Trade|trade|Environment|environment Minister|minister
case: sensitive
unless: preceded-by Latin|latin|South|south|Central|central|North|north|African|Native|Anglo
suggest: Energy Secretary | Labor Secretary | Health Secretary | Commerce Secretary | Trade Representative
weight: 0.5
note: Other countries' "Minister" carried over to US cabinet posts, which are Secretaries
  (or, for trade, the US Trade Representative).

[title.head-of-us-diplomacy]
category: title
pattern: head|chief of us|u.s.|american|america's diplomacy
pattern: us|u.s.|american diplomacy chief|head
suggest: Secretary of State | top US diplomat
weight: 0.5
note: French "le chef de la diplomatie américaine", Spanish "el jefe de la diplomacia
  estadounidense", Italian "il capo della diplomazia Usa", Russian "глава американской
  дипломатии"; English copy names the office.

[title.head-of-the-white-house]
category: title
pattern: head|chief|master|tenant of the white house
unless: followed-by <Cap>
unless: followed-by office|offices|press|counsel|staff|budget|communications|national|economic|domestic|legislative|council|task|team|medical|military|policy|correspondents|historical|chief|unit
suggest: President
weight: 0.5
note: Metonymy of French "le chef/locataire de la Maison-Blanche", Russian "глава Белого
  дома", German "Herr des Weißen Hauses" for the President. Not before a White House unit
  ("head of the White House Office of ...", "chief of the White House staff").

[title.speaker-of-congress]
category: title
pattern: speaker of the us|u.s.|american congress|parliament
pattern: speaker of the congress of the united states
pattern: us|u.s. congress speaker
suggest: Speaker of the House | House Speaker
weight: 0.5
note: The Speaker presides over the House of Representatives, not over Congress or a
  "parliament" (German "Sprecher des US-Kongresses", Russian "спикер Конгресса США").

# ---------------------------------------------------------------------------
# title: other countries' offices in the wrong system
# ---------------------------------------------------------------------------

[title.chancellor-as-prime-minister]
category: title
pattern: german|germany's|austrian|austria's prime minister
pattern: prime minister of germany|austria
suggest: Chancellor
weight: 0.5
note: Germany and Austria are led by a Chancellor (Bundeskanzler); "prime minister" comes
  from source languages that use one generic word for heads of government.

[title.spain-president-of-the-government]
category: title
pattern: president of the spanish government
pattern: president of the government of spain
pattern: spanish|spain's president
unless: followed-by of
suggest: Prime Minister
weight: 0.5
note: Spanish "Presidente del Gobierno" rendered literally; in English the office is Prime
  Minister (Spain's head of state is the King). Not "Spanish president of <a body>".

# ---------------------------------------------------------------------------
# grammar: usage
# ---------------------------------------------------------------------------

[grammar.spokesman-of]
category: grammar
pattern: spokesman|spokeswoman|spokesperson of the
pattern: spokesman|spokeswoman|spokesperson of <Cap>
unless: followed-by year
suggest: spokesman for | spokeswoman for
weight: 0.3
note: Genitive copy of "Sprecher des", "porte-parole du", "woordvoerder van", "представитель";
  English wire style is "spokesman for".
