# es-en.lex: Spanish → English machine-translation patterns.
#
# Scope: traces that Spanish source text (Spain and Latin America) leaves in English
# news copy produced by machine translation: false friends, calques of Spanish
# journalistic and administrative set phrases, dropped-subject traces of a pro-drop
# language, Spanish and Latin American titles, and Spanish date and number
# conventions.
#
# Not here: language-independent evidence (number typography, scraping debris; see
# common.lex) and target-side English usage (canonical names and titles; see en.lex).
# Patterns that French and Italian share with Spanish are repeated in fr-en.lex and
# it-en.lex with their own notes.
#
# Every title, calque and word-order entry must stay silent on fluent native English
# news copy: where a short form also occurs natively, the pattern is lengthened or
# guarded with when:/unless: conditions.

verbatim-lexicon: 1
pair: es-en
description: Spanish → English machine-translation patterns (false friends, calques, dropped subjects, titles, dates and numbers).

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
note: Spanish "el actual presidente", "el gobierno actual": "actual" means current, not real.
  Native "the actual president" contrasts real with nominal ("is not the actual president"), which the guard leaves out.

[calque.actually-currently]
category: calque
pattern: is|are actually in custody|detention|preparation|construction|progress|course|negotiation|negotiations|force|study|examination|discussion
suggest: is currently in | is now in
weight: 0.6
note: Spanish "actualmente" (currently) rendered as "actually": "el proyecto está actualmente en discusión" → "is actually in discussion".

[calque.eventual-possible]
category: calque
pattern: eventual sanctions|measures|aggression|recourse|modifications|risks|reprisals|retaliation|complications|difficulties|irregularities|victims|abuses|obstacles|shortcomings|dangers|threats|candidacy|candidature
suggest: possible | any
weight: 0.65
note: Spanish "eventual(es)" (possible, potential: "eventuales sanciones") rendered as "eventual", which in English means "final, ultimately happening".

[calque.assist-to-attend]
category: calque
pattern: assist|assisted|assisting to|at the|a|an *? ceremony|meeting|match|game|conference|funeral|mass|concert|summit|parade|inauguration|session|hearing|trial|debate|signing|celebration|commemoration|spectacle|performance|show|screening|rally|event|act|investiture
suggest: attend | attended
weight: 0.75
note: Spanish "asistir a" (attend, be present at) rendered as "assist to"; in English "assist" means help.

[calque.pretend-to-intend]
category: calque
pattern: pretend|pretends|pretended|pretending to reach|achieve|obtain|implement|approve|present|launch|build|create|increase|reduce|improve|promote|strengthen|reinforce|expand|extend|introduce|establish|impose|modify|reform|regulate|privatize|privatise|acquire|invest|organize|organise|convene|negotiate|install|eliminate|guarantee|ensure|consolidate|boost|attract|export|develop|recover|raise|collect|allocate
suggest: intend to | aim to | seek to | plan to
weight: 0.7
note: Spanish "pretender" (intend, aim, seek: "el Gobierno pretende aprobar") rendered as "pretend", which in English means feign.

[calque.realise-carry-out]
category: calque
pattern: realise|realize|realised|realized|realises|realizes|realising|realizing a|an|the|its|their|his|her *? study|survey|poll|investigation|inquiry|operation|raid|search|interview|documentary|test|tests|audit|analysis|inspection|inspections|census|vaccination|evacuation|transplant|surgery|arrest|arrests|robbery|works|tour|exercise|mission|march|mobilization|mobilisation|strike|visit|trip|meeting|session|campaign|payment|transfer
unless: followed-by results|data|findings|figures|team|sample|question|questions|itself
unless: followed-by was|were|had|has|have|is|are|would|could|might|must|will|can|did|should|showed|shows|found|contained|lacked|needed|meant|posed|included|revealed|missed|failed within 4
suggest: carry out | conduct | hold | make
weight: 0.65
note: Spanish "realizar una operación/una visita/un pago" (carry out, make, hold); English "realise" + object means understand, except for profits and ambitions.

[calque.realised-by]
category: calque
pattern: study|survey|poll|investigation|documentary|film|interview|report|analysis|operation|audit|inquiry|works|research|visit|march realised|realized by
suggest: carried out by | conducted by | made by
weight: 0.6
note: Spanish "un estudio realizado por", "una encuesta realizada por".

