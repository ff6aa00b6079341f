// kg/extract: finds agreements and treaties in a sentence: named ones ("the Treaty between X and Y on
// Strategic Partnership and Cooperation"), described ones ("an agreement on military and technical
// cooperation", "the 1998 arms-control accord") and bare references ("the treaty", "a deal"), with the parties
// named by "between X and Y" / "with X". Plural mentions ("agreements") are entities only when named or described
// by their topic.
import { countryByCode } from './countries.js';
import { AGREEMENT_WORDS } from './lexicon.js';
import { antecedentOwner, listEndsInAnd, type Mention } from './mentions.js';
import type { Token } from './tokens.js';
import { MONTHS, WEEKDAYS } from '../util/months.js';
import { foldName } from '../util/fold.js';

export interface AgreementMention {
  sentence: number;
  start: number;
  end: number;
  /** Head word, lower case: "treaty", "agreement"... */
  head: string;
  /** Label for the entity, or undefined for a bare reference ("the treaty"). */
  label?: string;
  /** Folded identity within the document (topic or name). */
  topic?: string;
  /** Year written before the head ("the 1998 ... agreement"). */
  year?: string;
  /** Indices (in the sentence mention list) of the parties. */
  parties: number[];
  /** Offset of the head word (for dates near "signed"). */
  headStart: number;
  /** "the purchase": may refer to an agreement named elsewhere, never names one nor starts an unnamed one. */
  referenceOnly?: boolean;
  /** "the framework": refers only to an agreement named with the same head word ("the Windsor Framework"). */
  sameKindOnly?: boolean;
  /** "a deal", "an arrangement": a bare mention that introduces an agreement rather than refers back to one. */
  indefinite?: boolean;
  /** Acquisitions: indices (in the sentence mention list) of the buyer and the target, when named. */
  buyer?: number;
  target?: number;
  /** "its planned purchase of X", "a proposed takeover": a deal that has not happened (no later "the deal" means it). */
  unrealized?: boolean;
}

/** Head words of the bodies that review, rule on or regulate deals rather than make them. */
const REVIEWING_BODY = /\b(?:commission|authority|regulator|court|tribunal|ministry|agency|competition|department|council|parliament|watchdog)\b/;

const PRE_STOP = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'its', 'their', 'our', 'his', 'her', 'under', 'by', 'of', 'in', 'on',
  'with', 'to', 'and', 'new', 'existing', 'same', 'such', 'landmark', 'historic', 'proposed', 'final', 'entirely',
  'any', 'no', 'every', 'some', 'another', 'bad', 'good', 'better', 'worse', 'best', 'worst', 'fair', 'possible',
  'potential', 'eventual', 'future', 'lasting', 'real', 'whatever', 'for', 'from', 'into', 'at', 'as', 'over', 'is',
  'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'first', 'second', 'third', 'latest', 'earlier',
  'previous', 'other', 'both',
]);
/** Verbs a headline puts right before an agreement ("China, Brazil sign currency deal"): not part of its name. */
const PRE_VERBS = new RegExp(
  [
    '^(?:sign|ink|seal|strike|struck|reach|agree|clinch|finali[sz]e|back|approve|reject|extend|renew|hail|welcome|',
    'critici[sz]e|quit|exit|scrap|suspend|ratif(?:y|ie)|join|eye|mull|weigh|seek|push|pursue)(?:s|d|ed|es|ing)?$',
  ].join(''),
);
const TOPIC_STOP = new Set([
  'not', 'no', 'also', 'on', 'that', 'which', 'who', 'signed', 'was', 'is', 'were', 'are', 'has', 'had', 'will',
  'would', 'in', 'last', 'and', 'to', 'by', 'with', 'at', 'from', 'after', 'before', 'since', 'as', 'but', 'while',
  'today', 'tomorrow', 'yesterday', 'tonight',
]);
/** Words that name an agreement only in a sentence saying it was signed ("the wind partnership they signed"). */
const AGREEMENT_WORDS_IF_SIGNED = new Set([
  'partnership', 'arrangement', 'framework', 'settlement', 'communique', 'communiqué', 'understanding', 'roadmap', 'consensus',
]);
/** Where things are said or shown, never what an agreement is about ("the declaration on Twitter"). */
const MEDIA_WORDS = new Set([
  'twitter', 'x', 'facebook', 'instagram', 'telegram', 'tiktok', 'youtube', 'television', 'radio', 'social', 'state', 'camera', 'air',
]);
/** Nouns that refer back to an agreement ("the purchase") but do not make one. */
const REFERENCE_ONLY = new Set(['purchase', 'sale']);
/** Verbs that make "partnership", "arrangement", "settlement" an agreement in their sentence. */
const SIGN_WORDS = new Set([
  'signed', 'sign', 'signs', 'signing', 'agreed', 'agree', 'agrees', 'reached', 'reach', 'concluded', 'struck',
  'entered', 'negotiated',
]);
const DATEISH = /^(19|20)\d{2}$/;

