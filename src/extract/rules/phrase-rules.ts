// kg/extract/rules: relations stated inside noun phrases, as data: offices in appositions ("X, Sweden's prime
// minister", "X, the Indian national security adviser", "X, leader of the Democratic Party", "the President of
// Azerbaijan, X", "its chief executive, X", "Nigeria, whose President X"), spokespeople ("X, a spokesman for Y"),
// where organizations are based ("Apple, based in Cupertino", "the Cary-based company") and membership ("Bahrain, a
// member of the GCC"). Each rule is a pattern (see pattern.ts) plus the claim it makes from its captures, with
// `fires` and `silent` examples that the tests run. Names no entity.
import type { RelationFamily } from '../../model/types.js';

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
  /** Capture names of further subjects coordinated with the first ("its commissioners, X and Y"). */
  moreSubjects?: string[];
  /** A capture whose every named entity is a further subject ("France, Germany and Britain, known as the E3"). */
  subjectsIn?: string;
  /** Captures the match shows to be organizations though named like people ("Seguros Atalaya, the Madrid-based ..."). */
  organizations?: string[];
  /** Further [subject, object] capture pairs read respectively ("the ministers of X and Y, A and B"). */
  respectively?: [string, string][];
  fires: string[];
  silent: string[];
}

/** Words that may stand between a determiner and a title: "former", "then", "current". */
const TEMPORAL_ROLE = '(former|then|current|outgoing|incoming|acting|interim|new|longtime|veteran|newly-appointed)?';

