# fr-en.lex: French → English machine-translation patterns.
#
# Scope: traces that French source text leaves in English news copy produced by
# machine translation (or by hurried human translation): false friends, calques of
# French administrative and journalistic set phrases, French number, time and date
# conventions, French titles and forms of address, and metonyms for French
# institutions that an English desk would spell out.
#
# Not here: language-independent evidence (number typography, scraping debris; see
# common.lex) and target-side English usage (canonical names and titles; see en.lex).
# Patterns that Spanish and Italian share with French (sensibilization, sanitary
# crisis, the actual president, ...) are repeated in es-en.lex and it-en.lex with
# their own notes, because each lexicon stands alone as evidence for its pair.
#
# Every title, calque and word-order entry must stay silent on fluent native English
# news copy: where a short form also occurs natively, the pattern is lengthened or
# guarded with when:/unless: conditions.

verbatim-lexicon: 1
pair: fr-en
description: French → English machine-translation patterns (false friends, calques, titles, dates and numbers).

# ---------------------------------------------------------------------------
# Calques and false friends
# ---------------------------------------------------------------------------

[calque.actual-current]
category: calque
pattern: the actual president|government|minister|mayor|coach|chairman|chairwoman|regime|majority|champion|governor
pattern: the actual prime minister
unless: preceded-by is|was|are|were|be|being|been|not|than|whether|nor|as|remains|remained|became|become
suggest: the current | the incumbent
weight: 0.7
note: French "l'actuel président", "le gouvernement actuel": "actuel" means current, not real.
  Native "the actual president" contrasts real with nominal ("is not the actual president"), which the guard leaves out.

[calque.actually-currently]
category: calque
pattern: is|are actually in custody|detention|preparation|construction|progress|course|negotiation|negotiations|force|study|examination|discussion
suggest: is currently in | is now in
weight: 0.6
note: French "actuellement" (currently) rendered as "actually": "le texte est actuellement en discussion" → "is actually in discussion".

[calque.eventual-possible]
category: calque
pattern: eventual sanctions|measures|aggression|recourse|modifications|risks|reprisals|retaliation|complications|difficulties|irregularities|victims|abuses|obstacles|shortcomings|dangers|threats|candidacy|candidature
suggest: possible | any
weight: 0.65
note: French "éventuel(le)s" (possible, potential) rendered as "eventual", which in English means "final, ultimately happening".
  Nouns where the native sense ("his eventual return") does not fit are listed.

[calque.assist-at-attend]
category: calque
pattern: assist|assisted|assisting at the|a|an *? ceremony|meeting|match|game|conference|funeral|mass|concert|summit|parade|inauguration|session|hearing|trial|debate|signing|celebration|commemoration|spectacle|performance|show|screening|rally
suggest: attend | attended | watch
weight: 0.75
note: French "assister à" (attend, be present at) rendered as "assist at"; in English "assist" means help.

[calque.demanded-him-to]
category: calque
pattern: demand|demanded|demanding|demands him|her|them|us|me to
suggest: asked him to | asked them to
weight: 0.7
note: French "demander à quelqu'un de faire" (ask someone to do) rendered as "demanded him to"; English "demand" takes no personal object plus infinitive, and is stronger than "demander".

[calque.asylum-demand]
category: calque
pattern: asylum demand|demands|demander|demanders
pattern: demanded|demanding asylum
suggest: asylum application | asylum seeker | applied for asylum
weight: 0.65
note: French "demande d'asile", "demandeur d'asile", "demander l'asile"; English copy says asylum application or claim, asylum seeker, applied for asylum.

[calque.sensible-sensitive]
category: calque
pattern: sensible issue|issues|subject|subjects|topic|topics|information|data|documents|document|file|files|dossier|dossiers|zone|zones|neighbourhood|neighbourhoods|neighborhood|neighborhoods|district|districts|installations
suggest: sensitive
weight: 0.7
note: French "sensible" means sensitive ("un sujet sensible", "un quartier sensible", "des informations sensibles"); English "sensible" means reasonable.

