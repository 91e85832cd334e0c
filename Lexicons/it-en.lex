# it-en.lex: Italian → English machine-translation patterns.
#
# Scope: traces that Italian source text leaves in English news copy produced by
# machine translation: false friends, calques of Italian journalistic, judicial and
# administrative set phrases, Italian titles and forms of address, Italian number
# and date conventions, and metonyms for Italian institutions (Quirinale, Palazzo
# Chigi, Viminale, Farnesina) that an English desk would spell out.
#
# Not here: language-independent evidence (number typography, scraping debris; see
# common.lex) and target-side English usage (canonical names and titles; see en.lex).
# Patterns that French and Spanish share with Italian are repeated in fr-en.lex and
# es-en.lex with their own notes.
#
# Every title, calque and word-order entry must stay silent on fluent native English
# news copy: where a short form also occurs natively, the pattern is lengthened or
# guarded with when:/unless: conditions.

verbatim-lexicon: 1
pair: it-en
description: Italian → English machine-translation patterns (false friends, calques, titles, institutions, dates and numbers).

# ---------------------------------------------------------------------------
# Calques and false friends
# ---------------------------------------------------------------------------

[calque.actual-current]
category: calque
pattern: the actual president|government|minister|mayor|coach|chairman|chairwoman|regime|majority|champion|governor|premier
pattern: the actual prime minister
unless: preceded-by is|was|are|were|be|being|been|not|than|whether|nor|as|remains|remained|became|become
suggest: the current | the incumbent
weight: 0.7
note: Italian "l'attuale presidente", "l'attuale governo": "attuale" means current, not real.
  Native "the actual president" contrasts real with nominal ("is not the actual president"), which the guard leaves out.

[calque.actually-currently]
category: calque
pattern: is|are actually in custody|detention|preparation|construction|progress|course|negotiation|negotiations|force|study|examination|discussion
suggest: is currently in | is now in
weight: 0.6
note: Italian "attualmente" (currently) rendered as "actually": "il testo è attualmente in discussione" → "is actually in discussion".

[calque.eventual-possible]
category: calque
pattern: eventual sanctions|measures|aggression|recourse|modifications|risks|reprisals|retaliation|complications|difficulties|irregularities|victims|abuses|obstacles|shortcomings|dangers|threats|candidacy|candidature|responsibilities
suggest: possible | any
weight: 0.65
note: Italian "eventuali sanzioni", "eventuali responsabilità" (possible, any) rendered as "eventual", which in English means "final, ultimately happening".

[calque.assist-at-attend]
category: calque
pattern: assist|assisted|assisting at|to the|a|an *? ceremony|meeting|match|game|conference|funeral|mass|concert|summit|parade|inauguration|session|hearing|trial|debate|signing|celebration|commemoration|spectacle|performance|show|screening|rally|event
suggest: attend | attended | watched
weight: 0.7
note: Italian "assistere a" (attend, witness) rendered as "assist at"; in English "assist" means help.

[calque.pretend-demand]
category: calque
pattern: pretend|pretends|pretended|pretending the|his|her|their|its resignation|resignations|respect|payment|apology|apologies|answers|explanations|clarity|truth|justice|compensation|reimbursement|release|withdrawal|removal
suggest: demand | demanded | insist on
weight: 0.65
note: Italian "pretendere" (demand, insist on: "pretendono le dimissioni") rendered as "pretend", which in English means feign.

[calque.argument-topic]
category: calque
pattern: the argument|arguments of the meeting|talks|summit|conversation|interview|discussion|discussions|conference|session|call|visit|encounter|colloquium
pattern: arguments|argument treated|tackled|touched on|touched upon
suggest: the topic of | the subject of | topics discussed
weight: 0.6
note: Italian "argomento" (topic, subject: "l'argomento dell'incontro", "gli argomenti trattati") rendered as "argument", which in English is a dispute or a line of reasoning.

