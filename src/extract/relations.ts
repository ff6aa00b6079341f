// kg/extract: verb and noun patterns that state relations between the entities of one sentence: who
// recognizes, backs, praises, accuses, demands, attacks, visits, sends, lends, signs, ratifies, meets, allies with
// whom; plus two shapes without a verb ("Turkey, a NATO member", "talks between X and Y"). Finds the subject to the
// left (with coordination: "X, along with Y,", "X and Y"), the object to the right (or after "to", or the
// agreement in focus), handles the passive ("was recognized by X", "talks mediated by X") and skips negated,
// hypothetical and questioned statements. Works on character offsets; knows no particular entity.
import type { EntityType } from '../model/types.js';
import { AGREEMENT_WORDS } from './lexicon.js';

/** An entity occurrence a relation can attach to. */
export interface Arg {
  start: number;
  end: number;
  key: string;
  type: EntityType;
}

export interface RawRelation {
  type: string;
  label: string;
  subject: string;
  object: string;
  /** Offset of the trigger (for choosing the nearest date). */
  at: number;
}

type ObjectMode = 'right' | 'next' | 'to' | 'agreement' | 'between';

interface Rule {
  type: string;
  label: string;
  re: RegExp;
  object: ObjectMode;
  subjectTypes?: EntityType[];
  objectTypes?: EntityType[];
  /** Subject and object swap (e.g. "Y was visited by X" is handled by passive; this is for nouns). */
  passiveOk?: boolean;
  /** Words that may not stand between the trigger and its object. */
  objectGapBlock?: RegExp;
  /** Words that may not stand between the subject and the trigger ("trade with Russia since the invasion of"). */
  subjectGapBlock?: RegExp;
}

const ACTORS: EntityType[] = ['Person', 'Country', 'Organization'];
const RECIPROCAL = new Set(['meets', 'allied_with', 'partner_of']);
const PLACES: EntityType[] = ['Country', 'Place', 'Organization'];

