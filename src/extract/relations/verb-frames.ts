// kg/extract/relations: the verb lexicon, as data. A frame maps verb phrases (lemma, optional particle, the object
// noun a relation goes through, the preposition that reaches the object) onto the graph's schema types with their
// family, argument types and examples; `type: 'open'` keeps the phrase as the relation's type but gives it a family.
// Phrases a frame does not list stay open relations of family "other". Each frame's `fires` and `silent` sentences
// are run as tests. Names no entity.
import type { EntityType, RelationFamily } from '../../model/types.js';

export interface VerbFrame {
  id: string;
  /**
   * Phrases in lemma form: "meet", "meet with", "hold talk with" (lemma, object noun, preposition), "send * to" (any
   * object noun), "take over". The preposition reaches the object; without one the direct object is it.
   */
  phrases: string[];
  /** Schema type, or 'open' to keep the phrase itself as the type. */
  type: string;
  family: RelationFamily;
  /** Allowed subject and object types (default: subject Person|Country|Organization, object any entity). */
  subject?: EntityType[];
  /** An organization subject fits only when its name has one of these words ("parliament" ratifies, a regulator approves). */
  organizations?: string[];
  object?: EntityType[];
  /** The relation reads the same both ways. */
  symmetric?: boolean;
  /** Subjects of this verb with an agreement object are parties to it (party_to). */
  parties?: boolean;
  /** Two or more coordinated subjects of this verb with an agreement object are its parties ("X and Y unveiled a deal"). */
  jointParties?: boolean;
  /** Said with no object, its object is the agreement under discussion ("two commissioners dissented"). */
  takesFocus?: boolean;
  /** Only an agreement the clause names is its object: never the agreement under discussion ("Japan has concerns"). */
  ownAgreementOnly?: boolean;
  /** Subject and object swap ("X is home to Y" -> Y located_in X). */
  inverse?: boolean;
  /** The passive states a fact about its subject, with no agent ("X is based in Y"). */
  stative?: boolean;
  /** Only a passive clause states it, of what the verb was done to ("X was shot dead in Y"; "X shot Y in Z" is no place of X's). */
  passiveOnly?: boolean;
  /**
   * Reached through a noun the object qualifies ("sanctioned three Hong Kong-based companies"), the relation keeps its
   * phrase as its type: it was done to some of the object's, not to the object.
   */
  phraseThroughNoun?: boolean;
  /** Sentences where the frame must fire and where it must not (tests). */
  fires: string[];
  silent: string[];
}

/** Words naming a legislature ("Grand National Assembly", "the Veldonian parliament"). */
const LEGISLATURE_WORDS = ['parliament', 'assembly', 'congress', 'senate', 'house', 'chamber', 'legislature', 'lawmakers'];

const ACTORS: EntityType[] = ['Person', 'Country', 'Organization'];
const STATES: EntityType[] = ['Country', 'Organization'];
const PLACES: EntityType[] = ['Country', 'Place'];