[calque.realise-carry-out]
category: calque
pattern: realise|realize|realised|realized|realises|realizes|realising|realizing a|an|the|its|their|his|her *? study|survey|poll|investigation|inquiry|operation|raid|search|interview|documentary|test|tests|audit|analysis|inspection|inspections|census|vaccination|evacuation|transplant|surgery|arrest|arrests|robbery|works|tour|exercise|mission|bridge|motorway|highway|railway|plant|infrastructure|building|hospital
unless: followed-by results|data|findings|figures|team|sample|question|questions|itself
unless: followed-by was|were|had|has|have|is|are|would|could|might|must|will|can|did|should|showed|shows|found|contained|lacked|needed|meant|posed|included|revealed|missed|failed within 4
suggest: carry out | conduct | build | make
weight: 0.65
note: Italian "realizzare un'indagine/un ponte/un'opera" (carry out, build); English "realise" + object means understand, except for profits and ambitions.

[calque.realised-by]
category: calque
pattern: study|survey|poll|investigation|documentary|film|interview|report|analysis|operation|audit|inquiry|works|research|bridge|project realised|realized by
suggest: carried out by | conducted by | built by
weight: 0.6
note: Italian "uno studio realizzato da", "un sondaggio realizzato da", "un'opera realizzata da".

[calque.sensible-sensitive]
category: calque
pattern: sensible issue|issues|subject|subjects|topic|topics|information|data|documents|document|file|files|dossier|dossiers|zone|zones|neighbourhood|neighbourhoods|neighborhood|neighborhoods|district|districts|installations
suggest: sensitive
weight: 0.6
note: Italian "sensibile" (sensitive: "un tema sensibile", "dati sensibili") rendered as "sensible", which in English means reasonable.

[calque.sensible-increase]
category: calque
pattern: sensible deterioration|drop|decline|decrease|worsening
pattern: sensitive increase|rise|drop|decline|decrease|deterioration
pattern: sensibly higher|lower|increased|decreased|identical|equal|similar
suggest: marked | noticeable | significantly
weight: 0.6
note: Italian "un sensibile calo", "un sensibile aumento", "sensibilmente più alto": "sensibile/sensibilmente" here means noticeable, appreciably; MT gives "sensible drop" or "sensitive increase". Only forms where the native sense (reasonable) cannot apply are listed.

[calque.sensibilization]
category: calque
pattern: sensibilization|sensibilisation|sensibilize|sensibilise|sensibilized|sensibilised|sensibilizing|sensibilising|sensibilizes|sensibilises
suggest: awareness-raising | raise awareness
weight: 0.8
note: Italian "sensibilizzazione", "sensibilizzare" (raise awareness); the English words are medical or do not exist.

[calque.in-the-ambit-of]
category: calque
pattern: in the ambit of
suggest: as part of | within | under
weight: 0.7
note: Italian "nell'ambito di" (as part of, within); English "ambit" survives only in legal "within the ambit of".

[calque.in-the-framework-of]
category: calque
pattern: in the framework|frame of
suggest: as part of | under | during
weight: 0.45
note: Italian "nel quadro di" (as part of, under) rendered as "in the framework of" or "in the frame of".

[calque.in-the-sphere-of]
category: calque
pattern: in the sphere of
unless: followed-by influence|interest|interests|politics|public|private|responsibility
suggest: in | as part of | among
weight: 0.25
note: Italian "nella sfera di" (in the area of, within the remit of); English keeps "sphere" mostly for "sphere of influence".

[calque.in-declarations-to]
category: calque
pattern: in declarations to|made|given|published|broadcast|reported
suggest: in remarks to | told | in comments to
weight: 0.75
note: Italian "in dichiarazioni a" (in remarks to, told); English "declaration" is a formal statement.

[calque.manifestation-demonstration]
category: calque
pattern: manifestation|manifestations against|outside|gathered|organised|organized|banned|authorised|authorized|degenerated
pattern: during|at|in|join|joined|call|called|organise|organised|organize|organized|ban|banned a|the manifestation|manifestations
unless: followed-by of
suggest: demonstration | protest | event
weight: 0.6
note: Italian "manifestazione" (demonstration, public event); English "manifestation" means a sign or expression of something.

