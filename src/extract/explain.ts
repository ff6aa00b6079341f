// kg/extract: why an extraction says what it says, sentence by sentence (`kg explain`): the tagged tokens, the chunks,
// the clauses (subject, verb group with its negation, modality and voice, objects, attachments, speaker), the claims
// each rule made and the rules that fired but were vetoed by a guard. Pure: returns data; the CLI prints it.
import type { KgDocument } from '../model/types.js';
import type { SentenceGrammar } from './grammar/analyse.js';
import type { Chunk, Clause } from './grammar/types.js';
import { extractWithTrace } from './extract-document.js';
import type { Token } from './tokens.js';

export interface ExplainedClaim {
  rule: string;
  type: string;
  label: string;
  subject: string;
  object: string;
}

export interface ExplainedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** "word/TAG" per token, lemmas where they differ ("met/VERB~meet"). */
  tokens: string;
  /** Bracketed chunks: "[np:India Indian Prime Minister Arvind Kesari] [vg met] ...". */
  chunks: string;
  clauses: string[];
  claims: ExplainedClaim[];
  vetoed: { rule: string; reason: string; subject?: string; object?: string }[];
}

const words = (tokens: Token[], c: { t0: number; t1: number } | undefined): string =>
  c ? tokens.slice(c.t0, c.t1).map((t) => t.text).join(' ') : '';

function describeChunk(tokens: Token[], c: Chunk, labelOf: (key: string) => string): string {
  if (c.kind === 'np') {
    const ents = c.entities.map((r) => labelOf(r.key)).join('+');
    const mods = c.modifiers.map((r) => labelOf(r.key)).join('+');
    return `[np${ents ? `=${ents}` : ''}${mods ? ` (of ${mods})` : ''} ${words(tokens, c)}]`;
  }
  return `[${c.kind} ${words(tokens, c)}]`;
}

function describeClause(tokens: Token[], c: Clause): string {
  const v = c.verb;
  const verb = [...v.chain, v.lemma].join(' to ') + (v.particle ? ` ${v.particle}` : '');
  const flags = [
    v.passive && 'passive',
    v.negated && 'negated',
    v.modal && `modal ${v.modal}`,
    v.irrealis && 'unreal',
    v.copula && 'copula',
    v.past && 'past',
    c.question && 'question',
    c.elided && `"${tokens[v.main]!.text}" standing for the verb before`,
  ]
    .filter(Boolean)
    .join(', ');
  const parts = [`${c.kind} clause, verb "${verb}"${flags ? ` (${flags})` : ''}`];
  if (c.subjects.length) parts.push(`subject: ${c.subjects.map((x) => words(tokens, x)).join(' | ')}`);
  if (c.subjectAttachment) parts.push(`subject ${c.subjectAttachment.prep}: ${words(tokens, c.subjectAttachment.np)}`);
  if (c.objects.length) parts.push(`object: ${c.objects.map((x) => words(tokens, x)).join(' | ')}`);
  if (c.members?.length) parts.push(`members: ${c.members.map((x) => words(tokens, x)).join(' | ')}`);
  if (c.complement) parts.push(`complement: ${words(tokens, c.complement)}`);
  for (const a of c.attachments) parts.push(`${a.prep}: ${words(tokens, a.np)}`);
  if (c.agents.length) parts.push(`by: ${c.agents.map((x) => words(tokens, x)).join(' | ')}`);
  if (c.speaker) parts.push(`reported by: ${words(tokens, c.speaker)}`);
  return parts.join('; ');
}

/** Explains the extraction of one document, sentence by sentence (only sentences with names, unless `all`). */
export function explainDocument(doc: KgDocument, options: { all?: boolean } = {}): ExplainedSentence[] {
  const { extraction, trace } = extractWithTrace(doc);
  const labelOf = (key: string): string => trace.registry.get(key)?.name ?? key;
  const out: ExplainedSentence[] = [];
  trace.sentences.forEach((s, i) => {
    const g: SentenceGrammar = trace.grammars[i]!;
    const claims = extraction.claims
      .filter((c) => c.evidence.start === s.start && c.evidence.end === s.end)
      .map((c) => ({ rule: c.rule, type: c.type, label: c.label, subject: labelOf(c.subject), object: labelOf(c.object) }));
    const vetoed = [...(trace.phrase.get(s.index) ?? []), ...(trace.clause.get(s.index) ?? [])]
      .filter((x) => x.outcome === 'vetoed')
      .map((x) => ({
        rule: x.rule,
        reason: x.reason ?? 'vetoed',
        ...(x.subject ? { subject: labelOf(x.subject) } : {}),
        ...(x.object ? { object: labelOf(x.object) } : {}),
      }));
    if (!options.all && !g.names.length && !claims.length) return;
    out.push({
      index: s.index,
      start: s.start,
      end: s.end,
      text: doc.text.slice(s.start, s.end),
      tokens: s.tokens.map((t) => `${t.text}/${t.pos}${t.lemma !== t.lower && t.kind === 'word' ? `~${t.lemma}` : ''}`).join(' '),
      chunks: g.chunks.map((c) => describeChunk(s.tokens, c, labelOf)).join(' '),
      clauses: g.clauses.map((c) => describeClause(s.tokens, c)),
      claims,
      vetoed,
    });
  });
  return out;
}