[calque.compromise-commitment]
category: calque
pattern: acquired|assumed|reaffirmed|reaffirms|reaffirm|reiterated|reiterates|reiterate the|a|its|his|her|their|our firm? compromise with|to
pattern: firm|total|absolute|unwavering compromise with|to
pattern: compromised|compromises himself|herself|itself|themselves|ourselves to
suggest: commitment | pledged to | committed to
weight: 0.7
note: Spanish "compromiso" (commitment, pledge) and "comprometerse a" (commit to) rendered as "compromise"; English "compromise" means a concession or endangering.

[calque.sensible-sensitive]
category: calque
pattern: sensible issue|issues|subject|subjects|topic|topics|information|data|documents|document|file|files|zone|zones|neighbourhood|neighbourhoods|neighborhood|neighborhoods|district|districts|installations
suggest: sensitive
weight: 0.7
note: Spanish "sensible" means sensitive ("un tema sensible", "información sensible"); English "sensible" means reasonable.

[calque.sensible-increase]
category: calque
pattern: sensible deterioration|drop|decline|decrease|worsening
pattern: sensitive increase|rise|drop|decline|decrease|deterioration
pattern: sensibly higher|lower|increased|decreased|identical|equal|similar
suggest: marked | noticeable | significantly
weight: 0.55
note: Spanish "un sensible descenso", "un sensible aumento", "sensiblemente superior": "sensible(mente)" here means noticeable, appreciably; MT gives "sensible drop" or "sensitive increase". Only forms where the native sense (reasonable) cannot apply are listed.

[calque.sensibilization]
category: calque
pattern: sensibilization|sensibilisation|sensibilize|sensibilise|sensibilized|sensibilised|sensibilizing|sensibilising|sensibilizes|sensibilises
suggest: awareness-raising | raise awareness
weight: 0.8
note: Spanish "sensibilización", "sensibilizar" (raise awareness); the English words are medical or do not exist.

[calque.in-the-framework-of]
category: calque
pattern: in the framework|frame of
suggest: as part of | under | during
weight: 0.5
note: Spanish "en el marco de" (as part of, under, during) rendered as "in the framework of" or "in the frame of".

[calque.in-declarations-to]
category: calque
pattern: in declarations to|made|given|published|broadcast|reported
suggest: in remarks to | told | in comments to
weight: 0.75
note: Spanish "en declaraciones a" (in remarks to, told); English "declaration" is a formal statement.

[calque.manifestation-demonstration]
category: calque
pattern: manifestation|manifestations against|outside|gathered|organised|organized|banned|authorised|authorized|degenerated
pattern: during|at|in|join|joined|call|called|organise|organised|organize|organized|ban|banned a|the manifestation|manifestations
unless: followed-by of
suggest: demonstration | protest | march
weight: 0.65
note: Spanish "manifestación" (street demonstration); English "manifestation" means a sign or expression of something.

[calque.manifestant]
category: calque
pattern: manifestant|manifestants|manifestantes
suggest: protester | demonstrator
weight: 0.85
note: Spanish "manifestante(s)" half-translated; English says protesters or demonstrators.

[calque.important-damage]
category: calque
pattern: important damage|damages|flooding|floods|snowfall|snowfalls|rainfall|rains|delays|disruption|disruptions|reinforcements
pattern: important police presence|deployment|reinforcements
suggest: extensive | heavy | major | large
weight: 0.5
note: Spanish "importantes daños", "un importante despliegue policial": "importante" means large or heavy here.

[calque.sanitary-health]
category: calque
pattern: sanitary crisis|emergency|protocol|protocols|pass|passport|restrictions|context|authorities|alert|security
suggest: health crisis | health emergency | health authorities
weight: 0.6
note: Spanish "sanitario/a" (public health: "crisis sanitaria", "emergencia sanitaria", "autoridades sanitarias"); English "sanitary" means hygienic.

[calque.syndicalist]
category: calque
pattern: syndicalist|syndicalists|syndical
unless: preceded-by anarcho
suggest: trade unionist | union
weight: 0.65
note: Spanish "sindicalista" (trade unionist) and "sindical" (union: "central sindical"); English "syndicalist" names an anarchist movement.

