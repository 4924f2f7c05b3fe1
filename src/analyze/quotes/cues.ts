/**
 * Cue words for attributions, as data.
 *
 * A cue is the verb (or phrase) that ties a statement to its source: "said", "told reporters",
 * "wrote in a Twitter post", "according to". Verbs are listed by lemma; their inflected forms are
 * made below (irregular forms listed). The lists cover speech verbs and the verbs of belief and
 * finding that news uses to attribute a claim ("polls show that …", "officials believe …").
 */

/** Speech and attribution verbs that take a clause ("X said that …", "…, X said"). */
export const CUE_LEMMAS: readonly string[] = [
  'say', 'tell', 'add', 'warn', 'write', 'note', 'announce', 'suggest', 'argue', 'report', 'claim',
  'insist', 'explain', 'declare', 'state', 'acknowledge', 'admit', 'confirm', 'deny', 'stress',
  'emphasize', 'emphasise', 'assert', 'maintain', 'predict', 'promise', 'vow', 'pledge', 'tweet',
  'post', 'ask', 'respond', 'reply', 'answer', 'recall', 'continue', 'conclude', 'complain', 'contend',
  'caution', 'concede', 'observe', 'believe', 'think', 'feel', 'know', 'hope', 'expect', 'fear',
  'worry', 'agree', 'disagree', 'allege', 'estimate', 'show', 'find', 'reveal', 'indicate', 'charge',
  'counter', 'retort', 'quip', 'joke', 'boast', 'brag', 'testify', 'mention', 'remark', 'signal',
  'hint', 'assure', 'reassure', 'proclaim', 'threaten', 'speculate', 'suspect', 'doubt', 'understand',
  'learn', 'hear', 'urge', 'demand', 'recommend', 'predict', 'point out', 'comment', 'reiterate',
  'imply', 'guarantee', 'inform', 'remind', 'acknowledge', 'lament', 'scoff', 'exclaim', 'shout',
  'write', 'blast', 'slam', 'accuse', 'criticize', 'criticise', 'describe', 'call',
  // Stance and intention: news attributes positions as well as words.
  'support', 'endorse', 'decline', 'refuse', 'want', 'praise', 'attack', 'oppose', 'defend', 'propose',
  'seek', 'plan', 'reject', 'denounce', 'question', 'discuss', 'cite', 'express', 'offer', 'consider',
  'dismiss', 'condemn', 'welcome', 'applaud', 'blame', 'dispute', 'challenge', 'encourage', 'insult',
  'mock', 'tout', 'pitch', 'acknowledge', 'refer', 'talk', 'speak', 'spoke', 'highlight', 'push',
  'threaten', 'intend', 'wish', 'predict', 'advocate', 'favor', 'favour', 'back', 'urge', 'label',
];

/** Cue verbs whose content may be an object rather than a clause ("criticized the deal"). */
export const NO_OBJECT_CONTENT: ReadonlySet<string> = new Set([
  'say', 'add', 'tell', 'write', 'post', 'tweet', 'report', 'talk', 'speak', 'spoke', 'continue', 'know',
]);

/** Verbs whose object content must be an infinitive ("declined to comment", "vowed to fight"). */
export const TO_ONLY: ReadonlySet<string> = new Set([
  'decline', 'refuse',
]);

/** Verbs that usually take a person object before the clause ("told reporters that", "warned Kyiv that"). */
export const OBJECT_LEMMAS: ReadonlySet<string> = new Set([
  'tell', 'warn', 'assure', 'reassure', 'inform', 'remind', 'ask', 'urge', 'promise', 'caution', 'show',
]);

/**
 * Verbs that are cues only with a clause or a quote right after them: "accused X of …" or
 * "called it …" are not statements by themselves.
 */
