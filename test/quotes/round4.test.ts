import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rows, rowsOfLongLine, type Row } from '../helpers/quote-rows.js';

const CASES: { name: string; text: string; want: Row[] }[] = [
  // An adjective used as a noun after a determiner ("The socialist said").
  {
    name: 'adjective subject: "The socialist said" — the tagger reads "socialist" as an adjective',
    text: 'The socialist said he would win the primary.',
    want: [['he would win the primary', 'The socialist', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'adjective subject: hyphenated modifiers before it',
    text: 'The self-described democratic socialist said he would win.',
    want: [['he would win', 'The self-described democratic socialist', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'adjective subject: not the object of a preposition ("in the past has voiced")',
    text: 'Zucker, who in the past has voiced doubts, left early.',
    want: [],
  },
  // A clause whose verb the tagger took for a plural noun.
  {
    name: 'clause with a verb tagged as a noun: "the year of education yields a bump"',
    text: 'Doyle said the year of education yields a bump in income.',
    want: [['the year of education yields a bump in income', 'Doyle', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'clause with a verb tagged as a noun: a noun phrase alone is no clause',
    text: 'Doyle said the words of the lawyers again.',
    want: [],
  },
  // Shares of respondents: the whole share is the source, not the "10".
  {
    name: 'share: "nine in 10" is the speaker',
    text: 'About nine in 10 said they thought the economy favors the wealthy.',
    want: [['they thought the economy favors the wealthy', 'About nine in 10', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'share: "more than six in 10 voters"',
    text: 'More than six in 10 voters say they will vote.',
    want: [['they will vote', 'More than six in 10 voters', 'say', 'quotes/source-cue-content']],
  },
  {
    name: 'share: "three out of 10 Republicans"',
    text: 'Three out of 10 Republicans said they were angry.',
    want: [['they were angry', 'Three out of 10 Republicans', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'share: a number after "in" without a count before it is not a share',
    text: 'Turnout in 10 states rose, the officials said.',
    want: [['Turnout in 10 states rose', 'the officials', 'said', 'quotes/content-source-cue']],
  },
  // A relative clause between commas ends before the main verb.
  {
    name: 'relative clause between commas: the main verb of speech takes the clause',
    text: 'Mr. Khan, who had addressed the convention on Thursday, said on Sunday that the plan had failed.',
    want: [['the plan had failed', 'Mr. Khan, who had addressed the convention on Thursday', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'relative clause between commas: its own clause content stops at the comma',
    text: 'The mayor, who said the budget was sound, left the meeting early.',
    want: [['the budget was sound', 'who', 'said', 'quotes/source-cue-content']],
  },
  // Closing attributions after a quotation.
  {
    name: 'after a quotation: a hyphenated modifier is not the cue ("conservative-leaning newspaper wrote")',
    text: '“He has to stop blaming others,” the conservative-leaning newspaper wrote.',
    want: [['He has to stop blaming others', 'the conservative-leaning newspaper', 'wrote', 'quotes/after-source-cue']],
  },
  {
    name: 'after a quotation: a participle before a noun in the source ("organizing director")',
    text: '“We want better pay,” union organizing director Ann Cole told the station.',
    want: [['We want better pay', 'union organizing director Ann Cole', 'told', 'quotes/after-source-cue']],
  },
  {
    name: 'after a quotation: "it read." closes a written quotation',
    text: '“Please send the forms by Friday,” it read.',
    want: [['Please send the forms by Friday', 'it', 'read', 'quotes/after-source-cue']],
  },
  {
    name: 'after a quotation: "read" with an object is not a closing cue',
    text: '“Please send the forms by Friday,” she read the letter aloud.',
    want: [['Please send the forms by Friday', null, null, 'quotes/unattributed']],
  },
  // Subjects.
  {
    name: 'subject after a leading adverb and its comma ("However, he …, calling him …")',
    text: 'However, he spared the mayor, calling him a “decent man” and he did not say more.',
    want: [['him a “decent man”', 'he', 'calling', 'quotes/source-cue-object']],
  },
  {
    name: 'object content: runs on over "and" without a new subject',
    text: 'The mayor praised the police and the firefighters.',
    want: [['the police and the firefighters', 'The mayor', 'praised', 'quotes/source-cue-object']],
  },
  {
    name: 'apposition holding a participle before a noun ("New Jersey’s sitting governor")',
    text: 'Christie, the state’s sitting governor, repeated claims that the senator recites the same lines.',
    want: [['the senator recites the same lines', 'Christie, the state’s sitting governor', 'repeated', 'quotes/source-cue-content']],
  },
  {
    name: 'apposition holding a finite verb is no subject',
    text: 'Christie, the governor sat down, repeated claims that the senator recites the same lines.',
    want: [],
  },
  {
    name: 'a party tag before an apposition ("Sen. Ted Cruz (R-Texas), also a hopeful, called …")',
    text: 'Sen. Ann Hill (R-Texas), also a hopeful, called the plan “reckless” on Sunday.',
    want: [['the plan “reckless” on Sunday', 'Sen. Ann Hill (R-Texas), also a hopeful', 'called', 'quotes/source-cue-object']],
  },
  {
    name: 'a bracket that is no party tag does not join the subject',
    text: 'Sen. Ann Hill (the new one), also a hopeful, called the plan “reckless” on Sunday.',
    want: [],
  },
  // A name and its apposition after a clause.
  {
    name: 'name and apposition closing the sentence: "…, Ann Ford, the undersecretary, wrote in a memo."',
    text: 'The files have been placed in storage, Ann Ford, the undersecretary for management, wrote in a memo.',
    want: [['The files have been placed in storage', 'Ann Ford, the undersecretary for management', 'wrote', 'quotes/content-source-cue']],
  },
  {
    name: 'name and apposition after a clause, then the verb and its object',
    text: 'The court ruled against the state in July, Sen. Ann Ford of Texas, now a contender, proposed an amendment.',
    want: [
      ['the state in July', 'The court', 'ruled', 'quotes/source-cue-object'],
      ['an amendment', 'Sen. Ann Ford of Texas, now a contender', 'proposed', 'quotes/source-cue-object'],
    ],
  },
  {
    name: 'a lower-case phrase between commas is no name',
    text: 'The files have been placed in storage, the clerk, the undersecretary for management, wrote in a memo.',
    want: [],
  },
  // Only verbs of speech put their source after them.
  {
    name: 'a verb of speech before its source closes the sentence',
    text: 'The deal will hold through the winter, said the minister.',
    want: [['The deal will hold through the winter', 'the minister', 'said', 'quotes/content-source-cue']],
  },
  {
    name: 'another verb before a noun phrase is no closing attribution',
    text: 'The deal will hold through the winter, proposed a new tax.',
    want: [],
  },
  // Any verb closing the sentence after a quotation that ends in a comma, "?" or "!".
  {
    name: 'closing verb after a quotation: "…,” Oliver barked."',
    text: '“You are wrong about that,” Oliver barked.',
    want: [['You are wrong about that', 'Oliver', 'barked', 'quotes/after-source-cue']],
  },
  {
    name: 'closing verb with a particle: "…,” he went on."',
    text: '“We ought to start it up again,” he went on.',
    want: [['We ought to start it up again', 'he', 'went', 'quotes/after-source-cue']],
  },
  {
    name: 'closing verb: not after a quotation closed by a full stop',
    text: '“We ought to start it up again.” He left.',
    want: [['We ought to start it up again.', null, null, 'quotes/unattributed']],
  },
  {
    name: 'closing verb: not a passive',
    text: '“Who could it be?” Her notes are redacted.',
    want: [['Who could it be?', null, null, 'quotes/unattributed']],
  },
  // A relative clause between the name and the cue after a quotation.
  {
    name: 'after a quotation: "…,” Paris, who used to work in the Senate, said."',
    text: '“You get your house ready for a party,” Paris, who used to work in the Senate, said about the work.',
    want: [['You get your house ready for a party', 'Paris, who used to work in the Senate', 'said', 'quotes/after-source-cue']],
  },
  {
    name: 'after a quotation: a clause with its own verb before the relative clause is no source',
    text: '“You get your house ready for a party,” Paris left, who used to work in the Senate, said about the work.',
    want: [['You get your house ready for a party', null, null, 'quotes/unattributed']],
  },
  // A gerund after a possessive.
  {
    name: 'a gerund after a name’s possessive is a noun: "a source familiar with Cruz’s thinking said"',
    text: 'A source familiar with Cruz’s thinking said the senator would run again.',
    want: [['the senator would run again', 'A source familiar with Cruz’s thinking', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'a verb after "he’s" is still a cue',
    text: 'He’s predicting that the race will tighten.',
    want: [['the race will tighten', 'He', '’s predicting', 'quotes/source-cue-content']],
  },
  // Before a quotation.
  {
    name: 'a phrase between the cue and the quotation ("wrote to his followers, “…”")',
    text: 'Canova wrote to his many followers, “It is time to end her career for good.”',
    want: [['It is time to end her career for good.', 'Canova', 'wrote', 'quotes/before-source-cue']],
  },
  {
    name: 'a source "familiar with" someone’s thinking',
    text: 'A source familiar with Cruz’s thinking said, “He will try to be friendlier with his colleagues.”',
    want: [['He will try to be friendlier with his colleagues.', 'A source familiar with Cruz’s thinking', 'said', 'quotes/before-source-cue']],
  },
  {
    name: 'any verb after the subject of its sentence before a whole quoted sentence ("Billy Joel sings, “…”")',
    text: 'In his song, Billy Joel sings, “Do not go changing to please me.”',
    want: [['Do not go changing to please me.', 'Billy Joel', 'sings', 'quotes/before-source-cue']],
  },
  {
    name: 'a verb before a quoted title in lower case is no cue',
    text: 'The band played, “a song about home and the sea”.',
    want: [],
  },
  // Reported speech with inserts and longer subjects.
  {
    name: 'parenthetical with "an inside source" (the tagger reads "inside" as a preposition)',
    text: 'The plan, an inside source said, is to hand out copies of the editorial.',
    want: [['The plan, an inside source said, is to hand out copies of the editorial', 'an inside source', 'said', 'quotes/parenthetical']],
  },
  {
    name: 'a possessive between the cue and "that" ("wrote to Sanders’ office that")',
    text: 'The Legion wrote to Sanders’ Senate office that it had no permission to use the emblem.',
    want: [['it had no permission to use the emblem', 'The Legion', 'wrote', 'quotes/source-cue-content']],
  },
  {
    name: 'a content ends before ", but attorneys for the department said"',
    text: 'A judge had ordered the release by January, but attorneys for the department said that they would miss the deadline.',
    want: [
      ['the release by January', 'A judge', 'had ordered', 'quotes/source-cue-content'],
      ['they would miss the deadline', 'attorneys for the department', 'said', 'quotes/source-cue-content'],
    ],
  },
  {
    name: '"were more likely to say": the subject speaks',
    text: 'Younger voters were slightly more likely to say they preferred the senator.',
    want: [['they preferred the senator', 'Younger voters', 'were slightly more likely to say', 'quotes/source-cue-content']],
  },
  {
    name: '"is likely to win": not a verb of speech',
    text: 'The senator is likely to win the state.',
    want: [],
  },
  {
    name: 'a relative clause between double hyphens before the verb',
    text: 'The justice -- who has been in a dispute with the nominee -- said she regretted her remarks.',
    want: [['she regretted her remarks', 'The justice -- who has been in a dispute with the nominee', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'an insert between dashes after the cue, then "that"',
    text: 'The chairman said — on Twitter, as it happens — that the campaign raised $4 million.',
    want: [['the campaign raised $4 million', 'The chairman', 'said', 'quotes/source-cue-content']],
  },
  // The author of a message speaks through its participle.
  {
    name: 'message author: "X issued a statement Tuesday saying, “…”"',
    text: 'The governor issued a statement Tuesday saying, “We will not back down from this fight.”',
    want: [['We will not back down from this fight.', 'The governor', 'saying', 'quotes/before-source-cue']],
  },
  {
    name: 'message author: "sent out a message to supporters saying: “…”"',
    text: 'The campaign sent out a message to supporters saying: “We won the state tonight, thanks to you.”',
    want: [['We won the state tonight, thanks to you.', 'The campaign', 'saying', 'quotes/before-source-cue']],
  },
  {
    name: 'message author: signs are no message noun, they keep their own reading',
    text: 'Protesters carried signs saying the bill was dead.',
    want: [['the bill was dead', 'signs', 'saying', 'quotes/source-cue-content']],
  },
  // Leading phrases before the subject.
  {
    name: 'leading phrase ending in a place name ("…in Salem, New Hampshire, Trump went after Bush, calling him …")',
    text: 'Speaking at a town hall in Salem, New Hampshire, the governor went after his rival, calling him “a total stiff.”',
    want: [['him “a total stiff.”', 'the governor', 'calling', 'quotes/source-cue-object']],
  },
  {
    name: 'leading time phrase and its comma ("Late last month, the company …, calling …")',
    text: 'Late last month, the company sent a letter, calling the reports “inaccurate and misleading.”',
    want: [['the reports “inaccurate and misleading.”', 'the company', 'calling', 'quotes/source-cue-object']],
  },
  {
    name: 'a longer leading participle phrase',
    text: 'Facing criticism from lawmakers in both of the parties, the mayor left the stage, insisting that the plan was sound.',
    want: [['the plan was sound', 'the mayor', 'insisting', 'quotes/source-cue-content']],
  },
  // Findings of polls and surveys.
  {
    name: 'finding: a subject with prepositional phrases ("A survey by the group in March found …")',
    text: 'A survey by the group in March found that voters were angry.',
    want: [['voters were angry', 'A survey by the group in March', 'found', 'quotes/source-cue-content']],
  },
  {
    name: 'finding: a time alone is still no source',
    text: 'In March found that voters were angry.',
    want: [],
  },
  {
    name: 'finding: a gerund subject ("Exit polling showed that …")',
    text: 'Exit polling showed that the senator won every group except the young.',
    want: [['the senator won every group except the young', 'Exit polling', 'showed', 'quotes/source-cue-content']],
  },
  {
    name: 'finding: "polls show voters …" with "show" tagged as a noun',
    text: 'Early polls show voters in the area rejecting the plan.',
    want: [['voters in the area rejecting the plan', 'Early polls', 'show', 'quotes/source-cue-object']],
  },
  {
    name: 'finding: a participle insert with "by" later in it ("The poll, released on Wednesday by the institute, showed …")',
    text: 'The poll, released on Wednesday by the institute, showed the mayor leading the race.',
    want: [['the mayor leading the race', 'The poll, released on Wednesday by the institute', 'showed', 'quotes/source-cue-object']],
  },
  // Participles as adjectives, names with particles.
  {
    name: '"271 pledged delegates": a participle between a number and a noun is no cue',
    text: 'The senator leads by 271 pledged delegates in the count.',
    want: [],
  },
  {
    name: '"pledged" as a verb still is a cue',
    text: 'The senator pledged to support the plan.',
    want: [['to support the plan', 'The senator', 'pledged', 'quotes/source-cue-object']],
  },
  {
    name: 'a closing "reports" after a name with a particle ("Correio de Manha reports.")',
    text: 'The engineer was based in Johannesburg, the newspaper Correio de Manha reports.',
    want: [['The engineer was based in Johannesburg', 'the newspaper Correio de Manha', 'reports', 'quotes/content-source-cue']],
  },
  // The subject of the sentence before a participle or coordinated cue and a quotation.
  {
    name: '"X endorsed Y, saying, “…”": the subject speaks, the object keeps its own attribution',
    text: 'Warren endorsed Clinton, saying, “Having a fighter in the lead is what this country needs.”',
    want: [
      ['Clinton', 'Warren', 'endorsed', 'quotes/source-cue-content'],
      ['Having a fighter in the lead is what this country needs.', 'Warren', 'saying', 'quotes/before-source-cue'],
    ],
  },
  {
    name: '"X smiled and said, “…”"',
    text: 'The senator smiled and said, “I am waiting for the mayor to get in the race.”',
    want: [['I am waiting for the mayor to get in the race.', 'The senator', 'said', 'quotes/before-source-cue']],
  },
  // Labels before a colon are no speakers.
  {
    name: 'a credit line "Contributing: …" is no statement',
    text: 'The vote was close.\n\nContributing: Ann Lee and Bob Stone in Washington\n',
    want: [],
  },
  {
    name: '"The Latest: …" is no speaker',
    text: 'The Latest: Rain delays the count in the state\n\nMore follows.',
    want: [],
  },
  {
    name: 'a name before a colon still speaks',
    text: 'Trump: the count in the state is rigged\n\nMore follows.',
    want: [['the count in the state is rigged', 'Trump', ':', 'quotes/name-colon']],
  },
  // "seem" and "appear": an impression of the writer's has no speaker; an act or stance keeps its subject.
  {
    name: 'seemed + a state: no speaker',
    text: 'The supporters seemed calm about the verdict.',
    want: [['calm about the verdict', null, 'seemed', 'quotes/source-cue-object']],
  },
  {
    name: 'appear to be + adjective: no speaker',
    text: 'The figures appear to be wrong.',
    want: [['to be wrong', null, 'appear', 'quotes/source-cue-object']],
  },
  {
    name: 'seemed to + an act: the subject keeps the source',
    text: 'The senator seemed to blame the network for the story.',
    want: [['to blame the network for the story', 'The senator', 'seemed', 'quotes/source-cue-object']],
  },
  {
    name: 'seemed + a stance adjective: the subject keeps the source',
    text: 'The senator seemed hopeful that the bill would pass.',
    want: [['the bill would pass', 'The senator', 'seemed', 'quotes/source-cue-content']],
  },
  // Passives without an agent name nobody.
  {
    name: 'passive: "X was asked about Y" has no speaker',
    text: 'The governor was asked about the budget gap.',
    want: [['the budget gap', null, 'was asked', 'quotes/source-cue-object']],
  },
  {
    name: 'passive: a participle of feeling keeps its subject ("is worried that")',
    text: 'The governor is worried that the budget will fail.',
    want: [['the budget will fail', 'The governor', 'is worried', 'quotes/source-cue-content']],
  },
  {
    name: 'passive: "he’s said" is "he has said", not a passive',
    text: 'He’s said the budget will fail.',
    want: [['the budget will fail', 'He', '’s said', 'quotes/source-cue-content']],
  },
  // Noun cues with a possessive pronoun.
  {
    name: 'noun cue: the subject of the verb holding "his attacks on" speaks',
    text: 'The governor ratcheted up his attacks on the senator.',
    want: [['the senator', 'The governor', 'ratcheted up his attacks', 'quotes/noun-cue']],
  },
  {
    name: 'noun cue: "were unanimous in their condemnation of"',
    text: 'The leaders were unanimous in their condemnation of the remarks.',
    want: [['the remarks', 'The leaders', 'were unanimous in their condemnation', 'quotes/noun-cue']],
  },
  {
    name: 'noun cue: "continued to affirm their support for"',
    text: 'Many Republicans continued to affirm their support for the nominee.',
    want: [['the nominee', 'Many Republicans', 'continued to affirm their support', 'quotes/noun-cue']],
  },
  {
    name: 'noun cue: the possessive alone when no verb holds it',
    text: 'In the debate, his attacks on the senator fell flat.',
    want: [['the senator fell flat', 'his', 'attacks', 'quotes/noun-cue']],
  },
  // Impersonal "it" before an adjective.
  {
    name: '"It was clear that …": no speaker',
    text: 'It was clear that the plan had failed.',
    want: [['the plan had failed', null, 'was clear', 'quotes/source-cue-content']],
  },
  {
    name: '"He was clear that …": the person keeps the source',
    text: 'He was clear that the plan had failed.',
    want: [['the plan had failed', 'He', 'was clear', 'quotes/source-cue-content']],
  },
  // A continued quotation skips the stances in between.
  {
    name: 'continued quotation: the speaker of the attribution, not a stance inside its apposition',
    text: '“We wake up every day to more bad news,” said Mark Dobbs, executive director of the Foundation for Defense, a policy institute focused on national security. “American leadership is in decline while the world is in meltdown.”',
    want: [
      ['We wake up every day to more bad news', 'Mark Dobbs', 'said', 'quotes/after-cue-source'],
      ['national security', 'a policy institute', 'focused', 'quotes/source-cue-object'],
      ['American leadership is in decline while the world is in meltdown.', 'Mark Dobbs', null, 'quotes/continued-speaker'],
    ],
  },
  {
    name: 'continued quotation: a stance of its own sentence before it is still passed over only within the paragraph',
    text: 'The mayor backed the plan.\n\n“It is a good plan for the city and for us.”',
    want: [
      ['the plan', 'The mayor', 'backed', 'quotes/source-cue-object'],
      ['It is a good plan for the city and for us.', 'The mayor', null, 'quotes/continued-speaker'],
    ],
  },
  // A signature line under a quoted paragraph.
  {
    name: 'signature line: "“…”\\n\\n- Bernie Sanders."',
    text: '“Big firms and other companies pay zero taxes.”\n\n- Bernie Sanders.\n\nThis is a complex issue.',
    want: [['Big firms and other companies pay zero taxes.', 'Bernie Sanders', '-', 'quotes/after-dash-name']],
  },
  {
    name: 'signature line: a lower-case line after a dash is no name',
    text: '“Big firms and other companies pay zero taxes.”\n\n- the end.\n\nThis is a complex issue.',
    want: [['Big firms and other companies pay zero taxes.', null, null, 'quotes/unattributed']],
  },
];

for (const c of CASES) {
  test(`round4: ${c.name}`, () => {
    assert.deepEqual(rows(c.text), c.want);
  });
}

test('round4: a 1 MB line of the new patterns finishes quickly', () => {
  const unit = 'The plan, Ann Ford of Texas, now a rep, proposed, “x,” Paris, who said, said about it, he went on, ' +
    'seemed to be, was asked about, Exit polling showed nine in 10, his attacks on, the Latest: it read — ';
  const { got, ms } = rowsOfLongLine(unit);
  assert.ok(Array.isArray(got));
  // Quadratic work on this input takes minutes; linear work takes seconds even on a loaded machine.
  assert.ok(ms < 45_000, `took ${ms} ms`);
});
