// kg/extract: general English knowledge the extractor relies on: titles and roles, organization and agreement
// head words, event words, words that are capitalized but never names. No particular person, organization or
// agreement appears here.

const set = (s: string): Set<string> => new Set(s.trim().split(/\s*\|\s*|\n+/).map((x) => x.trim().toLowerCase()).filter(Boolean));

/**
 * Titles and roles that may stand before a name ("Foreign Minister Anne Martin", "spokeswoman Maria X").
 * Multi-word titles are matched longest first.
 */
export const TITLES = set(`
president | vice president | prime minister | deputy prime minister | minister | foreign minister | defense minister |
defence minister | interior minister | finance minister | economy minister | trade minister | energy minister |
health minister | justice minister | education minister | agriculture minister | deputy foreign minister | deputy minister |
secretary of state | secretary | state secretary | secretary-general | secretary general | treasury secretary |
defense secretary | foreign secretary | home secretary | chancellor | king | queen | prince | princess | emperor | sheikh |
emir | sultan | crown prince | senator | sen. | representative | rep. | congressman | congresswoman | governor | gov. |
mayor | speaker | ambassador | envoy | special envoy | top diplomat | general | gen. | admiral | adm. | colonel | col. | lieutenant |
lt. | major | maj. | captain | capt. | commander | marshal | field marshal | sergeant | judge | justice | chief justice |
attorney general | prosecutor | chief prosecutor | pope | cardinal | archbishop | bishop | rabbi | imam | ayatollah |
supreme leader | chairman | chairwoman | chair | chief executive | chief executive officer | ceo | cfo | coo | cto |
chief financial officer | chief operating officer | managing director | executive director | director | director general |
director-general | founder | co-founder | owner | head | chief | leader | opposition leader | interim president |
self-declared interim president | acting president | president-elect | premier | spokesman | spokeswoman | spokesperson |
press secretary | deputy | aide | adviser | advisor | national security adviser | attache | attaché | military attache |
military attaché | consul | commissioner | governor-general | lawmaker | legislator | member of parliament | mp |
mr. | mrs. | ms. | dr. | prof. | professor | mr | mrs | ms | dr | sir | dame | lord | lady | analyst | economist |
correspondent | editor | reporter | lawyer | attorney | coach | captain | striker | candidate | nominee | challenger |
incumbent | rival | party leader | armed forces minister | central bank governor | economy secretary | trade representative | spokesman for |
chief of staff | army chief | counterpart | scientist | chief scientist | chief economist | chief strategist |
chief technology officer | chief medical officer | chief investment officer | general counsel | vice chairman |
vice chair | board member | deputy director | program director | medical director | research director | ` +
  `head of research | foreign affairs minister | commerce secretary | commerce minister | labor minister |
councillor | councilor | trustee | magistrate | registrar | rector | vice-chancellor | provost | dean | administrator |
chargé d'affaires | charge d'affaires | ombudsman | auditor general | comptroller | inspector general | taoiseach |
tanaiste | first minister | chief minister | deputy governor | chief whip | majority leader | minority leader | leader of the opposition |
general secretary | secretary-general | executive secretary | high commissioner | high representative | special representative |
chief negotiator | negotiator | mediator | chief mediator |
commander | chief of staff | chief of the general staff | chief of defence | army chief | police chief |
under-secretary-general | under secretary-general | assistant secretary-general | under-secretary | undersecretary |
minister of state | cabinet secretary | brigadier | brigadier general | major general | lieutenant general | lieutenant colonel |
sgt | staff sgt | staff sergeant | master sgt | master sergeant | brig | brig gen | maj gen | lt gen | lt col | corporal | cpl |
gen | col | lt | maj | capt | adm | cmdr | sen | gov | rep | pvt | coordinator | resident coordinator |
humanitarian coordinator | general manager | country director | regional director | country representative |
detective | inspector | detective inspector | detective sergeant | detective chief inspector | chief inspector | superintendent |
detective superintendent | chief superintendent | police commissioner | assistant commissioner | constable | sheriff |
officer | police officer | trooper | deputy sheriff
`);

/** Nouns of a company's or a body's units: "X, Y's cloud computing arm", "X is a subsidiary of Y". */
export const UNIT_NOUNS = set('subsidiary | unit | division | affiliate | arm | branch | body | organ | wing');