[calque.sensible-increase]
category: calque
pattern: sensible deterioration|drop|decline|decrease|worsening
pattern: sensitive increase|rise|drop|decline|decrease|deterioration
pattern: sensibly higher|lower|increased|decreased|identical|equal|similar
suggest: marked | noticeable | significantly
weight: 0.65
note: French "une baisse sensible", "une hausse sensible", "sensiblement plus élevé": "sensible(ment)" here means noticeable, appreciably; MT gives "sensible drop" or "sensitive increase". Only forms where the native sense (reasonable) cannot apply are listed.

[calque.sensibilization]
category: calque
pattern: sensibilization|sensibilisation|sensibilize|sensibilise|sensibilized|sensibilised|sensibilizing|sensibilising|sensibilizes|sensibilises
suggest: awareness-raising | raise awareness
weight: 0.8
note: French "sensibilisation", "sensibiliser" (raise awareness); the English words are medical or do not exist.

[calque.formation-training]
category: calque
pattern: professional|vocational|continuing|continuous|initial formation
pattern: formation centre|center|centres|centers|course|courses|programme|programmes|program|programs|session|sessions|institute|school
pattern: formation of|for teachers|doctors|nurses|staff|employees|workers|apprentices|judges|magistrates
suggest: training
weight: 0.65
note: French "formation" (training, education: "formation professionnelle", "centre de formation"); English "formation" is shape or creation.

[calque.manifestation-demonstration]
category: calque
pattern: manifestation|manifestations against|outside|gathered|organised|organized|banned|authorised|authorized|degenerated
pattern: during|at|in|join|joined|call|called|organise|organised|organize|organized|ban|banned a|the manifestation|manifestations
unless: followed-by of
suggest: demonstration | protest | rally
weight: 0.7
note: French "manifestation" (street demonstration, also a public event); English "manifestation" means a sign or expression of something.

[calque.manifestant]
category: calque
pattern: manifestant|manifestants
suggest: protester | demonstrator
weight: 0.85
note: French "manifestant(s)" left untranslated or half-translated; English says protesters or demonstrators.

[calque.important-number]
category: calque
pattern: important number|numbers|quantity|quantities|sum|sums of
suggest: large number of | large amount of
weight: 0.5
note: French "un nombre important de", "une somme importante": "important" here means large, considerable.

[calque.important-damage]
category: calque
pattern: important damage|damages|flooding|floods|snowfall|snowfalls|rainfall|rains|delays|disruption|disruptions|reinforcements
pattern: important police presence|deployment|reinforcements
suggest: extensive | heavy | major | large
weight: 0.55
note: French "d'importants dégâts", "d'importantes chutes de neige", "un important dispositif policier": "important" means large or heavy here.

[calque.realise-carry-out]
category: calque
pattern: realise|realize|realised|realized|realises|realizes|realising|realizing a|an|the|its|their|his|her *? study|survey|poll|investigation|inquiry|operation|raid|search|interview|documentary|test|tests|audit|analysis|inspection|inspections|census|vaccination|evacuation|transplant|surgery|arrest|arrests|robbery|reportage|works|tour|exercise|mission|turnover
unless: followed-by results|data|findings|figures|team|sample|question|questions|itself
unless: followed-by was|were|had|has|have|is|are|would|could|might|must|will|can|did|should|showed|shows|found|contained|lacked|needed|meant|posed|included|revealed|missed|failed within 4
suggest: carry out | conduct | make | achieve
weight: 0.65
note: French "réaliser une étude/une opération/un chiffre d'affaires" (carry out, make, achieve); English "realise" + object means understand, except for profits and ambitions.

[calque.realised-by]
category: calque
pattern: study|survey|poll|investigation|documentary|film|interview|report|analysis|operation|audit|inquiry|works|research|reportage realised|realized by
suggest: carried out by | conducted by | directed by
weight: 0.6
note: French "une étude réalisée par", "un sondage réalisé par", "un film réalisé par".

[calque.precised]
category: calque
pattern: precised|precises|precising
pattern: to|will|would|did|must|should|could|can precise that|the|its|his|her|their|what|how|whether|when|where
suggest: specified | said | added | made clear
weight: 0.85
note: French "préciser" (specify, add, make clear: "a-t-il précisé") rendered as a verb "precise", which English does not have.

