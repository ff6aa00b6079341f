// kg/extract/rules: relations stated inside noun phrases, as data: offices in appositions ("X, Sweden's prime
// minister", "X, the Indian national security adviser", "X, leader of the Civic Renewal Party", "the President of
// Azerbaijan, X", "its chief executive, X", "Nigeria, whose President X"), spokespeople ("X, a spokesman for Y"),
// where organizations are based ("Quillon, based in Cupertino", "the Cary-based company") and membership ("Bahrain, a
// member of the ASC"). Each rule is a pattern (see pattern.ts) plus the claim it makes from its captures, with
// `fires` and `silent` examples that the tests run. Names no entity.
import type { RelationFamily } from '../../model/types.js';
import { ORG_DESCRIPTION_NOUNS } from '../relations/discourse.js';
import { NOT_JOB_NOUNS, COMPANY_NOUNS as COMPANY_NOUN_SET, FACILITY_NOUNS, PLACE_NOUNS as PLACE_NOUN_SET, UNIT_NOUNS } from '../lexicon.js';

export interface PhraseRule {
  /** Unique kebab-case id, carried by every claim the rule makes. */
  id: string;
  pattern: string;
  /** Capture names of the claim's subject and object. An object capture on "its"/"their" means the last owner named. */
  subject: string;
  object?: string;
  /**
   * The claim's type; 'office' picks holds_office or spokesperson_for by the title captured as `title`. With no
   * `object`, an office rule only gives the holder that title (whose owner is inferred later, if at all).
   */
  type: 'office' | string;
  label?: string;
  family: RelationFamily;
  /** The capture holding the title; its text reaches left over modifier words ("the [national security] adviser"). */
  title?: string;
  /** A capture the title's text reaches right through ("the minister [of power]"). */
  titleThrough?: string;
  /** Capture names of further subjects coordinated with the first ("its commissioners, X and Y"). */
  moreSubjects?: string[];
  /** A capture whose every named entity is a further subject ("France, Germany and Britain, known as the E3"). */
  subjectsIn?: string;
  /** Captures the match shows to be organizations though named like people ("Seguros Atalaya, the Madrid-based ..."). */
  organizations?: string[];
  /** Captures the match shows to be places though taken for organizations ("Pagalungan, a farming town in ..."). */
  places?: string[];
  /** Captures the match shows to be people though taken for organizations ("Kennedy assassin X"). */
  persons?: string[];
  /** A pattern that, matching right after the match, vetoes it (a negative lookahead). */
  unless?: string;
  /** A pattern that, matching right before the match (ending where it starts), vetoes it (a negative lookbehind). */
  unlessAfter?: string;
  /** Matches may chain: each is tried again from the token before its object ("X in Gosforth", "in Gosforth in Chile"). */
  chains?: boolean;
  /** capture -> words: a one-token capture that is one of these words vetoes the match ("a graduate of X" is no job). */
  notWords?: Record<string, string[]>;
  /** [capture, capture]: the text from the first's start to the second's end is another name of the first ("Akron, Ohio"). */
  aliasThrough?: [string, string];
  /** The object opens a list of names of its type, each an object too ("the slayings of X and Y", "of X, Y and Z"). */
  objectList?: boolean;
  /** Further [subject, object] capture pairs read respectively ("the ministers of X and Y, A and B"). */
  respectively?: [string, string][];
  fires: string[];
  silent: string[];
}

/** Lower-case nouns of places after their names or "the <demonym> ... of" ("Idlib province", "the Lao province of X"). */
const PLACE_NOUNS = `(${[...PLACE_NOUN_SET].join('|')})`;
/** Settlements that, after a place's name and before "of", are in that place ("the Louisville suburb of Okolona"). */
const SETTLEMENTS_OF = ['suburb', 'suburbs', 'town', 'city', 'village', 'port', 'neighborhood', 'neighbourhood', 'hamlet', 'enclave', 'township'];
/** Nouns of settlements a place is called in apposition ("Itajaí, Brazil's second port"). */
const SETTLEMENT_NOUNS = '(port|city|town|village|capital|region|province|state|island|hub|district)';
/** Nouns that say a body is a company, as alternatives of a pattern ("X, Russia's state-controlled gas giant"). */
const COMPANY_NOUNS = `(${[...COMPANY_NOUN_SET].join('|')})`;
/** Nouns of descriptions of organizations, as alternatives of a pattern ("the company's chief executive"). */
/** Nouns for people by what they do: "a Stockholm-based lawyer" is someone, not a body. */
const PERSON_NOUNS = [
  'lawyer', 'attorney', 'analyst', 'economist', 'journalist', 'reporter', 'correspondent', 'writer', 'author', 'artist', 'activist',
  'consultant', 'doctor', 'physician', 'researcher', 'scientist', 'academic', 'scholar', 'professor', 'photographer', 'businessman',
  'businesswoman', 'entrepreneur', 'investor', 'banker', 'engineer', 'architect', 'designer', 'filmmaker', 'blogger', 'historian',
  'expert', 'specialist', 'lobbyist', 'diplomat', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'politician', 'musician',
  'singer', 'director', 'producer', 'editor', 'pastor', 'priest', 'imam', 'rabbi', 'student', 'teacher', 'nurse', 'man', 'woman',
];
const DESCRIBED_ORGS = `(${[...ORG_DESCRIPTION_NOUNS].join('|')})`;
/** Nouns of people by what they do or are in their town ("Varna businessman X", "a club owner from Y"). */
const TOWNSFOLK =
  '(businessman|businesswoman|man|woman|resident|farmer|teacher|activist|entrepreneur|pensioner|retiree|mother|father|' +
  'boy|girl|teenager|owner|shopkeeper|trader|fisherman|driver|student|nurse|doctor|lawyer|journalist|priest)';
/** Jobs someone does for the body named right before them ("KAL attorney X", "X, a Halvern employee"). */
const OWNED_JOBS = [
  'attorney', 'lawyer', 'correspondent', 'reporter', 'economist', 'analyst', 'engineer', 'scientist', 'researcher', 'consultant', 'adviser',
  'advisor', 'official', 'executive', 'employee', 'worker', 'pilot', 'editor', 'columnist', 'driver', 'manager', 'technician', 'nurse',
  'doctor', 'contractor', 'staffer', 'anchor', 'anchorman', 'anchorwoman', 'commentator', 'producer', 'trader', 'broker', 'photographer',
  'cameraman', 'writer', 'investigator', 'inspector', 'accountant', 'auditor', 'banker', 'geologist', 'physicist', 'chemist', 'mechanic',
].join('|');

/** The claim the citizenship rules make: the person is a citizen of the country. */
const CITIZENSHIP: Pick<PhraseRule, 'subject' | 'object' | 'type' | 'label' | 'family'> = {
  subject: 'person', object: 'country', type: 'citizen_of', label: 'citizen of', family: 'location',
};
/** The claim most residence rules make: the person lives in the place. */
const RESIDENCE: Pick<PhraseRule, 'subject' | 'object' | 'type' | 'label' | 'family'> = {
  subject: 'person', object: 'place', type: 'lives_in', label: 'lives in', family: 'location',
};
/** The claim of the "his native X" rules: the person is from the place the match shows to be one. */
const NATIVE_PLACE: Pick<PhraseRule, 'places' | 'subject' | 'object' | 'type' | 'label' | 'family'> = {
  ...RESIDENCE, label: 'native of', places: ['place'],
};
/** The claim of the "Town, Region" rules: the place is in the region, and the whole address is the place's alias. */
const IN_REGION: Pick<PhraseRule, 'aliasThrough' | 'subject' | 'object' | 'type' | 'label' | 'family'> = {
  aliasThrough: ['place', 'region'], subject: 'place', object: 'region', type: 'located_in', label: 'in', family: 'location',
};
/** The claim of the rules that place a body: the organization is in the place. */
const ORG_IN_PLACE: Pick<PhraseRule, 'subject' | 'object' | 'type' | 'label' | 'family'> = {
  subject: 'org', object: 'place', type: 'located_in', label: 'in', family: 'location',
};
/** The claim the party-leader rules make: the leader leads the party. */
const LEADING: Pick<PhraseRule, 'subject' | 'object' | 'type' | 'label' | 'family'> = {
  subject: 'leader', object: 'party', type: 'leads', label: 'leads', family: 'office',
};
/** The claim the envoy rules make: the holder is posted to the host as ambassador. */
const POSTING: Pick<PhraseRule, 'subject' | 'object' | 'type' | 'label' | 'family'> = {
  subject: 'holder', object: 'host', type: 'ambassador_to', label: 'ambassador to', family: 'diplomatic',
};
/** The pattern of the recalled-envoy rules: a country's envoy in a host, named, recalled in the passive. */
const RECALLED_ENVOY =
  "owner:@Country 's (own)? ambassador|envoy|diplomat|charge (in|to) host:@Location , holder:@Person , " +
  '(was|were|is|has|had|will)? (been|being|be)? recalled';
/** The claim the successor rules make: the successor succeeds the one before. */
const SUCCESSION: Pick<PhraseRule, 'subject' | 'object' | 'type' | 'label' | 'family'> = {
  subject: 'successor', object: 'before', type: 'succeeds', label: 'succeeds', family: 'office',
};
/** The claim the employment rules make: the holder works for the owner. */
const WORKS_FOR: Pick<PhraseRule, 'subject' | 'object' | 'type' | 'label' | 'family'> = {
  subject: 'holder', object: 'owner', type: 'works_for', label: 'works for', family: 'office',
};
/** The claim every killing rule makes: the killer kills the victim. */
const KILLING: Pick<PhraseRule, 'subject' | 'object' | 'type' | 'label' | 'family' | 'objectList'> = {
  subject: 'killer', object: 'victim', type: 'kills', label: 'killed', family: 'conflict', objectList: true,
};
/** A company's or a body's units, as alternatives of a pattern ("subsidiary|unit|..."). */
const UNITS = [...UNIT_NOUNS].join('|');
/** Facility nouns, as alternatives of a pattern ("plant|facility|..."). */
const FACILITIES = [...FACILITY_NOUNS].join('|');
/** Nouns for a body that is part of an organization, in apposition ("X, the Union's executive arm"). */
const PART_BODY_WORDS =
  'arm|court|house|chamber|body|agency|branch|wing|unit|subsidiary|division|affiliate|caucus|legislature|regulator|executive|' +
  'parliament|watchdog|service|bank|fund|force|forces|police|army|navy';

const NOT_JOBS = [...NOT_JOB_NOUNS];

/** The claim of a rule naming two or three office-holders each with their country (holder/owner, holder2/owner2, ...). */
const LISTED_OFFICES = {
  subject: 'holder',
  object: 'owner',
  type: 'office',
  family: 'office',
  title: 'title',
  respectively: [['holder2', 'owner2'], ['holder3', 'owner3']],
} satisfies Partial<PhraseRule>;

/** The claim of a rule whose members are named in a list before its last one ("A, B and C, members of Y"). */
const LISTED_MEMBERS = {
  subject: 'member',
  subjectsIn: 'list',
  object: 'group',
  type: 'member_of',
  label: 'member of',
  family: 'membership',
} as const;
/** Words that place a group in politics ("the ruling X", "the centre-right Y"). */
const POLITICAL =
  '(ruling|opposition|governing|conservative|liberal|socialist|nationalist|centrist|populist|communist|islamist|' +
  'centre-right|centre-left|center-right|center-left|right-wing|left-wing|far-right|far-left|hard-right|hard-left)';
/** Those who act for a client in law. */
const COUNSEL = '(defence|defense|criminal)? lawyer|lawyers|attorney|attorneys|counsel|solicitor|barrister|advocate';
/** An organization's governing board, whose chair holds an office of the organization ("the chair of X's board"). */
/** "(, which) are listed on the X", "will remain listed on X", "trade on X": where a company's shares are listed. */
const LISTED_ON =
  '(, which|that)? (are|is|will|have|has|remain|been|be|continue|to|also|still){0,4} listed|traded|trade|quoted on the? exchange:@Organization';
/** Who welcomed, and what of someone's they welcomed: "Chile welcomed the decision by X", "hailed Peru's move". */
const WELCOMING = 'welcomer:@Country|Organization|Person (has|have|had|also|quickly|swiftly){0,2} welcomed|welcomes|welcome|hailed|hails|applauded';
const DECISION = 'decision|move|announcement|offer|commitment|pledge|step';
/** The claim fields of the rules that say where a body is based. */
const BASED_IN = { subject: 'org', object: 'place', type: 'located_in', label: 'based in', family: 'location' } as const;
const BOARD = "('s board|council|trustees (of (governors|directors|trustees))?)";
const TEMPORAL_ROLE =
  '(former|then|current|currently|previously|formerly|outgoing|incoming|acting|interim|new|longtime|veteran|newly-appointed|newly|also|own)? ' +
  '(elected|appointed|re-elected|reelected|designated|newly-elected)?';

/**
 * What a country or a body is to another when the text names it by that role: "China, Sri Lanka's largest creditor"
 * (loans to), "Australia, the islands' biggest aid donor" (finances), "the United States, Israel's closest ally".
 */
const PARTNER_ROLES: { nouns: string; type: string; label: string; family: RelationFamily; example: string }[] = [
  { nouns: 'donor|donors|funder|backer', type: 'finances', label: 'finances', family: 'economic', example: "Norway, Malawi's largest aid donor, spoke." },
  { nouns: 'investor|investors', type: 'invests_in', label: 'invests in', family: 'economic', example: "China, Laos's largest foreign investor, spoke." },
  { nouns: 'creditor|creditors|lender', type: 'loans_to', label: 'lends to', family: 'economic', example: "China, Zambia's top creditor, agreed." },
  { nouns: 'supplier', type: 'supplies', label: 'supplies', family: 'economic', example: "Russia, Serbia's main gas supplier, cut flows." },
  { nouns: 'ally|allies', type: 'allied_with', label: 'allied with', family: 'cooperation', example: "France, Chad's closest ally, sent troops." },
  { nouns: 'partner', type: 'trades_with', label: 'trades with', family: 'economic', example: "India, Nepal's largest trading partner, pledged aid." },
];
const PARTNER_DEGREE = '(biggest|largest|main|top|key|closest|major|leading|principal|second-largest|second-biggest|only|traditional)?';