[calque.precised]
category: calque
pattern: precised|precises|precising
pattern: to|will|would|did|must|should|could|can precise that|the|its|his|her|their|what|how|whether|when|where
suggest: specified | said | added | made clear
weight: 0.8
note: Spanish "precisar" (specify, add: "precisó el ministro") rendered as a verb "precise", which English does not have.

[calque.resulted-injured]
category: calque
pattern: resulted injured|wounded|dead|killed|unharmed|unhurt|affected|damaged|destroyed|elected|positive|negative|detained|arrested|seriously|slightly|gravely
suggest: were injured | was elected | tested positive
weight: 0.75
note: Spanish "resultar" + participle or adjective ("resultaron heridos", "resultó elegido", "dio/resultó positivo"); English "result" needs "in".

[calque.celebrated-held]
category: calque
pattern: celebrated|celebrate|celebrates|celebrating a|the|its|their? meeting|elections|session|summit|referendum|trial|hearing|assembly|congress|conference|plenary|primaries
pattern: elections|election|summit|referendum|trial|meeting|session|hearing|vote|talks|primaries will|to|would|must|should be celebrated
unless: followed-by of|result|results|win|victory|outcome|anniversary
suggest: held | hold
weight: 0.7
note: Spanish "celebrar elecciones/una reunión/un juicio" (hold); English "celebrate" means mark a happy occasion.

[calque.sustained-that]
category: calque
pattern: sustained|sustains|sustain|sustaining that the|he|she|they|there|it|his|her|their|its|this|these|no|all
suggest: maintained that | argued that | said that
weight: 0.6
note: Spanish "sostener que" (maintain, argue that); English "sustain" means keep up or suffer.

[calque.filed-denunciation]
category: calque
pattern: filed|file|files|filing|presented|present|lodged|submitted a|the|its|his|her|their|criminal? denunciation|denunciations
suggest: filed a complaint | reported to police
weight: 0.75
note: Spanish "presentar una denuncia" (file a complaint, report a crime); English "denunciation" means public condemnation.

[calque.mandatary]
category: calque
pattern: mandatary|mandataries
suggest: president | leader | head of state
weight: 0.8
note: Spanish "mandatario", "primer mandatario" (president, head of state); the English legal word "mandatary" is never used for a leader.

[calque.titular-of]
category: calque
pattern: the titular of
suggest: the head of | the minister for
weight: 0.8
note: Spanish "el titular de Hacienda/de la cartera" (the minister in charge of); English "titular" is an adjective meaning nominal.

[calque.night-of-day-to-day]
category: calque
pattern: night of|from monday|tuesday|wednesday|thursday|friday|saturday|sunday to monday|tuesday|wednesday|thursday|friday|saturday|sunday
suggest: overnight Saturday | late on Saturday | early on Sunday
weight: 0.55
note: Spanish "la noche del sábado al domingo"; English copy says overnight Saturday, late Saturday or early Sunday.

[calque.whole-territory]
category: calque
pattern: on|in|over the whole|entire|national territory
pattern: on|in|over the whole|entire national territory
unless: followed-by of
suggest: nationwide | across the country
weight: 0.45
note: Spanish "en todo el territorio nacional" (nationwide).

[calque.a-hundred-of]
category: calque
pattern: dozen|hundred|thousand|ten|fifteen|twenty|thirty|forty|fifty|sixty of people|persons|demonstrators|protesters|migrants|police|policemen|agents|officers|soldiers|firefighters|students|workers|employees|residents|inhabitants|families|children|victims|deaths|dead|injured|wounded|cases|arrests|vehicles|cars|houses|homes|kilometres|kilometers|metres|meters|hectares|euros|dollars|pesos
suggest: about a hundred people | some 20 people | a dozen people
weight: 0.5
note: Spanish "una decena/veintena/un centenar de personas" (about ten, twenty, a hundred) rendered with "of".

# ---------------------------------------------------------------------------
# Word order
# ---------------------------------------------------------------------------

[word-order.the-also]
category: word-order
pattern: the also *? president|minister|former|ex|leader|deputy|head|candidate|secretary|spokesman|spokeswoman|director|mayor|governor|senator|member|founder|actor|actress|singer|player|coach|lawmaker|legislator|councillor|councilor|vice|businessman|businesswoman|journalist|writer
unless: in-sentence also ran|rans
suggest: who is also | also a former
weight: 0.8
note: Spanish "el también ministro", "la también exsenadora": "también" placed between article and title; English moves "also" into a clause.