[calque.at-the-level-of]
category: calque
pattern: at|on the level of the? government|ministry|ministries|state|region|regions|department|departments|commune|communes|municipality|municipalities|prefecture|prefectures|city|town|country|union|eu|europe|territory|company|companies|sector|schools|school|hospitals|hospital|population|agglomeration
unless: preceded-by same|similar|comparable|back|return|returned|close|down|up|rise|rose|fall|fell|remain|remained|stay|stayed|stand|stood|kept|set|fixed|capped
suggest: in | within | for | at ... level
weight: 0.4
note: French "au niveau de" (in, for, within, on the part of) rendered as "at the level of"; English keeps "level" for measurable heights and tiers.

[calque.in-the-framework-of]
category: calque
pattern: in the framework|frame of
suggest: as part of | under | in
weight: 0.5
note: French "dans le cadre de" (as part of, under, during) rendered as "in the framework of" or "in the frame of".

[calque.it-is-about]
category: calque
pattern: it is|was about a|an <number> year old
pattern: it is|was about the first|second|third|fourth|fifth|latest|largest|biggest|worst|deadliest attack|case|incident|victim|operation|arrest|conviction|edition|such
suggest: This is | He is | She is | It is
weight: 0.3
note: French "il s'agit d'un homme de 25 ans", "il s'agit de la troisième attaque": "il s'agit de" introduces what something is; "it is about" reads as "concerns" or "approximately".

[calque.it-acts-of]
category: calque
pattern: it acts|acted of|about
suggest: This is | It is
weight: 0.8
note: French "il s'agit de" translated word for word ("agir" → act); English has no such construction.

[calque.engaged-himself-to]
category: calque
pattern: engaged|engages|engage|engaging himself|herself|itself|themselves|ourselves to
suggest: pledged to | committed to | undertook to
weight: 0.7
note: French "s'engager à" (pledge, undertake) rendered reflexively; English "engage oneself to" is archaic.

[calque.put-in-cause]
category: calque
pattern: put|puts|putting in cause
suggest: implicated | called into question | blamed
weight: 0.85
note: French "mettre en cause" / "mis en cause" (implicate, accuse, call into question).

[calque.interpellated]
category: calque
pattern: interpellated|interpelled|interpelated|interpellating
suggest: detained | questioned | arrested | challenged
weight: 0.6
note: French "interpeller" (police: detain for questioning; politics: challenge, question); English "interpellate" survives only as rare parliamentary jargon.

[calque.whole-territory]
category: calque
pattern: on|in|over the whole|entire|national territory
pattern: on|in|over the whole|entire national territory
unless: followed-by of
suggest: nationwide | across the country | throughout France
weight: 0.45
note: French "sur l'ensemble du territoire", "sur le territoire national" (nationwide).

[calque.sanitary-health]
category: calque
pattern: sanitary crisis|emergency|protocol|protocols|pass|passport|restrictions|context|authorities|alert|security
suggest: health crisis | health pass | health authorities
weight: 0.6
note: French "sanitaire" (public health: "crise sanitaire", "passe sanitaire", "autorités sanitaires"); English "sanitary" means hygienic.

[calque.in-declarations-to]
category: calque
pattern: in declarations to|made|given|published|broadcast|reported
suggest: in remarks to | told | in comments to
weight: 0.75
note: French "dans des déclarations à" (in remarks to, told); English "declaration" is a formal statement, not remarks to a reporter.

[calque.night-of-day-to-day]
category: calque
pattern: night of|from monday|tuesday|wednesday|thursday|friday|saturday|sunday to monday|tuesday|wednesday|thursday|friday|saturday|sunday
suggest: overnight Saturday | late on Saturday | early on Sunday
weight: 0.6
note: French "dans la nuit de samedi à dimanche"; English copy says overnight Saturday, late Saturday or early Sunday.

[calque.syndicalist]
category: calque
pattern: syndicalist|syndicalists|syndical
unless: preceded-by anarcho
suggest: trade unionist | union
weight: 0.7
note: French "syndicaliste" (trade unionist) and "syndical" (union: "action syndicale", "intersyndicale"); English "syndicalist" names an anarchist movement.

