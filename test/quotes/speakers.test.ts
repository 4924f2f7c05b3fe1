import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromText } from '../../src/doc/doc.js';
import { loadPipeline } from '../../src/pipeline/registry.js';
import { speakers } from '../helpers/quote-rows.js';

const CASES: { name: string; text: string; want: [string, string | null][] }[] = [
  {
    name: 'a definite description takes the person named just before it',
    text: 'Appropriations Chairwoman Rosa DeLauro said the deal was close. "We are close to a framework," the Connecticut Democrat said.',
    want: [
      ['the deal was', 'Rosa DeLauro'],
      ['We are close', 'Rosa DeLauro'],
    ],
  },
  {
    name: 'a described role skips a person whose role does not fit',
    text: 'Kremlin spokesman Dmitry Peskov said the talks were over. President Vladimir Putin met the envoy later. "We will respond," the Kremlin spokesman said.',
    want: [
      ['the talks were', 'Dmitry Peskov'],
      ['We will respond', 'Dmitry Peskov'],
    ],
  },
  {
    name: 'names inside an earlier quotation are not candidates',
    text: 'Martin Keller spoke to reporters on Monday. "Only Scholz and Macron can fix this," the party leader said.',
    want: [['Only Scholz and', 'Martin Keller']],
  },
  {
    name: 'a described role with a country is left alone when nothing confirms it',
    text: 'Lavrov met Blinken in Geneva. "It was useful," the Russian foreign minister said.',
    want: [['It was useful', 'Russian foreign minister']],
  },
  {
    name: 'a name in apposition after the role speaks',
    text: 'The chairwoman of the defence committee, Marie-Agnes Strack-Zimmermann, spoke against the plan, saying that the former chancellor should stay out.',
    want: [['the former chancellor', 'Marie-Agnes Strack-Zimmermann']],
  },
  {
    name: 'a nationality before the head noun is not the speaker',
    text: 'Russian officials confirmed that they would honour the commitment. European diplomats said the talks had failed.',
    want: [
      ['they would honour', 'Russian officials'],
      ['the talks had', 'European diplomats'],
    ],
  },
  {
    name: 'a person after an organisation and a title speaks, not the organisation',
    text: 'The envoy met his counterparts, US Department of State spokesperson Ned Price said in a statement.',
    want: [['The envoy met', 'Ned Price']],
  },
  {
    name: 'a quotation opening the sentence after an attributed one continues its speaker',
    text: 'Jens Stoltenberg said the envoys did not reject the offer. "They needed some time to come back with an answer."',
    want: [
      ['the envoys did', 'Jens Stoltenberg'],
      ['They needed some', 'Jens Stoltenberg'],
    ],
  },
  {
    name: 'but not when another person is named in between',
    text: 'Jens Stoltenberg said the envoys did not reject the offer. Ivan Petrenko left the talks at noon. "They needed some time to come back with an answer."',
    want: [
      ['the envoys did', 'Jens Stoltenberg'],
      ['They needed some', null],
    ],
  },
  {
    name: 'an impersonal "it appears" names nobody',
    text: 'It appears that the troops are on high alert. It now seems that the camps will stay. Petrenko seems to think the deal is done.',
    want: [
      ['the troops are', null],
      ['the camps will', null],
      ['to think the', 'Petrenko'],
    ],
  },
  {
    name: 'a pronoun passes over a person whose given name is of the other gender',
    text: '"Panic is useless," said student Maria Kovalenko on Saturday. President Volodymyr Zelenskyy spoke earlier in the day. "I remain calm," she said.',
    want: [
      ['Panic is useless', 'Maria Kovalenko'],
      ['I remain calm', 'Maria Kovalenko'],
    ],
  },
  {
    name: 'and takes the nearest person when names say nothing of gender',
    text: '"Panic is useless," said student Sasha Kovalenko on Saturday. President Volodymyr Zelenskyy spoke earlier in the day. "I remain calm," he said.',
    want: [
      ['Panic is useless', 'Sasha Kovalenko'],
      ['I remain calm', 'Volodymyr Zelenskyy'],
    ],
  },
  {
    name: '"according to him/her" takes the person the pronoun stands for',
    text: '"The programme is affordable," said Cliff Ogbeide. According to him, the university has the highest accreditation. Maria Petrova spoke on Monday. According to her, the talks failed.',
    want: [
      ['The programme is', 'Cliff Ogbeide'],
      ['the university has', 'Cliff Ogbeide'],
      ['the talks failed', 'Maria Petrova'],
    ],
  },
  {
    name: 'a name inside the phrase after the head does not speak; a bulletin closes the attribution',
    text: 'Russian forces are advancing towards Kramatorsk, the UK Ministry of Defence tweeted in a regular bulletin. One million Ukrainians have since returned, according to a spokesman for Ukraine’s border forces. Residents are kept from leaving, the General Staff of the Armed Forces of Ukraine has said. The pair, both from Gwynedd, said they were stunned by the dedication.',
    want: [
      ['Russian forces are', 'UK Ministry of Defence'],
      ['One million Ukrainians', 'spokesman for Ukraine’s border forces'],
      ['Residents are kept', 'General Staff of the Armed Forces of Ukraine'],
      ['they were stunned', 'pair'],
    ],
  },
  {
    name: 'a time phrase before the source is not the speaker',
    text: 'Last month, ministers from Canada and Sweden, who represent the victims, said in a statement that they received no answer. However, Peskov said that the talks had failed.',
    want: [
      ['they received no', 'ministers from Canada and Sweden'],
      ['the talks had', 'Peskov'],
    ],
  },
  {
    name: '"with X saying" is an attribution of its own',
    text: 'The regulator approved the tariff increase, with chief executive John French saying there was no sign of prices falling.',
    want: [
      ['the tariff increase', 'regulator'],
      ['there was no', 'John French'],
    ],
  },
  {
    name: 'a surname spelt a little differently from the one named in full',
    text: 'Russian TV host Dmitry Kiselev spoke on Sunday. Kisilev added that the West was weak.',
    want: [['the West was', 'Dmitry Kiselev']],
  },
  {
    name: 'a person named inside the last speaker’s own sentence does not take the pronoun',
    text: 'Dmitry Kiselev spoke on TV. Kiselev added Moscow was prepared to defend the red lines Putin laid down last month. "One hundred percent, because this is a question of life or death," he said.',
    want: [
      ['Moscow was prepared', 'Dmitry Kiselev'],
      ['One hundred percent,', 'Dmitry Kiselev'],
    ],
  },
  {
    name: 'the organisation in an apposition is where the speaker works, not the speaker',
    text: '"For now, all depends on the news," said Evgeniy Suvorov, an economist at Centro Bank.',
    want: [['For now, all', 'Evgeniy Suvorov']],
  },
  {
    name: 'a bracketed gloss inside a trailing source',
    text: 'Russia is ready for countermeasures if a warship enters its waters, Vice Speaker of the Federation Council (the upper house of parliament) Konstantin Kosachev told the TV channel on Monday.',
    want: [['Russia is ready', 'Konstantin Kosachev']],
  },
  {
    name: 'an embedded tweet is a statement by its author; the date after it is not a source',
    text: 'Talks stalled on Thursday. The world must stop this war now. https://t.co/AbC123 — Dmytro Kuleba (@DmytroKuleba) February 24, 2022 Officials said more talks were planned.',
    want: [
      ['The world must', 'Dmytro Kuleba'],
      ['more talks were', 'Officials'],
    ],
  },
];

for (const c of CASES) {
  test(`speaker: ${c.name}`, async () => {
    assert.deepEqual(await speakers(c.text), c.want);
  });
}

test('stances and actions are marked apart from words said', async () => {
  const doc = docFromText('Crimea voted to join Russia. The minister warned the West. Peskov criticized the deal.');
  await (await loadPipeline('default')).run(doc, { referenceDate: null });
  assert.deepEqual(
    (doc.layers.quotes ?? []).map((q) => [q.text, q.stance === true]),
    [
      ['to join Russia', true],
      ['the West', false],
      ['the deal', false],
    ],
  );
});
