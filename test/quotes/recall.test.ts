import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rows, rowsOfLongLine, type Row } from '../helpers/quote-rows.js';

const CASES: { name: string; text: string; want: Row[] }[] = [
  // "is expected to": an expectation nobody is named for.
  {
    name: 'expected to: the subject and the infinitive, no speaker',
    text: 'The governor is expected to sign the measure next week.',
    want: [['The governor is expected to sign the measure next week', null, 'is expected', 'quotes/expected']],
  },
  {
    name: 'expected to: the content stops at a comma',
    text: 'The stadium is widely expected to fill up, bringing money to the town.',
    want: [['The stadium is widely expected to fill up', null, 'is widely expected', 'quotes/expected']],
  },
  {
    name: 'expected to: a relative pronoun as the subject',
    text: 'The final, which is expected to draw a large crowd, starts on Sunday.',
    want: [['which is expected to draw a large crowd', null, 'is expected', 'quotes/expected']],
  },
  {
    name: 'expected to: negated',
    text: 'The bill is not expected to pass the Senate.',
    want: [['The bill is not expected to pass the Senate', null, 'is not expected', 'quotes/expected']],
  },
  {
    name: 'expected to: not after "as", and not without "to" and a verb',
    text: 'As expected, the motion failed. The results came in later than expected.',
    want: [],
  },
  // A bare "asked": the question put to someone.
  {
    name: 'asked: a leading question before the answer',
    text: 'Asked whether the plan would pass, 40 percent of members said yes.',
    want: [
      ['whether the plan would pass', null, 'Asked', 'quotes/asked'],
      ['yes', '40 percent of members', 'said', 'quotes/source-cue-content'],
    ],
  },
  {
    name: 'asked: the asker after "by" is the source; a comma inside the closing mark ends the question',
    text: 'Asked by a reporter if the mayor is “fit to serve,” 62 percent of voters said yes.',
    want: [
      ['if the mayor is “fit to serve,”', 'a reporter', 'Asked', 'quotes/asked'],
      ['yes', '62 percent of voters', 'said', 'quotes/source-cue-content'],
    ],
  },
  {
    name: 'asked: after "when", with a place phrase before the question',
    text: 'When asked at the hearing about the budget, the minister left the room.',
    want: [['about the budget', null, 'asked', 'quotes/asked']],
  },
  {
    name: 'asked: a person asked is not a phrase of place (the subject asks)',
    text: 'Ruth Baker, an editor at the paper, asked Lomax if the office would reopen.',
    want: [['Lomax if the office would reopen', 'Ruth Baker, an editor at the paper', 'asked', 'quotes/source-cue-object']],
  },
  {
    name: 'asked: with a subject and "and", the subject asks',
    text: 'The senator shook hands and asked workers if they planned to vote.',
    want: [['workers if they planned to vote', 'The senator', 'asked', 'quotes/source-cue-object']],
  },
  // A quotation inside the reported clause of an earlier verb of speech.
  {
    name: 'nested quotation: the outer clause holds it',
    text: 'The mayor said that he would offer “a short prayer” at the opening.',
    want: [['he would offer “a short prayer” at the opening', 'The mayor', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'nested quotation: a noun cue inside the clause of "told"',
    text: 'The minister told reporters that the report\'s authors “got it badly wrong.”',
    want: [['the report\'s authors “got it badly wrong.”', 'The minister', 'told reporters', 'quotes/source-cue-content']],
  },
  {
    name: 'nested quotation: a verb of speech of its own keeps it',
    text: 'She said the plan was set, and when pressed, the aide replied, “We will see about that.”',
    want: [
      ['the plan was set', 'She', 'said', 'quotes/source-cue-content'],
      ['We will see about that.', 'the aide', 'replied', 'quotes/before-source-cue'],
    ],
  },
  {
    name: 'nested quotation: not after the comma closing a leading "when" clause',
    text: 'When the mayor said taxes rose, the governor called the plan “a disaster for families.”',
    want: [
      ['taxes rose', 'the mayor', 'said', 'quotes/source-cue-content'],
      ['the plan “a disaster for families.”', 'the governor', 'called', 'quotes/source-cue-object'],
    ],
  },
  // A subject with an apposition before a verb of speech.
  {
    name: 'apposition: a first name the tagger may take for a verb, an adjective in the apposition',
    text: 'Grant Young, another unaligned Iowa strategist, said there are advantages for a front-runner.',
    want: [['there are advantages for a front-runner', 'Grant Young, another unaligned Iowa strategist', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'apposition: after a leading participle phrase',
    text: 'Appearing before cheering supporters on Monday, Aung Tin, 70, said it was too early to celebrate.',
    want: [['it was too early to celebrate', 'Aung Tin, 70', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'apposition: not when the first piece is a clause',
    text: 'Even if the office closed, some of its work would be done elsewhere, said the minister on Friday morning in a long speech.',
    want: [],
  },
  // Participles and trailing phrases after an attribution.
  {
    name: 'participle after a quotation in doubled single marks takes its speaker',
    text: "''We will win the state,'' Ms. Lane said, referring to the coming primary.",
    want: [
      ['We will win the state', 'Ms. Lane', 'said', 'quotes/after-source-cue'],
      ['the coming primary', 'Ms. Lane', 'referring', 'quotes/source-cue-object'],
    ],
  },
  {
    name: 'participle: the subject after a leading participle phrase',
    text: 'Speaking at a rally in Ohio on Monday, the governor went after his opponent, calling him “a total fraud.”',
    want: [['him “a total fraud.”', 'the governor', 'calling', 'quotes/source-cue-object']],
  },
  {
    name: 'participle: what is cited is not the source',
    text: 'She canceled a joint rally with the mayor, citing the storm.',
    want: [['the storm', 'She', 'citing', 'quotes/source-cue-object']],
  },
  {
    name: 'closing attribution with a trailing phrase',
    text: 'The deal is not over yet, she said in a video message to the convention.',
    want: [['The deal is not over yet', 'she', 'said in a video message', 'quotes/content-source-cue']],
  },
  // "according to" with a source the tagger breaks.
  {
    name: 'according to: a source with a prepositional phrase',
    text: 'The meeting turned into a long complaint, according to people in attendance.',
    want: [['The meeting turned into a long complaint', 'people in attendance', 'according to', 'quotes/content-source-cue']],
  },
  // Short and delayed clause contents of verbs of speech.
  {
    name: 'a pronoun and a verb are a whole answer',
    text: 'Jeff Moss said he would.',
    want: [['he would', 'Jeff Moss', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'a lone object pronoun is no content',
    text: 'Jeff Moss said it.',
    want: [],
  },
  {
    name: 'a gerund subject with a finite verb in -s',
    text: 'Jon Moss said having the mayor on the ticket puts the party at risk.',
    want: [['having the mayor on the ticket puts the party at risk', 'Jon Moss', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'a phrase with a possessive between the verb and "that"',
    text: 'He said during his victory speech on Tuesday that the movement will grow.',
    want: [['the movement will grow', 'He', 'said', 'quotes/source-cue-content']],
  },
  // "say the same", "said so".
  {
    name: 'say the same of someone',
    text: 'Most Democrats like the plan. Only 49 percent of Republicans say the same of the tax bill.',
    want: [['the same of the tax bill', '49 percent of Republicans', 'say', 'quotes/source-cue-content']],
  },
  {
    name: 'a clause ends before ", compared with 64 percent who say"',
    text: 'Most voters say they like the mayor, compared with 64 percent who say the same of the governor.',
    want: [
      ['they like the mayor', 'Most voters', 'say', 'quotes/source-cue-content'],
      ['the same of the governor', 'who', 'say', 'quotes/source-cue-content'],
    ],
  },
  {
    name: 'said so, then a time',
    text: 'In December, 55 percent said so.',
    want: [['so', '55 percent', 'said', 'quotes/source-cue-content']],
  },
  {
    name: '"so" opening a noun phrase is no answer',
    text: 'The mayor said so many things.',
    want: [],
  },
  // Where a reported clause ends.
  {
    name: 'a clause ends before a number and a verb of speech',
    text: 'Already, 52 members have said they back the plan, 9 have said they oppose it.',
    want: [
      ['they back the plan', '52 members', 'have said', 'quotes/source-cue-content'],
      ['they oppose it', '9', 'have said', 'quotes/source-cue-content'],
    ],
  },
  {
    name: 'a clause ends before a participle cue ("citing")',
    text: 'The mayor said the budget was balanced, citing the new tax on hotels.',
    want: [
      ['the budget was balanced', 'The mayor', 'said', 'quotes/source-cue-content'],
      ['the new tax on hotels', 'The mayor', 'citing', 'quotes/source-cue-object'],
    ],
  },
  {
    name: 'a participle that is no cue stays in the clause',
    text: 'The mayor said the town was growing, attracting new families.',
    want: [['the town was growing, attracting new families', 'The mayor', 'said', 'quotes/source-cue-content']],
  },
  {
    name: 'a clause ends before "; 46 percent said"',
    text: 'Most members said the plan was sound; 46 percent said it was too costly.',
    want: [
      ['the plan was sound', 'Most members', 'said', 'quotes/source-cue-content'],
      ['it was too costly', '46 percent', 'said', 'quotes/source-cue-content'],
    ],
  },
  {
    name: 'a clause ends before ", while nine in 10 said"',
    text: 'Four in 10 voters said life would be worse, while nine in 10 said the economy favors the rich.',
    want: [
      ['life would be worse', 'Four in 10 voters', 'said', 'quotes/source-cue-content'],
      ['the economy favors the rich', 'nine in 10', 'said', 'quotes/source-cue-content'],
    ],
  },
  {
    name: 'a coordinated subject inside the clause is not a new speaker',
    text: 'The mayor said the roads and the bridges in the county were safe.',
    want: [['the roads and the bridges in the county were safe', 'The mayor', 'said', 'quotes/source-cue-content']],
  },
  // The subject of a participle cue, with modifiers.
  {
    name: 'participle: a subject with a prepositional phrase and an apposition',
    text: 'The chief of staff at the ministry, Anna Berg, drew a contrast, saying that the cuts are real.',
    want: [['the cuts are real', 'The chief of staff at the ministry, Anna Berg', 'saying', 'quotes/source-cue-content']],
  },
  {
    name: 'participle: a subject with prepositional phrases',
    text: 'The head of the union in Ohio walked out, saying the offer was too small.',
    want: [['the offer was too small', 'The head of the union in Ohio', 'saying', 'quotes/source-cue-content']],
  },
  // "records show" closing a sentence (the tagger reads "show" as a noun).
  {
    name: 'records show: closing attribution',
    text: 'The money came from firms that no longer exist, campaign records show.',
    want: [['The money came from firms that no longer exist', 'campaign records', 'show', 'quotes/content-source-cue']],
  },
  {
    name: 'records show: parenthetical',
    text: 'Over the same months, flight records show, the jet has flown about 200 hours.',
    want: [['Over the same months, flight records show, the jet has flown about 200 hours', 'flight records', 'show', 'quotes/parenthetical']],
  },
  {
    name: 'records show: a noun phrase alone is no attribution',
    text: 'The team records show.',
    want: [],
  },
  // Quotations after a subject with an apposition, or after "by saying".
  {
    name: 'quotation after a subject whose apposition holds a relative clause',
    text: 'Ann Lee, a former official who now studies cyber threats, said, “They almost certainly read it.”',
    want: [['They almost certainly read it.', 'Ann Lee, a former official who now studies cyber threats', 'said', 'quotes/before-source-cue']],
  },
  {
    name: 'quotation after "by saying": the sentence subject speaks',
    text: 'The candidate tried to calm the crowd by saying, “We are trying to save lives.”',
    want: [['We are trying to save lives.', 'The candidate', 'saying', 'quotes/before-source-cue']],
  },
  // One-word quotations.
  {
    name: 'one word with its own comma, then the attribution and the end',
    text: 'The reporter asked where he would go next. “Denver,” he answered.',
    want: [
      ['where he would go next', 'The reporter', 'asked', 'quotes/source-cue-object'],
      ['Denver', 'he', 'answered', 'quotes/after-source-cue'],
    ],
  },
  {
    name: 'one word opening a split quotation is left out',
    text: "''Hopefully,'' the mayor said, ''this park can bring us together.''",
    want: [['this park can bring us together.', 'the mayor', 'said', 'quotes/before-source-cue']],
  },
  {
    name: 'one word inside a sentence is a term, not an utterance',
    text: 'He called the law “Obamacare” in the debate, the aide said.',
    want: [['He called the law “Obamacare” in the debate', 'the aide', 'said', 'quotes/content-source-cue']],
  },
  // "told the Washington Post, “…”".
  {
    name: 'told a newspaper whose name ends in "Post": the subject speaks, the paper is told',
    text: 'The mayor told the Washington Post, “We are not leaving.”',
    want: [['We are not leaving.', 'The mayor', 'told the Washington Post', 'quotes/before-source-cue']],
  },
  {
    name: 'wrote in the New York Post: the name is not the verb "post"',
    text: 'She wrote in the New York Post: “The plan will fail.”',
    want: [['The plan will fail.', 'She', 'wrote', 'quotes/before-source-cue']],
  },
  // Polls without a determiner.
  {
    name: 'in January polls: a plural poll phrase without a determiner closes the finding',
    text: 'The senator came in second with 20 percent in January polls.',
    want: [['The senator came in second with 20 percent', 'January polls', 'in', 'quotes/in-poll']],
  },
  {
    name: 'in polls: not a finding without a figure or a standing',
    text: 'The senator walked to the stage in January polls.',
    want: [],
  },
  // "went on to say".
  {
    name: 'went on to say: the subject speaks',
    text: 'He went on to say that some members are angry at the leader.',
    want: [['some members are angry at the leader', 'He', 'went on to say', 'quotes/source-cue-content']],
  },
  {
    name: 'went on to win: not a verb of speech',
    text: 'He went on to win the state in a landslide.',
    want: [],
  },
];

for (const c of CASES) {
  test(`recall: ${c.name}`, () => {
    assert.deepEqual(rows(c.text), c.want);
  });
}

test('recall: a 1 MB line of the new patterns finishes quickly', () => {
  const unit = 'Asked whether “x,” Ann Lee, a rep who said, said he would, is expected to go on, according to people in it, records show, went on to say ';
  const { got, ms } = rowsOfLongLine(unit);
  assert.ok(Array.isArray(got));
  // Quadratic work on this input takes minutes; linear work takes seconds even on a loaded machine.
  assert.ok(ms < 45_000, `took ${ms} ms`);
});