/** Titles written short, with what they stand for ("Sen." is a senator's, "Brig. Gen." a brigadier general's). */
export const ABBREVIATED_TITLES: ReadonlyMap<string, string> = new Map([
  ['sen', 'Senator'], ['rep', 'Representative'], ['gov', 'Governor'], ['gen', 'General'], ['lt', 'Lieutenant'],
  ['col', 'Colonel'], ['maj', 'Major'], ['capt', 'Captain'], ['adm', 'Admiral'], ['cmdr', 'Commander'], ['sgt', 'Sergeant'],
  ['cpl', 'Corporal'], ['pvt', 'Private'], ['brig', 'Brigadier'], ['brig gen', 'Brigadier General'], ['maj gen', 'Major General'],
  ['lt gen', 'Lieutenant General'], ['lt col', 'Lieutenant Colonel'], ['staff sgt', 'Staff Sergeant'], ['master sgt', 'Master Sergeant'],
]);

/**
 * Portfolio words: what an office "of" or "for" is over ("Minister of Foreign Affairs", "Commissioner for Trade,
 * Industry and Competition"). A capitalized run after such an office takes these words into the title.
 */
export const PORTFOLIO_WORDS = set(`
foreign | affairs | home | interior | internal | external | defence | defense | finance | financial | trade | industry |
industries | competition | commerce | economy | economic | planning | development | health | education | higher | justice |
labour | labor | employment | transport | transportation | telecommunications | communications | energy | mines | mining |
agriculture | fisheries | forestry | environment | climate | culture | tourism | sport | sports | youth | women | gender |
social | welfare | security | public | works | infrastructure | housing | information | technology | science | research |
innovation | digital | national | state | treasury | budget | revenue | customs | immigration | water | resources |
natural | petroleum | oil | gas | land | lands | rural | urban | local | government | cooperation | international |
relations | integration | veterans | family | families | children | arts | heritage | maritime | aviation | ports | roads |
peace | operations | peacekeeping | humanitarian | human | rights | refugees | prosecutions | regional | religious |
civil | service | administration | reform | reconstruction | solidarity | equality | consumer | protection | food |
safety | trades | enterprise | investment | investments | privatisation | privatization | statistics | planning | co-operation |
co-ordination | coordination | disarmament | migration | dignity | freedom | democracy | progress | unity | renewal | liberty |
independence | prosperity | reconciliation | sovereignty
`);

/** Roles that make a person the voice of someone else (spokesperson_for). */
export const SPOKESPERSON_ROLES = set('spokesman | spokeswoman | spokesperson | press secretary | mouthpiece');
/** Titles that say who made a body, not an office in it: "X, the founder of Y", "Y's co-founder, X". */
export const FOUNDER_TITLES = set('founder | co-founder | cofounder | founders | co-founders');

/** Role heads that do not carry office on their own (not holds_office when alone). */
export const WEAK_ROLES = set(
  'mr. | mrs. | ms. | dr. | mr | mrs | ms | dr | sir | dame | lord | lady | prof. | professor | analyst | ' +
    'economist | correspondent | editor | reporter | lawyer | attorney | aide | adviser | advisor | candidate | ' +
    'nominee | challenger | rival | coach | striker | counterpart',
);