[calque.manifestant]
category: calque
pattern: manifestant|manifestants|manifestanti
suggest: protester | demonstrator
weight: 0.85
note: Italian "manifestanti" (protesters) half-translated.

[calque.important-damage]
category: calque
pattern: important damage|damages|flooding|floods|snowfall|snowfalls|rainfall|rains|delays|disruption|disruptions|reinforcements
pattern: important police presence|deployment|reinforcements
suggest: extensive | heavy | major | large
weight: 0.5
note: Italian "ingenti/importanti danni", "un importante dispiegamento di forze dell'ordine": "importante" means large or heavy here.

[calque.sanitary-health]
category: calque
pattern: sanitary crisis|emergency|protocol|protocols|pass|passport|restrictions|context|authorities|alert|security|personnel|staff
suggest: health crisis | health emergency | health workers
weight: 0.6
note: Italian "sanitario" (health, medical: "emergenza sanitaria", "personale sanitario", "autorità sanitarie"); English "sanitary" means hygienic.

[calque.syndicalist]
category: calque
pattern: syndicalist|syndicalists|syndical
unless: preceded-by anarcho
suggest: trade unionist | union
weight: 0.65
note: Italian "sindacalista" (trade unionist) and "sindacale" (union: "vertenza sindacale"); English "syndicalist" names an anarchist movement.

[calque.precised]
category: calque
pattern: precised|precises|precising
pattern: to|will|would|did|must|should|could|can precise that|the|its|his|her|their|what|how|whether|when|where
suggest: specified | said | added | made clear
weight: 0.8
note: Italian "precisare" (specify, add: "ha precisato il ministro") rendered as a verb "precise", which English does not have.

[calque.resulted-injured]
category: calque
pattern: resulted injured|wounded|dead|killed|unharmed|unhurt|affected|damaged|destroyed|elected|positive|negative|detained|arrested|seriously|slightly|gravely
suggest: were injured | was elected | tested positive
weight: 0.75
note: Italian "risultare" + participle or adjective ("sono risultati feriti", "è risultato positivo"); English "result" needs "in".

[calque.sustained-that]
category: calque
pattern: sustained|sustains|sustain|sustaining that the|he|she|they|there|it|his|her|their|its|this|these|no|all
suggest: maintained that | argued that | said that
weight: 0.6
note: Italian "sostenere che" (maintain, argue that); English "sustain" means keep up or suffer.

[calque.filed-denunciation]
category: calque
pattern: filed|file|files|filing|presented|present|lodged|submitted a|the|its|his|her|their|criminal? denunciation|denunciations
pattern: denounced|reported in|at a? state of freedom
suggest: filed a complaint | reported to police | placed under investigation
weight: 0.75
note: Italian "sporgere/presentare denuncia" (file a complaint) and "denunciato a piede libero" (reported to prosecutors without arrest); English "denunciation" means public condemnation.

[calque.interpellated]
category: calque
pattern: interpellated|interpelled|interpelated|interpellating
suggest: questioned | asked
weight: 0.5
note: Italian "interpellare" (question, consult) and "interpellanza" (a parliamentary question); English "interpellate" is rare jargon.

[calque.night-between-days]
category: calque
pattern: night between monday|tuesday|wednesday|thursday|friday|saturday|sunday and monday|tuesday|wednesday|thursday|friday|saturday|sunday
suggest: overnight Saturday | late on Saturday | early on Sunday
weight: 0.65
note: Italian "nella notte tra sabato e domenica"; English copy says overnight Saturday, late Saturday or early Sunday.

[calque.whole-territory]
category: calque
pattern: on|in|over the whole|entire|national territory
pattern: on|in|over the whole|entire national territory
unless: followed-by of
suggest: nationwide | across the country | throughout Italy
weight: 0.45
note: Italian "su tutto il territorio nazionale" (nationwide).

[calque.administrative-elections]
category: calque
pattern: administrative elections|election|vote|votes|polls|ballot|round|consultations
suggest: local elections | municipal elections
weight: 0.75
note: Italian "elezioni amministrative" (local and municipal elections); English "administrative elections" is not a term.