[word-order.the-past-monday]
category: word-order
pattern: the past monday|tuesday|wednesday|thursday|friday|saturday|sunday
pattern: the past <number> of? january|february|march|april|may|june|july|august|september|october|november|december
pattern: the past january|february|march|april|may|june|july|august|september|october|november|december <number>
suggest: last Monday | on Monday | on 2 January
weight: 0.7
note: Spanish "el pasado lunes", "el pasado 2 de enero"; English says "on Monday" or "last Monday" and "this past" without the article.

[word-order.the-two-first]
category: word-order
pattern: the two|three|four|five|six|seven|eight|nine|ten first|last|next|previous|past days|weeks|months|years|decades|hours|minutes|matches|games|rounds|stages|races|seasons|editions|quarters|sets|laps|places|positions
pattern: the <number> first|last|next|previous|past days|weeks|months|years|decades|hours|minutes|matches|games|rounds|stages|races|seasons|editions
suggest: the first two | the last three | the next ten
weight: 0.55
note: Spanish "los dos primeros días", "los tres últimos años": the numeral comes before "primero/último" in Spanish and after "first/last" in English.

# ---------------------------------------------------------------------------
# Grammar: dropped subjects and other pro-drop traces
# ---------------------------------------------------------------------------

[grammar.dropped-subject]
category: grammar
pattern: because|although is|was|has|had|will|would|can|could|must|should|considers|believes|thinks
suggest: because it is | although he was
weight: 0.5
note: Spanish drops subject pronouns ("porque es necesario", "aunque fue detenido"); MT keeps the gap, and English cannot have a finite verb without a subject after "because" or "although".

[grammar.necessary-that]
category: grammar
pattern: is|was necessary|indispensable|urgent|essential|fundamental|imperative|vital that
unless: preceded-by it|this|what|also|therefore|thus|so|still|now|really
suggest: it is necessary that | must
weight: 0.5
note: Spanish "es necesario que", "es fundamental que" with the impersonal subject dropped; English needs "it is necessary that".

[grammar.aged-of-years]
category: grammar
pattern: aged of <number>
pattern: man|woman|boy|girl|teenager|youth|child|person|motorist|driver|pedestrian|cyclist|pensioner|retiree|young of <number> years|year
unless: followed-by experience|standing|service|marriage|of
suggest: aged 25 | a 25-year-old man
weight: 0.55
note: Spanish "un hombre de 25 años", "un joven de 17 años"; English says "aged 25" or "a 25-year-old".

[grammar.a-young-who]
category: grammar
pattern: a young was|has|had|who|died|is|aged|fled|suffered|from|of
suggest: a young man | a youth | a teenager
weight: 0.55
note: Spanish "un joven" (a young person) used as a noun; English "young" needs a noun after it.

[grammar.since-years]
category: grammar
pattern: since <number> years|months|weeks|days|decades
pattern: since several|many|some years|months|weeks|days|decades
pattern: since two|three|four|five|six|seven|eight|nine|ten|twenty|thirty years|months|weeks|days|decades
pattern: since a few years|months|weeks|days|decades
pattern: since years|decades|months
unless: followed-by ago|before|earlier|later|after
suggest: for 10 years | for years
weight: 0.5
note: Spanish "desde hace diez años" (for ten years) rendered with "since", which English uses only before a point in time.

# ---------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------

[title.chancellor-foreign-minister]
category: title
pattern: chancellor|chancellors
when: in-sentence mexico|mexican|argentina|argentine|argentinian|chile|chilean|colombia|colombian|peru|peruvian|venezuela|venezuelan|ecuador|ecuadorian|bolivia|bolivian|paraguay|paraguayan|uruguay|uruguayan|cuba|cuban|nicaragua|nicaraguan|honduras|honduran|guatemala|guatemalan|salvador|salvadoran|panama|panamanian|rica|rican|dominican|brazil|brazilian|caracas|bogota|quito|havana|montevideo|asuncion|managua|tegucigalpa|lima
unless: in-sentence german|germany|germans|austria|austrian|exchequer|university|universities|lord|scholz|merz|merkel|bundestag|berlin|vienna|college|school|schools|duchy
suggest: foreign minister | deputy foreign minister
weight: 0.7
note: Latin American Spanish "canciller" (foreign minister) rendered as "chancellor"; in English a chancellor heads a government (Germany, Austria) or a university.