/** Words that end (or head) an organization name: "State Council", "Ministry of Defence", "Acme Corp". */
export const ORG_WORDS = set(`
ministry | department | council | committee | commission | agency | agence | agencia | bureau | office | service |
parliament | congress | senate | assembly | legislature | cabinet | government | administration |
court | tribunal | army | navy | air force | forces | guard | police | party | front | movement | alliance | coalition |
union | league | community | federation | association | organization | organisation | institute | institution | foundation | fund |
bank | university | college | school | academy | company | corporation | corp | corp. | inc | inc. | ltd | ltd. | llc |
plc | group | holdings | holding | partners | systems | technologies | industries | motors | airlines | airways |
energy | oil | petroleum | gas | telecom | communications | media | news | press | times | post | journal | herald |
tribune | gazette | network | broadcasting | radio | television | tv | exchange | board | authority |
secretariat | directorate | command | brigade | battalion | regiment | division | corps | unit | club | society |
center | centre | laboratory | laboratories | lab | labs | body | pharmaceuticals | pharma | capital | ventures | securities | investments |
lines | line | shipping | logistics | freight | marine | foods | brands | resources | mining | minerals | metals | mills | steel | electric |
chemicals | insurance | semiconductor | semiconductors | software | robotics | aerospace | automotive | railways |
railway | petroleum | refining | power | utilities | partners | health | healthcare | stores | markets |
bancorp | trust | cooperative | chamber | house | reserve | treasury | news agency | associates | consortium | ` +
  `conglomerate | cartel | council of ministers | state media | ag | sa | nv | gmbh | s.a. | s.a | s.p.a. | n.v. | b.v. |
limited | shipyard | shipyards | incorporated | tech | fleet | courier | observer | inquirer | examiner | telegraph | chronicle |
dispatch | bulletin | monitor | patrol | chiefs | delegation |
rada | duma | knesset | sejm | bundestag | bundesrat | majlis | riksdag | storting | folketing | althing |
institutet | institut | instituto | istituto | instituut | universidad | universidade | università | universität | université |
universiteit | hochschule | fundación | fundação | stiftung | banco | banca | compañía | companhia | empresa | grupo |
sociedad | société | verband | ministerio | ministério | ministère | ministerium | consejo | conseil | comisión | comissão |
corporación | servicio | serviço | agência | partido | frente | sindicato | confederación |
bv | asa | oyj | pjsc | ojsc | jsc | kgaa | sarl | s.a.r.l. | srl | s.r.l. | pte | bhd | sdn | l.l.c. | a.s. | s.l.
`);

/** One-word names of institutions, capitalized in running text ("Congress", "the Senate", "the Treasury", "the Navy"). */
export const STANDALONE_BODIES = set('congress | senate | parliament | treasury | cabinet | army | navy | legislature');

/** Lower-case nouns that, following a proper name, make it an organization: "RIA Novosti state news agency". */
export const ORG_TRAILERS = set(
  'agency | news agency | state news agency | newspaper | daily | broadcaster | company | firm | group | bank | ' +
    'party | ministry | government | administration | parliament | network | channel | outlet | carrier | airline | ' +
    'automaker | carmaker | manufacturer | giant | conglomerate | regulator | watchdog | insurer | lender | ' +
    'retailer | startup | exchange | fund | union | militia | movement',
);

/** A state's forces named in two words ("the Nigerian air force", "Ukraine's coast guard"): bodies of that state. */
export const FORCE_HEADS = set('air force | coast guard | national guard | border guard');

/** Head words of agreements and treaties. */
export const AGREEMENT_WORDS = set(
  'treaty | agreement | accord | accords | pact | convention | memorandum | protocol | deal | charter | compact | ' +
    'declaration | contract | armistice | ceasefire | truce | statute | covenant',
);

/** Words that end an event name: "the Great Patriotic War", "the G20 Summit". */
export const EVENT_WORDS = set(
  'war | summit | conference | forum | games | olympics | election | elections | referendum | revolution | crisis | ' +
    'talks | congress of | festival | cup | championship | world cup | expo | meeting | uprising | invasion | coup | ' +
    'offensive | operation | anniversary | victory',
);

/** Capitalized words that are never names on their own (sentence openers, pronouns, calendar words...). */
export const NOT_NAMES = set(`
the | a | an | this | that | these | those | there | here | it | its | he | she | they | we | i | you | his | her | their |
our | my | your | and | but | or | nor | neither | either | both | so | yet | if | when | while | after | before | as | at |
by | for | from | in | into | of | on | to | with | without | about | against | under | over | between | during | since |
until | no | not | yes | all | any | some | many | most | more | much | few | each | every | other | another | such | what |
which | who | whom | whose | why | how | where | also | however | meanwhile | moreover | still | then | now | today |
tomorrow | yesterday | tonight | monday | tuesday | wednesday | thursday | friday | saturday | sunday | january | february |
march | april | may | june | july | august | september | october | november | december | jan | feb | mar | apr | jun |
jul | aug | sep | sept | oct | nov | dec | spring | summer | autumn | fall | winter | updated | update | breaking |
exclusive | analysis | opinion | editorial | comment | comments | add | sort | share | read | more | photo | video |
watch | listen | subscribe | advertisement | related | reporting | additional | mr | mrs | ms | dr | one | two | three |
four | five | six | seven | eight | nine | ten | first | second | third | last | next | new | old | according | although |
though | because | despite | even | just | only | well | let | please | thanks | thank | dear | sir | madam | god | western |
eastern | northern | southern | central | west | east | north | south | asked | said | says | told | added | noted |
lavish | we're | i'm | it's | don't | can't | won't | instead | indeed | perhaps | maybe | once | twice | again | above | below |
coup | accusation | chapter | section | part | article | page | source | sources | note | notes | update | via | re | per |
gunmen | gunman | insurgents | militants | rebels | protesters | protestors | demonstrators | attackers | assailants | jihadists |
fighters | soldiers | troops | officials | residents | witnesses | investigators | prosecutors | analysts | critics
`);