[calque.a-hundred-of]
category: calque
pattern: dozen|hundred|thousand|ten|fifteen|twenty|thirty|forty|fifty|sixty of people|persons|demonstrators|protesters|migrants|police|policemen|agents|officers|soldiers|firefighters|students|workers|employees|residents|inhabitants|families|children|victims|deaths|dead|injured|wounded|cases|arrests|vehicles|cars|houses|homes|kilometres|kilometers|metres|meters|hectares|euros|dollars
suggest: about a hundred people | some 20 people | a dozen people
weight: 0.5
note: Italian "una decina/ventina/un centinaio di persone" (about ten, twenty, a hundred) rendered with "of".

# ---------------------------------------------------------------------------
# Word order
# ---------------------------------------------------------------------------

[word-order.the-two-first]
category: word-order
pattern: the two|three|four|five|six|seven|eight|nine|ten first|last|next|previous|past days|weeks|months|years|decades|hours|minutes|matches|games|rounds|stages|races|seasons|editions|quarters|sets|laps|places|positions
pattern: the <number> first|last|next|previous|past days|weeks|months|years|decades|hours|minutes|matches|games|rounds|stages|races|seasons|editions
suggest: the first two | the last three | the next ten
weight: 0.55
note: Italian "i due primi giorni", "gli ultimi tre anni" mis-ordered: English puts the numeral after "first/last/next".

# ---------------------------------------------------------------------------
# Grammar
# ---------------------------------------------------------------------------

[grammar.aged-of-years]
category: grammar
pattern: aged of <number>
pattern: man|woman|boy|girl|teenager|youth|child|person|motorist|driver|pedestrian|cyclist|pensioner|retiree|young of <number> years|year
unless: followed-by experience|standing|service|marriage|of
suggest: aged 25 | a 25-year-old man
weight: 0.55
note: Italian "un uomo di 25 anni", "un giovane di 17 anni"; English says "aged 25" or "a 25-year-old".

[grammar.a-young-who]
category: grammar
pattern: a young was|has|had|who|died|is|aged|fled|suffered|from|of
suggest: a young man | a youth | a teenager
weight: 0.55
note: Italian "un giovane" (a young person) used as a noun; English "young" needs a noun after it.

[grammar.since-years]
category: grammar
pattern: since <number> years|months|weeks|days|decades
pattern: since several|many|some years|months|weeks|days|decades
pattern: since two|three|four|five|six|seven|eight|nine|ten|twenty|thirty years|months|weeks|days|decades
pattern: since a few years|months|weeks|days|decades
pattern: since years|decades|months
unless: followed-by ago|before|earlier|later|after
suggest: for 10 years | for years
weight: 0.55
note: Italian "da dieci anni", "da anni" (for ten years, for years) rendered with "since", which English uses only before a point in time.

# ---------------------------------------------------------------------------
# Titles and forms of address
# ---------------------------------------------------------------------------

[title.ex-former]
category: title
pattern: the ex president|minister|premier|mayor|governor|senator|leader|candidate|judge|prosecutor|magistrate|footballer|player|coach|director|deputy|secretary|undersecretary <Cap>
pattern: the ex prime|foreign|interior|finance|defence|defense|justice|economy|health minister <Cap>
suggest: former
weight: 0.35
note: Italian "l'ex premier", "l'ex ministro" + name; English wire copy writes "former Prime Minister X" without the article (ex- is informal).

[title.honourable]
category: title
pattern: the? honourable|honorable <Cap>
when: in-sentence italy|italian|italians|rome|montecitorio|chigi|madama|lega|forza
unless: in-sentence canada|canadian|australia|australian|british|britain|commons|lords|westminster
suggest: MP | lawmaker | Mr | Ms
weight: 0.5
note: Italian "l'onorevole Rossi" / "on. Rossi", the courtesy title of members of parliament; English copy says lawmaker or MP.