export const VERB_FRAMES: VerbFrame[] = [
  // Agreements
  {
    id: 'sign',
    phrases: ['sign', 'ink', 'seal', 'sign on to', 'put signature on'],
    type: 'signed',
    family: 'agreement',
    object: ['Agreement'],
    parties: true,
    fires: ['Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday.'],
    silent: ['The Philippines did not sign the Reciprocal Access Agreement.', 'Japan may sign the Reciprocal Access Agreement next year.'],
  },
  {
    id: 'ratify',
    phrases: ['ratify'],
    type: 'ratified',
    family: 'agreement',
    subject: STATES.concat('Person'),
    object: ['Agreement'],
    parties: true,
    fires: ["Turkey's parliament ratified the Accession Protocol on Tuesday."],
    silent: ['Turkey has yet to ratify the Accession Protocol, and it would not ratify the Accession Protocol soon.'],
  },
  {
    // (a legislature or a state approving an agreement ratifies it; a regulator or a court approving one does not
    // become its party: that is the 'approve' frame below)
    id: 'ratify-by-approval',
    phrases: ['approve', 'endorse', 'adopt', 'pass'],
    type: 'ratified',
    family: 'agreement',
    subject: STATES.concat('Person'),
    organizations: LEGISLATURE_WORDS,
    object: ['Agreement'],
    parties: true,
    fires: ['The Latvian parliament approved the Harbour Accord on Tuesday.'],
    silent: ['The Veldonian Competition Authority approved the Harbour Accord on Tuesday.'],
  },
  {
    id: 'agree-on',
    phrases: [
      'agree', 'agree on', 'agree to', 'reach', 'conclude', 'strike', 'clinch', 'finalize', 'finalise', 'negotiate',
      'initial', 'enter into', 'forge', 'hammer out', 'work out',
    ],
    type: 'open',
    family: 'agreement',
    object: ['Agreement'],
    parties: true,
    fires: ['Colombia and the rebels reached the Havana Peace Accord in August.'],
    silent: ['Colombia and the rebels never reached the Havana Peace Accord.'],
  },
  {
    // ("Kenya already has a defence agreement with the United States", "the two airlines have operated a codeshare
    // agreement since 2019": who has an agreement is its party)
    id: 'have-agreement',
    phrases: ['have', 'hold', 'operate', 'maintain', 'keep', 'share'],
    type: 'party_to',
    family: 'agreement',
    subject: ['Country', 'Organization'],
    object: ['Agreement'],
    inverse: true,
    ownAgreementOnly: true,
    fires: ['Kenya already has a defence cooperation agreement with the United States.'],
    silent: [
      'Kenya does not have a defence cooperation agreement with Peru.',
      'Japan signed the Lamu Accord in May; Japan already has similar pacts with Australia.',
    ],
  },
  {
    id: 'announce-agreement',
    phrases: ['announce', 'unveil', 'present', 'propose', 'draft', 'confirm', 'publish', 'release', 'outline', 'table'],
    type: 'open',
    family: 'agreement',
    object: ['Agreement'],
    jointParties: true,
    fires: ['South Korea unveiled the Compensation Agreement on Monday.', 'The United States and Germany on Wednesday unveiled an agreement on the pipeline.'],
    silent: [],
  },
  {
    id: 'withdraw-from-agreement',
    phrases: ['withdraw from', 'pull out of', 'quit', 'exit', 'leave', 'abandon', 'scrap', 'suspend', 'violate', 'breach', 'renounce', 'terminate', 'tear up'],
    type: 'open',
    family: 'agreement',
    object: ['Agreement'],
    fires: ['Washington withdrew from the Intermediate-Range Nuclear Forces Treaty in 2019.'],
    silent: [],
  },
  {
    // (a body suspending a member: "the bloc suspended Mali", "suspended X from the league")
    id: 'suspend-member',
    phrases: ['suspend'],
    type: 'suspends',
    family: 'membership',
    subject: ['Organization', 'Country'],
    object: ['Country', 'Organization', 'Person'],
    fires: ['The Sahel Alliance suspended Mali on Friday.', 'The Andean Football League suspended Ana Soto for six months.'],
    silent: [],
  },
  {
    id: 'mediate',
    phrases: ['mediate', 'broker', 'facilitate', 'mediate between', 'mediate * between', 'broker * between', 'facilitate * between'],
    type: 'mediates',
    family: 'diplomatic',
    fires: ['Qatar mediated the Lusail Agreement between Washington and the Sangar Movement.', 'Oman mediated indirect talks between Iran and Chile.'],
    silent: [],
  },
  // Diplomacy
  {
    id: 'meet',
    phrases: [
      'meet', 'meet with', 'greet', 'embrace', 'hold talk with', 'hold meeting with', 'talk with', 'talk to',
      'speak with', 'speak to', 'confer with', 'have talk with', 'hold call with', 'have call with', 'sit down with',
      'dine with', 'have lunch with', 'have dinner with', 'take tea with', 'have breakfast with', 'shake hand with',
    ],
    type: 'meets',
    family: 'diplomatic',
    subject: ACTORS,
    object: ACTORS,
    symmetric: true,
    fires: [
      'Lars Hedvall travelled to Budapest and met Gábor Ternai on Friday.', 'Arvind Kesari held talks with Pavel Dronov.',
      'Arvind Kesari and Pavel Dronov then met face to face in a session with Lars Hedvall.',
    ],
    silent: ['Arvind Kesari will not meet Pavel Dronov.'],
  },
  {
    id: 'host',
    phrases: ['host', 'receive', 'welcome'],
    type: 'hosts',
    family: 'diplomatic',
    subject: ACTORS,
    object: ['Person'],
    fires: ['Tom Hartwell hosted German Chancellor Ulrike Brandtner in Washington.'],
    silent: [],
  },
  {
    id: 'host-event',
    // ("Portugal hosted the Atlantic Ocean Summit in Lisbon": who hosts an event, not where it is)
    phrases: ['host', 'organize', 'organise', 'convene', 'stage'],
    type: 'hosts',
    family: 'diplomatic',
    subject: ['Country', 'Organization', 'Person'],
    object: ['Event'],
    fires: ['Portugal hosted the Atlantic Ocean Summit in Lisbon on Wednesday.'],
    silent: [],
  },
  {
    id: 'visit',
    phrases: [
      'visit', 'travel to', 'fly to', 'arrive in', 'arrive at', 'land in', 'go to', 'head to', 'come to', 'tour',
      'return to', 'make visit to', 'pay visit to', 'make trip to',
    ],
    type: 'visits',
    family: 'movement',
    subject: ACTORS,
    object: ['Country', 'Place', 'Organization', 'Event'],
    fires: ['Lars Hedvall, the Swedish prime minister, travelled to Hungary on Friday.'],
    silent: ['Lars Hedvall plans to travel to Hungary.'],
  },
  {
    id: 'recognize',
    phrases: ['recognize', 'recognise'],
    type: 'recognizes',
    family: 'diplomatic',
    fires: ['Brazil recognized Tomas Evander as interim president.'],
    silent: [],
  },
  {
    id: 'welcome-agreement',
    phrases: ['welcome', 'hail', 'applaud', 'celebrate'],
    type: 'welcomes',
    family: 'diplomatic',
    object: ['Agreement', 'Event'],
    fires: ['Einar Solvik welcomed the Accession Protocol.'],
    silent: [],
  },
  {
    id: 'welcome-ruling',
    // ("welcomed the ruling": the court that gave it, through the discourse; a body welcomed is no guest)
    phrases: ['welcome', 'hail', 'applaud'],
    type: 'welcomes',
    family: 'diplomatic',
    object: ['Organization'],
    fires: ['The Halden Court of Appeal freed him. Ana Ruiz welcomed the ruling.'],
    silent: [],
  },
  {
    id: 'praise',
    phrases: ['praise', 'commend', 'laud', 'thank', 'congratulate'],
    type: 'open',
    family: 'diplomatic',
    fires: ['Mark Ellison praised Qatar for its role.'],
    silent: [],
  },
  {
    id: 'expel',
    phrases: [
      'expel', 'expel * of', 'expel * from', 'recall * from', 'summon * of', 'summon', 'withdraw * from',
      'declare * persona', 'order * out of', 'recall',
    ],
    type: 'open',
    family: 'diplomatic',
    fires: ['Canada expelled six Indian diplomats on Monday.'],
    silent: [],
  },
  // Support and opposition
  {
    id: 'support',
    phrases: [
      'support', 'back', 'endorse', 'champion', 'side with', 'stand by', 'stand with', 'defend', 'bolster',
      'throw weight behind', 'voice support for', 'express support for', 'offer support to', 'pledge support for',
      'reaffirm support for',
    ],
    type: 'supports',
    family: 'cooperation',
    fires: ['Norway, along with Chile, backs Ilse Marant.'],
    silent: ['Norway does not back Ilse Marant.'],
  },
  {
    id: 'oppose',
    phrases: ['oppose', 'reject', 'resist', 'object to', 'vote against', 'veto', 'block', 'obstruct'],
    type: 'opposes',
    family: 'conflict',
    fires: ['Hungary opposed the Ukraine Facility for months.'],
    silent: [],
  },
  {
    // (with no object: the agreement under discussion)
    id: 'vote-against',
    phrases: ['dissent', 'vote against', 'vote no'],
    type: 'opposes',
    family: 'conflict',
    object: ['Agreement'],
    takesFocus: true,
    fires: ['The Veldonian Trade Commission approved the Harbour Accord on Monday. Piet Varga and Li Wen dissented.'],
    silent: ['The Veldonian Trade Commission met on Monday. Piet Varga and Li Wen dissented.'],
  },
  {
    id: 'vote-for',
    phrases: ['vote in favour', 'vote in favor', 'vote yes'],
    type: 'supports',
    family: 'cooperation',
    object: ['Agreement'],
    takesFocus: true,
    fires: ['The Veldonian Trade Commission approved the Harbour Accord on Monday. Chair Ana Ruiz voted in favour.'],
    silent: [],
  },
  {
    id: 'criticize',
    phrases: [
      'criticize', 'criticise', 'condemn', 'denounce', 'slam', 'rebuke', 'lambast', 'castigate', 'deplore', 'decry',
      'complain about', 'attack', 'blast', 'chide', 'berate', 'assail', 'mock', 'ridicule', 'deride', 'scorn', 'lampoon',
    ],
    type: 'criticizes',
    family: 'conflict',
    object: ACTORS.concat('Agreement', 'Event'),
    fires: ['China condemned the Philippines over the incident.'],
    silent: [],
  },
  {
    // ("X faced criticism from Z", "the plan attracted criticism from Y": who criticizes is after "from"; "drew a rebuke
    // from" is the phrase rule criticizes-drew-rebuke-from's)
    id: 'face-criticism',
    phrases: [
      'face criticism from', 'attract criticism from', 'meet criticism from', 'receive criticism from', 'face condemnation from',
      'face backlash from',
    ],
    type: 'criticizes',
    family: 'conflict',
    subject: ACTORS.concat('Agreement', 'Event'),
    object: ACTORS,
    inverse: true,
    fires: ['The Harbour Accord attracted criticism from Veldonia on Monday.', 'Halden Oil faced criticism from Veldonia.'],
    silent: [],
  },
  {
    id: 'accuse',
    phrases: ['accuse', 'blame', 'allege', 'implicate'],
    type: 'accuses',
    family: 'conflict',
    fires: ['Canada accused India of involvement in the killing.'],
    silent: [],
  },
  {
    // (a formal accusation before a court: "prosecutors charged X with fraud", "X was charged by the ITA")
    id: 'charge',
    phrases: ['charge', 'bring charge against', 'file charge against', 'press charge against'],
    type: 'charges',
    family: 'legal',
    fires: ['The Halden Prosecution Office charged Owen Marden with murder.'],
    silent: [],
  },
  {
    id: 'demand',
    phrases: ['demand', 'urge', 'call on', 'call upon', 'press', 'ask', 'implore', 'pressure', 'push', 'tell'],
    type: 'open',
    family: 'diplomatic',
    object: ACTORS,
    fires: ['The United States urged China to show restraint.'],
    silent: [],
  },
  {
    id: 'sanction',
    phrases: [
      'sanction', 'impose sanction on', 'impose sanctions on', 'slap sanction on', 'blacklist', 'designate', 'impose ban on',
      'ban', 'embargo', 'freeze asset of', 'impose freeze on', 'impose restriction on', 'impose penalty on', 'impose measure on',
      'impose asset freeze on', 'slap ban on', 'impose travel ban on', 'impose ban and asset freeze on',
    ],
    type: 'sanctions',
    family: 'conflict',
    phraseThroughNoun: true,
    fires: ['The Continental Union imposed sanctions on Russia.', 'The US Treasury blacklisted Everbright Trading on Monday.'],
    silent: ['The Continental Union stopped short of sanctioning Russia.'],
  },
  {
    // (a tariff is a tax on trade, no sanction: the phrase stays the type)
    id: 'impose-tariff',
    phrases: [
      'impose tariff on', 'slap tariff on', 'raise tariff on', 'put tariff on', 'levy tariff on', 'impose surtax on', 'slap surtax on',
      'impose duty on', 'slap duty on', 'raise duty on', 'impose levy on', 'impose retaliatory tariff on', 'keep tariff on',
      'maintain tariff on',
    ],
    type: 'imposes_tariffs_on',
    family: 'conflict',
    fires: ['The United States imposed tariffs on Chinese steel.', 'Canada slapped a 25% surtax on most Brazilian steel products.'],
    silent: [],
  },
  {
    id: 'file-complaint',
    // (a complaint to a body that hears it: "filed a complaint at the trade council"; one against someone is the sue frame's)
    phrases: [
      'file complaint with', 'file complaint at', 'lodge complaint with', 'lodge complaint at', 'submit complaint to', 'bring complaint to',
      'file case with', 'file case at',
    ],
    type: 'files_complaint_with',
    family: 'legal',
    object: ['Organization'],
    fires: ['Brazil filed a formal complaint at the Veskan Trade Council on Monday.'],
    silent: [],
  },
  {
    id: 'buy-stake',
    phrases: ['buy stake in', 'acquire stake in', 'take stake in', 'purchase stake in', 'build stake in'],
    type: 'buys_stake_in',
    family: 'economic',
    object: ['Organization'],
    fires: ['Northgate, a London-based private equity firm, bought a majority stake in Frostline in 2019.'],
    silent: [],
  },
  {
    id: 'own-stake',
    phrases: ['hold stake in', 'own stake in', 'have stake in', 'keep stake in', 'retain stake in'],
    type: 'owns_stake_in',
    family: 'economic',
    object: ['Organization'],
    fires: ['Varo Lithium held a 9.8% stake in Halden Mining until May.'],
    silent: [],
  },
  {
    id: 'threaten',
    phrases: ['threaten', 'warn'],
    type: 'open',
    family: 'conflict',
    object: ACTORS,
    fires: ['Beijing warned Manila against further provocations.'],
    silent: [],
  },
  // Conflict and security
  {
    id: 'attack',
    phrases: [
      'attack', 'invade', 'bomb', 'shell', 'strike', 'raid', 'target', 'fire on', 'fire at', 'launch strike on',
      'launch attack on', 'launch attack against', 'carry out strike on', 'occupy', 'annex', 'seize', 'capture',
      'shoot down', 'fight', 'clash with', 'storm', 'overrun', 'ambush', 'launch * at', 'fire * at', 'fire * into',
    ],
    type: 'attacks',
    family: 'conflict',
    subject: ['Country', 'Organization', 'Person'],
    object: ['Country', 'Organization', 'Place', 'Person'],
    fires: ['Russia invaded Ukraine in February 2022.'],
    silent: [],
  },
  {
    id: 'kill',
    phrases: ['kill', 'assassinate', 'murder', 'shoot', 'shoot dead', 'execute', 'stab', 'slay', 'gun down', 'strangle', 'behead', 'lynch'],
    type: 'kills',
    family: 'conflict',
    subject: ['Person', 'Organization', 'Country'],
    object: ['Person'],
    fires: ['Carl Brenner killed Walter Haines in Dallas.'],
    silent: [],
  },
  {
    id: 'killed-in',
    // ("X and Y were shot dead in Bannu": where someone was killed; only the passive says it of the victim)
    phrases: [
      'kill in', 'shoot in', 'shoot dead in', 'shoot * in', 'murder in', 'assassinate in', 'stab in', 'slay in', 'gun down in', 'behead in',
      'execute in', 'kill near', 'shoot near', 'shoot dead near', 'kill outside', 'shoot outside', 'shoot dead outside', 'murder outside',
    ],
    type: 'killed_in',
    family: 'conflict',
    stative: true,
    passiveOnly: true,
    subject: ['Person'],
    object: PLACES,
    fires: ['Farid Khan and Ayesha Noor were shot dead in Bannu on Tuesday.', 'Karan Sandhu was shot dead outside a temple in Surrey.'],
    silent: ['Carl Brenner killed Walter Haines in Dallas.'],
  },
  {
    id: 'deploy',
    phrases: [
      'deploy * to', 'deploy * in', 'send * to', 'send * into', 'dispatch * to', 'station * in', 'station * to',
      'move * to', 'deploy to', 'send to', 'deploy', 'station', 'send troop to', 'step up patrol in',
      // ("Germany, which has 80 military trainers in Niger", "France keeps a battalion near Abidjan": forces kept somewhere)
      ...['have', 'keep', 'maintain', 'base'].flatMap((v) =>
        ['troop', 'soldier', 'trainer', 'force', 'battalion', 'brigade', 'personnel', 'adviser', 'advisor', 'marine', 'peacekeeper'].flatMap((n) => [
          `${v} ${n} in`, `${v} ${n} near`,
        ]),
      ),
    ],
    type: 'deploys_to',
    family: 'movement',
    subject: ['Country', 'Organization'],
    object: ['Country', 'Place', 'Organization'],
    fires: ['Russia sent military experts to Venezuela.', 'Germany, which has 80 military trainers in Niger, said so.'],
    silent: [],
  },
  {
    // ("Mali, Niger and Burkina Faso left the Sahel Council", "Gambia quit the Commonwealth in 2013": a member leaving a body)
    id: 'leave-body',
    phrases: ['leave', 'quit', 'withdraw from', 'pull out of', 'exit', 'walk out of', 'secede from'],
    type: 'withdraws_from',
    family: 'membership',
    subject: ['Country', 'Organization'],
    object: ['Organization'],
    fires: ['Mali and Niger left the Sahel Council in January.', 'Gambia, which quit the Commonwealth in 2013, returned.'],
    silent: [],
  },
  {
    // ("The Halden Front claimed responsibility for the attack")
    id: 'claim-responsibility',
    phrases: ['claim responsibility for', 'claim credit for', 'take responsibility for', 'accept responsibility for'],
    type: 'claims_responsibility_for',
    family: 'conflict',
    subject: ['Organization', 'Person', 'Country'],
    object: ['Event', 'Place', 'Organization'],
    fires: ['Gunmen attacked the Halden museum. The Veska Front claimed responsibility for the attack. The attack killed 21.'],
    silent: [],
  },
  {
    id: 'withdraw-troops',
    phrases: ['withdraw * from', 'pull * out of', 'pull out of', 'withdraw from', 'evacuate * from', 'leave'],
    type: 'open',
    family: 'movement',
    object: PLACES.concat('Organization'),
    fires: ['France withdrew its troops from Niger.'],
    silent: [],
  },
  {
    id: 'arrest',
    phrases: ['arrest', 'detain', 'jail', 'imprison', 'sentence', 'convict', 'indict', 'prosecute', 'extradite', 'deport', 'expel'],
    type: 'open',
    family: 'legal',
    object: ['Person', 'Organization'],
    fires: ['The Royal Canadian Border Guard arrested Devan Sahota in Edmonton.'],
    silent: [],
  },
  // Economy
  {
    id: 'lend',
    phrases: [
      'lend', 'loan', 'lend to', 'give loan to', 'extend loan to', 'grant loan to', 'provide loan to',
      'extend credit to', 'extend line to', 'extend credit line to', 'disburse * to', 'lend * to', 'give * loan', 'approve loan for', 'approve loan to',
      'approve * for', 'bail out',
    ],
    type: 'loans_to',
    family: 'economic',
    fires: ['In 2011, Russia gave Venezuela a $4 billion loan.'],
    silent: [],
  },
  {
    id: 'acquire',
    phrases: [
      'acquire', 'buy', 'purchase', 'take over', 'absorb', 'merge with', 'complete acquisition of',
      'complete purchase of', 'complete takeover of', 'agree to buy', 'bid for', 'make offer for', 'make bid for',
    ],
    type: 'acquires',
    family: 'economic',
    subject: ['Organization', 'Person', 'Country'],
    object: ['Organization'],
    fires: ['Norvalt acquired Cloudmere for $69 billion.'],
    silent: [],
  },
  {
    id: 'buy-from',
    phrases: ['buy from', 'purchase from', 'order from', 'import from', 'buy * from', 'purchase * from', 'order * from', 'import * from'],
    type: 'open',
    family: 'economic',
    fires: ['Hungary will buy four more jets from Skarvik.'],
    silent: [],
  },
  {
    id: 'supply',
    phrases: [
      'supply', 'supply * to', 'sell * to', 'deliver * to', 'provide * to', 'ship * to', 'export * to', 'give * to',
      'donate * to', 'transfer * to', 'supply to', 'sell to', 'provide',
    ],
    type: 'open',
    family: 'economic',
    fires: ['The United States supplied air-defence systems to Ukraine.'],
    silent: [],
  },
  {
    // ("Japan pledged $50 million to Nepal", "Norway contributed 12 million euros to the programme")
    id: 'fund-with-money',
    phrases: [
      'pledge money to', 'pledge money for', 'contribute money to', 'donate money to', 'give money to', 'provide money to',
      'grant money to', 'commit money to', 'allocate money to', 'disburse money to', 'earmark money for', 'send money to',
      'offer money to', 'transfer money to', 'award money to', 'release money to', 'release money for',
      'provide money for', 'give money for', 'contribute money for', 'donate money for', 'approve money for', 'approve money to',
    ],
    type: 'finances',
    family: 'economic',
    subject: ['Country', 'Organization', 'Person'],
    object: ['Country', 'Organization', 'Event', 'Other', 'Place'],
    fires: [
      'Japan pledged $50 million to Nepal for reconstruction.',
      'Norway contributed 12 million euros to the Zambezi Basin Fund.',
      'The Continental Union released 4 million euros in humanitarian aid for Nepal.',
    ],
    silent: ['Japan pledged support to Nepal.'],
  },
  {
    // ("Halden Energy will invest $2 billion in Morocco", "Veska Capital invested in Halden Grid")
    id: 'invest',
    phrases: ['invest in', 'invest money in', 'invest * in', 'pour money into', 'make investment in', 'announce investment in'],
    type: 'invests_in',
    family: 'economic',
    subject: ['Country', 'Organization', 'Person'],
    object: ['Country', 'Organization', 'Place', 'Event', 'Other'],
    fires: ['Halden Energy will invest $2 billion in Morocco.', 'Veska Capital invested in Halden Grid in 2021.'],
    silent: ['Halden Energy may invest in Morocco.'],
  },
  {
    // ("Halden Air secured a $700 million loan from Veska Bank": the lender lends to the borrower)
    id: 'borrow-from',
    phrases: [
      'borrow from', 'borrow * from', 'secure loan from', 'obtain loan from', 'receive loan from', 'get loan from', 'take loan from',
      'take out loan from', 'raise loan from', 'secure credit from', 'obtain credit from', 'draw credit from', 'seek loan from',
    ],
    type: 'loans_to',
    family: 'economic',
    subject: ['Country', 'Organization', 'Person'],
    object: ['Country', 'Organization'],
    inverse: true,
    fires: ['Halden Air secured a $700 million bridge loan from Veska Bank.', 'Zambia borrowed $2 billion from China.'],
    silent: [],
  },
  {
    // ("Kasa Pay raised $42 million from Ogun Capital": who gives the money finances the one who raises it)
    id: 'receive-money',
    phrases: ['raise money from', 'receive money from', 'secure money from', 'obtain money from', 'get money from'],
    type: 'finances',
    family: 'economic',
    subject: ['Country', 'Organization', 'Person'],
    object: ['Country', 'Organization', 'Person'],
    inverse: true,
    fires: ['Kasa Pay raised $42 million from Ogun Capital and Lagos Ventures.'],
    silent: [],
  },
  {
    id: 'fund',
    phrases: ['fund', 'finance', 'invest in', 'invest * in', 'pay', 'compensate', 'subsidize', 'subsidise', 'bankroll'],
    type: 'open',
    family: 'economic',
    fires: ['China financed Hambantota Port.'],
    silent: [],
  },
  {
    id: 'own-company',
    phrases: ['own', 'wholly own', 'fully own'],
    type: 'part_of',
    family: 'membership',
    subject: ['Organization'],
    object: ['Organization'],
    inverse: true,
    fires: ['Baltic Link 2 AG is owned by Volgaprom.', 'Holdmark owns Streamly Studios.'],
    silent: [],
  },
  {
    id: 'trade',
    phrases: [
      'trade with', 'export to', 'import from', 'sell', 'own', 'operate', 'run', 'build', 'develop', 'manufacture',
      'produce', 'launch', 'unveil', 'cancel', 'divest', 'spin off', 'sell off',
    ],
    type: 'open',
    family: 'economic',
    fires: ['Pohjagrid Finland operates the Balticconnector.'],
    silent: [],
  },
  // Law and regulation
  {
    id: 'sue',
    phrases: [
      'sue', 'file lawsuit against', 'file suit against', 'file complaint against', 'file case against',
      'file claim against', 'lodge complaint against', 'lodge claim against', 'lodge case against',
      'bring case against', 'bring lawsuit against', 'bring claim against', 'bring suit against',
      'launch lawsuit against', 'launch case against', 'take legal action against', 'file arbitration against',
      'lodge challenge against', 'file challenge against', 'mount challenge to', 'launch challenge against',
      'bring challenge against', 'file arbitration claim against', 'take * to', 'challenge', 'appeal', 'appeal against',
      'petition',
    ],
    type: 'sues',
    family: 'legal',
    fires: ['Brightforge Games sued Quillon in 2020.'],
    silent: [],
  },
  {
    // ("the district court dismissed Halvern's challenge", "the court rejected Veska's appeal": it ruled against the one
    // whose challenge it threw out)
    id: 'rule-against-challenge',
    phrases: [
      'dismiss challenge of', 'dismiss appeal of', 'reject appeal of', 'reject challenge of', 'throw out appeal of',
      'throw out challenge of', 'dismiss lawsuit of', 'dismiss claim of', 'reject claim of', 'dismiss bid of', 'reject bid of',
    ],
    type: 'rules_against',
    family: 'legal',
    subject: ['Organization', 'Person'],
    object: ACTORS,
    fires: ['The Halden District Court largely dismissed Veska Holdings\'s challenge to that decision.'],
    silent: [],
  },
  {
    id: 'rule',
    phrases: [
      'rule against', 'rule in favour of', 'rule in favor of', 'rule for', 'uphold', 'overturn', 'dismiss', 'reject',
      'order', 'find', 'convict', 'acquit', 'side with', 'strike down', 'annul', 'quash', 'set aside',
    ],
    type: 'open',
    family: 'legal',
    subject: ['Organization', 'Person'],
    fires: ['The Continental Court ruled against Vantoro on Tuesday.'],
    silent: [],
  },
  {
    id: 'approve',
    phrases: [
      'approve', 'clear', 'authorize', 'authorise', 'greenlight', 'sign off on', 'give approval to',
      'give green light to', 'license', 'permit', 'allow',
    ],
    type: 'approves',
    family: 'legal',
    subject: ['Organization', 'Person', 'Country'],
    object: ['Organization', 'Person', 'Agreement', 'Country'],
    fires: ['The Continental Commission cleared the Acquisition of Cloudmere in July.'],
    silent: [],
  },
  {
    id: 'regulate',
    phrases: [
      'fine', 'investigate', 'probe', 'review', 'scrutinize', 'scrutinise', 'penalize', 'penalise', 'audit', 'inspect',
      'monitor', 'regulate', 'examine',
    ],
    type: 'open',
    family: 'legal',
    subject: ['Organization', 'Person', 'Country'],
    object: ['Organization', 'Person', 'Agreement'],
    fires: ['The Continental Commission fined Vantoro 2.4 billion euros.'],
    silent: [],
  },
  // Offices and membership
  {
    id: 'lead',
    phrases: ['lead', 'head', 'chair', 'run', 'command', 'direct', 'manage', 'preside over', 'govern', 'rule', 'helm', 'serve'],
    type: 'holds_office',
    family: 'office',
    subject: ['Person'],
    object: ['Organization', 'Country'],
    fires: ['Dana Whitcombe chairs the Federal Fair Trading Commission.'],
    silent: [],
  },
  {
    // (a lawyer for a client, a legislator for a seat, a union for workers)
    id: 'represent',
    phrases: ['represent', 'act for'],
    type: 'represents',
    family: 'legal',
    subject: ['Person', 'Organization'],
    object: ['Person', 'Organization', 'Country', 'Place'],
    fires: ['Coun. Dana Ruiz, who represents Westgate ward, voted no.', 'Marta Ibsen represents Corvane Energy in the case.'],
    silent: [],
  },
  {
    id: 'work-for',
    phrases: [
      'work for', 'work at', 'work in', 'be employ by', 'employ by', 'be employed by', 'work as * at', 'work as * for', 'teach at', 'lecture at',
      'write for', 'report for', 'play for', 'coach at',
    ],
    type: 'works_for',
    family: 'office',
    subject: ['Person'],
    object: ['Organization'],
    fires: [
      'Maria Sotelo works at Corvane Energy.',
      'Maria Sotelo, who works for Corvane Energy, said so.',
      'Amara Bell taught at Halden University for 14 years.',
      'Ana Soto writes for the Halden Daily News.',
    ],
    silent: [],
  },
  {
    id: 'found',
    phrases: ['found', 'establish', 'create', 'set up', 'form', 'co-found', 'launch'],
    type: 'founded',
    family: 'office',
    subject: ['Person', 'Country', 'Organization'],
    object: ['Organization'],
    fires: ['Brazil, Russia, India and China founded EMQ in 2009.'],
    silent: [],
  },
  {
    id: 'party-to',
    phrases: ['be party to', 'become party to', 'remain party to', 'be signatory to', 'be signatory of', 'become signatory to'],
    type: 'party_to',
    family: 'agreement',
    subject: STATES,
    object: ['Agreement'],
    inverse: true,
    fires: [
      'South Africa and Israel are parties to the 1948 Genocide Convention.',
      'India and Canada cited the 1961 Vienna Convention on Diplomatic Relations, to which both countries are parties.',
    ],
    silent: ['Canada is not a party to the 1948 Genocide Convention.'],
  },
  {
    // (who joins an agreement, or is part of one, becomes its party)
    id: 'join-agreement',
    phrases: ['join', 'accede to', 'be part of', 'become part of', 'rejoin', 'sign up to', 'sign on to'],
    type: 'party_to',
    family: 'agreement',
    subject: STATES,
    object: ['Agreement'],
    inverse: true,
    fires: ['Chile joined the Lima Accord in 2019.', 'Egypt will also be part of the Lima Accord.'],
    silent: ['Chile did not join the Lima Accord.'],
  },
  {
    id: 'join',
    phrases: ['join', 'accede to', 'become member of', 'be member of', 'remain member of', 'be part of', 'belong to', 'rejoin'],
    type: 'member_of',
    family: 'membership',
    subject: ['Country', 'Organization', 'Person'],
    object: ['Organization', 'Agreement'],
    fires: ['Finland joined BDU in April 2023.'],
    silent: ['Sweden did not join BDU in 2022.'],
  },
  {
    id: 'join-person',
    phrases: ['join'],
    type: 'meets',
    family: 'diplomatic',
    subject: ['Person'],
    object: ['Person'],
    symmetric: true,
    fires: ['Rafael Quiroga and Ines Laborde joined President Tomas Evander at the palace.'],
    silent: ['Rafael Quiroga did not join Tomas Evander in Lima.'],
  },
  {
    id: 'include-members',
    phrases: ['include', 'comprise', 'bring together', 'group', 'count', 'expand to include', 'admit', 'welcome'],
    type: 'member_of',
    family: 'membership',
    subject: ['Organization', 'Agreement'],
    object: ['Country', 'Organization'],
    inverse: true,
    fires: ['The Accra Initiative also includes Benin and Togo.'],
    silent: [],
  },
  {
    // (a body that employs someone is whom they work for)
    id: 'employ-person',
    phrases: ['employ'],
    type: 'works_for',
    family: 'office',
    subject: ['Organization'],
    object: ['Person'],
    inverse: true,
    fires: ['Ana Ruiz was employed by Tigris Logistics until May.'],
    silent: ['Tigris Logistics no longer employs Ana Ruiz.'],
  },
  {
    id: 'speak-for',
    phrases: ['speak for', 'speak on behalf of'],
    type: 'spokesperson_for',
    family: 'office',
    subject: ['Person'],
    object: ['Organization', 'Country'],
    fires: ['Mei-ling Chou, who speaks for the Cross-Strait Exchange Council, said the service would resume.'],
    silent: [],
  },
  {
    id: 'employ',
    phrases: [
      'employ', 'hire', 'appoint', 'name', 'nominate', 'elect', 'choose', 'pick', 'promote', 'tap', 'install',
      'reappoint', 'fire', 'dismiss', 'sack', 'oust', 'remove',
    ],
    type: 'open',
    family: 'office',
    object: ['Person'],
    fires: ['The National Assembly elected Zoltán Bereczki as president.'],
    silent: [],
  },
  {
    id: 'resign',
    phrases: ['resign from', 'quit', 'step down from', 'leave', 'retire from', 'succeed', 'replace'],
    type: 'open',
    family: 'office',
    subject: ['Person'],
    fires: ['Ron Keller succeeded Paul Haverty in 2011.'],
    silent: [],
  },
  // Cooperation
  {
    id: 'ally',
    phrases: ['ally with', 'align with', 'form alliance with'],
    type: 'allied_with',
    family: 'cooperation',
    symmetric: true,
    fires: [],
    silent: [],
  },
  {
    id: 'partner',
    phrases: ['be partner of', 'become partner of', 'remain partner of', 'be partner to'],
    type: 'partner_of',
    family: 'cooperation',
    symmetric: true,
    fires: ['Venezuela is the strategic partner of Russia.'],
    silent: [],
  },
  {
    id: 'ally-complement',
    phrases: ['be ally of', 'become ally of', 'remain ally of', 'be ally to'],
    type: 'allied_with',
    family: 'cooperation',
    symmetric: true,
    fires: ['Japan is the closest ally of the United States.'],
    silent: [],
  },
  {
    id: 'cooperate',
    phrases: [
      'share position with', 'share view with', 'share value with', 'cooperate with', 'co-operate with', 'work with',
      'partner with', 'collaborate with', 'team up with', 'join force with', 'coordinate with', 'deepen tie with',
      'strengthen tie with', 'boost tie with', 'normalize relation with', 'normalise relation with',
      'establish tie with', 'establish relation with',
    ],
    type: 'open',
    family: 'cooperation',
    symmetric: true,
    fires: ['China will work with India to implement it.'],
    silent: [],
  },
  {
    id: 'restore-ties',
    phrases: ['restore tie with', 'restore relation with', 're-establish tie with', 're-establish relation with', 'reestablish relation with',
      'resume relation with', 'resume tie with'],
    type: 'restores_ties_with',
    family: 'diplomatic',
    symmetric: true,
    fires: ['Saudi Arabia restored diplomatic relations with Iran in March.'],
    silent: ['Saudi Arabia refused to restore relations with Iran.'],
  },
  {
    id: 'sever',
    phrases: ['sever tie with', 'cut tie with', 'break off relation with', 'break off tie with', 'sever relation with', 'cut relation with',
      'break relation with', 'break tie with', 'suspend tie with', 'suspend relation with'],
    type: 'severs_ties_with',
    family: 'conflict',
    symmetric: true,
    fires: ['Riyadh cut ties with Tehran in 2016.', 'Washington broke off diplomatic relations with Havana in 1961.'],
    silent: ['Riyadh has not cut ties with Tehran.'],
  },
  {
    id: 'downgrade-ties',
    phrases: ['downgrade tie with', 'downgrade relation with'],
    type: 'open',
    family: 'conflict',
    symmetric: true,
    fires: [],
    silent: [],
  },
  // Location
  {
    id: 'no-relation',
    phrases: [
      'expect', 'want', 'hope', 'believe', 'think', 'see', 'find', 'consider', 'feel', 'know', 'seem', 'need', 'value',
      'note', 'mention', 'remind', 'inform', 'describe', 'call', 'get', 'take', 'put', 'keep', 'let', 'make', 'become',
      'remain',
    ],
    type: 'none',
    family: 'other',
    fires: [],
    silent: ['Finland expects Hungary to ratify soon.'],
  },
  {
    id: 'based-in',
    phrases: ['base in', 'headquarter in', 'locate in', 'be based in', 'sit in', 'be headquartered in', 'be located in', 'register in', 'incorporate in'],
    type: 'located_in',
    family: 'location',
    stative: true,
    subject: ['Organization', 'Place', 'Event'],
    object: PLACES,
    fires: ['Quillon is based in Cupertino, California.'],
    silent: [],
  },
  {
    id: 'listed-on',
    // ("X, which is listed on the Oslo Stock Exchange", "its shares trade on the Nasdaq")
    phrases: ['be listed on', 'list on', 'trade on', 'be traded on', 'be quoted on'],
    type: 'listed_on',
    family: 'economic',
    stative: true,
    subject: ['Organization'],
    object: ['Organization'],
    fires: ['Halden Oil, which is listed on the Oslo Stock Exchange, said so.'],
    silent: [],
  },
  {
    id: 'lives-in',
    phrases: [
      'live in', 'reside in', 'settle in', 'be born in', 'bear in', 'bear near', 'be born near', 'raise in', 'grow up in', 'move to', 'emigrate to', 'flee to',
      'return to',
      'be from', 'hail from', 'come from',
    ],
    type: 'lives_in',
    family: 'location',
    stative: true,
    subject: ['Person'],
    object: PLACES,
    fires: ['Harjit Singh Mander lived in Surrey.', 'In 1752, flagmaker Betsy Ross was born in Philadelphia.', 'Ana Soto was born near Davenport.'],
    silent: [],
  },
  {
    id: 'home-to',
    phrases: ['be home to', 'host', 'house'],
    type: 'located_in',
    family: 'location',
    subject: PLACES,
    object: ['Organization', 'Place', 'Event'],
    inverse: true,
    fires: ['Qatar is home to Al Udeid Air Base.'],
    silent: [],
  },
];