const RULES: Rule[] = [
  { type: 'recognizes', label: 'recognizes', re: /\brecogni[sz](?:e|es|ed|ing)\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: ['Person', 'Country', 'Organization', 'Agreement'], passiveOk: true },
  { type: 'supports', label: 'supports', re: /\b(?:congratulat(?:es|ed|ing)|backs|backed|backing|supports|supported|supporting|endorses|endorsed|endorsing|bolsters?|bolstered|bolstering|(?:to|will|would|continue to|continues to) (?:back|support|endorse|bolster)|stands? (?:by|with)|stood by|sided with|sides with)\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: [...ACTORS, 'Agreement'], passiveOk: true },
  // "voiced strong support for X", "offered its full support to X"
  { type: 'supports', label: 'supports', re: /\b(?:offer(?:s|ed|ing)?|voic(?:es|ed|ing)|express(?:es|ed|ing)|pledg(?:es|ed|ing)|reaffirm(?:s|ed|ing)|reiterat(?:es|ed|ing)|declar(?:es|ed|ing)|show(?:s|ed|ing)|gave|gives?|lent|lends?)\s+(?:(?:his|her|its|their|our|full|strong|firm|unwavering|continued|total|political|diplomatic)\s+){0,2}(?:support|backing)\s+(?:for|to)\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: [...ACTORS, 'Agreement'] },
  // "praised Turkish lawmakers", "commended Oman": praise of an actor (of an agreement it is support, below)
  { type: 'praises', label: 'praises', re: /\b(?:prais(?:es|ed|ing)|commend(?:s|ed|ing)|laud(?:s|ed|ing)|thank(?:s|ed|ing)|applaud(?:s|ed|ing))\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: ACTORS },
  // "welcomed the deal": welcoming an agreement backs it (welcoming a visitor does not)
  { type: 'supports', label: 'supports', re: /\b(?:welcom(?:es|ed|ing)|hail(?:s|ed|ing)|prais(?:es|ed|ing))\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: ['Agreement'] },
  { type: 'opposes', label: 'opposes', re: /\b(?:opposes|opposed|opposing|oppose|rejects|rejected|sanctions|sanctioned|imposed sanctions on|imposes sanctions on|pushing for regime change in|(?:cut|cuts|severed|severs|broke off|breaks off)\s+(?:diplomatic\s+)?(?:ties|relations)\s+with)\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: ACTORS, passiveOk: true },
  { type: 'criticizes', label: 'criticizes', re: /\b(?:criticiz|criticis|condemn|denounc|slamm|slams\b|slam\b|blasted|blasts\b|rebuk|lambast|warned\b|warns\b)\w*/g, object: 'right', subjectTypes: ACTORS, objectTypes: [...ACTORS, 'Agreement'], passiveOk: true },
  { type: 'attacks', label: 'attacks', re: /\b(?:attack(?:s|ed|ing)?|invad(?:e|es|ed|ing)|invasion of|bomb(?:s|ed|ing)|shell(?:s|ed|ing)|launched (?:(?:air|missile|drone) ?strikes|strikes|missiles|drones|an attack|attacks|an offensive) (?:on|against|at|into))\b/g, object: 'right', subjectTypes: ['Country', 'Organization'], objectTypes: ['Country', 'Organization', 'Place'], passiveOk: true, subjectGapBlock: /\b(?:since|during|amid|despite|for|with)\b/ },
  { type: 'accuses', label: 'accuses', re: /\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: ACTORS, passiveOk: true },
  { type: 'demands', label: 'demands', re: /\b(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed)? on|called upon|press(?:es|ed) for)\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: ACTORS },
  { type: 'visits', label: 'visits', re: /\b(?:visit(?:s|ed|ing)?|travel(?:l?ed|s)? to|arriv(?:e|es|ed) in|trip to)\b/g, object: 'right', subjectTypes: ['Person', 'Organization', 'Country'], objectTypes: PLACES },
  { type: 'deploys_to', label: 'deploys to', re: /\b(?:deploy(?:s|ed|ing|ment)?|sen(?:d|ds|t|ding)|dispatch(?:es|ed|ing)?|station(?:s|ed|ing)?)\b/g, object: 'to', subjectTypes: ['Country', 'Organization'], objectTypes: PLACES },
  { type: 'loans_to', label: 'lends to', re: /\b(?:lent|lend(?:s|ing)?|loaned)\b(?!\s+(?:(?:his|her|its|their|our|full|strong)\s+)?(?:support|backing|weight|credibility|voice|a hand)\b)/g, object: 'right', subjectTypes: ACTORS, objectTypes: ACTORS },
  { type: 'loans_to', label: 'lends to', re: /\b(?:gave|gives?|granted|grants?|extended|extends?|provided|provides?|offered|offers?)\b(?=[^.;]{0,60}?\b(?:loans?|credits?|credit line)\b)/g, object: 'right', subjectTypes: ACTORS, objectTypes: ACTORS },
  { type: 'loans_to', label: 'lends to', re: /\b(?:loans?|credits?|bailout)\s+(?:to|with|for)\b/g, object: 'next', subjectTypes: ['Country', 'Organization'], objectTypes: ['Country', 'Organization'] },
  { type: 'signed', label: 'signed', re: /\b(?:sign|ink|seal)(?:s|ed|ing)?\b/g, object: 'agreement', subjectTypes: ACTORS, objectTypes: ['Agreement'], passiveOk: true },
  { type: 'ratified', label: 'ratified', re: /\bratif(?:y|ies|ied|ying)\b|\bcompleted (?:its|their) ratification\b/g, object: 'agreement', subjectTypes: ['Country', 'Organization'], objectTypes: ['Agreement'], passiveOk: true },
  // "hosted Chinese leader X" (not "hosted talks between X and Y", which is mediation's business)
  { type: 'meets', label: 'meets', re: /\bhost(?:s|ed|ing)\b/g, object: 'right', subjectTypes: ['Person', 'Country', 'Organization'], objectTypes: ['Person', 'Country', 'Organization'], objectGapBlock: /\b(?:between|talks|summit|meeting|conference|forum|negotiations|games|event)\b/ },
  { type: 'meets', label: 'meets', re: /\b(?:met|meets?|meeting)(?: with)?\b|\bheld talks with\b|\btalks with\b|\b(?:spoke|speaks|talked|talks)\s+(?:by\s+(?:tele)?phone\s+|on\s+the\s+(?:tele)?phone\s+)with\b|\b(?:tele)?phone\s+(?:call|conversation)\s+with\b/g, object: 'right', subjectTypes: ['Person', 'Country', 'Organization'], objectTypes: ['Person', 'Country', 'Organization'] },
  { type: 'allied_with', label: 'allied with', re: /\b(?:allied with|ally of|alliance with|union with|allies with)\b/g, object: 'right', subjectTypes: ['Country', 'Organization', 'Person'], objectTypes: ['Country', 'Organization'] },
  { type: 'partner_of', label: 'partner of', re: /\b(?:partner(?:s|ship)? with|cooperat(?:ion|ing|e|es|ed) with|strategic partnership with)\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: ACTORS },
  { type: 'member_of', label: 'part of', re: /\b(?:is|are|was|were|became|become|becomes|remains?) (?:a |an )?(?:member|members|part|founding member) of\b|\bjoin(?:s|ed)\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: ['Organization', 'Country'] },
  { type: 'acquires', label: 'acquires', re: /\b(?:acquir(?:e|es|ed|ing)|acquisition of|takeover of|purchase of|bought|buys|purchas(?:e|es|ed|ing)|took over|takes over|to buy|agreed to buy|merg(?:e|es|ed|ing) with)\b/g, object: 'right', subjectTypes: ['Organization', 'Person'], objectTypes: ['Organization'], passiveOk: true },
  { type: 'sues', label: 'sues', re: /\b(?:sue[sd]?|suing|(?:filed|files|filing|lodged|lodges|brought|brings|launched|launches) (?:a |an )?(?:[a-z-]+ )?(?:lawsuit|suit|complaint|claim|case|legal action|legal challenge|arbitration case) against)\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: ACTORS, passiveOk: true },
  { type: 'regulates', label: 'regulates', re: /\b(?:approv(?:e|es|ed)|block(?:s|ed)|investigat(?:e|es|ed|ing)|fined|cleared)\b/g, object: 'right', subjectTypes: ['Organization'], objectTypes: ['Organization', 'Person'], passiveOk: true },
  { type: 'located_in', label: 'based in', re: /\b(?:based|headquartered|located|registered) in\b/g, object: 'right', subjectTypes: ['Organization'], objectTypes: ['Place', 'Country'] },
  { type: 'holds_office', label: 'leads', re: /\b(?:leads|led|heads|headed|chairs|chaired|runs|founded|commands|commanded)\b/g, object: 'right', subjectTypes: ['Person'], objectTypes: ['Organization'], passiveOk: true },
  { type: 'mediates', label: 'mediates', re: /(?<!-)\b(?:mediat(?:e|es|ed|ing)|brokered|brokers)\b/g, object: 'right', subjectTypes: ACTORS, objectTypes: ['Agreement', 'Organization', 'Country'], passiveOk: true },
];