[title.president-of-the-council-of-ministers]
category: title
pattern: president of the council of ministers
suggest: Prime Minister | Italian Prime Minister
weight: 0.7
note: Italian "presidente del Consiglio dei ministri" (the prime minister) rendered literally.

[title.president-of-the-council]
category: title
pattern: president of the council
when: in-sentence italy|italian|italians|rome|chigi
unless: followed-by of|for
suggest: Prime Minister | Italian Prime Minister
weight: 0.65
note: Italian "presidente del Consiglio" (the prime minister) rendered literally; "President of the European Council" is a different office and does not match.

[title.president-of-the-republic]
category: title
pattern: president of the republic
unless: followed-by of
suggest: President | Italian President
weight: 0.45
note: Italian "il presidente della Repubblica" (the Italian president); English copy writes "President Sergio Mattarella" or "the Italian president".

[title.us-foreign-minister]
category: title
pattern: american|us|u.s. minister of|for foreign affairs
pattern: american|us|u.s. foreign minister|ministry
pattern: foreign minister|ministry of the united states
pattern: minister of foreign affairs of the united states
suggest: Secretary of State | State Department
weight: 0.6
note: Italian "il ministro degli Esteri americano", "il capo della diplomazia Usa"; the US title is Secretary of State.

[title.head-of-us-diplomacy]
category: title
pattern: head|chief of the? american|us|u.s. diplomacy
pattern: head|chief of the? united states diplomacy
suggest: Secretary of State
weight: 0.75
note: Italian "il capo della diplomazia americana/Usa" (the US Secretary of State).

# ---------------------------------------------------------------------------
# Numbers and dates
# ---------------------------------------------------------------------------

[number.the-day-of-month]
category: number
pattern: the <number> of january|february|march|april|may|june|july|august|september|october|november|december
suggest: on 2 January | on January 2
weight: 0.5
note: Italian "il 2 gennaio" rendered with article and "of"; English writes "on 2 January", "on January 2" or "the 2nd of January".

[number.miliardi]
category: number
pattern: <number> miliardi|miliardo|milioni|milione|mila
pattern: miliardi|miliardo|milioni of|di? euro|euros|dollars|dollari
suggest: billion | million | thousand
weight: 0.75
note: Italian "miliardi" (billion), "milioni" (million), "mila" (thousand) left untranslated.

# ---------------------------------------------------------------------------
# Entities: metonyms and Italian institution names
# ---------------------------------------------------------------------------

[entity.carabinieri]
category: entity
pattern: carabinieri|carabiniere
suggest: Carabinieri paramilitary police | police
weight: 0.1
note: Italian "Carabinieri" (the paramilitary police); native copy uses the name too, usually with an explanation.

[entity.quirinale]
category: entity
pattern: quirinale
suggest: the presidential palace | the Italian presidency
weight: 0.2
note: Italian "il Quirinale" (the president's palace and office) as a metonym; native copy prefers "Quirinal Palace" or "the presidency".

[entity.palazzo-chigi]
category: entity
pattern: palazzo chigi
suggest: the prime minister's office
weight: 0.2
note: Italian "Palazzo Chigi" (the prime minister's office) as a metonym; native copy on Italy uses it too.

[entity.viminale]
category: entity
pattern: viminale
suggest: the interior ministry
weight: 0.3
note: Italian "il Viminale" (the interior ministry) as a metonym.

[entity.farnesina]
category: entity
pattern: farnesina
suggest: the foreign ministry
weight: 0.3
note: Italian "la Farnesina" (the foreign ministry) as a metonym.

[entity.premier]
category: entity
pattern: the premier
when: in-sentence italy|italian|italians|rome|chigi
unless: followed-by league|leagues|division|cup|club|inn
suggest: prime minister
weight: 0.1
note: Italian "il premier" (the prime minister); native copy uses "premier" too, so this is weak evidence.

[entity.procura]
category: entity
pattern: procura
suggest: prosecutor's office
weight: 0.3
note: Italian "la Procura (della Repubblica)" (the prosecutor's office) left untranslated.