[calque.a-hundred-of]
category: calque
pattern: dozen|hundred|thousand|ten|fifteen|twenty|thirty|forty|fifty|sixty of people|persons|demonstrators|protesters|migrants|police|policemen|gendarmes|officers|soldiers|firefighters|students|pupils|workers|employees|residents|inhabitants|families|children|victims|deaths|dead|injured|wounded|cases|arrests|vehicles|cars|houses|homes|kilometres|kilometers|metres|meters|hectares|euros|dollars
suggest: about a hundred people | some 20 people | a dozen people
weight: 0.55
note: French "une dizaine/vingtaine/centaine/ de personnes" (about ten, twenty, a hundred) rendered with "of".

# ---------------------------------------------------------------------------
# Grammar
# ---------------------------------------------------------------------------

[grammar.aged-of-years]
category: grammar
pattern: aged of <number>
pattern: man|woman|boy|girl|teenager|youth|child|person|motorist|driver|pedestrian|cyclist|pensioner|retiree|young of <number> years|year
unless: followed-by experience|standing|service|marriage|of
suggest: aged 25 | a 25-year-old man
weight: 0.6
note: French "âgé de 25 ans", "un homme de 25 ans", "un jeune de 17 ans"; English says "aged 25" or "a 25-year-old".

[grammar.a-young-who]
category: grammar
pattern: a young was|has|had|who|died|is|aged|fled|suffered|from|of
suggest: a young man | a youth | a teenager
weight: 0.6
note: French "un jeune" (a young person) used as a noun; English "young" needs a noun after it.

[grammar.since-years]
category: grammar
pattern: since <number> years|months|weeks|days|decades
pattern: since several|many|some years|months|weeks|days|decades
pattern: since two|three|four|five|six|seven|eight|nine|ten|twenty|thirty years|months|weeks|days|decades
pattern: since a few years|months|weeks|days|decades
pattern: since years|decades|months
unless: followed-by ago|before|earlier|later|after
suggest: for 10 years | for years
weight: 0.6
note: French "depuis dix ans", "depuis des années" (for ten years, for years) rendered with "since", which English uses only before a point in time.

# ---------------------------------------------------------------------------
# Word order
# ---------------------------------------------------------------------------

[word-order.the-two-first]
category: word-order
pattern: the two|three|four|five|six|seven|eight|nine|ten first|last|next|previous|past days|weeks|months|years|decades|hours|minutes|matches|games|rounds|stages|races|seasons|editions|quarters|sets|laps|places|positions
pattern: the <number> first|last|next|previous|past days|weeks|months|years|decades|hours|minutes|matches|games|rounds|stages|races|seasons|editions
suggest: the first two | the last three | the next ten
weight: 0.6
note: French "les deux premiers jours", "les trois dernières années": the numeral comes before "premier/dernier" in French and after "first/last" in English.

# ---------------------------------------------------------------------------
# Titles and forms of address
# ---------------------------------------------------------------------------

[title.us-foreign-minister]
category: title
pattern: american|us|u.s. minister of|for foreign affairs
pattern: american|us|u.s. foreign minister|ministry
pattern: foreign minister|ministry of the united states
pattern: minister of foreign affairs of the united states
suggest: Secretary of State | State Department
weight: 0.7
note: French "le ministre américain des Affaires étrangères", "le chef de la diplomatie américaine"; the US title is Secretary of State and the ministry is the State Department.

[title.head-of-us-diplomacy]
category: title
pattern: head|chief of the? american|us|u.s. diplomacy
pattern: head|chief of the? united states diplomacy
suggest: Secretary of State
weight: 0.8
note: French "le chef de la diplomatie américaine" (the US Secretary of State).

[title.head-of-diplomacy]
category: title
pattern: head|chief of the? french|german|british|russian|chinese|italian|spanish|european|iranian|israeli|ukrainian|turkish|algerian|moroccan|tunisian|japanese|indian|saudi|egyptian|polish|belgian|canadian|swiss|brazilian|mexican|qatari|syrian|lebanese diplomacy
suggest: foreign minister | EU foreign policy chief
weight: 0.6
note: French "le chef de la diplomatie française/russe" (the foreign minister); English copy names the office.