/** "Y, which is our strategic partner": possessor is a partner of Y. */
const RELATIVE_PARTNER = /\b(?:which|who|that) (?:is|are|was|remains?) (?:also )?(our|their|its|his|her) [\w\s,-]{0,40}?\b(partner|ally)\b/g;

const IRREALIS = /\b(?:ready|willing|plans?|planning|wants?|hopes?|hoping|intends?|threatene?d?|threatens|threats?|could|might|may|if|whether|unless)\s+(?:to\s+)?(?:\w+\s+)?$/;
const NEGATION = /\b(?:not|never|no longer|neither|nor|refuses? to|refused to|denied|deny|denies|without)\b|n[’']t\b/;
const SUBJECT_GAP_BLOCK = /[;:“”"()]|\b(?:which|who|whom|whose|where|when|while|but|because|although|if|after|before|that)\b/;
// ("demanded that X" takes X; "rejected suggestions that the loans hurt X" does not: a "that" after a noun)
const OBJECT_GAP_BLOCK = /[;:“”"()]|,\s|\b(?:which|who|whom|whose|where|when|while|but|because|although|if|said|says|after|before)\b|\S\s+that\b/;
const COUNTERPART_GAP = /^\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+)?counterparts?\s*,\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u;
const COORD = /^\s*(?:,\s*)?(?:and|or|nor|as well as|along with|together with|alongside|,)\s*(?:,\s*)?(?:the\s+)?$|^\s*,\s*(?:the\s+)?$/;
const COORD_WITH_ROLE = /^\s*,?\s*(?:and|or|as well as|along with|together with)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}$/u;
// "was backed by", and reduced relatives: "X, led by Y,"
const PASSIVE_BEFORE = /(?:\b(?:was|were|is|are|been|being|be|has been|have been)\s+(?:\w+ly\s+)?|,\s*)$/;

const typeOk = (types: EntityType[] | undefined, t: EntityType): boolean => !types || types.includes(t);

/** Arguments coordinated with args[i] going left ("Russia, along with China") or right ("X and Y"). */
function coordinated(text: string, args: Arg[], i: number, step: -1 | 1): Arg[] {
  const out: Arg[] = [];
  let k = i;
  while (args[k + step]) {
    const a = args[k]!;
    const b = args[k + step]!;
    const gap = step < 0 ? text.slice(b.end, a.start) : text.slice(a.end, b.start);
    // The second conjunct may carry its role: "X and Ethiopian Prime Minister Y"
    if (!COORD.test(gap) && !COORD_WITH_ROLE.test(gap)) break;
    out.push(b);
    k += step;
  }
  return out;
}

/**
 * Finds relations in one sentence. `text` is the whole document text; `sentence` the span; `args` the
 * sentence's argument mentions sorted by position; `focusAgreement` the agreement the sentence may refer to.
 */
export function findRelations(
  text: string,
  sentence: { start: number; end: number },
  args: Arg[],
  focusAgreement?: string,
): RawRelation[] {
  const out: RawRelation[] = [];
  // A relation needs two entities: two named here, or one and the agreement under discussion
  if (args.length === 0 || (args.length === 1 && !focusAgreement)) return out;
  const s = text.slice(sentence.start, sentence.end);
  const lower = s.toLowerCase();
  // The same text with entity names blanked, for negation and modality checks ("Medics Without Borders")
  let masked = lower;
  for (const a of args) {
    const from = a.start - sentence.start;
    const to = a.end - sentence.start;
    if (from >= 0 && to <= masked.length && to > from) masked = masked.slice(0, from) + 'x'.repeat(to - from) + masked.slice(to);
  }
  if (/\?\s*[”"’]?\s*$/.test(s)) return out; // questions state nothing
  const abs = (i: number): number => sentence.start + i;

  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(lower))) {
      const tStart = abs(m.index);
      const tEnd = tStart + m[0].length;
      // Inside an entity name ("Treaty ... on Strategic Partnership") is not a trigger
      if (args.some((a) => a.start <= tStart && tEnd <= a.end)) continue;
      const before = masked.slice(Math.max(0, m.index - 30), m.index);
      if (NEGATION.test(before.slice(-22)) || IRREALIS.test(before)) continue;
      // "travel to any capital to sign a deal": signing or ratifying in an infinitive has not happened
      if ((rule.type === 'signed' || rule.type === 'ratified') && /\bto\s+$/.test(before)) continue;
      const after = lower.slice(m.index + m[0].length);
      // ("the Declaration of Principles signed in Khartoum in 2015 by the leaders of X": a reduced relative)
      const afterAgreement = rule.type === 'signed' && args.some((a) => a.type === 'Agreement' && /^\s+$/.test(text.slice(a.end, tStart))) && /^[^,;.]{0,60}?\bby\b/.test(after);
      // ("talks mediated by the African Union": a participle right after a common noun, then "by", is passive too)
      const byNext = /^\s+by\b/.test(after);
      const reduced = byNext && /\b[a-z]{3,}\s+$/.test(before) && /(?:ed|en)$/.test(m[0]);
      const passive = rule.passiveOk && ((PASSIVE_BEFORE.test(before) && byNext) || afterAgreement || reduced);

      // Subject(s)
      let subjects: Arg[] = [];
      let objects: Arg[] = [];
      let leftIdx = findLeft(text, args, tStart, rule.type === 'located_in' || afterAgreement);
      const appositive = findAppositiveSubject(text, args, tStart);
      if (appositive >= 0) leftIdx = appositive;
      const infinitive = /\bto\s+$/.test(before);
      const controlled = infinitive && leftIdx >= 0 && /^\s+to\s+$/.test(text.slice(args[leftIdx]!.end, tStart)) && CONTROL_VERB.test(text.slice(Math.max(sentence.start, args[leftIdx]!.start - 25), args[leftIdx]!.start));
      if (infinitive && !controlled) {
        // "Richter will visit Vilnius next week to meet X": the infinitive's subject is the clause subject
        const first = args.findIndex((a) => a.end <= tStart);
        if (first >= 0 && !SUBJECT_GAP_BLOCK.test(text.slice(args[first]!.end, tStart).replace(/[’']s\b/g, ''))) leftIdx = first;
      }
      if (/\band\s+(?:\w+ly\s+)?$/.test(before)) {
        // "Indonesia rejected a complaint by Australia and accused Canberra": a coordinated verb shares the
        // subject of the clause, the first argument of the sentence
        const first = args.findIndex((a) => a.end <= tStart);
        if (first >= 0 && first !== leftIdx && !SUBJECT_GAP_BLOCK.test(text.slice(args[first]!.end, tStart).replace(/[’']s\b/g, ''))) leftIdx = first;
      }
      if (passive) {
        const byAt = tEnd + (/\bby\b/.exec(after)?.index ?? 0) + 2;
        const agent = args.findIndex((a) => a.start >= byAt && a.start - byAt < 40);
        if (agent >= 0) subjects = [args[agent]!, ...coordinated(text, args, agent, 1)];
        if (leftIdx >= 0) objects = [args[leftIdx]!, ...coordinated(text, args, leftIdx, -1)];
      } else {
        // "X and Y, who is on a visit to Z": a singular relative clause is about the last conjunct only
        const singular = leftIdx >= 0 && SINGULAR_RELATIVE.test(text.slice(args[leftIdx]!.end, tStart));
        if (leftIdx >= 0) subjects = [args[leftIdx]!, ...(singular ? [] : coordinated(text, args, leftIdx, -1))];
        if (leftIdx >= 0 && appositive === leftIdx) subjects.push(...coordinated(text, args, leftIdx, 1).filter((x) => x.end <= tStart));
        objects = findObjects(text, args, tEnd, rule.object, sentence.end, focusAgreement, rule.objectTypes, rule.type === 'ratified', POSITIVE.has(rule.type));
        if (rule.objectGapBlock && objects.length && rule.objectGapBlock.test(text.slice(tEnd, objects[0]!.start))) objects = [];
        if (rule.subjectGapBlock) subjects = subjects.filter((x) => !rule.subjectGapBlock!.test(text.slice(x.end, tStart)));
        // "the agreement Iran signed with the United States and France": the others signed it too
        const withOthers = rule.type === 'signed' ? /^\s+with\s+(?:the\s+)?/.exec(text.slice(tEnd, tEnd + 16)) : null;
        const other = withOthers ? args.findIndex((x) => x.start === tEnd + withOthers[0].length) : -1;
        if (other >= 0 && objects.length) subjects = [...subjects, args[other]!, ...coordinated(text, args, other, 1)];
        // "the takeover of X by Y": a noun's agent comes after its object
        if (objects.length && /\bof$/.test(m[0])) {
          const agent = args[args.indexOf(objects[objects.length - 1]!) + 1];
          if (agent && NOMINAL_AGENT.test(text.slice(objects[objects.length - 1]!.end, agent.start))) subjects = [agent];
        }
      }
      // "Kenya's and Ethiopia's leaders met": a reciprocal verb with coordinated subjects and no object
      if (!objects.length && subjects.length > 1 && RECIPROCAL.has(rule.type)) {
        const ok = subjects.filter((x) => typeOk(rule.subjectTypes, x.type)).reverse();
        for (let a = 0; a < ok.length; a++)
          for (let b = a + 1; b < ok.length; b++)
            if (ok[a]!.key !== ok[b]!.key) out.push({ type: rule.type, label: rule.label, subject: ok[a]!.key, object: ok[b]!.key, at: tStart });
        continue;
      }
      for (const subj of subjects) {
        if (!typeOk(rule.subjectTypes, subj.type)) continue;
        for (const obj of objects) {
          if (obj.key === subj.key || !typeOk(rule.objectTypes, obj.type)) continue;
          out.push({ type: rule.type, label: rule.label, subject: subj.key, object: obj.key, at: tStart });
        }
      }
    }
  }

  out.push(...membershipByApposition(text, sentence, args));
  out.push(...talksBetween(text, sentence, args, masked));

  // "Y, which is our strategic and comprehensive partner"
  RELATIVE_PARTNER.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = RELATIVE_PARTNER.exec(lower))) {
    const at = abs(r.index);
    const possessorAt = at + r[0].indexOf(r[1]!);
    const possessor = args.find((a) => a.start === possessorAt);
    const leftIdx = findLeft(text, args, at, true);
    if (!possessor || leftIdx < 0) continue;
    const kind = r[2] === 'ally' ? 'allied_with' : 'partner_of';
    out.push({ type: kind, label: kind === 'allied_with' ? 'allied with' : 'partner of', subject: possessor.key, object: args[leftIdx]!.key, at });
  }
  return out;
}

const TALKS_BETWEEN = /\b(?:talks|negotiations|meeting|summit|consultations)\s+between\s+(?:the\s+)?$/;

/** "talks between Armenia and Azerbaijan": the two sides meet (not when negated: "no talks between..."). */
function talksBetween(text: string, sentence: { start: number; end: number }, args: Arg[], masked: string): RawRelation[] {
  const out: RawRelation[] = [];
  args.forEach((a, i) => {
    const b = args[i + 1];
    if (!b || a.key === b.key || !/^\s+and\s+(?:the\s+)?$/.test(text.slice(a.end, b.start))) return;
    const before = text.slice(Math.max(sentence.start, a.start - 40), a.start).toLowerCase();
    // (mediated or hosted talks are stated as mediation: "Qatar mediated talks between X and Y")
    const lead = masked.slice(0, a.start - sentence.start);
    if (!TALKS_BETWEEN.test(before) || /\b(?:no|not|never)\b[^.]*$/.test(lead) || /\b(?:mediat|broker|host|facilitat)/.test(lead)) return;
    if (!ACTORS.includes(a.type) || !ACTORS.includes(b.type)) return;
    out.push({ type: 'meets', label: 'meets', subject: a.key, object: b.key, at: a.start });
  });
  return out;
}

const MEMBER_AFTER_ORG = /^\s+(?:member|members|member state|member country|ally)\b/;
const APPOSED = ',\\s*(?:a|an|the|fellow)\\s+(?:(?:fellow|founding|longtime|key)\\s+)?$';
/** ", a NATO member": the words right before the organization, and the whole gap from the member before it. */
const APPOSITION_BEFORE_ORG = new RegExp(APPOSED);
const APPOSITION_GAP_BEFORE_ORG = new RegExp(`^\\s*${APPOSED}`);

/** "Turkey, a NATO member since 1952," and "NATO member Turkey": the member and the organization. */
function membershipByApposition(text: string, sentence: { start: number; end: number }, args: Arg[]): RawRelation[] {
  const out: RawRelation[] = [];
  args.forEach((org, i) => {
    if (org.type !== 'Organization') return;
    const after = MEMBER_AFTER_ORG.exec(text.slice(org.end, Math.min(sentence.end, org.end + 24)));
    if (!after) return;
    const member = APPOSITION_BEFORE_ORG.test(text.slice(Math.max(sentence.start, org.start - 24), org.start))
      ? args[i - 1] && APPOSITION_GAP_BEFORE_ORG.test(text.slice(args[i - 1]!.end, org.start)) ? args[i - 1] : undefined
      : args[i + 1] && /^\s*$/.test(text.slice(org.end + after[0].length, args[i + 1]!.start)) ? args[i + 1] : undefined;
    if (member && member.key !== org.key && (member.type === 'Country' || member.type === 'Organization')) {
      out.push({ type: 'member_of', label: 'member of', subject: member.key, object: org.key, at: org.start });
    }
  });
  // "Amina Abdi, an opposition member of the National Assembly,"
  args.forEach((org, i) => {
    const member = args[i - 1];
    if (org.type !== 'Organization' || !member || member.key === org.key || !MEMBER_OF_APPOSITION.test(text.slice(member.end, org.start))) return;
    out.push({ type: 'member_of', label: 'member of', subject: member.key, object: org.key, at: org.start });
  });
  return out;
}
const MEMBER_OF_APPOSITION = /^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}members?\s+of\s+(?:the\s+)?$/;

/**
 * "praised the decision and urged X": past a coordinated verb, a name is that verb's object. Only for praise and
 * support: what is condemned is usually done by whoever is then urged ("condemned the arrest and urged the government").
 */
const POSITIVE = new Set(['praises', 'supports']);
const COORDINATED_VERB_IN_GAP = /\b(?:and|but)\s+(?:then\s+|also\s+)?(?:[a-z]{2,}ed|said|says|told|tells|urges|calls|asks|warns|adds|sent|sends|met|meets)\b/;
const DIRECT_OBJECT = /^\s+(?:(?:the|a|an|this|that|its|their|his|her)\s+|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*['’]s\s+)((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;
/** A direct object right after the verb with no agreement word in its first four words ("the measure into law"). */
function otherDirectObject(rest: string): boolean {
  const m = DIRECT_OBJECT.exec(rest);
  return !!m && !m[1]!.toLowerCase().split(/\s+/).some((w) => AGREEMENT_WORDS.has(w) || AGREEMENT_WORDS.has(w.replace(/s$/, '')) || w === 'it');
}

const INFINITIVE_IN_GAP = /\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|both|all|some|other|another|each|every)\b)[a-z]+\b[^]*\s/;
const GOVERNMENT_IN = /\b(?:government|authorities|officials|leadership|regime|administration)\s+in\s+$/i;
const CONTROL_VERB = /\b(?:asked|asks|urged|urges|invited|invites|told|tells|called on|pressed|allowed|forced|encouraged)\s+$/;
const PREPOSITION_BEFORE = /\b(?:in|at|on|from|to|into|near|outside|inside|with|of|for|over|about|against|toward|towards|across|through)\s+(?:the\s+)?$/i;
const NOMINAL_AGENT = /^\s*,?\s*by\s+(?:[\p{L}-]+\s+){0,3}$/u;
const SINGULAR_RELATIVE = /^\s*,\s*(?:who|which)\s+(?:is|was|has|remains)\b/;
const RELATIVE_GAP = /^\s*,?\s*(?:which|who)\s+(?:[\w-]+\s+){0,6}$/;
const APPOSITION = /^\s*,[^,;:“”"()]{2,90},\s*(?:(?:has|have|had|also|then|later|will|would|is|was)\s+){0,2}$/;

/**
 * "Mammadova, a former ambassador to Turkey, accused...", "Veridian, which is based in Seattle, acquired...",
 * "Russia, along with China, backs...": the subject stands before the comma-enclosed phrase.
 */
function findAppositiveSubject(text: string, args: Arg[], at: number): number {
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i]!;
    if (a.end > at) continue;
    const gap = text.slice(a.end, at);
    if (gap.length > 130) return -1;
    if (APPOSITION.test(gap)) return i;
  }
  return -1;
}

/** Index of the nearest argument ending before `at` within the clause, or -1. */
function findLeft(text: string, args: Arg[], at: number, participle = false): number {
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i]!;
    if (a.end > at) continue;
    const gap = text.slice(a.end, at);
    // "Acme, which is based in Denver": the relative pronoun's antecedent is the subject
    if (RELATIVE_GAP.test(gap)) return i;
    // "arrived in Riyadh for talks with X": a noun after a preposition is not the subject of a finite verb
    // (it is of a participle: "Corvan Labs, a startup based in Austin")
    // ("the government in Budapest has opposed": the seat stands for its government, the subject)
    const seat = GOVERNMENT_IN.test(text.slice(Math.max(0, a.start - 30), a.start));
    if (!participle && !seat && PREPOSITION_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) && !COORD.test(gap) && !/^\s*,\s*(?:a|an|the)\b/.test(gap)) {
      if (gap.length > 90 || SUBJECT_GAP_BLOCK.test(gap.replace(/[’']s\b/g, ''))) return -1;
      continue;
    }
    if (gap.length > 90 || SUBJECT_GAP_BLOCK.test(gap.replace(/[’']s\b/g, ''))) return -1;
    return i;
  }
  return -1;
}

/** The object(s) of a trigger ending at `from`. */
function findObjects(
  text: string,
  args: Arg[],
  from: number,
  mode: ObjectMode,
  limit: number,
  focusAgreement: string | undefined,
  types: EntityType[] | undefined,
  ratifying = false,
  positive = false,
): Arg[] {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.start < from) continue;
    const gap = text.slice(from, a.start);
    // ("met his Chinese counterpart, Finance Minister X": the counterpart named after a comma)
    if (gap.length > (mode === 'to' ? 90 : 70) || (OBJECT_GAP_BLOCK.test(gap) && !COUNTERPART_GAP.test(gap))) break;
    if (mode === 'to' && !/\b(?:to|into|in|toward|towards)\s+(?:the\s+)?$/i.test(gap)) continue;
    // "a loan to Turkey": the object follows the trigger directly ("a loan to buy arms" has none)
    if (mode === 'next' && !/^\s*(?:the\s+)?$/i.test(gap)) break;
    // "urged both sides to settle through the WTO": past an infinitive, a name belongs to that other verb
    if (mode === 'right' && (INFINITIVE_IN_GAP.test(gap) || (positive && COORDINATED_VERB_IN_GAP.test(gap)))) break;
    // "met in Nairobi": a place adjunct is not the object; "met on the sidelines of an AU summit" has none here
    if (mode === 'right' && /\b(?:in|at|near|outside|inside|from)\s+(?:the\s+)?$/i.test(gap)) continue;
    if (mode === 'right' && /\b(?:sidelines|margins|during)\b/i.test(gap)) break;
    if (mode === 'agreement' && a.type !== 'Agreement') continue;
    if (types && !types.includes(a.type)) continue;
    // "fined Alphabet's Google": the possessed name is the object
    const owned = args[i + 1];
    const poss = /^['’]s\s+/.exec(text.slice(a.end, a.end + 4));
    const k = owned && poss && owned.start === a.end + poss[0].length && typeOk(types, owned.type) && owned.type !== 'Agreement' ? i + 1 : i;
    return [args[k]!, ...coordinated(text, args, k, 1).filter((x) => typeOk(types, x.type))];
  }
  // "to sign the measure into law", "ratified Stockholm's membership": the verb has another object
  if (mode === 'agreement' && otherDirectObject(text.slice(from, Math.min(limit, from + 80)))) return [];
  if (mode === 'agreement' && focusAgreement && ratifying) return [{ start: from, end: from, key: focusAgreement, type: 'Agreement' }];
  if (mode === 'agreement' && focusAgreement) {
    const rest = text.slice(from, limit).toLowerCase();
    const restBefore = text.slice(Math.max(0, from - 60), from).toLowerCase();
    if (/\b(?:it|treaty|agreement|accord|pact|deal|convention)\b/.test(restBefore + rest)) {
      return [{ start: from, end: from, key: focusAgreement, type: 'Agreement' }];
    }
  }
  return [];
}
