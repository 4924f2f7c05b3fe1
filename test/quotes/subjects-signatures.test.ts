/**
 * A time between a subject and its verb ("Biden on Wednesday said …") is no speaker of a participle cue after the
 * reported clause ("…, adding …"): the participle takes the subject of the sentence. A "― Name" signature after a
 * quotation is read across no-break spaces, and the full stop closing its line is not part of the name. "As X, an
 * apposition, put it in a statement, …", a long apposition between a quotation and its cue, and a remark in brackets
 * after "…, said X" keep their speakers, as do "…, said X, who …", "Said X: “…”", "When asked, X smiled and said, “…”",
 * "X shot back: “…”" and "“…,” X barked and …". A dateline opening a sentence is neither a speaker nor part of a
 * statement.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakers } from '../helpers/quote-rows.js';

const CASES: { name: string; text: string; want: [string, string | null][] }[] = [
  {
    name: '"X on Wednesday said …, adding …": both clauses are X’s',
    text: 'Biden on Wednesday said that Russia would pay dearly, adding that Putin would regret it.',
    want: [
      ['Russia would pay', 'Biden'],
      ['Putin would regret', 'Biden'],
    ],
  },
  {
    name: 'a quotation after the participle, with "last week" before the verb',
    text: 'Dmitry Peskov last week told reporters that talks were possible, adding Moscow "will not wait forever."',
    want: [
      ['talks were possible', 'Dmitry Peskov'],
      ['Moscow "will not', 'Dmitry Peskov'],
    ],
  },
  {
    name: 'signatures after quotations, with no-break spaces and a closing full stop',
    text: '“The schools in my town need more teachers now.”\u00a0― Carla Ruiz\u00a0\n“We wait weeks for a doctor in this valley.”― Tom Baker.\n“Nobody listens to the farmers here anymore.” ― Ana Lopez\n',
    want: [
      ['The schools in', 'Carla Ruiz'],
      ['We wait weeks', 'Tom Baker'],
      ['Nobody listens to', 'Ana Lopez'],
    ],
  },
  {
    name: '"As X, APPOSITION, put it, “…”"',
    text: 'As Steven Rosen, a tax lawyer, recently put it, “Did he lower his taxes through legal tax avoidance?”',
    want: [['“Did he lower', 'Steven Rosen']],
  },
  {
    name: '"As X put it in a statement in July, …"',
    text: 'As Ms. Varga put it in a statement in July, the network is “a voice you will not hear elsewhere.”',
    want: [['the network is', 'Varga']],
  },
  {
    name: 'a leading "as" clause that reports nothing gives no statement',
    text: 'As the storm hit the coast in the night, the roads were closed.',
    want: [],
  },
  {
    name: 'a long apposition between the quotation and its cue',
    text: '“It has the virtue of being fiscally responsible,” Leonard Bauer, director of the Tax Policy Center and a professor at Syracuse University, said of the plan.',
    want: [['It has the', 'Leonard Bauer']],
  },
  {
    name: 'a remark in brackets after "…, said X"',
    text: 'However laudable the goal, using the tax “is a misguided approach,” said Mr. Bauer (a view echoed by others).',
    want: [['However laudable the', 'Bauer']],
  },
  {
    name: '"…, said X, who …" after a partial quotation',
    text: 'Both parties "saw the country as a state under pressure from its neighbour," said Victor Chan, who served as Asia director.',
    want: [['Both parties "saw', 'Victor Chan']],
  },
  {
    name: '"Said X: “…”" inside a paragraph, with an apposition',
    text: 'Experts say the plans would make the code more complicated. Said Ellis: “I don’t get the sense she is interested in reform.” Said the mayor of the city, Ihor Terenko: “We will rebuild every school.”',
    want: [
      ['the plans would', 'Experts'],
      ['I don’t get', 'Ellis'],
      ['We will rebuild', 'Ihor Terenko'],
    ],
  },
  {
    name: 'a question "Says who?" names nobody',
    text: 'Says who? “Nobody knows the answer to this question.”',
    want: [['Nobody knows the', null]],
  },
  {
    name: 'a leading "When asked …," clause before a coordinated verb of speech',
    text: 'When asked whom she supported, Ms. Sherwood smiled and said, “I am waiting for another candidate to get in the race.”',
    want: [
      ['whom she supported', null],
      ['I am waiting', 'Sherwood'],
    ],
  },
  {
    name: '"X shot back: “…”"',
    text: 'Asked whether the campaign should take responsibility, Mr. Smithson shot back: “That would be good for all of us.”',
    want: [['That would be', 'Smithson']],
  },
  {
    name: 'a verb closing a quotation may be followed by a clause of its own',
    text: '“Go back to your studio,” Trump barked and a security guard escorted the reporter out.',
    want: [['Go back to', 'Trump']],
  },
  {
    name: 'a clause with its own verb after the quotation is still no attribution',
    text: '“You get your house ready for a party,” Paris left, who used to work in the Senate, said about the work.',
    want: [['You get your', null]],
  },
  {
    name: 'a dateline before a subject with a coordinated verb of speech',
    text: 'ORLANDO, Fla. (Reuters) - President Barack Obama met survivors of the attack and said the country must act against gun violence.',
    want: [['the country must', 'Barack Obama']],
  },
  {
    name: 'a dateline is no part of a statement closed by its attribution',
    text: 'KYIV, Ukraine -- Freedom of speech in Ukraine has not faded away, Ukrainian officials said.',
    want: [['Freedom of speech', 'Ukrainian officials']],
  },
  {
    name: 'an adjective read as a noun after a possessive is a subject ("Ukraine’s military said")',
    text: 'Ukraine’s military said 77 of the more than 90 missiles fired were brought down.',
    want: [['77 of the', 'Ukraine’s military']],
  },
  {
    name: '"said the incident demonstrates that …": the content opens with the incident, not after its "that"',
    text: 'Jens Stoltenberg said the incident demonstrates that the war continues to create dangerous situations.',
    want: [['the incident demonstrates', 'Jens Stoltenberg']],
  },
  {
    name: '"said in court filings that …": a noun read as a verb before "that" still leaves the content after it',
    text: 'US officials said in court filings that the vessel was controlled by a straw owner.',
    want: [['the vessel was', 'US officials']],
  },
  {
    name: 'a past participle between a determiner and a noun is part of the subject ("the occupied Kherson region")',
    text: 'Authorities in the occupied Kherson region said troops would leave the city.',
    want: [['troops would leave', 'Authorities in the occupied Kherson region']],
  },
  {
    name: 'a closing attribution whose source carries prepositional phrases',
    text: 'A war between nuclear powers should never be fought, the top official in the Russian foreign ministry told the committee on Tuesday.',
    want: [['A war between', 'top official in the Russian foreign ministry']],
  },
  {
    name: '"X’s wife, NAME, said": the relative named in apposition speaks',
    text: 'Brittney Grant’s wife, Cherelle Grant, said in a new interview that the player is effectively a hostage.',
    want: [['the player is', 'Cherelle Grant']],
  },
  {
    name: '"X’s spokesman said" with no name: the relative as described, not X',
    text: 'Putin’s spokesman said the talks were over.',
    want: [['the talks were', 'Putin’s spokesman']],
  },
  {
    name: '"a clarification from the Kremlin that …": the body after "from" speaks',
    text: 'His remarks follow a clarification from the Kremlin that Moscow will only use nuclear weapons under its doctrine.',
    want: [['Moscow will only', 'Kremlin']],
  },
  {
    name: 'as a subject, "the claim by officials that …" is left (where its clause ends is not known)',
    text: 'The claim by officials that the dam was safe proved false.',
    want: [],
  },
  {
    name: '"…, Reuters cited three unnamed sources as saying on Wednesday.": the sources speak, the clause before is theirs',
    text: 'The ministry approved shipments of missiles to the region, Reuters cited three unnamed sources as saying on Wednesday.',
    want: [['The ministry approved', 'three unnamed sources']],
  },
  {
    name: '"cited" without "as saying" stays a stance on its object',
    text: 'Reuters cited three sources in its report.',
    want: [['three sources in', 'Reuters']],
  },
  {
    name: 'a closing attribution followed by ", as" and a clause of its own',
    text: 'Gas flows fell by almost 77% from Thursday, data from grid operator Gascade showed, as Gazprom booked only a third.',
    want: [['Gas flows fell', 'Gascade']],
  },
  {
    name: 'a participle that reports nothing gives no statement',
    text: 'The talks on Wednesday ended without a deal, adding to fears of war.',
    want: [],
  },
];

for (const c of CASES) {
  test(c.name, async () => {
    assert.deepEqual(await speakers(c.text), c.want);
  });
}
