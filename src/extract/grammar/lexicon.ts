// kg/extract/grammar: the closed word classes the grammar layer needs beyond the tagger: relative and
// subordinating words, phrasal particles, catenative verbs (which keep the event real and which make it unreal),
// speech verbs, modal auxiliaries, classifier nouns that stand for the entity they follow ("the Hungarian
// government", "Harmonia party") and words of time. General English only; names no entity.

const set = (s: string): ReadonlySet<string> => new Set(s.split('|').map((w) => w.trim()).filter(Boolean));

/** Words that open a relative clause. ("that" is decided by context.) */
export const RELATIVE_WORDS = set('who|whom|whose|which|where');

/** Words that open a subordinate clause. */
export const SUBORDINATORS = set('while|whereas|although|though|because|if|unless|whether|when|whenever|once|so that|even though|even if');

/** Words that may open a subordinate clause or a prepositional phrase ("after the vote" / "after Halmi resigned"). */
export const SUBORDINATOR_OR_PREP = set('after|before|until|since|as');

/** Particles of phrasal verbs, with the verbs that take them. */
export const PHRASAL = set(
  'step up|carry out|call off|set up|take over|pull out|break off|cut off|turn down|back down|rule out|hand over|wipe out|' +
    'shut down|crack down|spin off|pull back|sign off|point out|hold up|give up|take up|build up|open up|break up|lay out|' +
    'roll out|roll back|scale back|drop out|back out|walk out|phase out|wind down|sell off|buy out|fend off|ward off|' +
    'speak out|lash out|bring in|let in|sign up|take part|step down|stand down|hand down|strike down|lay off|call up|grow up|gun down|sit down',
);

/** Catenative verbs whose complement happened or happens: "agreed to buy" buys, "voted to approve" approves. */
export const REAL_CATENATIVES = set(
  'agree|decide|vote|move|begin|start|continue|manage|go|resolve|elect|opt|choose|proceed|act|get|help|come|keep|stop|finish|succeed',
);

/** Catenative verbs whose complement has not happened: planned, wanted, threatened, sought, proposed. */
export const UNREAL_CATENATIVES = set(
  'plan|want|hope|intend|threaten|seek|aim|propose|offer|try|expect|consider|wish|prepare|attempt|push|look|need|' +
    'promise|pledge|vow|urge|ask|call|demand|press|warn|refuse|decline|fail|deny|appear|seem|tend|hesitate|struggle|' +
    'dare|like|love|prefer|mean|deserve|wait|apply|bid|campaign|lobby|fight|work|race|rush|scramble|volunteer|intent',
);

/** Nouns whose infinitive has not happened either: "Ukraine's bid to join", "its plan to buy", "an attempt to block". */
export const UNREAL_NOUNS = set(
  'bid|plan|plans|attempt|attempts|effort|efforts|push|drive|quest|hope|hopes|ambition|ambitions|aspiration|aspirations|' +
    'application|offer|proposal|threat|intention|desire|wish|aim|goal|campaign|move|request|call|calls|demand|demands',
);

/** Catenative verbs that deny their complement ("refused to sign", "failed to ratify"). */
export const NEGATING_CATENATIVES = set('refuse|decline|fail|deny|neglect|cease|avoid|resist');

/** Modal auxiliaries that make a statement possible, required or conditional rather than real. */
export const MODALS = set("would|could|may|might|should|must|can|cannot|ca|shall|ought|'d");

/** Words that negate a verb group. */
export const NEGATIONS = set("not|n't|never|no longer|nt");

/** Verbs of saying: their subject reports the clause they introduce. */
export const SPEECH_VERBS = set(
  'say|tell|add|announce|state|declare|claim|insist|note|report|confirm|stress|argue|explain|write|tweet|post|reply|answer|' +
    'remark|suggest|acknowledge|admit|assert|contend|maintain|allege|predict|reiterate|emphasize|emphasise|underline|' +
    'observe|comment|recall|indicate|reveal|disclose|warn|caution|concede|complain|told',
);

/** Common nouns that, after a name, stand for it: "the Hungarian government", "Harmonia party", "the Chinese side". */
export const CLASSIFIER_NOUNS = set(
  'government|governments|administration|authorities|side|sides|regime|state|party|group|company|firm|forces|force|military|' +
    'army|officials|leadership|delegation|team|camp|government officials|people|nation|republic|kingdom|coalition|bloc|' +
    'movement|militia|alliance|federation|union|corporation|corp|inc|ltd|plc|group of companies|holding|ministry',
);

/** Words that make a noun phrase a date or time ("on Monday", "last month", "the same day"). */
export const TIME_WORDS = set(
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|' +
    'september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tomorrow|' +
    'tonight|day|days|week|weeks|month|months|year|years|decade|decades|century|centuries|hour|hours|minute|minutes|' +
    'morning|afternoon|evening|night|weekend|time|times|moment|period|season|spring|summer|autumn|fall|winter|last|' +
    'next|this|that|same|early|earlier|late|later|mid|previous|past|coming|recent|following|first|second|third|the|a|' +
    'an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|all|each|every|half|quarter|days|ago|' +
    'overnight|dawn|noon|midnight|beginning|end|start|eve|week-end',
);

/** Personal pronouns (not possessive) that can stand alone as a noun phrase. */
export const PERSONAL_PRONOUNS = set('he|she|it|they|we|i|you|him|her|them|us|me|himself|herself|itself|themselves|ourselves');

/** Possessive determiners. */
export const POSSESSIVE_DETERMINERS = set('his|her|its|their|our|my|your');

/** Verbs (besides speech verbs) that take a "that" clause: after them "that" opens the clause, not a relative. */
export const COMPLEMENT_VERBS = set(
  'think|believe|know|hope|expect|agree|decide|ensure|show|mean|fear|demand|insist|understand|learn|find|hear|see|feel|' +
    'realize|realise|conclude|rule|recognize|recognise|accept|determine|order|require|stipulate|provide|urge|ask|propose|' +
    'recommend|request|doubt|estimate|assume|guarantee|promise|pledge|vow|prove|signal|judge|hold|find|decide',
);