/** Regional adjectives: alone they name no entity ("Nordic airline", "Scandinavian rival"); in names they stay. */
export const REGIONAL_ADJECTIVES = set(`
nordic | scandinavian | baltic | balkan | european | african | asian | arab | arabian | latin | caribbean | pacific |
atlantic | mediterranean | sub-saharan`);

/**
 * Words that describe a person and stand capitalized before a name only at a sentence's start or as a party label
 * ("Writer X lives in", "Democrat Y of Ohio"): never part of the name.
 */
export const PERSON_DESCRIPTORS = set(`
democrat | republican | writer | author | actor | actress | singer | novelist | poet | linguist | anthropologist |
archaeologist | historian | economist | auctioneer | rancher | suffragist | artist | photographer | composer | playwright |
songwriter | guitarist | pianist | comedian | evangelist | astronaut | explorer | inventor | physicist | chemist | biologist |
sculptor | painter | filmmaker | journalist | columnist | broadcaster | newsman | newswoman | businessman | businesswoman |
industrialist | financier | entrepreneur | activist | boxer | golfer | pitcher | quarterback | sprinter | skater | swimmer |
jockey | dancer | ballerina | violinist | conductor | designer | architect | scientist | astronomer | psychologist |
psychiatrist | surgeon | lawyer | attorney | suspect | defendant | witness | widow | sheriff | veteran | hostage`);

/** Particles allowed inside personal names: "Ludwig van Beethoven", "Mohammed bin Salman". */
export const NAME_PARTICLES = set(
  'de | del | della | der | di | da | das | do | dos | du | la | le | van | von | bin | ibn | al | el | ben | st. | y | e | mc',
);

/**
 * Group nouns whose possessive is part of a name ("People's Alliance", "Women's Council", "Workers' Party"),
 * unlike an owner's ("Russia's Foreign Ministry").
 */
export const NAME_POSSESSORS = set(`
people | children | women | men | workers | farmers | veterans | citizens | nations | mothers | fathers | teachers |
journalists | writers | lawyers | doctors | students | traders | pensioners | consumers | taxpayers | peoples | youth |
nurses | miners | employees | pilots | drivers | officers | soldiers | engineers | artists | musicians | physicians | dockers |
dockworkers | growers | producers | exporters | manufacturers | bankers | residents | victims | survivors | families |
parents | patients | employers | shareholders | investors | fishermen | truckers | seafarers | firefighters | girls | boys`);

/** Common all-caps abbreviations that are not organizations (measures, currencies, time zones, diseases, roles). */
export const NOT_ORG_ACRONYMS = set(`
gdp | gnp | cpi | pmi | fdi | vat | ipo | etf | cds | ceo | cfo | coo | cto | cmo | hiv | aids | covid | sars | mers |
dna | rna | mri | icu | gmt | utc | est | edt | pst | pdt | cet | bst | usd | eur | gbp | jpy | cny | rub | inr | chf |
lng | lpg | suv | atm | pdf | faq | gps | vip | api | ufo | ngo | ngos | mp | mps | mep | meps | rpm | mph | kph | bbl | mwh | gwh | twh |
the | and | for | but | not | yes | new | live | update | watch | read | note | via | etc | ltd | inc | plc | llc | corp |
ai | tv | id | pr | hr | it | dj | gp | pm | ev | uv | ok | ad | am | pc | qc | kc | vp | cv | ip | ui | os | sa | ag | nv`);