export const CLAUSE_ONLY_LEMMAS: ReadonlySet<string> = new Set([
  'accuse', 'criticize', 'criticise', 'describe', 'call', 'blast', 'slam', 'continue', 'post', 'show',
  'find', 'know', 'hear', 'learn', 'understand', 'feel', 'demand', 'urge', 'recommend', 'answer',
  'counter', 'hope', 'expect', 'fear', 'agree', 'disagree', 'signal', 'maintain', 'state', 'charge',
  'report', 'ask', 'mention', 'indicate', 'remind', 'promise', 'threaten', 'guarantee',
]);

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  find: ['find', 'finds', 'found', 'finding'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  hear: ['hear', 'hears', 'heard', 'hearing'],
  learn: ['learn', 'learns', 'learned', 'learnt', 'learning'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  brag: ['brag', 'brags', 'bragged', 'bragging'],
  imply: ['imply', 'implies', 'implied', 'implying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  worry: ['worry', 'worries', 'worried', 'worrying'],
  signal: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  'point out': ['point out', 'points out', 'pointed out', 'pointing out'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  plan: ['plan', 'plans', 'planned', 'planning'],
  refer: ['refer', 'refers', 'referred', 'referring'],
  favor: ['favor', 'favors', 'favored', 'favoring'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  question: ['question', 'questioned', 'questioning'],
  back: ['backed', 'backing'],
  offer: ['offer', 'offers', 'offered', 'offering'],
  support: ['support', 'supports', 'supported', 'supporting'],
  attack: ['attack', 'attacks', 'attacked', 'attacking'],
  call: ['call', 'calls', 'called', 'calling'],
};

/** All inflected forms of a lemma. */
export function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  const forms = [lemma];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es');
  else forms.push(lemma + 's');
  if (lemma.endsWith('e')) forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  else forms.push(lemma + 'ed', lemma + 'ing');
  return forms;
}

/**
 * Further cue forms, each used as a cue in at least 40% of its verb uses (and at least 4 times) in
 * the PolNeAR training split. Each form stands for itself (no lemma). `WEAKER_FORMS` are used as
 * cues in 25–40% of their uses (at least 3 times), hand-picked for verbs of speech, stance and thought.
 */
export const LEARNED_FORMS: readonly string[] = (
  'seemed appeared seems appears pointed issued named pointing ordered sees echoed identified repeated ' +
  'listed deemed voiced sounded nominated portrayed prefer decried railed titled slammed requested ' +
  'reads emailed pleaded thanked convinced projected convince promote remembered angered approved ruled ' +
  'disclosed portray retweeted quoted chanted assailed presented rattled championed points bemoaned ' +
  'attributed slamming likened wondered sided invoked focuses documented detailing echoing naming ' +
  'thanking yelled weighed avoided lambasted distanced balked rebuked referencing interjected derided ' +
  'realized lashed persuaded recounted regarded knocked unveiled aiming congratulated portraying dubbed ' +
  'imagined debated outlining hailed sparred reacted negotiated opted pivoted brushed recognizing rebut ' +
  'alluding acquiesced singled prefers rebuffed introducing remembers wondering outlined pressing lays ' +
  'inclined justify credited mused chanting'
).split(/\s+/);

export const WEAKER_FORMS: readonly string[] = (
  'released voted decided focused signed seem appear shared remember aimed laid pressed viewed ignored ' +
  'addressed determined adopted recognized embraced persuade exposed apologized view noticed wonder ' +
  'comparing coined protesting mulling unleashed underscore underscores underscored decrying disavow ' +
  'disavowed downplayed apologize ripped interpreted affirm clarified envision envisioned reaffirmed ' +
  'assumed foresee uttered opined quoting vouched chided contradicted contemplate characterized framed ' +
  'celebrated dedicated'
).split(/\s+/);

/** Inflected single-word form (lower case) → lemma. */
export const CUE_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const f of [...LEARNED_FORMS, ...WEAKER_FORMS]) m.set(f, f);
  for (const lemma of CUE_LEMMAS) {
    if (lemma.includes(' ')) continue;
    for (const f of inflect(lemma)) if (!m.has(f)) m.set(f, lemma);
  }
  return m;
})();

/** Phrases that may follow a cue verb and belong to the cue ("said in a statement", "told reporters"). */
export const CUE_TAIL =
  /^(?:\s+(?:reporters|journalists|the press|the media|(?:in|on|during)\s+(?:a|an|the|his|her|their|its)\s+(?:(?:[A-Z][\w-]*|televised|written|joint|separate|recent|radio|TV|television|press|phone|telephone|video|interview|statement|regular|latest|daily|weekly|annual|official|intelligence|earnings|first-quarter|quarterly|online|own)\s+){0,3}(?:statement|interview|post|tweet|message|speech|address|briefing|conference|call|letter|release|op-ed|column|note|email|blog post|Twitter post|Facebook post|Telegram post|bulletin|report|update|broadcast|podcast|newsletter|channel|appearance|hearing)|on (?:Twitter|Facebook|Telegram|Instagram|television|TV)))+/;

/** Subject pronouns that can speak. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Words of title or office stripped from the front of a name ("President Joe Biden" → "Joe Biden"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. prof prof. president vice ' +
    'secretary state minister prime foreign defence defense interior finance chancellor senator governor ' +
    'representative general spokesman spokeswoman spokesperson ambassador envoy chief deputy director ' +
    'leader mayor judge justice sir lord lady king queen prince pope commander admiral colonel captain ' +
    'sergeant press official officials former acting first lady congressman congresswoman sheriff adviser advisor ' +
    'counsel attorney candidate nominee chairman chairwoman chair ceo head council member'
  ).split(' '),
);

/** Words that make a speaker an organisation or a country rather than a person. */
export const ORG_WORDS =
  /\b(?:Kremlin|White House|Pentagon|Ministry|Department|Office|Government|government|Administration|administration|Agency|Council|Committee|Commission|Party|Army|Forces|Service|campaign|NATO|UN|EU|OSCE|Union|Embassy|embassy|Company|Inc|Corp|Bank|Court|Congress|Senate|Parliament|ministry|department|office|authorities|officials|police|military)\b/;

/**
 * Verbs that attribute in a title-case headline ("Hillary Clinton Speaks 'Directly To White People'",
 * "Retired General Reveals …"): third-person present forms, as headlines write them.
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(
  (
    'says warns reveals speaks calls urges admits claims defends pleads vows touts slams blasts rips rip hammers ' +
    'knocks bashes torches accuses denies insists argues predicts promises suggests tells explains insists ' +
    'praises mocks criticizes criticises attacks questions demands rejects responds declares confirms announces ' +
    'endorses backs opposes threatens vows pledges laments decries dismisses'
  ).split(' '),
);

/**
 * Verbs whose object content is still something said ("warned the West", "urged calm", "accused Kyiv of …"); with
 * another verb an object content is a stance or an action ("backed the plan", "approved the bill").
 */
export const SPEECH_OBJECT_LEMMAS: ReadonlySet<string> = new Set(
  ('say tell warn urge ask call demand promise pledge vow accuse deny criticize criticise condemn praise blame announce ' +
    'propose threaten insist reject dismiss denounce slam blast attack question welcome thank congratulate describe label ' +
    'dub name cite mention note remind inform assure reassure caution comment respond reply answer add write tweet post ' +
    'report claim suggest argue explain declare state acknowledge admit confirm stress emphasize emphasise recall ' +
    'predict lament decry rebuke chide mock insult applaud hail laud tout pitch offer express voice').split(' '),
);