[title.president-of-the-republic]
category: title
pattern: president of the republic
unless: followed-by of
suggest: President | French President
weight: 0.45
note: French "le président de la République" (the French president); English copy writes "President Emmanuel Macron" or "the French president".

[title.mr-the-minister]
category: title
pattern: mr|mrs|madam|madame|mister the
pattern: mr|mrs|madam|madame|mister minister|president|prefect|mayor|ambassador of|for the
suggest: Minister | Mr Smith | the minister
weight: 0.75
note: French forms of address "Monsieur le ministre", "Madame la présidente", "M. le ministre de l'Intérieur"; English drops the article and does not put Mr before a full title.

[title.mme-abbreviation]
category: title
pattern: mme|mmes|mlle|mlles <Cap>
suggest: Mrs | Ms | full name
weight: 0.75
note: French abbreviations "Mme" (Madame) and "Mlle" (Mademoiselle) left in English copy.

[title.keeper-of-the-seals]
category: title
pattern: keeper of the seals
unless: preceded-by as|called|dubbed|nicknamed|titled
suggest: Justice Minister
weight: 0.5
note: French "garde des Sceaux" (the justice minister) rendered literally; native copy uses the phrase only when explaining it.

# ---------------------------------------------------------------------------
# Numbers, times and dates
# ---------------------------------------------------------------------------

[number.h-time]
category: number
pattern: <number> h <number>
pattern: at|towards <number> hours|h
unless: followed-by after|before|later|ago|of|per|each|every|into|old|post|notice|flight|drive|walk|shift|shifts|delay|window|time|long
suggest: 6.30 p.m. | 18:30 | 6 p.m.
weight: 0.6
note: French clock times "18 h 30", "à 18 heures" (6:30 p.m., 6 p.m.) carried over into English.

[number.milliard]
category: number
pattern: <number> milliard|milliards
pattern: milliard|milliards of? euros|dollars|francs|pounds
suggest: billion
weight: 0.75
note: French "milliard(s)" (billion) left untranslated; English "milliard" is obsolete.

[number.plural-millions]
category: number
pattern: <number> millions|billions
suggest: 3 million | 2.5 billion
weight: 0.4
note: French "3 millions d'euros", "2,5 milliards": French pluralises million after a number, English does not.

[number.date-the-day-month]
category: number
pattern: on|since|until|till|from|before|after|by the <number> january|february|march|april|may|june|july|august|september|october|november|december
unless: followed-by deadline|meeting|election|elections|vote|attack|attacks|summit|agreement|accord|deal|ceasefire|session|decision|order|statement|announcement|letter|ruling|report|protest|protests|referendum|poll|talks|edition|issue|incident|crash|shooting|bombing|raid|strike|strikes|game|match|final|race|launch|event|rally|uprising|revolution|coup|date|speech|debate|hearing
suggest: on 2 January | on January 2
weight: 0.5
note: French "le 2 janvier" rendered with the article ("on the 2 January"); English writes "on 2 January" or "on January 2" (or "the 2nd of January").

# ---------------------------------------------------------------------------
# Entities: metonyms and French terms English copy usually spells out
# ---------------------------------------------------------------------------

[entity.hexagon]
category: entity
pattern: Hexagon
case: sensitive
when: preceded-by the|The
unless: followed-by <Cap>
suggest: France | mainland France
weight: 0.25
note: French "l'Hexagone" (metropolitan France); English copy says France.

[entity.elysee]
category: entity
pattern: the elysee
unless: followed-by palace|treaty
suggest: the French presidency | President Macron's office
weight: 0.15
note: French "l'Élysée" as a metonym for the presidency; native copy uses it too (not an error), but more often in French-sourced text.

[entity.quai-dorsay]
category: entity
pattern: quai d'orsay
suggest: the French foreign ministry
weight: 0.2
note: French "le Quai d'Orsay" (the foreign ministry); English copy names the ministry.

[entity.matignon]
category: entity
pattern: matignon
unless: followed-by accords|agreements|agreement|accord
suggest: the prime minister's office
weight: 0.15
note: French "Matignon" (the prime minister's office) as a metonym; common in native copy on France too.

[entity.garde-a-vue]
category: entity
pattern: garde a vue
suggest: police custody
weight: 0.3
note: French "garde à vue" (police custody) left untranslated.