/** Geographic features: a capitalized chunk ending in one is a place ("North Sea", "Rift Valley"). */
export const GEO_FEATURE_WORDS = set(`
sea | ocean | river | lake | mountains | valley | bay | gulf | strait | straits | island | islands | peninsula | desert |
coast | delta | plateau | basin | canal | channel | county | province | prefecture | oblast | governorate | krai | canton |
farm | ranch | cave | hill | hills | shoal | reef | seashore | pass | flats | heights | springs | falls | creek | airport | airfield |
base | station | depot | square`);

/** Continents and world regions, by their lower-case words: places, never bodies ("the Middle East", "the Southern Cone"). */
export const WORLD_REGIONS = new Set([
  'africa', 'asia', 'europe', 'north america', 'south america', 'latin america', 'central america', 'oceania', 'antarctica', 'arctic',
  'middle east', 'near east', 'far east', 'central asia', 'east asia', 'south asia', 'southeast asia', 'asia pacific', 'asia-pacific',
  'central europe', 'eastern europe', 'western europe', 'northern europe', 'southern europe', 'north africa', 'west africa',
  'east africa', 'southern africa', 'central africa', 'sub-saharan africa', 'horn of africa', 'sahel', 'maghreb', 'balkans', 'caucasus',
  'south caucasus', 'levant', 'persian gulf', 'caribbean', 'scandinavia', 'southern cone', 'global south', 'global north', 'indo-pacific',
  'west bank', 'gaza strip',
]);

/** Words that open a place's name ("Fort Hamilton", "Lake Victoria", "Cape Town", "Camp Lejeune"). */
export const PLACE_OPENING_WORDS = set('fort | ft | lake | mount | mt | port | cape | camp');

/** Lower-case nouns of facilities that close a site's name ("the Kestrel Flats plutonium processing plant"). */
export const FACILITY_NOUNS = set(`
plant | facility | complex | site | mine | reactor | refinery | factory | depot | airfield | airbase | cave | farm | ranch |
compound | prison | camp | dam | port | terminal | field | shipyard | smelter | mill | quarry`);

/** Lower-case nouns of places that close a place's name ("Idlib province", "Toronto's Leslieville neighbourhood"). */
export const PLACE_NOUNS = set(`
province | district | region | county | prefecture | municipality | governorate | oblast | city | town | village | township |
suburb | neighbourhood | neighborhood | borough | camp | dam | oilfield | gasfield | valley | island | peninsula |
river | crossing | area | desert | mountains | plateau | basin | delta | coast | lake | bay | strait | gulf | sea | steppe | highlands`);

/** Words in NON_PERSON_WORDS that are also common surnames: after a title they do not stop a name ("Minister Park Ji-won"). */
export const SURNAME_LIKE = set('park | white | black | green | hall | church | north | west | young | long | bell | ford | gray | grey | rivers | banks');