const PARTNER_ROLE_RULES: PhraseRule[] = PARTNER_ROLES.flatMap((r): PhraseRule[] => {
  const head = r.type === 'trades_with' ? '(trading|trade) partner' : `(#ADJ|#NOUN|-){0,2} ${r.nouns}`;
  const base = { subject: 'partner', object: 'other', type: r.type, label: r.label, family: r.family };
  return [
    {
      id: `${r.type.replace(/_/g, '-')}-possessive-role-apposition`,
      pattern: `partner:@Country|Organization , (the|a)? other:@Country|Organization 's ${PARTNER_DEGREE} ${head}`,
      ...base,
      fires: [r.example],
      silent: [],
    },
    {
      id: `${r.type.replace(/_/g, '-')}-possessive-role-before`,
      pattern: `other:@Country|Organization 's ${PARTNER_DEGREE} ${head} , partner:@Country|Organization`,
      ...base,
      fires: [r.example.replace(/^(\w+), (\w+)'s (.+?), (.+)$/, "$2's $3, $1, $4")],
      silent: [],
    },
  ];
});

export const PHRASE_RULES: PhraseRule[] = [
  ...PARTNER_ROLE_RULES,
  {
    id: 'office-apposition-possessive',
    pattern: `holder:@Person , (currently|now|formerly|previously|also)? (the|a)? owner:@Owner 's ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN|#PROPN){0,3} title:%title`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: [
      "Lars Hedvall, Sweden's prime minister, travelled to Budapest.", "Dave Fenwick, Aerovane's chief executive, resigned.",
      "Anil Menon, currently Vayu Motors' head of strategy, will lead the venture.",
    ],
    silent: ["Lars Hedvall met Sweden's prime minister."],
  },
  {
    id: 'office-apposition-possessive-second',
    // (the second of two titles joined by "and": "X, Aerovane's founder and chief executive,")
    pattern: `holder:@Person , (the|a)? owner:@Owner 's ${TEMPORAL_ROLE} (#ADJ|#NOUN|#PROPN){0,3} %title and mods:(#ADJ|#NOUN){0,2} title:%title`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ["Dana Ruiz, Aerovane's founder and chief executive, resigned."],
    silent: ["Dana Ruiz, Aerovane's founder, and Lena Berg resigned."],
  },
  {
    id: 'office-apposition-demonym',
    pattern: `holder:@Person , the|a ${TEMPORAL_ROLE} owner:@Country mods:(#ADJ|#NOUN|#PROPN){0,3} title:%title`,
    // ("the US president, Tom Hartwell, the British prime minister, Ann Lee": in a list whose titles come first, the
    // title after a holder is the next holder's)
    unlessAfter: '%title ,',
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Karan Vaidhya, the Indian national security adviser, met Zhou Lanqing.', 'Tom Hartwell, the US president, spoke on Monday.'],
    silent: [
      'Karan Vaidhya met the Indian national security adviser.',
      'It was unveiled by the US president, Tom Hartwell, the British prime minister, Ann Lee, and others.',
    ],
  },
  {
    id: 'office-apposition-owner-title',
    pattern: `holder:@Person , the|a ${TEMPORAL_ROLE} owner:@Organization mods:(#ADJ|#NOUN){0,2} title:%title`,
    unlessAfter: '%title ,',
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Graham Tilling, the UPF leader, welcomed the deal.'],
    silent: [],
  },
  {
    id: 'office-apposition-owner-title-bare',
    // ("Rajat Menon, VCB vice president,": no article before a body's title, the apposition ending there)
    pattern: `holder:@Person , ${TEMPORAL_ROLE} owner:@Organization mods:(#ADJ|#NOUN){0,2} title:%title (,|\\.|said)`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Rajat Menon, VCB vice president, said so.'],
    silent: [],
  },
  {
    id: 'office-apposition-local-of-place',
    // ("X, a 47-year-old former mayor of Vukovar,": a town's or a region's office)
    pattern:
      `holder:@Person , (the|a)? (#NUM|#ADJ|#NOUN|-){0,4} ${TEMPORAL_ROLE} ` +
      'title:((deputy|vice|lord)? mayor|governor|councillor|councilor|prefect) of the? owner:@Place',
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Ana Barta, a 47-year-old former mayor of Vukovar, won.', 'Rui Costa, governor of Cusco, objected.'],
    silent: [],
  },
  {
    id: 'office-local-in-place',
    // ("In Tartu, Mayor Rosa Vidal welcomed it": the scene's town is the one a town's office is of)
    pattern: '^ in owner:@Place , title:((deputy|vice|lord)? mayor|governor|prefect) holder:@Person',
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['In Tartu, Mayor Rein Kask welcomed the decision.'],
    silent: ['In Tartu, Prime Minister Rein Kask spoke.'],
  },
  {
    id: 'office-apposition-of',
    pattern:
      `holder:@Person , (the|a)? ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,3} title:%title ((for|in) @Place|Country)? (of|at|for) the? ` +
      `(@Country 's)? (#ADJ|#NOUN|#VERB|-){0,3} (@Location.based)? owner:@Owner ${BOARD}?`,
    // ("X, president for Europe at Chicago-based Velta Logistics,": the region a title is for, before its owner)
    // ("X, the President of Azerbaijan, Elchin Maharramli, and ...": a list where each title goes before its holder)
    // ("X, leader of Ghana's opposition Y Party": the country's possessive qualifies the owner after it)
    unless: "(,|'s) #ADJ|#NOUN|@Person",
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: [
      'Margit van der Heyde, president of the Continental Commission, met Oliver Pembrook.',
      'Cho Min-hwan, leader of the main opposition Civic Renewal Party, objected.',
      'Ana Duarte Lemos, newly elected president of the Aliança Liberal (AL), spoke.',
      "Celia Marsh, chair of Eastmere University's board of governors, said so.",
      "Kenneth Amoah, the leader of Ghana's opposition National Progress Party, said no.",
      'Ana Duarte, currently president for Europe at Chicago-based Velta Logistics, spoke.',
    ],
    silent: ['Prime Minister Tigran Mheryan, the President of Azerbaijan, Elchin Maharramli, and the President of the United States, Frank Dolan, signed it.'],
  },
  {
    id: 'office-title-of-apposition',
    pattern:
      `the ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,2} title:%title (of (#NOUN|#PROPN|#ADJ|and){1,3})? of the? ` +
      `owner:@Owner (\\( @Any \\))? ${BOARD}? , %title? holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: [
      'The treaty was signed by the President of Azerbaijan, Elchin Maharramli, on Friday.',
      "The chair of Eastmere University's board, Celia Marsh, said the committee had met.",
    ],
    silent: [],
  },
  {
    id: 'office-possessive-title-apposition',
    pattern: `owner:@Owner 's ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,3} title:%title (and %title)? ((in|at|to) the? @Any)? , %title? holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ["The deal was announced by India's foreign secretary, Rohan Baliga, on Monday."],
    silent: [],
  },
  {
    id: 'ambassador-to-before-name',
    // ("Australia's ambassador to Indonesia, Mark Hollis,", "the envoy to the UN, Ana Ruiz,": where an envoy is posted)
    pattern: "(@Owner 's|the|its|their) (#ADJ){0,2} ambassador|envoy|ambassadors|envoys to the? host:@Country|Organization , holder:@Person",
    ...POSTING,
    fires: ["Australia's ambassador to Indonesia, Mark Hollis, was summoned on Monday."],
    silent: ["Australia's ambassador, Mark Hollis, was summoned on Monday."],
  },
  {
    id: 'ambassador-to-apposition',
    // ("Carmen Olvera, Mexico's ambassador to the United Nations, said", "X, the new envoy to Kenya,")
    pattern: "holder:@Person , (@Owner 's|the|a|an|its|their)? (#ADJ){0,2} ambassador|envoy to the? host:@Country|Organization",
    ...POSTING,
    fires: ["Carmen Olvera, Mexico's ambassador to the United Nations, criticised the council."],
    silent: ['Carmen Olvera, a former ambassador, flew to Kenya.'],
  },
  {
    id: 'works-for-possessive-job-apposition',
    // ("Halvern's technical manager, engineer X, said", "Veska's chief chemist, Y,": a body's employee named after their job)
    pattern: "owner:@Organization 's (#ADJ|#NOUN){0,3} job:#NOUN , (#NOUN)? holder:@Person",
    // (not a list of people after a plural: "X's rivals, A and B,")
    unless: 'and @Person',
    notWords: { job: NOT_JOBS },
    ...WORKS_FOR,
    fires: ["Veska Holdings's technical manager, engineer Ana Soto, said the rivers are clean."],
    silent: ["Veska Holdings's rivals, Ana Soto and Tomas Berg, said so."],
  },
  {
    id: 'leads-possessive-party',
    // ("Prime Minister Viktor Halvorsen's Unity party", "Ana Ruiz's far-right Homeland movement": a party is its leader's)
    pattern: "leader:@Person 's (#ADJ|#NOUN|-){0,3} party:@Organization party|movement",
    ...LEADING,
    fires: ["Prime Minister Viktor Halvorsen's Unity party won the vote.", "Lawmakers from Ana Ruiz's far-right Homeland party walked out."],
    silent: ["Viktor Halvorsen's Unity Bank lent money."],
  },
  {
    id: 'leads-pronoun-party',
    // ("Ana Ruiz said her Homeland party would abstain")
    pattern: 'leader:his|her (#ADJ|#NOUN|-){0,3} party:@Organization party|movement',
    ...LEADING,
    fires: ['Ana Ruiz said her Homeland party would abstain.'],
    silent: [],
  },
  {
    id: 'succeeds-successor-apposition',
    // ("Mokoena's successor, Sipho Dlamini, was sworn in": who comes after someone in their post)
    pattern: "before:@Person 's (#ADJ)? successor|replacement , successor:@Person",
    ...SUCCESSION,
    fires: ["Thandiwe Mokoena's successor, Sipho Dlamini, was sworn in."],
    silent: ['Sipho Dlamini, a successor to many, was sworn in.'],
  },
  {
    id: 'succeeds-pronoun-successor-apposition',
    // ("Thandiwe Mokoena resigned. Her successor, Sipho Dlamini, was sworn in": "his" or "her" is the person named last)
    pattern: 'before:his|her (#ADJ)? successor|replacement , successor:@Person',
    ...SUCCESSION,
    fires: ['Thandiwe Mokoena resigned on Monday. Her successor, Sipho Dlamini, was sworn in hours later.'],
    silent: [],
  },
  {
    id: 'succeeds-pronoun-predecessor-apposition',
    // ("Claudia Meier thanked her predecessor, Hans Wyss,")
    pattern: 'successor:his|her (#ADJ)? predecessor , before:@Person',
    ...SUCCESSION,
    fires: ['Claudia Meier thanked her predecessor, Hans Wyss, on Tuesday.'],
    silent: [],
  },
  {
    id: 'office-place-of-apposition',
    // ("The mayor of Porto, Rui Fonseca,", "the governor of Bavaria, X,": a town's or a region's own office, named after it)
    pattern: 'the (#ADJ)? title:mayor|governor|prefect|premier|lord-mayor (deputy)? of place:@Place , holder:@Person',
    subject: 'holder',
    object: 'place',
    type: 'holds_office',
    label: 'office of',
    family: 'office',
    fires: ['The mayor of Porto, Rui Fonseca, signed a rail protocol on Friday.'],
    silent: ['The mayor of Porto met Rui Fonseca.'],
  },
  {
    id: 'office-place-title-name',
    // ("Louisiana Gov. X", "Ohio's governor, Democrat Y", "Dayton Mayor Z": a state's or a
    // town's own office)
    pattern: "place:@Place ('s)? title:governor|gov|mayor|lieutenant (governor)? (\\.)? (,)? (#ADJ|democrat|republican)? holder:@Person",
    subject: 'holder',
    object: 'place',
    type: 'holds_office',
    label: 'office of',
    family: 'office',
    fires: ['Ines Moura will star as Louisiana Gov. Karel Dusek.', "The president saw Ohio's governor, Democrat Tomas Berg."],
    silent: ['Ohio voters backed Tomas Berg.'],
  },
  {
    id: 'office-described-title-apposition',
    pattern:
      // (no "the" written first: the possessive, far rarer, is then what triggers the rule)
      `owner:${DESCRIBED_ORGS} 's ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN|#PROPN){0,3} title:%title ` +
      `((in|at|for|of|to) the? (#NOUN|#PROPN|#ADJ){1,3})? , %title? holder:@Person (and more:@Person)?`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    moreSubjects: ['more'],
    fires: [
      'Fjordal Energi cut jobs. The company\'s chief executive, Erik Lunde, said so.',
      'The Russian Embassy in Tallinn denied it. The embassy\'s first secretary, Pavel Zaitsev, was expelled.',
    ],
    silent: ['Fjordal Energi cut jobs. The minister\'s chief of staff, Erik Lunde, said so.'],
  },
  {
    id: 'office-apposition-described',
    pattern: `holder:@Person , the owner:${DESCRIBED_ORGS} 's ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN|#PROPN){0,3} title:%title (and %title)?`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Lielupe Bank cut rates. "It is too early," said Ilze Ozola, the bank\'s chief economist.'],
    silent: [],
  },
  {
    id: 'office-its-title-apposition',
    pattern:
      `owner:its|their ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN|#PROPN){0,3} title:%title ` +
      `((in|at|for|to) the? (#NOUN|#PROPN|#ADJ){1,3})? , %title? holder:@Person (and more:@Person)?`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    moreSubjects: ['more'],
    fires: [
      'The Federal Fair Trading Commission approved the deal, but its chair, Dana Whitcombe, dissented.',
      'UNHCR welcomed it. Its representative in Mexico, Giulia Ferraro, spoke.',
    ],
    silent: [],
  },
  {
    id: 'office-apposition-its',
    pattern: `holder:@Person , owner:its|their ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN|#PROPN){0,3} title:%title (and %title)?`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Sarvodaya Pharmaceuticals grew fast, said Priya Nambiar, its chief executive.'],
    silent: [],
  },
  {
    id: 'office-government-title-apposition',
    pattern: `the owner:government|state|presidency|administration title:%title , holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Togo mourned its soldiers, the government spokesman, Akouvi Lawson-Body, said.'],
    silent: [],
  },
  {
    id: 'office-owner-title-apposition',
    pattern: `the owner:@Organization mods:(#ADJ|#NOUN){0,2} title:%title , %title? holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['The Nigerian Senate President, Emeka Nwosu, opened the session.'],
    silent: [],
  },
  {
    id: 'office-title-of-field-apposition',
    pattern: `the ${TEMPORAL_ROLE} title:%office of field:(the? (#NOUN|#ADJ|#PROPN|and){1,5}) , %title? holder:@Person`,
    subject: 'holder',
    type: 'office',
    family: 'office',
    title: 'title',
    titleThrough: 'field',
    fires: ['The minister of power, Tunde Olaniyan, resigned on Monday.'],
    silent: [],
  },
  {
    id: 'office-titles-list',
    pattern: `(#NUM)? title:%office , holder:@Person and more:@Person`,
    subject: 'holder',
    moreSubjects: ['more'],
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Two councillors, Paula Menezes and Gustavo Ribeiro, voted against the deal.'],
    silent: [],
  },
  {
    id: 'member-apposition-from-party',
    pattern: `holder:@Person , (a|an|the) ${TEMPORAL_ROLE} (#ADJ|#NOUN){0,3} %title from the? (#ADJ|#NOUN){0,2} party:@Organization`,
    subject: 'holder',
    object: 'party',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ["Parliament elected Odgerel Tsend, a former finance minister from the ruling Mongolian People's Party, as prime minister."],
    silent: [],
  },
  {
    id: 'member-which-groups',
    pattern:
      "group:@Organization (\\( @Any \\))? , (or @Any ,)? which|that <group|comprise|unite|include> (the)? " +
      "list:((@Country|Organization ,?){0,5}) (and)? member:@Country|Organization",
    ...LISTED_MEMBERS,
    fires: ['They met at the Coral Security Dialogue, or Coral, which groups the United States, Japan, India and Australia.'],
    silent: [],
  },
  {
    id: 'member-bloc-apposition-groups',
    // ("Andesur, the South American bloc that groups A, B and C": the same through a description of the group)
    pattern:
      "group:@Organization (\\( @Any \\))? , the|a (#ADJ|#PROPN|#NOUN|-|@Any){0,3} bloc|alliance|grouping|group|union|organization|organisation|" +
      "community|club|forum|partnership which|that <group|comprise|unite|include|bring> (together)? (the)? " +
      "list:((@Country|Organization ,?){0,8}) (and)? member:@Country|Organization",
    ...LISTED_MEMBERS,
    fires: ['Talks with Andesur, the South American bloc that groups Brazil, Argentina, Paraguay and Uruguay, stalled.'],
    silent: ['Talks with Andesur, the South American bloc that Brazil leads, stalled.'],
  },
  {
    id: 'party-bound-by',
    // ("The Philippines and the United States, which are bound by a 1951 defence treaty,": both are its parties)
    pattern:
      '(party2:@Country|Organization and the?)? party:@Country|Organization ,? (which|who)? (are|were|is|was|remain|remains) (also)? ' +
      'bound by (a|an|the|their|its)? agreement:@Agreement',
    subject: 'agreement',
    object: 'party',
    respectively: [['agreement', 'party2']],
    type: 'party_to',
    label: 'party to',
    family: 'agreement',
    fires: ['Chile and Peru, which are bound by the Halden Accord, held talks.'],
    silent: [],
  },
  {
    id: 'welcomes-decision-by',
    // ("Chile welcomed the decision by Halden Corp to invest", "hailed Peru's decision": welcoming what someone decided)
    pattern: `${WELCOMING} the (#ADJ)? ${DECISION} by|of|from actor:@Country|Organization|Person`,
    subject: 'welcomer',
    object: 'actor',
    type: 'welcomes',
    label: 'welcomes',
    family: 'diplomatic',
    fires: ['Chile welcomed the decision by Halden Corp to invest $2 billion.'],
    silent: [],
  },
  {
    id: 'welcomes-possessive-decision',
    pattern: `${WELCOMING} actor:@Country|Organization|Person 's (#ADJ)? ${DECISION}`,
    subject: 'welcomer',
    object: 'actor',
    type: 'welcomes',
    label: 'welcomes',
    family: 'diplomatic',
    fires: ["Chile welcomed Peru's decision to reopen the border."],
    silent: [],
  },
  {
    id: 'signed-in-place',
    // ("the treaty, signed in Prague in 2010,", "The accord was signed in Lusail")
    pattern: 'agreement:@Agreement ,? (which|that)? (was|were|is|had|has)? (been)? signed (#ADV|on #PROPN|in #NUM)? in|at the? place:@Place',
    subject: 'agreement',
    object: 'place',
    type: 'signed_in',
    label: 'signed in',
    family: 'agreement',
    fires: ['The Halden Treaty was signed in Prague in 2010.', 'The Varna Accord, signed in Doha on Monday, ended the war.'],
    silent: [],
  },
  {
    id: 'shareholder-possessive-apposition',
    pattern: "holder:@Organization|Person|Country , (the|a)? company:@Organization 's (#ADJ|#NUM|-){0,3} shareholder|shareholders|stakeholder|investor",
    subject: 'holder',
    object: 'company',
    type: 'shareholder_of',
    label: 'shareholder of',
    family: 'economic',
    fires: ["Lauri Pension, Corvane Energy's largest shareholder with a 22% stake, backed the offer."],
    silent: [],
  },
  {
    id: 'shareholder-possessive-before',
    pattern: "company:@Organization 's (#ADJ|#NUM|-){0,3} shareholder|stakeholder|investor ,? holder:@Organization|Person|Country",
    subject: 'holder',
    object: 'company',
    type: 'shareholder_of',
    label: 'shareholder of',
    family: 'economic',
    fires: ["Corvane Energy's largest shareholder, Lauri Pension, has also backed the offer."],
    silent: [],
  },
  {
    id: 'shareholder-owns-percent',
    // ("X, which owns 19.9% of Y", "X holds a 28 percent stake in Y": a share of a company makes a shareholder)
    pattern:
      'holder:@Organization|Person|Country ,? (which|that|who)? (already|now|still|also|jointly)? owns|holds|own|hold|controls ' +
      '(about|around|nearly|almost|roughly|some|just|over|more|less)? (than)? ' +
      '(a|an)? #NUM percent|\\%|per (cent)? (stake|share|interest)? in|of the? company:@Organization',
    subject: 'holder',
    object: 'company',
    type: 'shareholder_of',
    label: 'shareholder of',
    family: 'economic',
    fires: [
      'Tarvo Metals, which owns 19.9% of Corvane Energy, backed the offer.',
      'Lauri Pension holds a 28 percent stake in Corvane Energy.',
      'The Corvane Teachers Pension Plan, which owns about 8 per cent of Halden Oil, voted against.',
    ],
    silent: ['Tarvo Metals owns three mines in Corvane Energy country.'],
  },
  {
    id: 'listed-shares-on',
    // ("X's shares, which are listed on the Oslo Stock Exchange", "X, whose shares trade on the Nasdaq")
    pattern: `company:@Organization ('s|,) (whose)? shares|stock ${LISTED_ON}`,
    subject: 'company',
    object: 'exchange',
    type: 'listed_on',
    label: 'listed on',
    family: 'economic',
    fires: ["Halden Oil's shares, which are listed on the Oslo Stock Exchange, rose.", 'Halden Oil, whose shares trade on the Oslo Stock Exchange, rose.'],
    silent: [],
  },
  {
    id: 'listed-its-shares-on',
    pattern: `company:its|their shares|stock ${LISTED_ON}`,
    subject: 'company',
    object: 'exchange',
    type: 'listed_on',
    label: 'listed on',
    family: 'economic',
    fires: ['Halden Oil moved. Its shares will remain listed on the Oslo Stock Exchange.'],
    silent: [],
  },
  {
    id: 'listed-ticker',
    // ("The Halden Company (XSE: HAL)": the exchange and the ticker in brackets after the name)
    pattern: 'company:@Organization \\( exchange:@Organization : _ \\)',
    subject: 'company',
    object: 'exchange',
    type: 'listed_on',
    label: 'listed on',
    family: 'economic',
    fires: ['The Halden Company (XSE: HAL) said so.'],
    silent: [],
  },
  {
    id: 'part-possessive-named-body',
    // ("the Aviation Union's Appeals Board", "Halden University's Vector Lab": a body named after its owner's possessive)
    pattern: "owner:@Organization 's part:@Organization (#PUNCT|#VERB|#AUX|#ADP|#CCONJ|#ADV|#PRON|#DET)",
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: ["The complaint went to the Aviation Union's Appeals Board on Friday.", "The ADF's Central Relief Fund paid for it."],
    silent: ["The Aviation Union's board members said no."],
  },
  {
    id: 'part-apposition-possessive-body',
    pattern:
      `part:@Organization (\\( _ \\))? , the? owner:@Owner 's (#ADJ|#NOUN|-){0,3} body:${PART_BODY_WORDS}`,
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: ["The Continental Commission, the Continental Union's executive arm, said no."],
    silent: ["Ana Ruiz, the company's chief executive, said no."],
  },
  {
    id: 'part-apposition-possessive-unit-untyped',
    // (a name not yet typed is a body's when it is another's unit: "Halden Grid, Veska Power's transmission arm,")
    pattern: `part:@Person , the? owner:@Organization 's (#ADJ|#NOUN|#VERB|-){0,3} ${UNITS}`,
    organizations: ['part'],
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: ["Halden Grid, Veska Power's transmission arm, will build it."],
    silent: ["Ana Ruiz, the company's chief executive, said no."],
  },
  {
    id: 'part-possessive-body-before-name',
    // ("Veska Power's subsidiary Halden Grid", "the bank's asset-management arm, Halden Capital,")
    pattern: `owner:@Organization 's (#ADJ|#NOUN|#VERB|-){0,3} ${UNITS} ,? part:@Organization`,
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: ["Veska Power's subsidiary Halden Grid will build it."],
    silent: [],
  },
  {
    id: 'part-apposition-its-body',
    pattern:
      `part:@Organization (\\( _ \\))? , (the)? owner:its|bloc|union|alliance|company|group 's? (#ADJ|#NOUN|-){0,3} body:${PART_BODY_WORDS}`,
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: [
      "The Continental Union fined Vantoro. The Continental Appeals Court, the bloc's second-highest court, upheld it.",
      "The Continental Union fined it. The Continental Action Service (CAS), the bloc's diplomatic service, said so.",
    ],
    silent: [],
  },
  {
    id: 'part-possessive-body-apposition',
    pattern: "owner:@Owner 's (#ADJ|#NOUN){0,3} body:house|chamber|legislature|parliament|court|regulator|watchdog (of _)? , the? part:@Organization",
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: ["Argentina's lower house of Congress, the Chamber of Deputies, backed the decree."],
    silent: [],
  },
  {
    id: 'part-apposition-subsidiary-of',
    pattern: `part:@Organization (\\( _ \\))? , (a|an|the) (#ADJ|#NOUN|-){0,3} ${UNITS}|part of the? owner:@Owner`,
    // ("a unit of Polish refiner Vistula Energy": the organization after the country and its description owns it)
    unless: "'s? (#ADJ|#NOUN){0,2} @Organization",
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: [
      'Drivelane, a unit of Holdmark Inc., expanded its service.',
      'The Fraud Office (FO), the white-collar crime arm of the Halden Police Service, said so.',
    ],
    silent: [],
  },
  {
    id: 'part-apposition-subsidiary-of-described',
    pattern:
      `part:@Organization , (a|an|the) (#ADJ|#NOUN){0,2} ${UNITS}|part of the? @Country 's? (#ADJ|#NOUN){0,2} ` +
      'owner:@Organization',
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: ['Baltic Fuel Lietuva, a unit of Polish refiner Vistula Energy, raised prices.', "Halberd, a unit of Japan's Sorai Holdings, sued."],
    silent: [],
  },
  {
    id: 'part-apposition-possessive-unit',
    pattern: `part:@Organization , owner:@Organization 's (#ADJ|#NOUN|#VERB){0,3} ${UNITS}`,
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: ["Nimbus Web Services, Corvane's cloud computing arm, said so.", "Pacífico Técnica, Aerolíneas del Pacífico's maintenance subsidiary, grew."],
    silent: [],
  },
  {
    id: 'part-possessive-unit-apposition',
    pattern: `owner:@Organization 's (#ADJ|#NOUN|#VERB){0,3} ${UNITS} , part:@Organization`,
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: ["Aerolíneas del Pacífico S.A. grew. Aerolíneas del Pacífico's maintenance subsidiary, Pacífico Técnica, grew."],
    silent: [],
  },
  {
    id: 'part-copula-subsidiary-of',
    pattern:
      'part:@Organization (, (which|that|whose) _{1,8} ,)? (is|was|are|were|became|becomes|remains) (now)? (a|an|the) (#ADJ|#NOUN|#ADV|#VERB){0,3} ' +
      `${UNITS}|part of the? owner:@Organization`,
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: [
      'Tarn Base Metals is a wholly owned subsidiary of Coravel SA.', 'Hanseflug AG is a subsidiary of Hanse Aviation Group.',
      'The Halden Court of Arbitration, which sits in Geneva, is the top judicial body of the Veska Union.',
    ],
    silent: ['The Halden Court of Arbitration is a body of experts.'],
  },
  {
    id: 'part-apposition-part-of',
    pattern: 'part:@Organization , (now)? part of the? owner:@Organization',
    subject: 'part',
    object: 'owner',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: ["Tarn Base Metals, part of the Coravel group, said so."],
    silent: [],
  },
  {
    id: 'member-whose-members',
    pattern: 'group:@Organization (\\( @Any \\))? , whose (#ADJ)? members include list:((@Country|Organization ,?){0,4}) (and)? member:@Country|Organization',
    ...LISTED_MEMBERS,
    fires: ['India signed it with the European Free Trade Association (EFTA), whose members include Switzerland.'],
    silent: [],
  },
  {
    id: 'office-counterpart',
    pattern: 'his|her owner:@Country title:counterpart|counterparts , holder:@Person',
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Hayk Tervanyan met his Azerbaijani counterpart, Elnur Gasimzade, in Washington.'],
    silent: [],
  },
  {
    id: 'office-whose',
    // ("the opposition Harmony party, whose leader, X,": past the common noun the name is written with)
    pattern:
      `owner:@Owner #NOUN? (, (a|an|the) (#ADJ|#NOUN|#ADP|#DET|-){1,6})? , whose ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,2} ` +
      'title:%title ,? holder:@Person',
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: [
      'The summit was hosted by Nigeria, whose President Femi Adebanjo chairs the bloc.',
      'It bought Veska Labs, a maker of vision software, whose founder, Ravi Menon, joined the board.',
      'The case was brought by the opposition Harmony party, whose leader, Ivo Dalen, accused him of treason.',
    ],
    silent: [],
  },
  {
    id: 'office-titles-names-of',
    pattern: `title:%title @Person of the? @Owner and holder:@Person of the? owner:@Owner`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['It was signed by Presidents Alberto Fujimori of Peru and Jamil Mahuad of Ecuador in 1998.'],
    silent: [],
  },
  {
    id: 'office-title-name-of',
    pattern: `title:%title holder:@Person of the? owner:@Owner`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['President Ana Soto of Chile arrived on Monday.'],
    silent: [],
  },
  {
    id: 'recalled-envoy-passive',
    // ("Finland's ambassador in Tehran, Ilkka Varis, was recalled": the envoy's own country recalls them)
    pattern: RECALLED_ENVOY,
    subject: 'owner',
    object: 'holder',
    type: 'recalls',
    label: 'recalls',
    family: 'diplomatic',
    fires: ["Finland's own ambassador in Tehran, Ilkka Varis, was being recalled to Helsinki."],
    silent: ["Finland's ambassador in Tehran, Ilkka Varis, said so."],
  },
  {
    id: 'recalled-envoy-passive-host',
    pattern: RECALLED_ENVOY,
    subject: 'owner',
    object: 'host',
    type: 'recalls_ambassador_from',
    label: 'recalls ambassador from',
    family: 'diplomatic',
    fires: ["Finland's own ambassador in Tehran, Ilkka Varis, was being recalled to Helsinki."],
    silent: ["Finland's ambassador in Tehran, Ilkka Varis, said so."],
  },
  {
    id: 'office-appointed-as',
    // ("Halden Energy appointed Sara Holm as chief executive", "the party named Ana Ruiz its new leader")
    pattern:
      'owner:@Organization|Country (has|have|had)? (on #PROPN)? appointed|named|hired|picked|elected|chose|nominated holder:@Person ' +
      `(, _{1,14} ,)? (as)? (its|their|the)? ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,3} title:%title`,
    // (an aside after the name says the job they have, not the one they are given: "named X, president of Y, as CEO")
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: [
      'Halden Energy appointed Sara Holm as chief executive.', 'Halden Energy named Sara Holm its new chief executive.',
      'Halvern appointed Ana Duarte, currently president for Europe at Velta Logistics, as chief executive.',
    ],
    silent: ['Halvern appointed Ana Duarte, currently president for Europe at Velta Logistics.'],
  },
  {
    id: 'office-heads',
    // ("Sara Holm, who heads Halden Energy,", "Sara Holm chairs the Veska Council": "heads" and "chairs" read as nouns)
    pattern: 'holder:@Person ,? (who)? (currently|now|also|still)? heads|chairs|headed|chaired the? owner:@Organization',
    subject: 'holder',
    object: 'owner',
    type: 'holds_office',
    label: 'heads',
    family: 'office',
    fires: ['Sara Holm, who heads Halden Energy, said so.', 'Sara Holm chairs the Veska Council.'],
    silent: [],
  },
  {
    id: 'office-as-title',
    // ("The cabinet includes Elena Rusu as finance minister", "elected Mihai Toma as its new speaker")
    pattern: `holder:@Person as (the|its|their|his|her)? ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,3} title:%office`,
    subject: 'holder',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['The new cabinet includes Elena Rusu as finance minister.'],
    silent: [],
  },
  {
    id: 'office-apposition-title-only',
    pattern: `holder:@Person (, #NUM)? , the|a (country|nation 's)? ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,3} title:%office`,
    subject: 'holder',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Edward Pellham, the foreign secretary, said the deal was good.', 'Bat-Erdene Bold, a former finance minister, was elected.'],
    silent: [],
  },
  {
    id: 'office-titles-of-two',
    pattern: `the mods:(#ADJ|#NOUN){0,2} title:%title of the? owner:@Owner and owner2:@Owner , holder:@Person and holder2:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    respectively: [['holder2', 'owner2']],
    fires: ['They met the foreign ministers of Ukraine and Poland, Taras Hnatiuk and Marek Zielak, in Kyiv.'],
    silent: [],
  },
  {
    id: 'office-titles-possessive-names',
    // ("a meeting of the two defence ministers, Chile's Ana Soto and Peru's Luis Vega,": each holds the office of the
    // country written before the name)
    pattern: `title:%office , owner:@Country 's holder:@Person (, owner3:@Country 's holder3:@Person)? and owner2:@Country 's holder2:@Person`,
    ...LISTED_OFFICES,
    fires: ["It was agreed by the two defence ministers, Chile's Ana Soto and Peru's Luis Vega, on Monday."],
    silent: [],
  },
  {
    id: 'office-titles-apposed-names-of',
    // ("The foreign ministers of the two countries, Ana Soto of Chile and Luis Vega of Peru, signed": each holds the
    // office of the country written after the name)
    pattern:
      'title:%office (of the (two|three|both)? countries|nations|sides)? , holder:@Person of owner:@Country ' +
      '(, holder3:@Person of owner3:@Country)? ,? and holder2:@Person of owner2:@Country',
    ...LISTED_OFFICES,
    fires: ['The foreign ministers of the two countries, Ana Soto of Chile and Luis Vega of Peru, signed the accord.'],
    silent: ['The foreign ministers met Ana Soto of Chile and Luis Vega of Peru.'],
  },
  {
    id: 'office-government-of',
    pattern: `the? owner:@Country government|administration|cabinet of title:%title holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['The Sangar Movement refused to talk to the Afghan government of President Farid Azimi.'],
    silent: [],
  },
  {
    id: 'spokesperson-for-before-name',
    // ("A spokesperson for the Justice Ministry, Rui Lopes, said")
    pattern: '(a|the) title:%spokes for|of the? owner:@Owner , holder:@Person',
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['A spokesperson for the Justice Ministry, Rui Lopes, said so.'],
    silent: [],
  },
  {
    id: 'spokesperson-apposition-for',
    pattern: 'holder:@Person , (a|the) title:%spokes (for|of)? the? owner:@Owner',
    // ("a spokeswoman for Colombia's opposition Green Future party": the body after the possessive is the one spoken for)
    unless: "'s (#ADJ|#NOUN){0,3} @Organization",
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Wen Haoran, a spokesman for Chile, said so.'],
    silent: ["Valentina Rojas, a spokeswoman for Colombia's opposition Green Future party, accused the president."],
  },
  {
    id: 'spokesperson-apposition-for-possessed',
    pattern: "holder:@Person , (a|the) title:%spokes (for|of)? the? @Owner 's (#ADJ|#NOUN){0,3} owner:@Organization",
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ["Wen Haoran, a spokesman for Chile's Ministry of Foreign Affairs, said so."],
    silent: [],
  },
  {
    id: 'member-apposition-group-member',
    pattern: 'member:@Country|Organization , (also|itself|both)? (a|an|the) (#ADJ){0,2} group:@Organization member|ally|signatory (state)?',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['Turkey, a BDU member since 1952, held up both bids.', 'Hungary, also a NATO member, has declined to send troops.'],
    silent: [],
  },
  {
    id: 'member-group-member-name',
    // ("Sahel Alliance member states Mali and Niger objected")
    pattern:
      'group:@Organization (fellow)? member|members|ally|allies (states|state|countries|country|nations|nation)? ' +
      'list:((@Country|Organization ,?){0,4}) (and)? member:@Country|Organization',
    ...LISTED_MEMBERS,
    fires: ['BDU member Norway agreed.', 'Sahel Alliance member states Mali and Niger objected.'],
    silent: [],
  },
  {
    id: 'member-admitted-to',
    // ("Gambia was readmitted to the Commonwealth", "Timor-Leste was admitted into ASEAN")
    pattern:
      'member:@Country|Organization (was|were|is|has|have|had|will) (been|be)? (formally|officially|finally)? ' +
      'admitted|readmitted|accepted|welcomed (back)? to|into the? group:@Organization',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['Gambia was readmitted to the Commonwealth on Thursday.'],
    silent: [],
  },
  {
    id: 'member-group-admitted',
    // ("The Commonwealth readmitted Gambia as its 53rd member")
    pattern: 'group:@Organization (has|have|had|formally|officially){0,2} admitted|readmitted member:@Country|Organization as (its|a) _{0,3} member',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['The Commonwealth readmitted Gambia as its 53rd member.'],
    silent: [],
  },
  {
    id: 'member-party-role-apposition',
    // ("Ana Ruiz, a Liberal Party lawmaker,": the body before a politician's role is their party)
    pattern:
      'member:@Person , (a|an|the) (#ADJ){0,2} group:@Organization (#NOUN)? ' +
      'lawmaker|legislator|mp|senator|deputy|politician|congressman|congresswoman|councillor|councilor|activist (,|\\.|who|and|said)',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['Ana Ruiz, a Liberal Party lawmaker, said so.'],
    silent: [],
  },
  {
    id: 'member-party-candidate',
    // ("Workers' Front (WF) candidate X", "the Liberal Front's presidential candidate, X": a party's candidate runs for it)
    pattern: "group:@Organization (\\( _ \\))? ('s)? (#ADJ){0,2} candidate|nominee|candidates|nominees ,? member:@Person",
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'candidate of',
    family: 'membership',
    fires: ['Most support went to Workers Front (WF) candidate Ana Soto.', "The Liberal Front's presidential candidate, Tomas Berg, won."],
    silent: ['Halvern Corp. hired candidate Ana Soto.'],
  },
  {
    id: 'member-candidate-of-party',
    // ("X, candidate of the HLP", "Y, the presidential candidate of the Liberal Front")
    pattern: 'member:@Person , (a|an|the)? (#ADJ){0,2} candidate|nominee of the? (#ADJ){0,2} group:@Organization',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'candidate of',
    family: 'membership',
    fires: ['The HPF candidate placed second, followed by Ana Soto, candidate of the HLP, with 9 percent.'],
    silent: ['Ana Soto, candidate for the Senate, spoke.'],
  },
  {
    id: 'member-person-apposition',
    // ("Senator X of Mandera, a member of ...": past where the person is from; "the opposition ODM")
    pattern: 'member:@Person (of @Place|Location)? , (a|an|the) (#ADJ|#NOUN){0,2} member of the? (#ADJ|#NOUN){0,2} group:@Organization',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: [
      '"Kenyans are paying," said Amina Abdi, an opposition member of the National Assembly.',
      'Senator Amina Farah of Mandera, a member of the opposition Lakeside Democratic Movement (LDM), objected.',
    ],
    silent: [],
  },
  {
    id: 'member-titled-of-party',
    // ("Senator Marta Quispe of the opposition Frente Serrano": a legislator's party after "of")
    pattern: `title:%title member:@Person of the (#ADJ|#NOUN){1,2} group:@Organization`,
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['Senator Marta Quispe of the opposition Frente Serrano voted against.'],
    silent: ['Senator Marta Quispe of the Frente Serrano voted against.'],
  },
  {
    id: 'member-of-political-party',
    // ("Ana Soto of the ruling Liberal Front": a political group described by its place in politics)
    pattern: `member:@Person ,? of the ${POLITICAL} (#ADJ|#NOUN|-){0,2} group:@Organization`,
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['Ana Soto of the ruling Liberal Front spoke.', 'Rui Costa, of the centre-right Civic Alliance, objected.'],
    silent: ['Ana Soto of the Liberal Front spoke.'],
  },
  {
    id: 'member-known-as',
    pattern: 'list:(@Country|Organization ,?){1,4} and member:@Country|Organization , (known|referred|described) (to)? as the? group:@Organization',
    ...LISTED_MEMBERS,
    fires: ['France, Germany and Britain, known as the E3, met in Geneva.'],
    silent: [],
  },
  {
    id: 'based-compound-before',
    pattern: 'place:@Location.based (#ADJ|#NOUN){0,3} org:@Organization|Person',
    organizations: ['org'],
    ...BASED_IN,
    fires: ['The Nairobi-based Lakeshore Capital advised the government.'],
    silent: [],
  },
  {
    id: 'based-compound-city-region',
    // ("San Jose, California-based Vantory": the city before the region's compound is where it is based)
    pattern: 'city:@Place , @Location.based (#ADJ|#NOUN){0,3} org:@Organization|Person',
    organizations: ['org'],
    subject: 'org',
    object: 'city',
    type: 'located_in',
    label: 'based in',
    family: 'location',
    fires: ['The deal was announced by San Jose, California-based Valtoro Systems.'],
    silent: [],
  },
  {
    id: 'located-city-region-compound',
    pattern: 'city:@Place , region:@Location.based',
    subject: 'city',
    object: 'region',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ['The deal was announced by Cambridge, England-based Tessel Compute.'],
    silent: [],
  },
  {
    id: 'based-compound-described',
    // ("the Perth-based company": the company the text is about; not "the Perth-based company Dunmore", which names it)
    pattern: `the place:@Location.based (#ADJ|#NOUN){0,2} org:${DESCRIBED_ORGS}`,
    unless: '(#PROPN|@Any)',
    ...BASED_IN,
    fires: ['Dunmore Minerals cut its forecast. The Perth-based company said output fell.'],
    silent: ['Dunmore Minerals cut its forecast. The Perth-based company Verrin Gold said output fell.'],
  },
  {
    id: 'based-compound-apposition',
    pattern: 'org:@Organization , (the|a|an) (#ADJ|#NOUN){0,2} place:@Location.based',
    ...BASED_IN,
    fires: ['The insurer Seguros Atalaya, the Madrid-based market leader, was fined.'],
    silent: [],
  },
  {
    id: 'based-compound-apposition-body',
    // (a name not yet typed is a body's when what it is based as is no person's job: "X, a Medellin-based rival"; not
    // "Marta Lind, a Stockholm-based lawyer")
    pattern:
      'org:@Person , (the|a|an) (#ADJ|#NOUN){0,2} place:@Location.based (#ADJ|#NOUN|-){0,3} head:#NOUN|#ADJ ' +
      '(#PUNCT|#VERB|#AUX|#ADP|#CCONJ|#DET|#PRON|#SCONJ|$)',
    notWords: { head: PERSON_NOUNS },
    organizations: ['org'],
    ...BASED_IN,
    fires: ['Tessel Compute, a Lisbon-based rival, objected.'],
    silent: ['Sources said Marta Lind, a Stockholm-based lawyer, objected.'],
  },
  {
    id: 'based-whose-headquarters',
    // ("Chatterly, whose European headquarters are in Dublin,", "X, whose head office is in Lyon")
    pattern: 'org:@Organization|Person , whose (#ADJ|#PROPN)? (head|main)? headquarters|office|base (are|is|was|were|remain|remains) in the? place:@Location',
    organizations: ['org'],
    ...BASED_IN,
    fires: ['Social-media company Chatterly, whose European headquarters are in Dublin, is being investigated.'],
    silent: ['Chatterly, whose founder lives in Dublin, is being investigated.'],
  },
  {
    id: 'based-in-described',
    pattern: 'org:@Organization|Person , (a|an|the) _{1,6} (based|headquartered|located|registered) in place:@Location',
    organizations: ['org'],
    ...BASED_IN,
    fires: ['Tianshan Hydro Engineering, a state-owned Chinese company based in Urumqi, won the contract.'],
    silent: [],
  },
  {
    id: 'located-initial-place-in-place',
    // ("Sylhet, in northeastern Bangladesh, was flooded": a sentence opening on a place, then where it is)
    pattern: '^ sub:@Place , in the? (#ADJ){0,2} place:@Location (,|\\.)',
    subject: 'sub',
    object: 'place',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ['Sylhet, in northeastern Bangladesh, was flooded.'],
    silent: [],
  },
  {
    id: 'located-name-in-place',
    pattern:
      `before:(#ADP|#PUNCT|#DET|#CCONJ) org:@Organization|Place|Event ${COMPANY_NOUNS}? (\\( _ \\))? ,? (in|at) the? ` +
      '(#ADJ|northeast|northwest|southeast|southwest){0,2} place:@Location.!demonym',
    // ("founded the Varlo company in Ostheim": the kind of company its name is said with)
    // ("president for Europe at Chicago-based Velta": a place that qualifies the name after it is not where the first is)
    unless: '@Organization|Person',
    // (a chain goes on from its last place, after its preposition: "X in Gosforth in northern Chile")
    chains: true,
    ...ORG_IN_PLACE,
    fires: [
      'She taught at McGill University in Montreal for 14 years.', 'The case went to the Tribunal for Maritime Claims (TMC) in Lausanne.',
      'He was a patient at St. Brigid Hospital in Gosforth in northern Chile for years.',
      'She worked at Ardlen Hospital in Gosforth in northeast England.', 'His sons founded the Varlo company in Ostheim in 1949.',
    ],
    silent: ['Brightforge Games sued Quillon in California.'],
  },
  {
    id: 'located-apposition-in-place',
    // ("the Alder Creek Farm, a retreat center in Wapato", "Halden Steel, a steelmaker in Bergen,": what a body or site is
    // said to be, in apposition, is where it is)
    pattern: 'org:@Organization|Place , (a|an) (#ADJ|#NOUN|#PROPN){0,3} #NOUN (in|near|outside) the? (#ADJ){0,2} place:@Location.!demonym (,|\\.|$)',
    ...ORG_IN_PLACE,
    fires: [
      'The visitors will live at the Alder Creek Farm, a Presbyterian retreat center in Wapato, he said.', 'Halden Steel, a steelmaker in Bergen, said so.',
    ],
    silent: ['Ana Soto, a lawyer in Bergen, said so.'],
  },
  {
    id: 'located-facility-in-place',
    // ("the Kestrel Flats plutonium processing plant in Colorado", "the Halden nuclear power plant near Oslo")
    pattern: `site:@Place|Organization (#NOUN|#ADJ|#VERB){0,3} ${FACILITIES} (in|at|near) the? (#ADJ){0,2} place:@Location.!demonym`,
    subject: 'site',
    object: 'place',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ['Agents raided the Kestrel Flats plutonium processing plant in Colorado.'],
    silent: ['Halvern officials in Brussels said so.'],
  },
  {
    id: 'located-org-of-city',
    // ("Kestrel Marine Inc. of Houston", "the Halden Institute of Zoology of Kunming": a body written with the city it is in)
    pattern: 'org:@Organization (\\.)? of place:@Place (,|\\.|\\)|and|in|said|was|is|has|had|#VERB|$)',
    ...ORG_IN_PLACE,
    fires: [
      'The beef was sent to Halvern Meats Ltd. of Liverpool.', 'Kestrel Marine Inc. of Houston was fined on Monday.',
      'The order went to Kestrel Marine Inc. of Houston',
    ],
    silent: ['Ana Soto of Houston said so.'],
  },
  {
    id: 'located-source-line',
    // ("OW1102132994 Beijing XINHUA in English 1313 GMT 11 Feb 94": a monitoring service's source line, the outlet
    // in the city it is published in)
    pattern: 'place:@Place outlet:@Organization|Person (in _)? #NUM',
    organizations: ['outlet'],
    subject: 'outlet',
    object: 'place',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: [
      'OW1102132994 Beijing XINHUA in English 1313 GMT 11 Feb 94',
      'PM1602093194 Moscow KRASNAYA ZVEZDA in Russian 16 Feb 94 p 1',
      'London THE HALDEN TIMES 30 Jan 94 pp 1, 15',
    ],
    silent: ['Officials in Moscow met Halvern in March 2024.'],
  },
  {
    id: 'located-possessive-headquarters',
    pattern: "org:@Organization 's headquarters|offices (is|are|was|were|remain|remains)? (in|at) the? place:@Location",
    subject: 'org',
    object: 'place',
    type: 'located_in',
    label: 'headquartered in',
    family: 'location',
    fires: ["They met at the Aliança Social's headquarters in Lisbon.", "The Fisheries Mission's headquarters is in Lima."],
    silent: [],
  },
  {
    id: 'located-possessive-place-headquarters',
    // ("at the Veska Commission's Rockville, Md., headquarters", "Halvern's Houston plant")
    pattern: "org:@Organization 's place:@Place (, @Place.region ,)? headquarters|offices|office|plant|factory|campus|headquarter|base|facility",
    subject: 'org',
    object: 'place',
    type: 'located_in',
    label: 'headquartered in',
    family: 'location',
    fires: ["In a briefing at the Veska Commission's Rockville, Md., headquarters, Ana Soto spoke.", "Workers at Halvern's Houston plant struck."],
    silent: [],
  },
  {
    id: 'located-apposition-country-company',
    pattern: `org:@Organization (\\( _ \\))? , (the|a)? country:@Country 's (#ADJ|#NOUN|#ADV|#VERB|-){0,4} ${COMPANY_NOUNS}`,
    subject: 'org',
    object: 'country',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ["Volgaprom, Russia's state-controlled gas giant, cut supplies.", "Elektra Veska (EV), Chile's state power utility, built dams."],
    silent: ["Volgaprom, Russia's foreign ministry said, cut supplies."],
  },
  {
    id: 'located-apposition-demonym-company',
    // ("X, the Norwegian oil company,", "Y Inc., the U.S. maker of Z,", "W, a Chinese producer,")
    pattern:
      `org:@Organization (\\( _{1,5} \\))? , the|a|an (#ADJ|#ADV|-){0,2} country:@Country (#ADJ|#NOUN|#ADV|#VERB|-){0,3} ${COMPANY_NOUNS} ` +
      '(,|of|\\.|that|which|whose)',
    subject: 'org',
    object: 'country',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: [
      'Halden Oil, the Norwegian oil company, cut supplies.', 'Pulsar Inc., the U.S. maker of fitness apps, lost.',
      'Varo Lithium, a Chinese producer, sold.', 'Halvern Group N.V. (Halden Exchange: HLV), the Dutch logistics company, said so.',
    ],
    silent: ['Halden Oil, the Norwegian oil company and its partner, left.', 'Halden Oil sued the Norwegian oil company, Varo.'],
  },
  {
    id: 'located-country-company-before-name',
    // ("Ecuador's state mining company, ENAMI,", "Iceland's state energy company Landsvirkjun")
    pattern: `country:@Country 's (#ADJ|#NOUN|#ADV|#VERB|-){0,4} ${COMPANY_NOUNS} ,? org:@Organization|Person`,
    organizations: ['org'],
    subject: 'org',
    object: 'country',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ["The deal went to Chile's state mining company, Minera Andina, in May."],
    silent: [],
  },
  {
    id: 'part-apposition-government-body',
    // ("X, the Canadian government's export credit agency,": a government's body is part of its state)
    pattern:
      "org:@Organization (\\( _ \\))? , (the|a)? country:@Country (federal|national|central)? government|state 's (#ADJ|#NOUN|-){0,4} " +
      'agency|body|regulator|fund|bank|lender|company|corporation|arm|office|authority|watchdog|insurer',
    subject: 'org',
    object: 'country',
    type: 'part_of',
    label: 'part of',
    family: 'membership',
    fires: ["Halden Export Credit, the Norwegian government's export credit agency, lent it money."],
    silent: [],
  },
  {
    id: 'located-possessive-place',
    // (the name heads its phrase: in "Sweden's BDU bid" the bid is Sweden's, BDU is nowhere)
    pattern: "place:@Location 's (#ADJ|#NOUN|#VERB){0,2} sub:@Place|Organization (#PUNCT|#VERB|#AUX|#ADP|#CCONJ|#PART|#PRON|#DET|#ADV|#SCONJ)",
    subject: 'sub',
    object: 'place',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ["Flights left Tehran's Imam Khomeini International Airport on Monday.", "Bulgaria's state-owned Balkangaz signed the deal."],
    silent: ["Turkish lawmakers approved Sweden's BDU bid."],
  },
  {
    id: 'located-possessive-place-noun',
    pattern: `place:@Location 's sub:@Place ${PLACE_NOUNS}`,
    subject: 'sub',
    object: 'place',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ["Fighting spread to Cambodia's Stung Treng province on Monday.", "The drone hit Kyiv's Obolon district."],
    silent: [],
  },
  {
    id: 'located-demonym-place-noun-of',
    // ("the Greek port of X": a port only here, where "of" names it; "the Mombasa port operator" is a company's)
    pattern: `the country:@Country (#ADJ|#NOUN)? ${PLACE_NOUNS.slice(0, -1)}|port|harbour|harbor) of sub:@Place|Organization`,
    places: ['sub'],
    subject: 'sub',
    object: 'country',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: [
      'Troops entered the Lao province of Champasak.',
      'Shells hit the Ukrainian city of Kharkiv on Friday.',
      'In the Tanzanian border town of Mtwara, residents fled.',
      'Ships docked at the Greek port of Alexandroupolis.',
    ],
    silent: [],
  },
  {
    id: 'located-place-noun-of-place',
    pattern: `the sub:@Place noun:${PLACE_NOUNS} of place:@Location`,
    notWords: { noun: SETTLEMENTS_OF },
    subject: 'sub',
    object: 'place',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ['Soldiers entered the Thala Barivat district of Stung Treng.'],
    silent: ['She lives in the Louisville suburb of Okolona.'],
  },
  {
    id: 'located-place-settlement-of-place',
    // ("the Louisville suburb of Okolona", "the Gaza city of Rafah": a settlement named after "of" is in the place before)
    pattern: `the place:@Place ${SETTLEMENTS_OF.join('|')} of sub:@Place`,
    subject: 'sub',
    object: 'place',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ['She lives in the Louisville suburb of Okolona.'],
    silent: ['Soldiers entered the Thala Barivat district of Stung Treng.'],
  },
  {
    id: 'located-place-noun-in-place',
    pattern: `the sub:@Place ${PLACE_NOUNS} (in|near|outside) the? (#ADJ){0,2} place:@Location`,
    subject: 'sub',
    object: 'place',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ['The Don Sahong dam in southern Laos was finished in 2019.'],
    silent: [],
  },
  {
    id: 'located-place-possessive-settlement',
    pattern: `place:@Place , country:@Location 's (#ADJ|#NUM){0,3} ${SETTLEMENT_NOUNS}`,
    subject: 'place',
    object: 'country',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ["Workers struck in Itajaí, Brazil's second port, on Monday."],
    silent: [],
  },
  {
    id: 'located-place-in-region-of',
    pattern: `place:@Place , in the (#ADJ){0,2} ${PLACE_NOUNS}|state of region:@Location`,
    subject: 'place',
    object: 'region',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ['The company has a plant in Visakhapatnam, in the southern state of Andhra Pradesh.'],
    silent: [],
  },
  {
    id: 'located-place-comma-country',
    pattern: 'place:@Place , country:@Country (,|\\.|\\)|\\(|-|–|—)',
    aliasThrough: ['place', 'country'],
    subject: 'place',
    object: 'country',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ['The congress was held in Bangkok, Thailand, on Sunday.', 'LIMA, Peru (Reuters) - The party won the vote.'],
    silent: [],
  },
  {
    id: 'located-place-demonym-settlement',
    // ("in Kabul, the Afghan capital,", "Mosul, the northern Iraqi city"): a settlement called its country's in apposition
    pattern:
      'place:@Place , (the|a|an) (#ADJ){0,2} country:@Country.demonym (#ADJ|#NOUN){0,2} ' +
      'capital|city|port|town|village|province|region|state|island (,|\\.|$|and|where|which|on|in|of)',
    places: ['place'],
    subject: 'place',
    object: 'country',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ['The attack took place in Kabul, the Afghan capital.', 'Fighting reached Mosul, the northern Iraqi city, on Monday.'],
    silent: ['Ana Soto, the Afghan minister, spoke.'],
  },
  {
    id: 'located-settlement-apposition',
    pattern:
      'place:@Place|Organization , ((one of)? (a|an|the))? (#ADJ|#NOUN|#ADV|#NUM){0,3} ' +
      '(town|city|village|capital|port|district|province|region|county|municipality|prefecture|state|' +
      'towns|cities|villages|ports|districts|provinces|regions|counties|resort) (of|in) the? (#ADJ){0,2} region:@Location',
    places: ['place'],
    subject: 'place',
    object: 'region',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: [
      'Gunmen killed the mayor of Pagalungan, a farming town in Maguindanao del Sur province.',
      'The meeting in Cuenca, third most important city in Ecuador, was put off.', 'People live in Port Vell, one of the few towns in Chile.',
    ],
    silent: [],
  },
  {
    id: 'represents-pronoun-lawyer',
    // ("his lawyer, X": the person "his" stands for is X's client)
    pattern: `client:his|her ${COUNSEL} , lawyer:@Person`,
    subject: 'lawyer',
    object: 'client',
    type: 'represents',
    label: 'represents',
    family: 'legal',
    fires: ['Omar Haddad denies the charge. His lawyer, Lena Brandt, said he would appeal.'],
    silent: [],
  },
  {
    id: 'represents-possessive-lawyer',
    pattern: `client:@Person|Organization 's ${COUNSEL} ,? lawyer:@Person`,
    subject: 'lawyer',
    object: 'client',
    type: 'represents',
    label: 'represents',
    family: 'legal',
    fires: ["Omar Haddad's lawyer, Lena Brandt, said he would appeal.", "Corvane Energy's attorney Lena Brandt declined to comment."],
    silent: [],
  },
  {
    id: 'represents-lawyer-apposition',
    pattern: `lawyer:@Person , (a|an|the)? (#ADJ|#NOUN){0,2} ${COUNSEL} (for|representing) client:@Person|Organization|Country`,
    subject: 'lawyer',
    object: 'client',
    type: 'represents',
    label: 'represents',
    family: 'legal',
    fires: ['Lena Brandt, a lawyer for Omar Haddad, said he would appeal.'],
    silent: ['Lena Brandt, a lawyer at Corvane Energy, said so.'],
  },
  {
    id: 'represents-lawyer-possessive-apposition',
    pattern: `lawyer:@Person , client:@Person|Organization 's ${COUNSEL}`,
    subject: 'lawyer',
    object: 'client',
    type: 'represents',
    label: 'represents',
    family: 'legal',
    fires: ["Omar Haddad was charged. Lena Brandt, Haddad's lawyer, said he would appeal."],
    silent: [],
  },
  {
    id: 'works-for-apposition',
    // ("A and B, two former engineers at X"; "a lecturer in commercial law at X"; "a lawyer at the Geneva office of X")
    pattern:
      '(list:((@Person ,?){0,3}) and)? holder:@Person , (a|an|the)? (#NUM|#ADJ|#NOUN|and|-){0,6} job:#NOUN|%title ' +
      '((of|in|on) (#ADJ|#NOUN){1,3})? (at|for|of|with) the? (@Location office|offices|branch|bureau of the?)? ' +
      '(@Location.based)? (@Location)? (@Country.demonym)? (#ADJ|#NOUN){0,3} owner:@Organization',
    notWords: { job: NOT_JOBS },
    subjectsIn: 'list',
    ...WORKS_FOR,
    fires: [
      'Parisa Nikbakht, a hydrologist at the University of Copenhagen, was freed.',
      'Robert Bernero, chief of waste disposal for the NRC, said so.',
      'Ines Moura, attorney for the Peruvian silver mining company Veska S.A., which seeks money, said so.',
      'It is required, said David Pimentel, an ecologist and entomologist at Cornell University.',
      'Jonas Virtanen, a 41-year-old field coordinator for the Nordic Relief Council, was freed.',
      'Mira Talvik, a lecturer in commercial law at Halden University, said so.',
      'Elsa Varga, a trade lawyer at the Geneva office of Hartwell Partners, said so.',
      'Pekka Niemi and Sari Lehto, two former engineers at Falkon Systems, founded it.',
      'Lina Duarte, an analyst at Lisbon-based brokerage Tavora Securities, said so.',
      'Yusuf Demir, a reporter for the Istanbul daily Gazete Ufuk, was released.',
    ],
    silent: ['Ana Ruiz, a 2009 graduate of Stanford University, joined the firm.'],
  },
  {
    id: 'works-for-apposition-based-owner',
    // ("a researcher at the Bangkok-based Mekong Fiscal Watch": a name qualified by where it is based is a body)
    pattern:
      'holder:@Person , (a|an|the)? (#NUM|#ADJ|#NOUN|and|-){0,6} job:#NOUN|%title ((of|in|on) (#ADJ|#NOUN){1,3})? ' +
      '(at|for|with) the? @Location.based (#ADJ|#NOUN){0,2} owner:@Person',
    notWords: { job: NOT_JOBS },
    organizations: ['owner'],
    ...WORKS_FOR,
    fires: ['Tomas Berg, a researcher at the Oslo-based Fjord Budget Watch, said so.'],
    silent: ['Tomas Berg, a friend of the Oslo-based Ivar Lund, said so.'],
  },
  {
    id: 'works-for-name-of-org',
    // ("Senator X of Texas", "President Y of Chile": places and countries are where people are from, not employers)
    pattern: 'before:(^|#ADP|#PUNCT|#DET|#CCONJ|#VERB|#AUX) (list:((@Person ,?){0,3}) and)? holder:@Person of the? owner:@Organization',
    // ("X and Y of Harvard University say": people joined before "of" all work there)
    subjectsIn: 'list',
    ...WORKS_FOR,
    fires: [
      'The study was written by Ines Moura of the Lund Institute.', '"It is too early," said Ines Moura of the Lund Institute.',
      'The study by Ines Moura and Tomas Berg of the Lund Institute found it.',
      'Ines Moura of the Lund Institute said so.',
    ],
    silent: ['The study was written by Ines Moura of Brazil.'],
  },
  {
    id: 'works-for-described-possessive-name',
    // ("said the department's Al Comproni", "the agency's Ana Soto told reporters": someone the body's own)
    pattern: `the owner:${DESCRIBED_ORGS} 's holder:@Person`,
    unless: "'s",
    ...WORKS_FOR,
    fires: ['The Halden Department of Health has adopted new rules, said the department\'s Ana Soto.'],
    silent: ["The department's Ana Soto's dog barked."],
  },
  {
    id: 'works-for-job-verb-for-org',
    // ("X covers the White House for The Halden Courier", "Y reports from Kyiv for Veska Radio", "Z plays for Boca Juniors")
    pattern:
      'holder:@Person (#ADV)? covers|covered|reports|reported|writes|wrote|works|worked|plays|played|coaches|coached|edits|edited ' +
      '(#DET|#ADJ|#NOUN|#NUM|#ADP|@Place|@Country|@Organization){0,5} for the? owner:@Organization',
    ...WORKS_FOR,
    fires: ['Ines Moura covers the White House for The Halden Courier.', 'Tomas Berg reports from Kyiv for Veska Radio.'],
    silent: ['Ines Moura voted for the Halden Party.', 'Tomas Berg wrote a letter to Ana Soto for the Halden Party.'],
  },
  {
    id: 'office-apposition-of-described-org',
    // ("X, chairman of the strongest opposition party, the Croatian Social Liberal Party (HSLS), said")
    pattern: 'holder:@Person , job:%title of the (#ADJ|#NOUN){1,4} , the? owner:@Organization',
    subject: 'holder',
    object: 'owner',
    type: 'holds_office',
    label: 'office of',
    family: 'office',
    fires: ['Ana Soto, chairman of the largest opposition party, the Halden Liberal Party (HLP), said no.'],
    silent: ['Ana Soto, chairman of the largest opposition party, Tomas Berg and others said no.'],
  },
  {
    id: 'works-for-titled-name-of-org',
    // ("Lt. Tomas Bradek of the Halden Township Fire Department said")
    pattern: '%title (\\.)? holder:@Person of the? owner:@Organization',
    ...WORKS_FOR,
    fires: ['Lt. Tomas Bradek of the Halden Township Fire Department said the accident set fire to the woods.'],
    silent: ['Sen. Ana Soto of Texas said so.'],
  },
  {
    id: 'office-title-of-name',
    pattern: 'title:%title of the? owner:@Owner holder:@Person',
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Speaker of the National Assembly Urška Lah opened the session.'],
    silent: [],
  },
  {
    id: 'office-demonym-title-of-field-apposition',
    pattern: `the owner:@Country ${TEMPORAL_ROLE} title:%office of field:(the? (#NOUN|#ADJ|#PROPN|and){1,5}) , %title{0,2} holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    titleThrough: 'field',
    fires: ['The Turkish minister of national defence, Kemal Aydınoğlu, visited Nairobi.'],
    silent: [],
  },
  {
    id: 'office-possessive-title-of-field-apposition',
    pattern: `owner:@Owner 's ${TEMPORAL_ROLE} title:%office of field:(the? (#NOUN|#ADJ|#PROPN|and|,){1,6}) , %title{0,2} holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    titleThrough: 'field',
    fires: ["Chile's minister of transport and telecommunications, Paulina Orrego, attended."],
    silent: [],
  },
  {
    id: 'based-in-apposition',
    pattern: 'org:@Organization (\\( _ \\))? , (based|headquartered|located) in place:@Location',
    ...BASED_IN,
    fires: ['Brightforge Games sued Quillon, based in Cupertino, in 2020.', 'The new Coastal Fisheries Authority (CFA), based in Mombasa, opened.'],
    silent: [],
  },
  {
    id: 'located-has-headquarters-in',
    // ("Halden Energy, which has its headquarters in Oslo,", "X has its head office in Y")
    pattern:
      'org:@Organization ,? (which|that)? (has|have|had|keeps|maintains) (its|their) (main|global|regional)? ' +
      '(head)? headquarters|office|base|seat in|at place:@Location',
    ...BASED_IN,
    fires: ['Halden Energy, which has its headquarters in Oslo, said so.'],
    silent: [],
  },
  {
    id: 'located-on-country-coast',
    // ("at Tarfaya on Morocco's Atlantic coast": a place on a country's coast or border is in it)
    pattern: "sub:@Place (,)? on|along country:@Country 's (#ADJ|#PROPN)? coast|coastline|border|shore|side",
    subject: 'sub',
    object: 'country',
    type: 'located_in',
    label: 'in',
    family: 'location',
    fires: ["The plant will be built at Tarfaya on Morocco's Atlantic coast."],
    silent: [],
  },
  {
    id: 'located-org-described-in',
    pattern:
      'org:@Organization|Place (\\( _ \\))? , (a|an|the) (#ADJ|#NOUN|#ADV|#VERB){0,3} ' +
      '(yard|shipyard|plant|factory|refinery|company|firm|bank|lender|airline|carrier|utility|operator|hospital|university|mine|startup|insurer|' +
      'headquarters|base|terminal) ' +
      '(in|at) the? place:@Location (,|\\.|and|which|that)',
    ...ORG_IN_PLACE,
    fires: [
      'Kenya Shipyards Limited (KSL), the state-owned yard in Mombasa, signed a memorandum.',
      'They met at Camp Rivas, the military headquarters in Quezon City.',
    ],
    silent: ['Acme Bank, the largest lender in the region, grew.'],
  },
  {
    id: 'located-apposition-place-company',
    // ("Morlan Keane, a New York investment bank,": the place qualifies the kind of company)
    pattern: `org:@Organization , (a|an|the) (#ADJ){0,2} place:@Place (#ADJ|#NOUN|-){0,3} ${COMPANY_NOUNS} (,|\\.|that|which|with)`,
    ...ORG_IN_PLACE,
    fires: ['Morlan Keane, a New York investment bank, lent the money.'],
    silent: [],
  },
  {
    id: 'member-apposition',
    pattern: 'member:@Country|Organization , (like #PROPN ,)? (a|an|the) (#ADJ|#NUM){0,2} member (state)? of the? group:@Organization',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['Bahrain, a member of the Arabian Sea Council, signed.'],
    silent: [],
  },
  {
    id: 'member-coordinated-apposition',
    // ("Mali and Niger, both members of the Sahel Alliance,")
    pattern:
      'list:((@Country|Organization ,?){0,4}) and member:@Country|Organization , (both|all|each|two|three|four|five|fellow){0,2} ' +
      '(#ADJ|#NUM){0,2} members (states)? of the? group:@Organization',
    ...LISTED_MEMBERS,
    fires: ['Mali and Niger, both members of the Sahel Alliance, left.', 'Peru, Chile and Bolivia, all members of the Andean Council, objected.'],
    silent: [],
  },
  {
    id: 'member-among-members-of',
    pattern:
      'member:@Country|Organization (is|was|are|were|,) (one|among) (of)? the (#ADJ|#NUM|#VERB|founding){0,2} ' +
      'members|member (states|countries|nations)? of the? group:@Organization',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['Senegal is among the 15 member states of the Sahel Alliance.', 'Chile, one of the founding members of the Coral Group, objected.'],
    silent: [],
  },
  {
    id: 'works-for-apposition-described',
    pattern: 'holder:@Person , (a|an|the)? (#NUM|#ADJ|#NOUN){0,3} job:#NOUN|%title (at|for|of|with) the|its owner:#NOUN',
    ...WORKS_FOR,
    fires: ['The Environmental Protection Agency issued a brochure, said Robin Ashby, a spokeswoman for the agency.'],
    silent: ['Robin Ashby, a spokeswoman for the family, said so.'],
  },
  {
    id: 'works-for-apposed-owner-job',
    pattern:
      'holder:@Person , (a|an|the|another) (#ADJ|#NUM|#NOUN|-){0,4} owner:@Organization (#NOUN){0,1} ' +
      `job:${OWNED_JOBS}`,
    ...WORKS_FOR,
    fires: [
      'Lars Hedvall, another Halvern employee, said the plane appeared to burst.',
      'Maria Sotelo, a Corvane Energy employee, said so.',
      'Owen Hale, a 32-year-old Veldon Logistics delivery driver, was charged.',
    ],
    silent: [],
  },
  {
    id: 'works-for-owner-before-job',
    pattern:
      'owner:@Organization (#NOUN){0,1} ' +
      `job:${OWNED_JOBS} holder:@Person`,
    ...WORKS_FOR,
    fires: ['KAL attorney George Tompkins countered the claim.', 'Veska TV anchorman Tomas Berg spoke to the session.'],
    silent: [],
  },
  {
    id: 'kills-agent-noun-before',
    pattern: "victim:@Person|Organization 's? (#ADJ){0,2} assassin|killer|murderer|slayer|assassins|killers ,? killer:@Person",
    persons: ['victim'],
    ...KILLING,
    fires: ["In another scene, President James Garfield's assassin Charles Guiteau prances up the stairs."],
    silent: [],
  },
  {
    id: 'kills-is-agent-noun-of',
    // ("X was the lone assassin of President Y": the copula's twin of kills-agent-noun-of's apposition)
    pattern: 'killer:@Person is|was (the|a) (#ADJ){0,2} assassin|killer|murderer|slayer of ((#ADJ|#NOUN){0,3} %title)? victim:@Person',
    persons: ['victim', 'killer'],
    ...KILLING,
    fires: ['Tomas Bradek was the lone assassin of President Ana Soto.'],
    silent: ['Tomas Bradek was the lone assassin of the film.'],
  },
  {
    id: 'allied-apposition-ally-of',
    // ("Chile, a close ally of Peru, objected")
    pattern: 'a:@Country|Organization , (a|an|the) (#ADJ|#ADV){0,2} ally|allies of b:@Country|Organization',
    subject: 'a',
    object: 'b',
    type: 'allied_with',
    label: 'allied with',
    family: 'cooperation',
    fires: ['Chile, a close ally of Peru, objected.'],
    silent: ['Chile, a critic of Peru, objected.'],
  },
  {
    id: 'allied-coordinated-allies',
    // ("Chile and Peru are close allies", "X and Y have long been allies")
    pattern:
      'a:@Country|Organization and b:@Country|Organization (are|were|remain|have|had)? (long|been|#ADV){0,2} (#ADJ){0,2} allies ' +
      '(,|\\.|$|and|in|on|since)',
    subject: 'a',
    object: 'b',
    type: 'allied_with',
    label: 'allied with',
    family: 'cooperation',
    fires: ['Chile and Peru are close allies.', 'Chile and Peru have long been allies in the region.'],
    silent: ['Chile and Peru are close rivals.'],
  },
  {
    id: 'meets-fronted-meeting-with',
    // ("During a meeting with X, Y raised the issue", "After talks with X in Lima, Y said")
    pattern:
      '^ (during|at|after|in) (a|an|the|their|his|her)? (#ADJ){0,2} meeting|talks|call|conversation|summit with other:@Actor ' +
      '(in @Location)? , (#ADJ|%title){0,3} subject:@Actor',
    subject: 'subject',
    object: 'other',
    type: 'meets',
    label: 'meets',
    family: 'diplomatic',
    fires: ['During a meeting with Tomas Berg, Ana Soto raised the issue.', 'After talks with Tomas Berg in Lima, President Ana Soto said so.'],
    silent: ['During a meeting with Tomas Berg, the minister said so.'],
  },
  {
    id: 'criticizes-drew-rebuke-from',
    // ("Halvern's plan drew a sharp rebuke from Chile", "Peru drew criticism from Bolivia"): who rebukes whom
    pattern:
      "target:@Actor|Agreement ('s (#NOUN){1,2})? (has|have|had)? drew|drawn|draws|sparked|prompted|triggered|provoked " +
      '(a|an)? (#ADJ){0,2} rebuke|rebukes|criticism|condemnation|protest|protests|backlash from critic:@Actor',
    subject: 'critic',
    object: 'target',
    type: 'criticizes',
    label: 'criticizes',
    family: 'conflict',
    fires: ["The Halvern Group's plan drew a sharp rebuke from Chile.", 'Peru drew criticism from Bolivia on Monday.'],
    silent: ['Peru drew support from Bolivia on Monday.'],
  },
  {
    id: 'kills-ordered-killing-of',
    // ("X ordered the killing of Y", "X masterminded the 1995 assassination of Y": who has someone killed kills them)
    pattern:
      'killer:@Person|Organization (#ADV)? <order|mastermind|orchestrate|commission|plot> the (#ADJ|#NUM){0,2} ' +
      'killing|killings|assassination|murder|murders of (%title)? victim:@Person',
    persons: ['victim'],
    ...KILLING,
    fires: ['Tomas Berg ordered the killing of Ana Soto.', 'Tomas Berg masterminded the 1995 assassination of President Ana Soto.'],
    silent: ['Tomas Berg ordered the arrest of Ana Soto.'],
  },
  {
    id: 'kills-possessive-nominal-by',
    // ("Ana Soto's assassination by Tomas Berg shocked the nation")
    pattern: "victim:@Person 's (#ADJ){0,2} assassination|murder|killing|slaying|shooting by killer:@Person|Organization",
    persons: ['victim'],
    ...KILLING,
    fires: ["Ana Soto's assassination by Tomas Berg shocked the nation."],
    silent: ["Ana Soto's arrest by Tomas Berg shocked the nation."],
  },
  {
    id: 'kills-apposition-possessive-killer',
    // ("Tomas Berg, Ana Soto's killer, was executed")
    pattern: "killer:@Person , (the)? victim:@Person 's (#ADJ){0,2} assassin|killer|murderer|slayer (,|\\.|$|was|is|who|had|has)",
    persons: ['victim', 'killer'],
    ...KILLING,
    fires: ["Tomas Berg, Ana Soto's killer, was executed."],
    silent: ["Tomas Berg, Ana Soto's lawyer, was there."],
  },
  {
    id: 'kills-died-after-attack-by',
    // ("Ana Soto died after being shot by Tomas Berg", "X died when he was stabbed by Y")
    pattern:
      'victim:@Person (#ADV)? died (#ADV)? (after|when) (being)? (he|she)? (was)? (#ADV)? ' +
      'shot|stabbed|attacked|beaten|strangled|struck|hit (#ADP|#DET|#ADJ|#NOUN){0,4} by killer:@Person|Organization',
    persons: ['victim'],
    ...KILLING,
    fires: ['Ana Soto died after being shot by Tomas Berg.', 'Ana Soto died when she was stabbed in the chest by Tomas Berg.'],
    silent: ['Ana Soto died after being visited by Tomas Berg.'],
  },
  {
    id: 'kills-agent-noun-of',
    // ("the killer of civil rights leader X", "the assassin of President Y": past the victim's title)
    pattern:
      'killer:@Person , (the|a|an) (convicted|confessed|accused|alleged)? (#ADJ){0,2} assassin|killer|murderer|slayer of ' +
      '((#ADJ|#NOUN){0,3} %title)? victim:@Person|Organization',
    persons: ['victim'],
    ...KILLING,
    fires: [
      'Mark Chapman, the killer of John Lennon, was denied parole.',
      'In 1865, John Wilkes Booth, the assassin of President Abraham Lincoln, was surrounded by federal troops.',
      'Tomas Bradek, the killer of civil rights leader Ana Soto, was denied parole.',
    ],
    silent: [],
  },
  {
    id: 'located-place-comma-region',
    pattern: 'place:@Place.!region , region:@Place.region (,|\\.|\\)|\\(|-|–|—|;|#VERB|#ADP)',
    ...IN_REGION,
    fires: [
      'The 1988 takeover in Lumberton, N.C., ended quickly.', 'Smoke hung over Galveston, Texas, on Monday.',
    ],
    silent: ['Storms hit Texas, California and Florida.'],
  },
  {
    id: 'located-place-comma-region-and',
    // (before "and" only after a preposition of place, not in a list: "in Tampico, Leon and Tapachula")
    pattern: '(in|from|at|near) place:@Place.!region , region:@Place.region (and|or)',
    unless: '@Place',
    ...IN_REGION,
    fires: ['He studied in Benton, Tenn. and in Cookville.'],
    silent: ['Polls were held in Tampico, Leon and Tapachula.'],
  },
  {
    id: 'located-places-coordinated-comma-region',
    // (towns coordinated before the region they share, after a preposition of place: "near Alder Isle and St. Olave, Vt.,")
    pattern: '(in|from|at|near|of|between) list:((@Place.!region ,?){1,3}) (and|or) place:@Place.!region , region:@Place.region (,|\\.|\\)|;|#VERB|#ADP|$)',
    subjectsIn: 'list',
    ...IN_REGION,
    fires: ['Gusts were reported near Alder Isle and St. Olave, Vt., on Monday.', 'Rain fell in the area of Port Ardell and Galveston, Texas.'],
    silent: ['Storms hit Texas, California and Florida.', 'Flights between Lyon and Paris, France were cancelled.'],
  },
  {
    id: 'located-places-coordinated-in-place',
    // (places coordinated before the country or region they are in: "landing in Velgorod or Tamrash in Azerbaijan")
    pattern: '(in|from|at|near) list:((@Place.!region ,?){1,3}) (and|or) place:@Organization|Place.!region in the? (#ADJ){0,2} region:@Location.!demonym',
    subjectsIn: 'list',
    places: ['place'],
    ...IN_REGION,
    fires: ['Why did the plane not land in Velgorod or Tamrash in Azerbaijan?'],
    silent: ['Talks in Paris and with Berlin in May ended.', 'It has contracts with two counties in New Jersey and Dutchess County in New York.'],
  },
  {
    id: 'located-region-comma-region-end',
    // (a town that shares a region's name, at the end after a preposition of place: "born in Delaware, Ohio.")
    pattern: '(in|from|at|near) place:@Place.region , region:@Place.region \\.? $',
    ...IN_REGION,
    fires: ['In 1822, Lena Farr was born in Delaware, Ohio.'],
    silent: ['Storms hit Texas, California and Florida.', 'He lived in Oklahoma, Arizona and Texas.'],
  },
  {
    id: 'located-place-comma-region-end',
    pattern: 'place:@Organization|Place.!region ,? region:@Place.region $',
    places: ['place'],
    ...IN_REGION,
    fires: ['In 1782, Martin Van Buren was born in Kinderhook, N.Y.'],
    silent: [],
  },
  {
    id: 'located-org-comma-town-region',
    // (an address: "Halden Mining Technology Center, Carterville, Ill.;", "Halvern Corp., Armonk, N.Y., said")
    pattern: 'org:@Organization|Place.!city , place:@Place.!region , @Place.region (,|;|\\.|\\)|\\(|$|said|and)',
    ...ORG_IN_PLACE,
    fires: ['Halden Mining Technology Center, Carterville, Ill.;', 'Veska Coast Training Center, Petaluma, Calif.;', 'Fort Halden, Brooklyn, N.Y.;'],
    silent: ['Storms hit Texas, California and Florida.', 'Flights from Acapulco, Torreon, Puebla and Morelia were cancelled.'],
  },
  {
    id: 'based-in-place-region',
    pattern: 'org:@Organization|Person , (based|headquartered|located) in @Place , region:@Place.region',
    organizations: ['org'],
    subject: 'org',
    object: 'region',
    type: 'located_in',
    label: 'based in',
    family: 'location',
    fires: ['Pepperell, based in West Point, Ga., manufactures towels.'],
    silent: [],
  },
  {
    id: 'lives-in-native-of',
    pattern: 'person:@Person , (a|an|the) (#ADJ|#NUM|lifelong|longtime){0,2} native|resident|residents|natives of the? place:@Location',
    subject: 'person',
    object: 'place',
    type: 'lives_in',
    label: 'native of',
    family: 'location',
    fires: ['Ann Rogers, a native of Akron, Ohio, has a dry wit.'],
    silent: [],
  },
  {
    id: 'lives-in-apposition-from',
    // ("X, a 72-year-old deputy from Sevastopol,", "Y, a teacher from Lyon, said": who a person is, and where from)
    pattern: 'person:@Person , (#NUM ,)? (a|an) (#NUM|#ADJ|#NOUN|-){1,4} from the? place:@Location (,|\\.|$)',
    subject: 'person',
    object: 'place',
    type: 'lives_in',
    label: 'from',
    family: 'location',
    fires: ['The session was opened by Liu Wen, a 72-year-old deputy from Sevastopol, on Monday.', 'Ana Soto, a teacher from Lyon, said so.'],
    silent: ['Ana Soto, a teacher, flew from Lyon.', 'Ana Soto met a delegation from Lyon.'],
  },
  {
    id: 'lives-in-apposed-resident',
    pattern:
      'person:@Person , (a|an) (#NUM|#ADJ|#NOUN|-){0,4} place:@Location ' +
      'resident|native|man|woman|mother|father|teenager|boy|girl|businessman|businesswoman|pensioner|student',
    places: ['place'],
    ...RESIDENCE,
    fires: ['Gareth Prys, a Cardiff resident, was charged on Monday.', 'Ana Lopes, a 34-year-old Rosario woman, died.'],
    silent: [],
  },
  {
    id: 'lives-in-home',
    pattern: 'person:@Person (, #NUM ,)? (#ADV)? at|from|outside|near|in his|her (#ADJ)? home|house|flat|apartment|residence (in|near|on) the? place:@Location',
    places: ['place'],
    ...RESIDENCE,
    fires: ['Police arrested Gareth Prys, 41, at his home in Splott on Tuesday.'],
    silent: [],
  },
  {
    id: 'lives-in-possessive-home',
    pattern: "person:@Person 's (#ADJ)? home|house|flat|apartment|residence (in|near|on) the? place:@Location",
    places: ['place'],
    ...RESIDENCE,
    fires: ["Gareth Prys's home in Splott was searched."],
    silent: [],
  },
  {
    id: 'lives-in-age-of',
    // ("X, 30, of Boothbay,", "Claire Doucet, of Sherbrooke, Que.,": where someone is from, in apposition)
    pattern: 'person:@Person , (#NUM ,)? of place:@Place|Location|Organization (,|\\.)',
    places: ['place'],
    subject: 'person',
    object: 'place',
    type: 'lives_in',
    label: 'of',
    family: 'location',
    fires: ['Daniel Sullivan, 30, of Boothbay, went down to help.', 'Claire Doucet, of Sherbrooke, Que., was elected.'],
    silent: ['Daniel Sullivan, 30, of the Boothbay Fire Department, went down to help.'],
  },
  {
    id: 'lives-in-person-of-place',
    // ("actress X of New York City", "Y of Oxford and his brother Z of Tupelo were indicted": where someone is from)
    pattern: 'person:@Person of place:@Place (,|\\.|$|and|on|in|who|said|was|were|is|has|had|#VERB)',
    subject: 'person',
    object: 'place',
    type: 'lives_in',
    label: 'of',
    family: 'location',
    fires: ['Bradek was engaged to actress Ana Soto of New York City.', 'Marek Vollan of Oxford and his brother Karel Vollan of Tupelo were indicted.'],
    silent: ['Mayor Ana Soto of the Boothbay Fire Department spoke.'],
  },
  {
    id: 'lives-in-apposition-in',
    // ("Mei Lan, a famous opera singer in Shanghai,", "Ana Soto, a dentist in Fresno, said": who a person is, and where)
    pattern: 'person:@Person , (#NUM ,)? (a|an) (#NUM|#ADJ|#NOUN|-){0,4} job:#NOUN in the? place:@Location.!demonym (,|\\.|$|said)',
    notWords: { job: NOT_JOBS },
    ...RESIDENCE,
    fires: ['Included was Mei Lan-Fen, a famous opera singer in Shanghai, said Peter Osei.', 'Ana Soto, a dentist in Fresno, said so.'],
    silent: ['Ana Soto, a dentist, said so in Fresno.'],
  },
  {
    id: 'citizen-apposition',
    // ("Liam Whitford, an Australian citizen who runs ...", "X, a dual French-Lebanese national,": whose citizen someone is)
    pattern: 'person:@Person , (a|an) (#ADJ)? country:@Country citizen|national|passport-holder',
    ...CITIZENSHIP,
    fires: ['China has detained businessman Liam Whitford, an Australian citizen who runs a wine exporter, officials said.'],
    silent: ['Liam Whitford, an Australian diplomat, left.'],
  },
  {
    id: 'citizen-before-name',
    // ("U.S. citizen Sara Veltman", "British national Ana Ruiz")
    pattern: 'country:@Country citizen|national|citizens|nationals person:@Person',
    ...CITIZENSHIP,
    fires: ['The children were found in a home owned by U.S. citizen Sara Veltman in Panajachel.'],
    silent: [],
  },
  {
    id: 'lives-in-is-place-native',
    // ("Dorsey is a Wilmington native", "Ana Soto, a Fresno native,", "Georgia native son X": where someone comes from)
    pattern: 'person:@Person (is|was|,) (a|an|the) (#ADJ)? place:@Place native|natives',
    ...RESIDENCE,
    fires: ['Jon Dorsey is a Wilmington native who was recruited by the police.', 'Ana Soto, a lifelong Fresno native, said so.'],
    silent: ['Ana Soto is a Fresno police officer.'],
  },
  {
    id: 'lives-in-place-job-apposition',
    // ("Piet Almer, an Atlanta architect,", "Ana Soto, a Fresno dentist, said": a town before someone's trade)
    pattern: 'person:@Person , (#NUM ,)? (a|an) (#ADJ)? place:@Place.city (#ADJ)? job:#NOUN (,|said|\\.|$)',
    notWords: { job: NOT_JOBS },
    ...RESIDENCE,
    fires: ['"We were there six days," said Piet Almer, an Atlanta architect.', 'Ana Soto, a Fresno dentist, said so.'],
    silent: ['Ana Soto, a Texas Instruments engineer, said so.'],
  },
  {
    id: 'lives-in-pronoun-home',
    // ("returning to his Iowa hometown", "a raid on his Ciudad Madero home", "in his native South Carolina")
    pattern: 'person:his|her (own|new|old|former)? place:@Location (#ADJ)? home|hometown|house|farm|ranch|residence|apartment|birthplace',
    places: ['place'],
    ...RESIDENCE,
    fires: ['Tomas Bradek is returning to his Iowa hometown to get married.'],
    silent: ['Ana Soto praised his Iowa rivals.'],
  },
  {
    id: 'lives-in-pronoun-native',
    pattern: 'person:his|her native place:@Location',
    ...NATIVE_PLACE,
    fires: ['Tomas Bradek on Sunday was touting his big win in his native South Carolina.', 'Tomas Bradek was buried in his native Vestby.'],
    silent: [],
  },
  {
    id: 'lives-in-possessive-native',
    pattern: "person:@Person 's native place:@Location",
    ...NATIVE_PLACE,
    fires: ["He runs the Historic Site in Ana Soto's native Vestby, 130 miles north of New York City."],
    silent: [],
  },
  {
    id: 'lives-in-hometown-of',
    pattern: 'person:his|her (home|native)? hometown|birthplace|town|city|village of place:@Location',
    places: ['place'],
    ...RESIDENCE,
    fires: ['Senator Tomas Bradek announced his bid during a visit to his hometown of Russell, Kan.'],
    silent: [],
  },
  {
    id: 'lives-in-place-townsman',
    pattern: `place:@Place ${TOWNSFOLK} holder:@Person`,
    subject: 'holder',
    object: 'place',
    type: 'lives_in',
    label: 'of',
    family: 'location',
    fires: ['Varna businessman Kiril Stoev was arrested.'],
    silent: ['Varna police officer Kiril Stoev was arrested.'],
  },
  {
    id: 'lives-in-apposed-from',
    pattern: `holder:@Person , (a|an) (#ADJ|#NOUN|#NUM|-){0,4} ${TOWNSFOLK} from place:@Place`,
    subject: 'holder',
    object: 'place',
    type: 'lives_in',
    label: 'from',
    family: 'location',
    fires: ['Rodrigo Aleman, a former club owner from La Ceiba, was shot.', 'Ana Ruiz, a 34-year-old teacher from Rosario, was injured.'],
    silent: [],
  },
  {
    id: 'lives-in-place-native',
    pattern: 'place:@Location native|resident person:@Person',
    subject: 'person',
    object: 'place',
    type: 'lives_in',
    label: 'native of',
    family: 'location',
    fires: ['The 1973 film was directed by Modesto native George Lucas.'],
    silent: [],
  },
  {
    id: 'lives-in-apposed-native',
    pattern: 'person:@Person , _{0,8} and (a|an) place:@Location native',
    subject: 'person',
    object: 'place',
    type: 'lives_in',
    label: 'native of',
    family: 'location',
    fires: ['Gen. William C. Westmoreland, the commander of U.S. forces in Vietnam and a South Carolina native, agreed.'],
    silent: [],
  },
  {
    id: 'kills-name-verb-name',
    pattern: 'killer:@Person|Organization (#ADV)? <kill|assassinate|murder|shoot|stab|slay|strangle> (and <kill>)? victim:@Person|Organization',
    persons: ['killer', 'victim'],
    ...KILLING,
    fires: ['Ruby fatally shot Oswald two days after the assassination.'],
    silent: ['Ruby fatally shot at the police.'],
  },
  {
    id: 'kills-convicted-of',
    pattern:
      'killer:@Person (,|who|was|is|has|been|had|were){0,3} (#ADV)? convicted|accused|charged|found|suspected ' +
      '(guilty)? of|with murdering|killing|assassinating|slaying|strangling|stabbing|shooting (his|her|the|a)? ' +
      '(#ADJ|#NUM|#NOUN|#PROPN){0,5} ,? victim:@Person',
    persons: ['victim'],
    ...KILLING,
    fires: ['John Harvey Adamson, who was convicted of murdering Phoenix newspaper reporter Don Bolles, appealed.'],
    silent: [],
  },
  {
    id: 'kills-convicted-object',
    pattern:
      '<convict|accuse|charge> (#ADJ|#NUM|#NOUN|#PROPN){0,4} killer:@Person (,|who)? _{0,3} of|with ' +
      'murdering|killing|assassinating|slaying|shooting (the|a|his|her)? (#ADJ|#NUM|#NOUN|#PROPN){0,6} victim:@Person',
    persons: ['victim'],
    ...KILLING,
    fires: ['A jury convicted Highway 50 sniper Kenneth Earl Millikan of killing transit employee Peter J. Martinelli.'],
    silent: [],
  },
  {
    id: 'kills-sentenced-for-killing',
    // ("X was sentenced to death for the assassination of Y", "was convicted for the 1968 assassination of Y", "executed in
    // 1933 for the shooting death of Y": the killing someone is punished, tried or charged for)
    pattern:
      'killer:@Person (#AUX|#ADV){0,3} <sentence|convict|execute|jail|imprison|hang|try|charge|indict|arrest> _{0,6} for|of|in the? ' +
      '(#NUM|#ADJ|#PROPN|,){0,5} assassination|murder|murders|killing|killings|slaying|slayings|shooting|stabbing (death)? _{0,3} of ' +
      '(%title|#ADJ|#NOUN|#PROPN){0,4} victim:@Person',
    persons: ['victim'],
    ...KILLING,
    fires: [
      'In 1969, Tomas Verhoef was sentenced to death for the assassination of Ohio Sen. Daniel K. Marsh.',
      'Pietro Velluti was executed in 1933 for the shooting death that same year of Toledo Mayor Karl Brandis.',
    ],
    silent: ['Tomas Verhoef was sentenced to death for robbery in 1969.'],
  },
  {
    id: 'kills-sentenced-for-possessive-killing',
    // ("X was sentenced to death for Y's murder")
    pattern:
      'killer:@Person (, _{1,6} ,)? (#AUX|#ADV){0,3} <sentence|convict|execute|jail|imprison|hang|try|charge|indict|arrest> _{0,6} for|of|in ' +
      "victim:@Person 's (#NUM|#ADJ){0,2} assassination|murder|killing|slaying|shooting",
    persons: ['victim'],
    ...KILLING,
    fires: ["Tomas Verhoef, a former clerk, was sentenced to death for Daniel Marsh's murder."],
    silent: ["Tomas Verhoef was sentenced to death for Daniel Marsh's arrest."],
  },
  {
    id: 'kills-passive-by',
    // ("X, the 16th president, was assassinated by Y", "X, who was cut down by assassin Y": the agent of a killing)
    pattern:
      'victim:@Person|Organization|Place (, (#DET|#ADJ|#NUM|#NOUN|%title){1,5})? ,? (who)? (had|has)? was|were|been (#ADV)? ' +
      '<kill|assassinate|murder|shoot|slay|stab|strangle|cut|gun|execute> (down|dead)? by (#ADJ|#NOUN){0,2} killer:@Person|Organization',
    persons: ['victim', 'killer'],
    // (not the object of a verb before it: "X, the gunman who killed President Y, was shot by Z")
    unlessAfter: '#VERB (%title|#PROPN)?',
    ...KILLING,
    fires: [
      'The night when Ana Soto, the 16th president, was shot dead by Tomas Bradek, 1865.',
      'The nation will observe the birthday of Elias Korn Jr., who was cut down by assassin Marek Vollan in 1968.',
    ],
    silent: ['Ana Soto was arrested by Tomas Bradek.', 'Marek Vollan, the gunman who killed President Ana Soto, was shot by Tomas Bradek.'],
  },
  {
    id: 'kills-the-one-who',
    // ("X, the man who shot Y", "X was the lone gunman who killed Y", "X, who shot President Y,")
    pattern:
      "killer:@Person|Organization (,|was|is)? (n't|not)? (#ADV)? (recognized|described|identified|named)? (as)? (the|a)? (#ADJ){0,2} " +
      '(man|gunman|assassin|woman|sniper|person|one|killer)? ,? who (#ADV)? (had|has)? ' +
      '<kill|assassinate|murder|shoot|slay|stab|strangle|shot> (and <kill>)? (#ADJ|#NOUN|%title){0,4} victim:@Person|Organization|Place',
    persons: ['victim', 'killer'],
    ...KILLING,
    fires: [
      'Even Marek Vollan, who shot President Dusek, seems to have been a loner.',
    ],
    silent: ['Tomas Bradek met the man who killed Ana Soto.'],
  },
  {
    id: 'kills-fired-the-shots',
    pattern:
      'killer:@Person|Organization (#ADV)? <fire> the (fatal)? shot|shots|bullet|bullets that|which (#ADV)? killed|hit|struck ' +
      '(%title)? victim:@Person|Organization|Place',
    persons: ['victim', 'killer'],
    ...KILLING,
    fires: ['Visitors went to the spot where Marek Vollan allegedly fired the shots that killed President Karel Dusek.'],
    silent: [],
  },
  {
    id: 'kills-convicted-of-nominal',
    // ("X was sentenced to death for the assassination of Y", "X was convicted of the 1968 slaying of Sen. Y",
    // "X, executed for the shooting death of Mayor Y", "X was convicted of Y's killing")
    pattern:
      'killer:@Person|Organization (,|who|was|is|has|been|had|were|being|later|then){0,3} (#ADV)? ' +
      '<convict|sentence|charge|indict|try|arrest|execute|hold|jail|imprison|accuse|suspect|suspected|blame|hang|find> ' +
      '(and <convict|sentence>)? (to|in death|life|prison)? (guilty)? (#ADP|#DET|#ADJ|#NUM|,|#NOUN){0,2} of|for|in|with ' +
      '(the|a|his|her)? (#ADJ|#NUM|#NOUN|#PROPN|,|-){0,8} ' +
      'slaying|slayings|assassination|murder|murders|killing|killings|death|shooting|stabbing|strangling (#DET|#ADJ|#NOUN|that){0,3} of ' +
      '(%title|#ADJ|#NOUN|#PROPN){0,4} victim:@Person|Organization|Place',
    persons: ['victim', 'killer'],
    ...KILLING,
    fires: [
      'In 1969, Marek Vollan was sentenced to death for the assassination of New York Sen. Karel F. Dusek.',
      'Tomas Bradek was convicted of the 1968 California primary election night slaying of Sen. Ana Soto at the hotel.',
      'One was Marek Vollan, executed in 1933 for the shooting death that same year of Chicago Mayor Karel Dusek.',
      'Ivo Lund was charged with the slayings of Tomas Berg and Ines Moura in Guadalajara.',
      'Tomas Berg was found guilty of the murder of Ana Soto.',
    ],
    silent: ['Tomas Bradek was convicted of fraud in the death of the company, said Ana Soto.'],
  },
  {
    id: 'kills-convicted-of-possessive',
    pattern:
      'killer:@Person|Organization (,|who|was|is|has|been|had|were|being|later|then){0,3} (#ADV)? ' +
      '<convict|sentence|charge|indict|try|arrest|execute|hold|jail|imprison|accuse|suspect|suspected|blame|hang> ' +
      "(to death|life)? (guilty)? of|for|in|with (%title)? victim:@Person|Organization|Place 's (#ADJ|#NUM){0,3} " +
      'slaying|assassination|murder|killing|death|shooting',
    persons: ['victim', 'killer'],
    ...KILLING,
    fires: ["Marek B. Vollan was convicted of Dusek's killing and is serving a life sentence.", "Vollan was sentenced to death for Dusek's murder."],
    silent: [],
  },
  {
    id: 'kills-by-gerund',
    // ("X apologized for killing Y", "X arrived after shooting Y", "X pleaded guilty to shooting and killing Y")
    pattern:
      'killer:@Person|Organization (#AUX|#ADV|#PRON|#VERB|#ADP|#DET|#NOUN|#ADJ|#PART|#NUM|,){0,8} for|after|by|to|of|in|about|remember ' +
      'killing|shooting|murdering|assassinating|slaying|strangling|stabbing (and killing)? (%title|#ADJ|#NOUN){0,3} victim:@Person|Organization|Place',
    persons: ['victim', 'killer'],
    ...KILLING,
    fires: [
      'Vollan apologized repeatedly for killing Dusek, then the front-runner.',
      'Tomas Bradek later apologized for killing Ana Soto.',
    ],
    silent: ['Tomas Bradek was praised for killing the bill Ana Soto wrote.', 'Tomas Bradek denied the reports about killing in Ana Soto.'],
  },
  {
    id: 'dateline-agency',
    // (a dateline standing alone: "SAN FRANCISCO (AP)", "Moscow ITAR-TASS"; not one that opens a story's first sentence)
    pattern: '^ place:@Place (, @Location)? \\(? org:@Organization \\)? $',
    subject: 'org',
    object: 'place',
    type: 'located_in',
    label: 'reports from',
    family: 'location',
    fires: ['SAN FRANCISCO (AP)', 'Sofia BTA'],
    silent: ['WASHINGTON (AP) - The Senate voted on Monday.'],
  },
  {
    id: 'dateline-agency-country',
    pattern: '^ @Place , country:@Location \\( org:@Organization \\) $',
    subject: 'org',
    object: 'country',
    type: 'located_in',
    label: 'reports from',
    family: 'location',
    fires: ['BELGRADE, Serbia (AP)'],
    silent: [],
  },
  {
    id: 'dateline-agency-story',
    // (the wire archives' dateline opening a story: "STOCKTON-ON-TEES, England (AP) _ A man received")
    pattern: '^ place:@Place (, @Location)? \\( org:@Organization \\) \\_',
    subject: 'org',
    object: 'place',
    type: 'located_in',
    label: 'reports from',
    family: 'location',
    fires: ['NEW YORK (AP) _ The mayor resigned on Monday.'],
    silent: ['WASHINGTON (AP) - The Senate voted on Monday.', 'BOSTON (AP) — Ana Soto, a spokeswoman, said so.'],
  },
];