export const PHRASE_RULES: PhraseRule[] = [
  {
    id: 'office-apposition-possessive',
    pattern: `holder:@Person , (the|a)? owner:@Owner 's ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN|#PROPN){0,3} title:%title`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ["Ulf Kristersson, Sweden's prime minister, travelled to Budapest.", "Dave Calhoun, Boeing's chief executive, resigned."],
    silent: ["Ulf Kristersson met Sweden's prime minister."],
  },
  {
    id: 'office-apposition-demonym',
    pattern: `holder:@Person , the|a ${TEMPORAL_ROLE} owner:@Country mods:(#ADJ|#NOUN|#PROPN){0,3} title:%title`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Ajit Doval, the Indian national security adviser, met Wang Yi.', 'Joe Biden, the US president, spoke on Monday.'],
    silent: ['Ajit Doval met the Indian national security adviser.'],
  },
  {
    id: 'office-apposition-owner-title',
    pattern: `holder:@Person , the|a ${TEMPORAL_ROLE} owner:@Organization mods:(#ADJ|#NOUN){0,2} title:%title`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Jeffrey Donaldson, the DUP leader, welcomed the deal.'],
    silent: [],
  },
  {
    id: 'office-apposition-of',
    pattern: `holder:@Person , (the|a)? ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,3} title:%title (of|at|for) the? (#ADJ|#NOUN){0,3} owner:@Owner`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Ursula von der Leyen, president of the European Commission, met Rishi Sunak.', 'Lee Jae-myung, leader of the main opposition Democratic Party, objected.'],
    silent: [],
  },
  {
    id: 'office-title-of-apposition',
    pattern: `the ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,2} title:%title of the? owner:@Owner , holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['The treaty was signed by the President of Azerbaijan, Ilham Aliyev, on Friday.'],
    silent: [],
  },
  {
    id: 'office-possessive-title-apposition',
    pattern: `owner:@Owner 's ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,3} title:%title (and %title)? , holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ["The deal was announced by India's foreign secretary, Vikram Misri, on Monday."],
    silent: [],
  },
  {
    id: 'office-its-title-apposition',
    pattern: `owner:its|their ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN|#PROPN){0,3} title:%title ((in|at|for|to) the? (#NOUN|#PROPN|#ADJ){1,3})? , %title? holder:@Person (and more:@Person)?`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    moreSubjects: ['more'],
    fires: ['The Federal Trade Commission approved the deal, but its chair, Lina Khan, dissented.', 'UNHCR welcomed it. Its representative in Mexico, Giulia Ferraro, spoke.'],
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
    id: 'office-counterpart',
    pattern: 'his|her owner:@Country title:counterpart|counterparts , holder:@Person',
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['Ararat Mirzoyan met his Azerbaijani counterpart, Jeyhun Bayramov, in Washington.'],
    silent: [],
  },
  {
    id: 'office-whose',
    pattern: `owner:@Owner , whose ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,2} title:%title ,? holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['The summit was hosted by Nigeria, whose President Bola Tinubu chairs the bloc.'],
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
    id: 'office-apposition-title-only',
    pattern: `holder:@Person , the ${TEMPORAL_ROLE} mods:(#ADJ|#NOUN){0,3} title:%office`,
    subject: 'holder',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['James Cleverly, the foreign secretary, said the deal was good.'],
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
    fires: ['They met the foreign ministers of Ukraine and Poland, Dmytro Kuleba and Zbigniew Rau, in Kyiv.'],
    silent: [],
  },
  {
    id: 'office-government-of',
    pattern: `the? owner:@Country government|administration|cabinet of title:%title holder:@Person`,
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ['The Taliban refused to talk to the Afghan government of President Ashraf Ghani.'],
    silent: [],
  },
  {
    id: 'spokesperson-apposition-for',
    pattern: 'holder:@Person , (a|the) title:%spokes (for|of)? the? owner:@Owner',
    subject: 'holder',
    object: 'owner',
    type: 'office',
    family: 'office',
    title: 'title',
    fires: ["Lin Jian, a spokesman for China's Ministry of Foreign Affairs, said so."],
    silent: [],
  },
  {
    id: 'member-apposition-group-member',
    pattern: 'member:@Country|Organization , (a|an|the) (#ADJ){0,2} group:@Organization member|ally|signatory (state)?',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['Turkey, a NATO member since 1952, held up both bids.'],
    silent: [],
  },
  {
    id: 'member-group-member-name',
    pattern: 'group:@Organization (fellow)? member|members|ally|allies member:@Country|Organization',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['NATO member Norway agreed.'],
    silent: [],
  },
  {
    id: 'member-person-apposition',
    pattern: 'member:@Person , (a|an|the) (#ADJ|#NOUN){0,2} member of the? (#ADJ){0,2} group:@Organization',
    subject: 'member',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['"Kenyans are paying," said Amina Abdi, an opposition member of the National Assembly.'],
    silent: [],
  },
  {
    id: 'member-known-as',
    pattern: 'list:(@Country|Organization ,?){1,4} and member:@Country|Organization , (known|referred|described) (to)? as the? group:@Organization',
    subject: 'member',
    subjectsIn: 'list',
    object: 'group',
    type: 'member_of',
    label: 'member of',
    family: 'membership',
    fires: ['France, Germany and Britain, known as the E3, met in Geneva.'],
    silent: [],
  },
  {
    id: 'based-compound-before',
    pattern: 'place:@Location.based (#ADJ|#NOUN){0,3} org:@Organization|Person',
    organizations: ['org'],
    subject: 'org',
    object: 'place',
    type: 'located_in',
    label: 'based in',
    family: 'location',
    fires: ['The Nairobi-based Lakeshore Capital advised the government.'],
    silent: [],
  },
  {
    id: 'based-compound-apposition',
    pattern: 'org:@Organization|Person , (the|a|an) (#ADJ|#NOUN){0,2} place:@Location.based',
    organizations: ['org'],
    subject: 'org',
    object: 'place',
    type: 'located_in',
    label: 'based in',
    family: 'location',
    fires: ['Seguros Atalaya, the Madrid-based market leader, was fined.'],
    silent: [],
  },
  {
    id: 'based-in-described',
    pattern: 'org:@Organization|Person , (a|an|the) _{1,6} (based|headquartered|located|registered) in place:@Location',
    organizations: ['org'],
    subject: 'org',
    object: 'place',
    type: 'located_in',
    label: 'based in',
    family: 'location',
    fires: ['Tianshan Hydro Engineering, a state-owned Chinese company based in Urumqi, won the contract.'],
    silent: [],
  },
  {
    id: 'based-in-apposition',
    pattern: 'org:@Organization , (based|headquartered|located) in place:@Location',
    subject: 'org',
    object: 'place',
    type: 'located_in',
    label: 'based in',
    family: 'location',
    fires: ['Epic Games sued Apple, based in Cupertino, in 2020.'],
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
    fires: ['Bahrain, a member of the Gulf Cooperation Council, signed.'],
    silent: [],
  },
];