/** Words that, capitalized inside a chunk, show it is not a personal name. */
export const NON_PERSON_WORDS = set(`
state | states | republic | federation | kingdom | united | national | democratic | people's | peoples | federal | royal |
central | international | global | world | news | air | force | union | foreign | defense | defence | affairs |
security | strategic | partnership | cooperation | economic | military | technical | great | patriotic | victory |
anniversary | war | general | assembly | nations | european | islamic | arab | african | american | asian | pacific |
atlantic | north | south | east | west | northern | southern | eastern | western | new | old | city | county | province |
region | district | island | islands | river | sea | ocean | lake | mountain | mountains | valley | bay | gulf | street |
square | road | avenue | airport | station | port | bridge | tower | palace | hall | castle | church | cathedral |
mosque | temple | stadium | park | museum | hospital | prison | base | camp | border | zone | capitol | white |
black | red | green | blue | supreme | high | higher | low | lower | upper | middle | minister | president | secretary |
office | council | committee | party | bank | company | group | agency | ministry | department | court | army | navy |
reserve | treasury | house | senate | parliament | congress | media | press | times | post | daily | weekly | monthly |
fund | board | forum | summit | conference | treaty | treaties | agreement | agreements | accord | accords | pact | convention | protocol | deal |
phase | stage | one | two | three | four | five | six | seven | eight | nine | ten |
statute | statutes | covenant | covenants | memorandum | armistice | truce | ceasefire | conventions | protocols | pacts | deals | charters |
charter | initiative | plan | program | programme | project | act | law | bill | code | order | decree | resolution |
declaration | doctrine | strategy | policy | market | markets | index | exchange | stock | stocks | inc | corp | ltd |
llc | plc | co | holdings | technologies | systems | energy | oil | gas | motors | airlines | capital | partners |
ventures | labs | pharmaceuticals | industries | trust | foundation | institute | university | college | school |
academy | center | centre | services | solutions | network | networks | communications | telecom | media | studios |
entertainment | games | sports | club | team | fc | league | cup | championship | olympics | festival | awards |
prize | day | week | month | year | age | era | period | century | photo | photos | writer | staff | desk | wire |
reporter | reporters | editor | editors | correspondent | contributor | pool | file | image | images | caption | credit |
getty | graphic | video | videos | newsletter | podcast | subscribe | subscription | login | copyright | rights | ` +
  `reserved | internet | web | online | digital | cyber |
tv | radio | television | channel | magazine | journal | gazette | herald | tribune | chronicle | review | report |
weather | climate | health | energy | finance | financial | economy | trade | commerce | industry | labor | labour |
justice | interior | home | education | culture | science | research | development | agriculture | transport |
infrastructure | environment | housing | tourism | intelligence | police | guard | guards | forces | corps | command |
navy | marines | marine | coast | space | aviation | nuclear | atomic | missile | missiles | defence | revolutionary |
liberation | resistance | opposition | coalition | alliance | movement | front | bloc | caucus | cabinet | government |
administration | regime | authority | authorities | commission | bureau | service | services | directorate |
secretariat | mission | embassy | consulate | delegation | parliament | assembly | legislature | constitution | ` +
  `constitutional | election | electoral | vote | poll |
polls | referendum | campaign | crisis | conflict | operation | mission | offensive | invasion | revolution | spring |
autumn | summer | winter | holy | saint | christian | muslim | jewish | catholic | orthodox | protestant | sunni | shia |
buddhist | hindu | god | lord | prophet | bible | koran | quran | torah | gospel | english | french | spanish |
german | russian | chinese | arabic | latin | greek | first | second | third | fourth | fifth | sixth | seventh | eighth |
ninth | tenth | eleventh | twelfth | circuit | fleet | district | division | brigade | squadron | regiment |
mechanism | relations | normalization | normalisation | route | store | pipeline | corridor | framework | flight
`);

/** Relative date words handled by the date resolver; listed here so they are never names. */
export const CALENDAR_WORDS = set(
  'monday | tuesday | wednesday | thursday | friday | saturday | sunday | january | february | march | april | may | ' +
    'june | july | august | september | october | november | december | weekend | today | yesterday | tomorrow',
);

/** "Foreign Ministers" -> "Foreign Minister": a plural title whose singular is a title, as one holder's ("Secretaries of State" is left as written). */
export function singularTitle(title: string): string {
  const words = title.split(' ');
  const last = words[words.length - 1]!;
  const lower = last.toLowerCase();
  const cut = lower.endsWith('ies') ? 3 : lower.endsWith('s') && !lower.endsWith('ss') ? 1 : 0;
  if (!cut) return title;
  const single = `${last.slice(0, last.length - cut)}${cut === 3 ? 'y' : ''}`;
  const phrase = [...words.slice(0, -1), single].join(' ');
  return TITLES.has(phrase.toLowerCase()) || TITLES.has(single.toLowerCase()) ? phrase : title;
}

/** Honorifics that may stand between a role and a name ("chief scientist Dr. Ana Reyes", "Foreign Minister Prince X"), without their dot. */
export const HONORIFICS = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'baroness', 'prince', 'princess', 'sheikh', 'sheikha',
];
/** An honorific as a whole string, with or without its dot, any case. */
export const HONORIFIC = new RegExp(`^(?:${HONORIFICS.join('|')})\\.?$`, 'i');
/** What may separate a role from the name it introduces: spaces, an honorific, a comma (an abbreviated role's dot, "Lt. X"). */
export const ROLE_TO_NAME_GAP = new RegExp(
  // ("the AU's special envoy for the Nile, X": a short "for/to" phrase and a comma may come between)
  `^\\.?(?:\\s+(?:for|to|on)\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}\\s*,)?\\s*(?:(?:${HONORIFICS.join('|')})\\.?\\s+)?,?\\s*$`,
  'iu',
);