/**
 * The capitalized name right before ", the|a ... <head>" (tokens[p] is the first pre-modifier or the head), with the
 * year written before it: not a person's or a country's name.
 */
function appositiveName(
  text: string,
  tokens: Token[],
  p: number,
  mentions: Mention[],
): { name: string; start: number; end: number; year?: string } | undefined {
  let k = p - 1;
  while (k > p - 4 && tokens[k] && tokens[k]!.kind === 'word' && !tokens[k]!.cap && !/^(?:the|a|an)$/.test(tokens[k]!.lower)) k--;
  const det = tokens[k];
  const comma = tokens[k - 1];
  if (!det || !/^(?:the|a|an)$/.test(det.lower) || comma?.text !== ',') return undefined;
  const m = mentions.find((x) => x.end === comma.start && x.kind === 'entity' && x.type !== 'Person' && (x.name ?? x.text).includes(' '));
  if (!m) return undefined;
  const before = tokens.findIndex((t) => t.start === m.start) - 1;
  const year = before >= 0 && DATEISH.test(tokens[before]!.text) ? tokens[before]!.text : undefined;
  return { name: m.name ?? m.text, start: year ? tokens[before]!.start : m.start, end: m.end, ...(year ? { year } : {}) };
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Words before an acquisition that say it has not happened. */
const UNREALIZED_DEAL = new Set(['planned', 'proposed', 'failed', 'attempted', 'abandoned', 'aborted', 'hostile', 'rival', 'potential', 'possible']);

/** Nouns of deals named by what they buy: "the acquisition of X", "X's takeover of Y". */
const ACQUISITION_HEADS = new Set(['acquisition', 'takeover', 'merger', 'buyout', 'purchase']);

/**
 * The organization mention (index in `mentions`) at token `from`, past "the" and up to four descriptive words
 * ("of [the] [Danish brewer] X", "of Israel's Harel Optics"); -1 when there is none.
 */
function organizationAt(tokens: Token[], mentions: Mention[], from: number): number {
  let k = from;
  if (tokens[k]?.lower === 'the') k++;
  for (let skip = 0; skip < 4 && k < tokens.length; skip++) {
    const tok = tokens[k]!;
    const found = mentions.findIndex((m) => m.start === tok.start && m.kind === 'entity' && (m.type === 'Organization' || m.single));
    if (found >= 0) return found;
    if (tok.kind !== 'word' || (tok.cap && !mentions.some((m) => m.start === tok.start && m.kind === 'country'))) return -1;
    k = mentions.find((m) => m.start === tok.start && m.kind === 'country')?.t1 ?? k + 1;
    if (tokens[k]?.lower === "'s" || tokens[k]?.lower === '’s') k++;
  }
  return -1;
}

/** Verbs of buying a company, after "agreed to" ("agreed on Wednesday to acquire X"). */
const BUYING_VERBS = new Set(['acquire', 'buy', 'purchase']);

/**
 * "Harwick Corp. agreed on Wednesday to acquire Eastvale Climate Inc.", "it had agreed to buy Juniper Mills": a deal
 * to buy a company, named after its target like "the acquisition of X"; the buyer is the organization that agreed.
 */
function agreedPurchaseAt(text: string, tokens: Token[], h: number, sentence: number, mentions: Mention[]): AgreementMention | undefined {
  if (!BUYING_VERBS.has(tokens[h]!.lower) || tokens[h - 1]?.lower !== 'to') return undefined;
  let a = h - 2;
  while (a >= 0 && a > h - 7 && !/^agree(?:d|s|ing)?$/.test(tokens[a]!.lower)) a--;
  if (a < 0 || a <= h - 7) return undefined;
  const target = organizationAt(tokens, mentions, h + 1);
  if (target < 0) return undefined;
  // (after a dateline's dash: "TORONTO (Reuters) - Harwick Corp. agreed", the agency agrees nothing)
  let dash = -1;
  for (let k = 0; k < a; k++) if (/^[-–—]$/.test(tokens[k]!.text)) dash = tokens[k]!.end;
  const isOrg = (m: Mention): boolean =>
    m.kind === 'entity' && (m.type === 'Organization' || (!!m.single && !m.gazetteer)) && m.end <= tokens[a]!.start && m.start > dash;
  // ("it had agreed": the organization "it" stands for; else the first one the sentence names)
  const pronoun = tokens.slice(Math.max(0, a - 3), a).some((t) => t.lower === 'it');
  const owner = pronoun ? antecedentOwner(mentions.filter(isOrg), text) : mentions.find(isOrg);
  if (!owner) return undefined;
  const t = mentions[target]!;
  const name = t.name ?? t.text;
  const buyer = mentions.indexOf(owner);
  return {
    sentence,
    start: tokens[h]!.start,
    end: t.end,
    head: 'deal',
    label: `Acquisition of ${name}`,
    topic: `acquisition of ${foldName(name)}`,
    parties: [buyer, target],
    headStart: tokens[h]!.start,
    target,
    buyer,
  };
}

/**
 * "Norvalt's $69 billion acquisition of Cloudmere": an acquisition with its target after "of" (an organization), the
 * buyer in the possessive before it; both are parties. Undefined when no organization follows "of".
 */
function acquisitionAt(text: string, tokens: Token[], h: number, sentence: number, mentions: Mention[]): AgreementMention | undefined {
  let q = h + 1;
  if (tokens[q]?.lower !== 'of') return undefined;
  q++;
  const target = organizationAt(tokens, mentions, q);
  if (target < 0) return undefined;
  const t = mentions[target]!;
  const parties = [target];
  // "the takeover of X by Y": the buyer after "by"
  const by = tokens.findIndex((x) => x.start >= t.end && x.lower === 'by');
  const byBuyer = by === t.t1 ? organizationAt(tokens, mentions, by + 1) : -1;
  if (byBuyer >= 0) parties.unshift(byBuyer);
  // The buyer: "X's [planned $69 billion] acquisition", or "X said it had completed its purchase of Y" (the
  // organization "its" refers to, named before it in the sentence)
  const isOrg = (m: Mention): boolean => m.kind === 'entity' && (m.type === 'Organization' || !!m.single);
  for (let k = h - 1; byBuyer < 0 && k >= 0 && k >= h - 5; k--) {
    const tok = tokens[k]!;
    if (tok.lower === 'its') {
      // ("the regulator opened an investigation into its acquisition of Y": a body that reviews deals makes none)
      const buyerLike = (m: Mention): boolean => isOrg(m) && !REVIEWING_BODY.test(foldName(m.name ?? m.text));
      const owner = antecedentOwner(mentions.filter((m) => m.end <= tok.start && buyerLike(m)), text);
      if (owner) parties.unshift(mentions.indexOf(owner));
      break;
    }
    if (tok.lower !== "'s") continue;
    const buyer = mentions.findIndex((m) => m.end === tok.start && isOrg(m));
    if (buyer >= 0) parties.unshift(buyer);
    break;
  }
  const name = t.name ?? t.text;
  const label = `${capitalize(tokens[h]!.lower)} of ${name}`;
  // ("its planned purchase of Y", "a proposed takeover": the buyer has not bought it)
  const unrealized = tokens.slice(Math.max(0, h - 4), h).some((x) => UNREALIZED_DEAL.has(x.lower));
  const buyer = parties.length > 1 && !unrealized ? parties[0] : undefined;
  const end = byBuyer >= 0 ? mentions[byBuyer]!.end : t.end;
  return {
    sentence,
    start: tokens[h]!.start,
    end,
    head: 'deal',
    label,
    topic: `acquisition of ${foldName(name)}`,
    parties,
    headStart: tokens[h]!.start,
    target,
    ...(buyer !== undefined ? { buyer } : {}),
    ...(unrealized ? { unrealized } : {}),
  };
}

/** "agreements", "accords", "treaties": the plural of an agreement word. */
function isAgreementPlural(lower: string): boolean {
  const singular = lower.replace(/ies$/, 'y').replace(/s$/, '');
  return singular !== lower && AGREEMENT_WORDS.has(singular);
}

const CALENDAR_WORD = new RegExp(
  '^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|' +
    'january|february|march|april|may|june|july|august|september|october|november|december)$',
);

/** The organization mention after up to three lower-case words from token i ("company Carpat Energie"); -1 when none. */
function describedBody(tokens: Token[], mentions: Mention[], i: number): number {
  let k = i;
  const describing = (t: Token | undefined): boolean =>
    !!t && t.kind === 'word' && !t.cap && /^(?:NOUN|ADJ)$/.test(t.pos) && !/^(?:governments?|authorities|side)$/.test(t.lower);
  while (k < i + 3 && describing(tokens[k])) k++;
  if (k === i) return -1;
  return mentions.findIndex((x) => x.t0 === k && x.kind === 'entity' && x.type === 'Organization');
}

/** Whether the name starting at token i is followed by a verb: the subject of a new clause. */
function opensClause(tokens: Token[], mentions: Mention[], i: number): boolean {
  const m = mentions.find((x) => x.t0 === i);
  const next = m ? tokens[m.t1] : undefined;
  return !!next && (next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * Parties named before an agreement's words that start at token p: "Chile's agreement with Peru" (the possessor of
 * an agreement with someone is its other party), "the Chile-Peru agreement" (a hyphenated pair of countries).
 */
function partiesBefore(tokens: Token[], mentions: Mention[], p: number, after: number[]): number[] {
  const before = tokens[p - 1];
  if (!before) return [];
  if ((before.text === "'s" || before.text === '’s') && after.length) {
    const owner = mentions.findIndex((x) => x.end === before.start && (x.kind === 'country' || x.type === 'Organization'));
    return owner >= 0 && !after.includes(owner) ? [owner] : [];
  }
  const at = tokens[p]?.text.includes('-') ? p : p - 1;
  const pair = mentions.flatMap((x, k) => (x.kind === 'country' && x.t0 === at && x.t1 === at + 1 && !after.includes(k) ? [k] : []));
  return pair.length >= 2 ? pair : [];
}

/** Finds agreement mentions in one sentence. `mentions` are the sentence's other mentions (for parties). */
export function findAgreements(text: string, tokens: Token[], sentence: number, mentions: Mention[]): AgreementMention[] {
  const out: AgreementMention[] = [];
  const signedHere = tokens.some((t) => SIGN_WORDS.has(t.lower));
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h]!;
    // "Norvalt's acquisition of Cloudmere", "the takeover of Veltrix": an acquisition is a deal named after its target
    if (head.kind === 'word' && ACQUISITION_HEADS.has(head.lower)) {
      const acquisition = acquisitionAt(text, tokens, h, sentence, mentions);
      if (acquisition) {
        out.push(acquisition);
        continue;
      }
    }
    // "X agreed to acquire Y": a deal named after its target too
    if (head.kind === 'word' && !head.cap && BUYING_VERBS.has(head.lower)) {
      const purchase = agreedPurchaseAt(text, tokens, h, sentence, mentions);
      if (purchase) {
        out.push(purchase);
        continue;
      }
    }
    // "criticized the purchase": a reference to the agreement under discussion, never a name of its own
    if (
      head.kind === 'word' &&
      (REFERENCE_ONLY.has(head.lower) || ACQUISITION_HEADS.has(head.lower)) &&
      /^(?:the|its|this|their|'s|’s)$/.test(tokens[h - 1]?.lower ?? '')
    ) {
      out.push({ sentence, start: head.start, end: head.end, head: head.lower, referenceOnly: true, parties: [], headStart: head.start });
      continue;
    }
    // ("welcomed the framework": a word that makes an agreement only when signed refers to one of its kind named elsewhere)
    if (
      head.kind === 'word' && !head.cap && !signedHere && AGREEMENT_WORDS_IF_SIGNED.has(head.lower) &&
      /^(?:the|this|its|their)$/.test(tokens[h - 1]?.lower ?? '')
    ) {
      out.push({ sentence, start: head.start, end: head.end, head: head.lower, referenceOnly: true, sameKindOnly: true, parties: [], headStart: head.start });
      continue;
    }
    // "the Minsk Agreements", "the Abraham Accords": a capitalized plural after a capitalized word is one name
    const namedPlural = head.cap && !!tokens[h - 1]?.cap && isAgreementPlural(head.lower);
    // ("the Windsor Framework": a capitalized head after a capitalized word names an instrument, signed or not; not
    // inside another agreement's name: "the Treaty on Strategic Partnership and Cooperation")
    const namedInstrument =
      head.cap && h > 1 && !!tokens[h - 1]?.cap && AGREEMENT_WORDS_IF_SIGNED.has(head.lower) && !out.some((x) => x.start <= head.start && head.end <= x.end);
    // ("the agreements on visa facilitation": a plural is read on, to see if a topic describes it)
    const describedPlural = !head.cap && isAgreementPlural(head.lower) && /^(?:on|for|to)$/.test(tokens[h + 1]?.lower ?? '');
    const agreementWord =
      AGREEMENT_WORDS.has(head.lower) || namedPlural || namedInstrument || describedPlural || (signedHere && AGREEMENT_WORDS_IF_SIGNED.has(head.lower));
    if (head.kind !== 'word' || !agreementWord) continue;
    if (head.lower === 'deal' && tokens[h + 1]?.lower === 'with' && !tokens[h - 1]) continue;
    // "Baltic Defence Treaty Organization": the head word is inside another name
    if (head.cap && tokens[h + 1]?.cap) continue;
    // ("a contract producer", "deal makers": an agreement word before the noun it qualifies heads no agreement)
    const after = tokens[h + 1];
    if (!head.cap && after && after.pos === 'NOUN' && !after.cap && /(?:er|ers|or|ors)$/.test(after.lower)) continue;
    // Pre-modifiers: "the 1998 arms-control cooperation agreement"
    let p = h;
    let year: string | undefined;
    while (p > 0 && h - p < 8) {
      const t = tokens[p - 1]!;
      // ("the General Security of Military Information Agreement": a capitalized name goes on through "of")
      if (head.cap && t.lower === 'of' && tokens[p]?.cap && tokens[p - 2]?.cap && h - p < 5) {
        p--;
        continue;
      }
      if (h - p >= 5) break;
      // (a quoted name before the head is the agreement's: 'a "Phase One" trade agreement')
      if (/^["”]$/.test(t.text) && p > 1) {
        let o = p - 2;
        while (o > 0 && p - o < 6 && !/^["“]$/.test(tokens[o]!.text)) o--;
        const inside = tokens.slice(o + 1, p - 1);
        if (/^["“]$/.test(tokens[o]!.text) && inside.length && inside.every((x) => x.cap || x.kind === 'num')) {
          p = o;
          continue;
        }
      }
      // ("the Good Friday Agreement": a capitalized word of the name is no stop word; a sentence's first is)
      const inName = head.cap && t.cap && tokens[p]?.cap && p - 1 > 0;
      if (t.kind === 'punct' || (PRE_STOP.has(t.lower) && !inName) || PRE_VERBS.test(t.lower) || /^(?:million|billion|trillion|bn|mln)$/.test(t.lower)) break;
      if (t.kind === 'num' && !DATEISH.test(t.text)) break;
      if (t.text === '’s' || t.text === "'s") break;
      // (a two-word "person" right before a capitalized head is the agreement's own name: "the Nile Waters Agreement")
      if (
        mentions.some(
          (m) =>
            m.start <= t.start &&
            t.end <= m.end &&
            (m.kind === 'country' || (m.type === 'Person' && !(head.cap && t.cap && (m.end === tokens[h - 1]!.end || m.end === head.end)))),
        )
      ) break;
      if (DATEISH.test(t.text)) year = t.text;
      p--;
    }
    // ("Japan already has similar pacts with Australia": other agreements, none of them named or described here)
    if (/^(?:similar|such|comparable|other)$/.test(tokens[p - 1]?.lower ?? '') || /^(?:similar|comparable)$/.test(tokens[p]?.lower ?? '')) continue;
    // "to review peace deal": after "to", the first word is a verb
    if (p < h && tokens[p - 1]?.lower === 'to' && !tokens[p]!.cap) p++;
    const pre = tokens.slice(p, h).filter((t) => !DATEISH.test(t.text) && !/^["“”]$/.test(t.text)).map((t) => t.text);
    // Parties: "between X and Y", "with X"
    let q = h + 1;
    const parties: number[] = [];
    let end = head.end;
    const takeParties = (): void => {
      let joined = false; // an "and" already closed the list: a comma after it ends it ("X and Y, Kenya began")
      while (q < tokens.length) {
        const t = tokens[q]!;
        if (t.lower === 'and') joined = true;
        if (t.text === ',' && joined) break;
        // ("under its agreement with Peru, Chile holds a stake": a name after the comma that a verb follows opens a clause)
        if (t.text === ',' && opensClause(tokens, mentions, q + 1)) break;
        // (a single name is a party too: "a ceasefire between Israel and Tazar")
        // (the longest name starting there: "the Chilean Ministry of Mines", not the country inside it)
        let m = -1;
        mentions.forEach((x, k) => {
          if (x.start !== t.start || !(x.kind === 'country' || x.type === 'Organization' || (x.single && x.kind === 'entity'))) return;
          if (m < 0 || x.end > mentions[m]!.end) m = k;
        });
        // ("with the Romanian company Carpat Energie": a demonym describing the body named after it)
        if (m >= 0 && mentions[m]!.form === 'demonym') {
          const described = describedBody(tokens, mentions, mentions[m]!.t1);
          if (described >= 0) m = described;
        }
        if (m >= 0) {
          parties.push(m);
          const mm = mentions[m]!;
          while (q < tokens.length && tokens[q]!.start < mm.end) q++;
          end = mm.end;
          // "the Russian and Venezuelan governments"
          while (q < tokens.length && /^(governments?|sides?|authorities)$/.test(tokens[q]!.lower)) end = tokens[q++]!.end;
          continue;
        }
        // "between the governments of X and Y"
        if (/^(the|and|,|&)$/.test(t.lower) || (between && /^(governments?|of)$/.test(t.lower))) {
          q++;
          continue;
        }
        break;
      }
    };
    // "a 2014 loan agreement signed between X and Y"
    if (/^(?:signed|concluded|reached|struck)$/.test(tokens[q]?.lower ?? '') && /^(?:between|with)$/.test(tokens[q + 1]?.lower ?? '')) q++;
    const between = tokens[q]?.lower === 'between';
    // ("a loan agreement with the AIIB": a described one too, its words in lower case)
    if (between || (tokens[q]?.lower === 'with' && head.cap === false && pre.every((w) => !/^\p{Lu}/u.test(w)))) {
      q++;
      const headEnd = end;
      takeParties();
      // (a described one's parties after "with" are no part of its name: "the loan agreement with the AIIB")
      if (!between && pre.length) end = headEnd;
    }
    // ("a memorandum of understanding on energy": "of understanding" belongs to the head, the topic comes after)
    let headText = head.text;
    if (/^memorand(?:um|a)$/.test(head.lower) && tokens[q]?.lower === 'of' && tokens[q + 1]?.lower === 'understanding') {
      headText = text.slice(head.start, tokens[q + 1]!.end);
      end = tokens[q + 1]!.end;
      q += 2;
    }
    // Topic: "on military and technical cooperation", "on Strategic Partnership and Cooperation"
    let topic: string[] = [];
    // ("a declaration of peace": "of" and a common noun name what it is about, as "on" does)
    const ofTopic = tokens[q]?.lower === 'of' && (head.cap || (tokens[q + 1]?.pos === 'NOUN' && !tokens[q + 1]!.cap));
    if (tokens[q]?.lower === 'on' || tokens[q]?.lower === 'for' || ofTopic) {
      let r = q + 1;
      const words: Token[] = [];
      while (r < tokens.length && words.length < (head.cap ? 12 : 8)) {
        const t = tokens[r]!;
        // ("the Agreement on the Path to Normalisation": a capitalized name's topic goes on through "to" and "and")
        const nameGoesOn =
          head.cap &&
          (t.lower === 'to' || t.lower === 'and') &&
          !!tokens[r + 1]?.cap &&
          !mentions.some((m) => m.start === tokens[r + 1]!.start && m.kind === 'country');
        // ("Treaty of Peace, Navigation and Fisheries": a capitalized topic goes on through a list)
        if (head.cap && t.text === ',' && words.length && words[words.length - 1]!.cap && listEndsInAnd(tokens, r + 1)) {
          words.push(t);
          r++;
          continue;
        }
        if (
          t.kind !== 'word' ||
          (TOPIC_STOP.has(t.lower) && !nameGoesOn && !(t.lower === 'and' && tokens[r + 1]?.kind === 'word' && !TOPIC_STOP.has(tokens[r + 1]!.lower)))
        ) break;
        // A proper name's topic is capitalized ("on Strategic Partnership and Cooperation"): stop where it is not
        // (through small words before the next capitalized one: "on the Path to Normalisation", "of the Crime of Genocide")
        const nextWord = tokens[r + 1]?.lower === 'the' ? tokens[r + 2] : tokens[r + 1];
        if (head.cap && !t.cap && !(/^(and|of|the|for|on|in|to)$/.test(t.lower) && nextWord?.cap)) break;
        const country = mentions.find((m) => m.start === t.start && m.kind === 'country');
        // ("the Treaty of Rome", "the Treaty of Lisbon": a city the treaty is named after is part of its name, no party)
        if (country && ofTopic && head.cap && r === q + 1 && country.form === 'capital') {
          country.modifier = true;
          country.inName = true;
          while (r < tokens.length && tokens[r]!.end <= country.end) words.push(tokens[r++]!);
          break;
        }
        if (country) break;
        // ("cleared the deal on condition that...": a condition is no topic)
        if (words.length === 0 && t.lower === 'condition' && tokens[r + 1]?.lower === 'that') break;
        // ("relayed the declaration on Twitter", "on state television": where it was said is no topic)
        if (words.length === 0 && MEDIA_WORDS.has(t.lower)) break;
        // "an agreement with X on Monday": a date is not a topic
        if (WEEKDAYS[t.lower] !== undefined || (t.cap && t.lower.length > 3 && MONTHS[t.lower] !== undefined)) break;
        words.push(t);
        r++;
      }
      if (words.length) {
        topic = words.map((t) => t.text);
        end = words[words.length - 1]!.end;
        q = r;
      }
    }
    // "an agreement to patrol their shared border": what it is for, in an infinitive
    let purpose: string | undefined;
    // (past when it was made: "a 25-year agreement on Tuesday to build a dam")
    const dated = /^(?:on|in|last|this)$/.test(tokens[q]?.lower ?? '') && CALENDAR_WORD.test(tokens[q + 1]?.lower ?? '') ? q + 2 : q;
    if (!topic.length && !head.cap && tokens[dated]?.lower === 'to' && tokens[dated + 1]?.pos === 'VERB' && !tokens[dated + 1]!.cap) {
      let r = dated + 1;
      const words: Token[] = [];
      while (r < tokens.length && words.length < 6) {
        const t = tokens[r]!;
        if (t.kind !== 'word' || (words.length > 0 && /^(?:and|or|but|by|in|on|at|from|with|after|before|which|that|who|as|to|for)$/.test(t.lower))) break;
        if (words.length > 0 && mentions.some((m) => m.start === t.start)) break;
        words.push(t);
        r++;
      }
      if (words.length >= 2) {
        purpose = words.map((t) => t.text).join(' ');
        end = words[words.length - 1]!.end;
      }
    }
    // "the 1882 Treaty of Limits between Mexico and Guatemala": parties may follow the topic
    if (!parties.length && tokens[q]?.lower === 'between') {
      q++;
      takeParties();
    }
    const plural = head.lower !== 'accords' && isAgreementPlural(head.lower);
    // ("signed agreements on visa facilitation and adoption": a plural described by its topic is one entity)
    if (plural && !namedPlural && !topic.length && !purpose) continue;
    let label: string | undefined;
    let topicKey: string | undefined;
    // "the Joint Comprehensive Plan of Action, the landmark agreement Iran signed": the name in apposition
    const named = !head.cap && topic.length === 0 && parties.length === 0 ? appositiveName(text, tokens, p, mentions) : undefined;
    if (named) {
      out.push({
        sentence,
        start: named.start,
        end: named.end,
        head: head.lower,
        label: named.name,
        topic: foldName(named.name),
        ...(named.year ? { year: named.year } : {}),
        parties,
        headStart: head.start,
      });
      continue;
    }
    if (head.cap && (topic.length > 0 || parties.length > 0)) {
      // A proper name: keep the text as written, from the head (and capitalized pre-modifiers) to the end
      // (after a year: "the 1959 Nile Waters Agreement")
      const p0 = DATEISH.test(tokens[p]!.text) ? p + 1 : p;
      const first = pre.length && tokens[p0]!.cap ? p0 : h;
      label = text.slice(tokens[first]!.start, end);
      topicKey = (topic.join(' ') || label).toLowerCase();
    } else if (topic.length) {
      label = `${capitalize(pre.length ? `${pre.join(' ')} ${headText}` : headText)} on ${topic.join(' ')}`;
      topicKey = topic.join(' ').toLowerCase();
    } else if (purpose) {
      label = `${capitalize(pre.length ? `${pre.join(' ')} ${headText}` : headText)} to ${purpose}`;
      topicKey = purpose.toLowerCase();
    } else if (pre.length) {
      label = capitalize(`${pre.join(' ')} ${headText}`);
      topicKey = pre.join(' ').toLowerCase();
    } else if (parties.length && !head.cap) {
      // "a $3 billion agreement with France": named by its parties
      const names = parties.map((k) => mentions[k]!).map((m) => (m.kind === 'country' && m.code ? countryByCode(m.code)?.name ?? m.text : m.name ?? m.text));
      label = `${capitalize(headText)} ${between ? 'between' : 'with'} ${names.join(' and ')}`;
      topicKey = `with ${names.join(' ')}`.toLowerCase();
    } else if (head.cap && h > 0 && tokens[h - 1]!.cap) {
      continue; // part of another name ("Paris Agreement" is handled as a pre-modifier above)
    }
    // (the determiner before the pre-modifiers and any amount: "a $100 million settlement")
    let d = p - 1;
    while (d > 0 && (tokens[d]!.kind === 'num' || /^(?:\$|€|£|million|billion|trillion|bn|mln)$/.test(tokens[d]!.lower))) d--;
    const indefinite = !label && /^(?:a|an)$/.test(tokens[d]?.lower ?? '');
    parties.unshift(...partiesBefore(tokens, mentions, p, parties));
    out.push({
      sentence,
      ...(indefinite ? { indefinite } : {}),
      start: (label && pre.length) || (!label && year) ? tokens[p]!.start : head.start,
      end: label ? end : head.end,
      head: head.lower.replace(/s$/, ''),
      ...(label ? { label } : {}),
      ...(topicKey ? { topic: topicKey.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() } : {}),
      ...(year ? { year } : {}),
      parties,
      headStart: head.start,
    });
  }
  return out;
}