[title.chancellery-foreign-ministry]
category: title
pattern: chancellery|chancelleries
when: in-sentence mexico|mexican|argentina|argentine|argentinian|chile|chilean|colombia|colombian|peru|peruvian|venezuela|venezuelan|ecuador|ecuadorian|bolivia|bolivian|paraguay|paraguayan|uruguay|uruguayan|cuba|cuban|nicaragua|nicaraguan|honduras|honduran|guatemala|guatemalan|salvador|salvadoran|panama|panamanian|rica|rican|dominican|brazil|brazilian|caracas|bogota|quito|havana|montevideo|asuncion|managua|tegucigalpa|lima
unless: in-sentence german|germany|austria|austrian|scholz|merz|merkel|berlin|vienna
suggest: foreign ministry
weight: 0.6
note: Latin American Spanish "Cancillería" (the foreign ministry) rendered as "chancellery".

[title.ex-former]
category: title
pattern: the ex president|minister|premier|mayor|governor|senator|chancellor|leader|congressman|congresswoman|candidate|judge|prosecutor|footballer|player|coach|director|deputy|secretary <Cap>
pattern: the ex prime|foreign|interior|finance|defence|defense|justice|economy|health minister <Cap>
suggest: former
weight: 0.35
note: Spanish "el ex presidente", "el exministro" + name; English wire copy writes "former President X" without the article (ex- is informal).

[title.president-of-the-government]
category: title
pattern: president of the government
unless: followed-by of
suggest: Prime Minister | Spanish Prime Minister
weight: 0.7
note: Spanish "presidente del Gobierno" (Spain's prime minister) rendered literally.

[title.president-of-the-republic]
category: title
pattern: president of the republic
unless: followed-by of
suggest: President | the Colombian president
weight: 0.4
note: Spanish "el presidente de la República" (the country's president); English copy writes "President X" or "the Colombian president".

[title.us-foreign-minister]
category: title
pattern: american|us|u.s. minister of|for foreign affairs
pattern: american|us|u.s. foreign minister|ministry
pattern: foreign minister|ministry of the united states
pattern: minister of foreign affairs of the united states
suggest: Secretary of State | State Department
weight: 0.6
note: Spanish "el ministro de Exteriores estadounidense", "el canciller estadounidense"; the US title is Secretary of State.

[title.head-of-us-diplomacy]
category: title
pattern: head|chief of the? american|us|u.s. diplomacy
pattern: head|chief of the? united states diplomacy
suggest: Secretary of State
weight: 0.75
note: Spanish "el jefe de la diplomacia estadounidense" (the US Secretary of State).

# ---------------------------------------------------------------------------
# Numbers and dates
# ---------------------------------------------------------------------------

[number.the-day-of-month]
category: number
pattern: the <number> of january|february|march|april|may|june|july|august|september|october|november|december
suggest: on 2 January | on January 2
weight: 0.55
note: Spanish "el 2 de enero" rendered with article and "of"; English writes "on 2 January", "on January 2" or "the 2nd of January".

[number.thousand-millions]
category: number
pattern: thousand millions
pattern: thousands of millions
pattern: <number> thousand million
pattern: <number> mil millones
suggest: billion | billions
weight: 0.6
note: Spanish "mil millones" (billion) and "miles de millones" (billions); note that Spanish "billón" is an English trillion.

[number.plural-millions]
category: number
pattern: <number> millions|billions
suggest: 3 million | 2.5 billion
weight: 0.35
note: Spanish "3 millones de dólares": Spanish pluralises "millón" after a number, English does not.

# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------

[entity.moncloa]
category: entity
pattern: moncloa
suggest: the prime minister's office | the Spanish government
weight: 0.2
note: Spanish "La Moncloa" (the prime minister's office and residence) as a metonym; native copy on Spain uses it too.

[entity.congress-of-the-deputies]
category: entity
pattern: congress of the deputies
suggest: Congress of Deputies | lower house of parliament
weight: 0.6
note: Spanish "Congreso de los Diputados" rendered with the article; the English name is the Congress of Deputies.