/** Kinds of company an apposition may call a name ("X, Russia's state-controlled gas giant"). */
export const COMPANY_NOUNS = set(
  'company | firm | group | chipmaker | carmaker | automaker | drugmaker | planemaker | shipbuilder | steelmaker | lender | ' +
    'bank | insurer | airline | carrier | manufacturer | maker | producer | giant | conglomerate | retailer | ' +
    'startup | start-up | operator | developer | supplier | broadcaster | exporter | importer | miner | refiner | utility | ' +
    'shipper | publisher | contractor | consultancy | monopoly | cooperative',
);
/** Nouns that say a name is an organization when they stand in apposition to it: companies and other bodies. */
export const ORG_APPOSITIVES = new Set([
  ...COMPANY_NOUNS,
  ...set('newspaper | agency | militia | movement | organisation | organization | watchdog | regulator | outlet | investor | subsidiary | unit'),
]);

/** Nouns that say how someone is tied to a body, not that they work for it ("a graduate of X", "a customer of Y"). */
export const NOT_JOB_NOUNS = set(`
graduate | alumnus | alumna | alumni | student | students | fan | customer | client | patient | critic | native | resident |
shareholder | investor | donor | member | guest | visitor | supporter | opponent | victim | user | subscriber | founder | co-founder | cofounder |
sister | brother | mother | father | wife | husband | son | daughter | widow | widower | cousin | aunt | uncle | nephew | niece | friend |
fiancee | fiance | girlfriend | boyfriend | grandson | granddaughter | grandmother | grandfather | parents | sibling | stepson | stepdaughter`);

/** Members of a legislature: an organization before their title ("Labour MP X") is their party, not their office's owner. */
export const LEGISLATOR_TITLES = set(`
senator | sen. | congressman | congresswoman | representative | rep. | lawmaker | legislator | mp | mep | assemblyman |
assemblywoman | deputy | councillor | councilor | councilman | councilwoman`);

/** Offices that lead a country, one holder at a time ("the Turkish leader" is one of them). */
export const LEADER_OFFICES = set('president | prime minister | chancellor | premier | king | queen | emir | sultan | supreme leader');

/**
 * Offices whose names are the conventions of particular countries (ISO 3166 alpha-3): "Secretary of State" is an
 * American cabinet office, "Taoiseach" the Irish head of government. An unqualified holder of one of them belongs to
 * the one listed country the document names.
 */
/** Offices only the one country of their convention has: never inferred to be another's. */
export const EXCLUSIVE_OFFICES = set('pope | taoiseach | tanaiste');

export const TITLE_CONVENTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['secretary of state', ['USA']],
  ['defense secretary', ['USA', 'PHL']],
  ['secretary of defense', ['USA']],
  ['treasury secretary', ['USA']],
  ['secretary of the treasury', ['USA']],
  ['commerce secretary', ['USA']],
  ['energy secretary', ['USA']],
  ['homeland security secretary', ['USA']],
  ['trade representative', ['USA']],
  ['vice president', ['USA']],
  ['senate majority leader', ['USA']],
  ['senate minority leader', ['USA']],
  ['house speaker', ['USA']],
  ['speaker of the house', ['USA']],
  ['national security adviser', ['USA', 'IND']],
  ['foreign secretary', ['GBR', 'IND', 'PHL']],
  ['home secretary', ['GBR']],
  ['defence secretary', ['GBR']],
  ['chancellor of the exchequer', ['GBR']],
  ['pope', ['VAT']],
  ['taoiseach', ['IRL']],
  ['tanaiste', ['IRL']],
  ['chancellor', ['DEU', 'AUT']],
  ['premier', ['CHN']],
  ['state councillor', ['CHN']],
  ['chief cabinet secretary', ['JPN']],
  ['external affairs minister', ['IND']],
]);
