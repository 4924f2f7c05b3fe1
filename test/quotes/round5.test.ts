import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rows, rowsOfLongLine, type Row } from '../helpers/quote-rows.js';

const CASES: { name: string; text: string; want: Row[] }[] = [
  // "Name: words" headlines and transcript lines speak before the cue verbs inside their words.
  {
    name: 'colon headline: a first-person headline is the named speaker’s, not "I"’s',
    text: 'Rubio: I Still Believe the Senate Will Act',
    want: [['I Still Believe the Senate Will Act', 'Rubio', ':', 'quotes/name-colon']],
  },
  {
    name: 'colon headline: a verb of speech inside the words does not take the line',
    text: 'Obama: I’m Optimistic Americans Will Say No to Trump',
    want: [['I’m Optimistic Americans Will Say No to Trump', 'Obama', ':', 'quotes/name-colon']],
  },
  {
    name: 'colon transcript: capitals name the speaker of every line, whatever verbs follow',
    text: 'WALLACE: Governor, the paper wrote that it shows people are worried. Do you agree?\n\nPENCE: Well, look, she apparently thinks this is a game show. It is not.',
    want: [
      ['Governor, the paper wrote that it shows people are worried. Do you agree?', 'WALLACE', ':', 'quotes/name-colon'],
      ['Well, look, she apparently thinks this is a game show. It is not', 'PENCE', ':', 'quotes/name-colon'],
    ],
  },
  {
    name: 'colon headline: words opening with their own subject and verb after a topic ("Zelensky Says")',
    text: 'Ukraine War: Zelensky Says Russia Must Pay',
    want: [['Russia Must Pay', 'Zelensky', 'Says', 'quotes/headline-source-cue']],
  },
  {
    name: 'colon headline: a topic before a subject and a cue verb is no speaker',
    text: 'Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder',
    want: [['Two Counts Of Murder', 'Yvonne Hiller', 'Charged', 'quotes/source-cue-object']],
  },
  {
    name: 'colon headline: a name holding a headline verb is no speaker',
    text: 'Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump',
    want: [['Ted Cruz: I Am ‘Horrified’ By Donald Trump', 'Fiorina', 'Endorses', 'quotes/source-cue-object']],
  },
  {
    name: 'colon line: a long paragraph after a title-case heading is not taken first',
    text: 'The Gap Goes On: It was under his watch that the assembly established a new agency, which is devoted to promoting equality. He backed the idea.',
    want: [['the idea', 'He', 'backed', 'quotes/source-cue-object']],
  },
  {
    name: 'colon headline: an exclamation label is no speaker',
    text: 'BUSTED: Emails Reveal Aide Caught Conspiring At Hearing',
    want: [['Aide Caught Conspiring At Hearing', 'Emails', 'Reveal', 'quotes/source-cue-content']],
  },
  // "…, X said, adding …": the participle closes the attribution, it is no parenthetical insert.
  {
    name: 'closing attribution with "adding that": the content before and the added clause',
    text: 'The talks will resume next week, the minister said, adding that both sides need more time.',
    want: [
      ['The talks will resume next week', 'the minister', 'said', 'quotes/content-source-cue'],
      ['both sides need more time', 'the minister', 'adding', 'quotes/source-cue-content'],
    ],
  },
  {
    name: 'closing attribution with "adding, “…”": the content before is not lost to the quotation',
    text: 'The talks will resume next week, the minister said, adding, “Both sides need more time.”',
    want: [
      ['The talks will resume next week', 'the minister', 'said', 'quotes/content-source-cue'],
      ['Both sides need more time.', 'the minister', 'adding', 'quotes/before-source-cue'],
    ],
  },
  {
    name: 'parenthetical attribution: an insert between commas still covers the sentence',
    text: 'The talks, the minister said, will resume next week.',
    want: [['The talks, the minister said, will resume next week', 'the minister', 'said', 'quotes/parenthetical']],
  },
  {
    name: 'gerund subject after a comma is still a content ("he said, replacing the chief would be …")',
    text: 'Though the first transition was smooth, he said, replacing the chief now would be much harder.',
    want: [['replacing the chief now would be much harder', 'he', 'said', 'quotes/source-cue-content']],
  },
  // An object pronoun between a cue and its bare clause.
  {
    name: 'object pronoun: "told me" and a bare clause',
    text: 'Murphy told me he had a relatively quiet life before the shooting.',
    want: [['he had a relatively quiet life before the shooting', 'Murphy', 'told', 'quotes/source-cue-content']],
  },
  {
    name: 'object pronoun: "told them" and a noun phrase is no statement',
    text: 'Murphy told them a story.',
    want: [],
  },
  // A participle after "X reported (on a day)," takes X, not the subject of the content.
  {
    name: 'participle after "X reported on Friday," takes the reporter',
    text: 'The elections will have two parties, the agency reported on Friday, citing the election commission.',
    want: [
      ['The elections will have two parties', 'the agency', 'reported', 'quotes/content-source-cue'],
      ['the election commission', 'the agency', 'citing', 'quotes/source-cue-object'],
    ],
  },
  // A reported clause ends before ", and ADJ NOUN … CUE": adjectives belong to the next clause's subject.
  {
    name: 'clause end: ", and human rights groups warned that …" is an attribution of its own',
    text: 'Obama said the reforms were not complete, and human rights groups warned that the government was giving up leverage.',
    want: [
      ['the reforms were not complete', 'Obama', 'said', 'quotes/source-cue-content'],
      ['the government was giving up leverage', 'human rights groups', 'warned', 'quotes/source-cue-content'],
    ],
  },
  {
    name: 'clause end: ", and ADJ NOUN" with a verb that is no cue stays in the content',
    text: 'Obama said the reforms were not complete, and human rights groups remained in the capital.',
    want: [['the reforms were not complete, and human rights groups remained in the capital', 'Obama', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'clause end: a passive after "and" ("and her daughter were found") does not end the content',
    text: 'Detectives said the woman and her daughter were found with head injuries.',
    want: [['the woman and her daughter were found with head injuries', 'Detectives', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'clause end: an adjective before a verb ("would have been fine had he decided") is no subject',
    text: 'Doug said his father and the coach would have been fine had he decided to leave.',
    want: [['his father and the coach would have been fine had he decided to leave', 'Doug', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'clause end: an adjective before a determiner ("watches worth an estimated") is no subject',
    text: 'Police said the men drove a large car into the store and grabbed jewellery and luxury watches worth an estimated two million euros.',
    want: [['the men drove a large car into the store and grabbed jewellery and luxury watches worth an estimated two million euros', 'Police', 'said', 'quotes/source-cue-content']],
  },
  // Subjects of a participle cue: past a span of time, inside a cleft sentence.
  {
    name: 'subject: "Hours later," is a time, not the speaker of "telling"',
    text: 'Hours later, Trump returned the compliment, telling Reuters that they had been friends for a long time.',
    want: [['they had been friends for a long time', 'Trump', 'telling', 'quotes/source-cue-content']],
  },
  {
    name: 'subject: "Eight years ago," is a time, not the speaker of "said"',
    text: 'Eight years ago, he supported Obama and said, “Clinton has never done anything for us.”',
    want: [
      ['Obama', 'he', 'supported', 'quotes/source-cue-content'],
      ['Clinton has never done anything for us.', 'he', 'said', 'quotes/before-source-cue'],
    ],
  },
  {
    name: 'subject: a cleft "It was at the conference that Swanson …" gives Swanson',
    text: 'It was at the conference that Swanson delivered his tirade, pointing to a revelation by the author.',
    want: [['a revelation by the author', 'Swanson', 'pointing', 'quotes/source-cue-object']],
  },
  {
    name: 'subject: a span of time that is the content\'s own subject stays in the content',
    text: 'Two hours, the minister said, is not enough.',
    want: [['Two hours, the minister said, is not enough', 'the minister', 'said', 'quotes/parenthetical']],
  },
  // Closing attributions: a state tag between commas; no time or person told as the source.
  {
    name: 'closing attribution: a state tag between commas ("McConnell, R-Ky., said Tuesday")',
    text: '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.',
    want: [['Our assumption is that the veto will be overridden', 'Senate Majority Leader Mitch McConnell, R-Ky.', 'said', 'quotes/after-source-cue']],
  },
  {
    name: 'closing attribution: a time after "said" is no source',
    text: 'The veto will be overridden, said Tuesday.',
    want: [],
  },
  {
    name: 'closing attribution: the outlet told is no source',
    text: 'The veto will be overridden, told The Huffington Post.',
    want: [],
  },
  {
    name: 'closing attribution: a name after "said" still speaks',
    text: 'The veto will be overridden, said Mitch McConnell.',
    want: [['The veto will be overridden', 'Mitch McConnell', 'said', 'quotes/content-source-cue']],
  },
  {
    name: 'participle after an occasion: "she said at a news conference announcing that …" is hers',
    text: '“It may not be easy,” she said at a recent news conference announcing that her department was suing the state.',
    want: [
      ['It may not be easy', 'she', 'said', 'quotes/after-source-cue'],
      ['her department was suing the state', 'she', 'announcing', 'quotes/source-cue-content'],
    ],
  },
  {
    name: 'participle after an occasion: a noun that is no occasion keeps its own reading',
    text: 'She spoke about the lawsuit, with the governor saying that the state would fight it.',
    want: [
      ['the lawsuit', 'She', 'spoke', 'quotes/source-cue-object'],
      ['the state would fight it', 'the governor', 'saying', 'quotes/source-cue-content'],
    ],
  },
  // Quantifiers standing for people.
  {
    name: 'quantifier subject: "Some believe …"',
    text: 'Some believe the plan will fail.',
    want: [['the plan will fail', 'Some', 'believe', 'quotes/source-cue-content']],
  },
  {
    name: 'quantifier subject: "All agreed that …"',
    text: 'All agreed that the plan will fail.',
    want: [['the plan will fail', 'All', 'agreed', 'quotes/source-cue-content']],
  },
  {
    name: 'quantifier subject: a determiner before its noun is not the subject alone',
    text: 'Some officials believe the plan will fail.',
    want: [['the plan will fail', 'Some officials', 'believe', 'quotes/source-cue-content']],
  },
  {
    name: 'quantifier subject: "this" is no speaker',
    text: 'This suggests the plan will fail.',
    want: [],
  },
  // A time after a closing cue, a time inside a parenthetical attribution, subjects joined by "and".
  {
    name: 'closing attribution: "a spokesman announced Monday morning." has no object, the content is before it',
    text: 'The campaign plans to release more medical records soon, a spokesman announced Monday morning.',
    want: [['The campaign plans to release more medical records soon', 'a spokesman', 'announced', 'quotes/content-source-cue']],
  },
  {
    name: 'stance verb with an object and a time keeps its object',
    text: 'The ministry announced new sanctions on Monday.',
    want: [['new sanctions on Monday', 'The ministry', 'announced', 'quotes/source-cue-object']],
  },
  {
    name: 'parenthetical attribution: "the senator said then,"',
    text: 'The truth, the senator said then, was that the deal had collapsed.',
    want: [['The truth, the senator said then, was that the deal had collapsed', 'the senator', 'said', 'quotes/parenthetical']],
  },
  {
    name: 'clause end: subjects joined by "and" before the verb ("the United States and its allies will seek")',
    text: 'He said the United States and its allies will seek new sanctions.',
    want: [['the United States and its allies will seek new sanctions', 'He', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'clause end: a new clause after "and" still ends the content ("and the allies warned")',
    text: 'He said the talks had failed and the allies warned that sanctions would follow.',
    want: [
      ['the talks had failed', 'He', 'said', 'quotes/source-cue-content'],
      ['sanctions would follow', 'the allies', 'warned', 'quotes/source-cue-content'],
    ],
  },
  // Subjects with a post-modifier.
  {
    name: 'subject: "Those close to him say …"',
    text: 'Those close to him say he would have to consider Beyer.',
    want: [['he would have to consider Beyer', 'Those close to him', 'say', 'quotes/source-cue-content']],
  },
  {
    name: 'subject: a participle phrase without commas ("Residents living near the plant said")',
    text: 'Residents living near the plant said the smell was unbearable.',
    want: [['the smell was unbearable', 'Residents living near the plant', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'subject: "Officials speaking at the briefing in Kyiv said"',
    text: 'Officials speaking at the briefing in Kyiv said the bridge was closed.',
    want: [['the bridge was closed', 'Officials speaking at the briefing in Kyiv', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'subject: a participle phrase after a comma is not joined ("In the town near the plant, residents said")',
    text: 'In the town near the plant, residents said the smell was unbearable.',
    want: [['the smell was unbearable', 'residents', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'bare clause after a phrase: "said after the convention he would not …"',
    text: 'Trump said after the convention he would not accept the endorsement.',
    want: [['he would not accept the endorsement', 'Trump', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'bare clause after a phrase: a phrase without a clause after it is no content',
    text: 'Trump spoke after the convention in Cleveland.',
    want: [],
  },
  // "according to" and "as X reported" inside a sentence, "as reported by X".
  {
    name: 'according to after a clause opener: the clause after it is the content',
    text: 'It was postponed because, according to Trump, the media would call him a chicken.',
    want: [['the media would call him a chicken', 'Trump', 'according to', 'quotes/according-to-first']],
  },
  {
    name: 'according to between a subject and its verb: the whole sentence',
    text: 'The strikes, according to the ministry, hit only military targets.',
    want: [['The strikes, according to the ministry, hit only military targets', 'the ministry', 'according to', 'quotes/parenthetical']],
  },
  {
    name: 'according to opening with a short adverb keeps the content after it',
    text: 'Now, according to the recent poll, some voters are swinging.',
    want: [['some voters are swinging', 'the recent poll', 'according to', 'quotes/according-to-first']],
  },
  {
    name: '"As reported by X," opening a sentence',
    text: 'As reported by Western Journalism, investigators found over 2,200 emails containing classified information.',
    want: [['investigators found over 2,200 emails containing classified information', 'Western Journalism', 'reported by', 'quotes/as-source-cue']],
  },
  {
    name: '", as reported by X." closing a sentence is taken before the cues inside it',
    text: 'Investigators found over 2,200 emails containing classified information, as reported by the Washington Post.',
    want: [['Investigators found over 2,200 emails containing classified information', 'the Washington Post', 'reported by', 'quotes/as-source-cue']],
  },
  {
    name: '", as X reported," after a leading phrase of time',
    text: 'Just a few weeks ago, as Western Journalism reported, the two hosts were discussing a hypothetical situation.',
    want: [['the two hosts were discussing a hypothetical situation', 'Western Journalism', 'reported', 'quotes/as-source-cue']],
  },
  {
    name: 'a passive with "by" and no "as" is no "as reported by"',
    text: 'The emails were reported by the Washington Post.',
    want: [['The emails', 'the Washington Post', 'were reported by', 'quotes/passive-agent']],
  },
  {
    name: '"said that, according to its data, …": the outer verb takes the clause, without the comma',
    text: 'The ministry said that, according to its data, the strikes hit only military targets.',
    want: [['according to its data, the strikes hit only military targets', 'The ministry', 'said', 'quotes/source-cue-content']],
  },
  // Subjects before a quotation's cue; the subject of "spend" for a participle after its object.
  {
    name: 'subject: a time between a relative subject and its verb ("who Beck on Wednesday called “…”")',
    text: 'Much of his anger was directed at Bannon, who Beck on Wednesday called “a horrible, despicable human being.”',
    want: [['a horrible, despicable human being.', 'Beck', 'called', 'quotes/before-source-cue']],
  },
  {
    name: 'subject: a participle phrase before a cue and a quotation ("source speaking to Fox News said, “…”")',
    text: 'Another intelligence source speaking to Fox News said, “The agents are investigating the possible intersection of donations and contracts.”',
    want: [['The agents are investigating the possible intersection of donations and contracts.', 'Another intelligence source speaking to Fox News', 'said', 'quotes/before-source-cue']],
  },
  {
    name: 'subject: "has spent nearly all of her time responding to" takes the subject of "spent"',
    text: 'Ayotte has spent nearly all of her time responding to Trump\'s near-daily controversies.',
    want: [["Trump's near-daily controversies", 'Ayotte', 'responding', 'quotes/source-cue-object']],
  },
];

for (const c of CASES) {
  test(`round5: ${c.name}`, () => {
    assert.deepEqual(rows(c.text), c.want);
  });
}

test('round5: "the money spent on the ads attacking …" does not make the money a speaker', () => {
  assert.ok(rows('The money spent on the ads attacking Clinton came from donors.').every((r) => r[1] !== 'The money'));
});

test('round5: a dateline in capitals before a colon is no speaker', () => {
  assert.deepEqual(rows('NEW DELHI: India’s foreign minister met his Russian counterpart on Monday.', { names: true }), []);
});

test('round5: a person’s name in capitals before a colon still speaks', () => {
  assert.deepEqual(rows('SANDERS: We will win this fight in the end.', { names: true }), [
    ['We will win this fight in the end', 'SANDERS', ':', 'quotes/name-colon'],
  ]);
});

test('round5: a 1 MB line of the new patterns finishes quickly', () => {
  for (const unit of [
    'Rubio: I Still Believe It Will Say Kraft Shooting: Ann Ford Says It PENCE: she thinks so. ',
    'Rubio: I Still Believe It Will Say\nKraft Shooting: Ann Ford Says It\nPENCE: she thinks so.\n',
  ]) {
    const { got, ms } = rowsOfLongLine(unit);
    assert.ok(Array.isArray(got));
    assert.ok(ms < 45_000, `took ${ms} ms`);
  }
});
