/**
 * Speakers of constructions met in news of the second corpus: a possessive's remarks judged by another speaker,
 * a spokesman or aide defined by the person they serve, a clause after "After" with an apposition, a leading
 * "To Germany,", a pronoun closing a quotation that sits inside a sentence, two people joined by "and" as no
 * antecedent of "she", titles telling the gender of a person, "According to" opening a sentence of its own, an
 * abbreviation in brackets after a name, ", warning that", and a relative clause between a subject and its verb.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakers } from '../helpers/quote-rows.js';
import { cleanText } from '../../src/clean/index.js';

const CASES: { name: string; text: string; want: [string, string | null][] }[] = [
  {
    name: 'the subject of "called X’s remarks" speaks, not X',
    text: 'Senator Paul Hanson, Republican of Ohio, called Mr. Dorsey’s remarks “reckless and dangerous.”',
    want: [['reckless and dangerous.', 'Paul Hanson']],
  },
  {
    name: 'the possessor of the remarks speaks when the verb before them judges nothing',
    text: 'Senator Paul Hanson welcomed Mr. Dorsey’s remarks “we will not back down.”',
    want: [['we will not', 'Dorsey']],
  },
  {
    name: 'a titled man is no antecedent of "she"; the woman named before is',
    text: 'Mr. Lindsey Walker said the plan was dead. Representative Clara Stone, Republican of Iowa, called Mr. Walker’s plan “a fantasy.” “We need calm minds,” she wrote in a post.',
    want: [
      ['the plan was', 'Lindsey Walker'],
      ['a fantasy.', 'Clara Stone'],
      ['We need calm', 'Clara Stone'],
    ],
  },
  {
    name: 'a spokesman for a person speaks as the spokesman',
    text: 'A spokesman for Prime Minister Boris Johnson said: "Both leaders agreed that a ceasefire was crucial."',
    want: [['Both leaders agreed', 'spokesman for Prime Minister Boris Johnson']],
  },
  {
    name: 'an aide to a person speaks as the aide',
    text: 'An aide to Senator Tom Harlow noted that he had made similar comments on another network.',
    want: [['he had made', 'aide to Senator Tom Harlow']],
  },
  {
    name: 'a spokesman for a person named in apposition is that person',
    text: 'A spokesman for President Vladimir Putin, Dmitry Peskov, said the talks were over.',
    want: [['the talks were', 'Dmitry Peskov']],
  },
  {
    name: 'a person of the article who speaks in full is still found by name',
    text: 'Prime Minister Boris Johnson said the attack was reckless.',
    want: [['the attack was', 'Boris Johnson']],
  },
  {
    name: 'a name with its apposition after "After" is the subject of its clause',
    text: 'After Speaker Nancy Pelosi, Democrat of California, announced on Thursday that she supported the bill, the vote was set.',
    want: [['she supported the', 'Nancy Pelosi']],
  },
  {
    name: 'a leading "To Germany," is not the subject of a participle of speech',
    text: 'The energy company Gazprom cut supplies this week. To Germany, the company blamed the cut on repairs, saying needed equipment had been held up in Canada.',
    want: [
      ['the cut on', 'Gazprom'],
      ['needed equipment had', 'Gazprom'],
    ],
  },
  {
    name: 'a quotation inside a sentence closed by "he added" is his',
    text: 'President Volodymyr Zelenskyy spoke on Friday. Russia accuses “that we are developing weapons. This makes me really worried,” he added.',
    want: [['that we are', 'Volodymyr Zelenskyy']],
  },
  {
    name: 'a quotation inside a sentence without an attribution after it keeps the subject before it',
    text: 'President Volodymyr Zelenskyy spoke on Friday. Russia accuses “the West of developing weapons in secret laboratories.”',
    want: [['the West of', 'Russia']],
  },
  {
    name: 'two people joined by "and" are no antecedent of "she"',
    text: 'Yulia and Tatiana were helped on their way by the lawmaker Pauline Latham. She said: "I am delighted that they have made it here."',
    want: [['I am delighted', 'Pauline Latham']],
  },
  {
    name: '"According to" opening a sentence after a closed quotation does not attribute it',
    text: 'Dmitry Rogozin wrote on his channel. He said: "If we do not receive confirmation, the rocket will be removed." According to TASS, Mr Rogozin added that the contract had been paid.',
    want: [
      ['If we do', 'Dmitry Rogozin'],
      ['Mr Rogozin added', 'TASS'],
      // What TASS reports Rogozin added is his statement too.
      ['the contract had', 'Dmitry Rogozin'],
    ],
  },
  {
    name: '"according to" continuing the sentence of a quotation ending in a comma attributes it',
    text: '“The contract has been paid in full,” according to TASS.',
    want: [['The contract has', 'TASS']],
  },
  {
    name: 'an abbreviation in brackets after the name belongs to the source',
    text: 'The International Atomic Energy Agency (IAEA) said in a tweet Ukrainian authorities had informed the agency of the fire.',
    want: [['Ukrainian authorities had', 'International Atomic Energy Agency']],
  },
  {
    name: '", warning that" is a participle of speech, not the noun "warning"',
    text: 'Dmitry Rogozin spoke on Friday. In a speech, he also took aim at the project, warning that Roscosmos would not launch the satellites.',
    want: [['Roscosmos would not', 'Dmitry Rogozin']],
  },
  {
    name: 'the noun "warning" after a possessive stays a noun cue of its possessor',
    text: "The ministry's warning that the launch would not go ahead was ignored.",
    want: [['the launch would', 'ministry']],
  },
  {
    name: 'a subject relative clause before the verb: its head speaks, not the object inside it',
    text: 'Lawyers for the company which is registered as the owner of the yacht have denied Kerimov was linked to the vessel.',
    want: [['Kerimov was linked', 'Lawyers for the company']],
  },
  {
    name: 'a relative clause holding the attribution keeps its own speaker',
    text: 'A charity that prosecutors said was suspected of fraud closed last week.',
    want: [['was suspected of', 'prosecutors']],
  },
  {
    name: 'a planned visit after a possessive is no cue: the officials closing the sentence speak',
    text: "Turkish President Tayyip Erdogan will visit Russia, two Turkish officials said. Erdogan's planned two-day visit will follow his trip to New York next week, the officials said.",
    want: [
      ['Turkish President Tayyip', 'two Turkish officials'],
      ["Erdogan's planned two-day", 'officials'],
    ],
  },
  {
    name: 'people interviewed by an outlet speak, not the outlet',
    text: 'Shop owners interviewed by Reuters said prices had risen by a fifth.',
    want: [['prices had risen', 'Shop owners']],
  },
  {
    name: 'an outlet that reports speaks',
    text: 'Reuters said prices had risen by a fifth.',
    want: [['prices had risen', 'Reuters']],
  },
  {
    name: 'a past form the tagger reads as an adjective ends the subject ("Lawmakers graded the policy, but acknowledged")',
    text: 'Lawmakers graded the policy, but acknowledged the withdrawal was a blunder.',
    want: [['the withdrawal was', 'Lawmakers']],
  },
  {
    name: 'a person’s name before a lower-case head only modifies it ("The Biden official touted")',
    text: 'President Joe Biden spoke on Monday. The Biden official touted how the economy was better positioned.',
    want: [['how the economy', 'Biden official']],
  },
  {
    name: 'a titled name after the modifier still speaks ("Putin aide Yuri Ushakov said")',
    text: 'Putin aide Yuri Ushakov said the talks went well.',
    want: [['the talks went', 'Yuri Ushakov']],
  },
  {
    name: 'the brother of a person speaks as the brother, named up to the comma',
    text: 'The brother of U.S. national Paul Whelan, who has been imprisoned in Russia since 2018, said his family had hope.',
    want: [['his family had', 'brother of U.S. national Paul Whelan']],
  },
  {
    name: 'plural nouns after a preposition are not verbs of speech ("on drug charges that could")',
    text: 'She was detained on drug charges that could bring her ten years in prison.',
    want: [],
  },
  {
    name: 'the subject of a quoted sentence is no antecedent of the pronoun after it',
    text: 'David Whelan acknowledged that the release could come at a cost. “It’s a hard call. Fortunately, I’m not the president of the United States,” he said.',
    want: [
      ['the release could', 'David Whelan'],
      ['It’s a hard', 'David Whelan'],
    ],
  },
  {
    name: '"the White House official" is an official of that body, not the president of its country',
    text: 'U.S. President Joe Biden spoke at the White House on Monday. Afterwards, the White House official praised the actions to lower gas prices as "good news."',
    want: [['the actions to', 'White House official']],
  },
  {
    name: 'a body named with "of" is no person description ("The UK Ministry of Defence has confirmed")',
    text: 'Vladimir Putin spoke on Monday. The UK Ministry of Defence has confirmed: “Russia is suffering from shortages of munitions.”',
    want: [['Russia is suffering', 'UK Ministry of Defence']],
  },
  {
    name: 'a country’s possessive before a capitalised body only modifies it ("Russia’s Parliament")',
    text: 'Russia’s Parliament has said it will vote on a resolution.',
    want: [['it will vote', 'Russia’s Parliament']],
  },
  {
    name: 'a country’s possessive before a person names the person',
    text: 'Russia’s Vladimir Putin has said he will attend.',
    want: [['he will attend', 'Vladimir Putin']],
  },
  {
    name: 'a name inside the quoted words is no antecedent of the pronoun closing them',
    text: 'Tucker Carlson defended Putin on Monday. “Has Putin ever called me a racist? Has he threatened to get me fired?” he asked.',
    want: [
      ['Putin on Monday', 'Tucker Carlson'],
      ['Has Putin ever', 'Tucker Carlson'],
    ],
  },
  {
    name: 'a subject with prepositional phrases and a date before "said" speaks, not the date nor the last noun',
    text: 'A leaked memo from a government agency to media on March 3 said “it is essential to use fragments of broadcasts” by Carlson.',
    want: [['“it is essential', 'leaked memo from a government agency to media']],
  },
  {
    name: 'quoted words "by" a name after a judging verb stay that name’s',
    text: 'The offer was a move slammed as “an absolute joke” by the mayor of Kyiv.',
    want: [['“an absolute joke”', 'mayor of Kyiv']],
  },
  {
    name: '"the pontiff" is the pope named before',
    text: 'ROME — Pope Francis spoke on Sunday. “Rivers of blood and tears are flowing in Ukraine,” the pontiff told crowds gathered in the Vatican.',
    want: [['Rivers of blood', 'Francis']],
  },
  {
    name: 'a passive sentence after a quotation closed by "?" starts a sentence of its own; the quotation continues its speaker',
    text: 'Mayor Vitali Klitschko was angry. “Five thousand helmets are an absolute joke,” he told the Bild daily. “What will Germany send next? Pillows?” The move was also slammed in Germany.',
    want: [
      ['Five thousand helmets', 'Vitali Klitschko'],
      ['What will Germany', 'Vitali Klitschko'],
    ],
  },
  {
    name: 'an active verb of speech after a quotation closed by "?" still attributes it',
    text: '“What will Germany send next?” the mayor asked.',
    want: [['What will Germany', 'mayor']],
  },
  {
    name: 'a participle after a subordinate clause with a named subject is that subject’s',
    text: 'The remarks came one day after Defense Secretary Lloyd Austin put 8,500 troops on alert, citing “Russia’s continuing provocations.”',
    want: [['Russia’s continuing provocations.', 'Lloyd Austin']],
  },
  {
    name: 'a participle after a subordinate clause without a named subject is the main subject’s',
    text: 'President Joe Biden spoke after the meeting ended, saying the talks had been useful.',
    want: [['the talks had', 'Joe Biden']],
  },
  {
    name: 'a name inside a quotation left open before the next one is no antecedent of the pronoun after that one',
    text: 'Biden spoke in Warsaw on Saturday. "Notwithstanding the brutality of Vladimir Putin, this war has already been a strategic failure for Russia," Biden said. "Putin thought Ukrainians would roll over and not fight.  "Instead, Russian forces have met their match," he added.',
    want: [
      ['Notwithstanding the brutality', 'Biden'],
      ['Putin thought Ukrainians', 'Biden'],
      ['Instead, Russian forces', 'Biden'],
    ],
  },
  {
    name: 'a name in camel case at the end of a source is a name, not words glued by a lost break',
    text: '"For now, all depends on geopolitical news," Evgeniy Suvorov, an economist at CentroCreditBank, said on his Telegram channel.',
    want: [['For now, all', 'Evgeniy Suvorov']],
  },
  {
    name: 'a country before a numbered military unit only modifies it ("The US 6th Fleet announced")',
    text: 'The US 6th Fleet announced on Monday that its flagship was heading for the Black Sea.',
    want: [['its flagship was', 'US 6th Fleet']],
  },
  {
    name: 'a closing attribution may end in a phrase with a participle ("said at a briefing dedicated to …"); "he" after it is the official',
    text: 'It is unclear if Russia is ready to engage in diplomacy, a senior US administration official said at a briefing dedicated to the phone call between Presidents Vladimir Putin and Joe Biden. "It remains unclear whether Russia is interested in diplomacy," he pointed out.',
    want: [
      ['It is unclear', 'senior US administration official'],
      ['It remains unclear', 'senior US administration official'],
    ],
  },
  {
    name: 'a ministry named with a capitalised head stays an organisation for "They" after it',
    text: "The International Atomic Energy Agency said the fire had not affected equipment. Russia's Ministry of Defence blamed the attack on saboteurs. They claimed the area had been under Russian control since February 28.",
    want: [
      ['the fire had', 'International Atomic Energy Agency'],
      ['the attack on', "Russia's Ministry of Defence"],
      ['the area had', "Russia's Ministry of Defence"],
    ],
  },
  {
    name: 'a dateline glued to the subject is no part of the source ("London (CNN)UK health officials")',
    text: 'London (CNN)UK health officials said the virus had been found in sewage samples.',
    want: [['the virus had', 'UK health officials']],
  },
  {
    name: '"he" takes up a person described by "the head of" a body',
    text: 'Preliminary probes have found that 200 soldiers were involved, the head of Russia’s Investigative Committee said. A total of 92 commanders have already been charged, he revealed.',
    want: [
      ['Preliminary probes have', 'head of Russia’s Investigative Committee'],
      ['A total of', 'head of Russia’s Investigative Committee'],
    ],
  },
  {
    name: 'a person named in a sentence whose subject is the same pronoun is not what the next pronoun takes up',
    text: 'Yesterday, the head of the space agency Yuri Borisov announced that Moscow would withdraw from the station. In a meeting with Russian President Vladimir Putin, he added that Russia would leave its partnership. He also noted that the agency would build a station of its own.',
    want: [
      ['Moscow would withdraw', 'Yuri Borisov'],
      ['Russia would leave', 'Yuri Borisov'],
      ['the agency would', 'Yuri Borisov'],
    ],
  },
  {
    name: 'a content ends before ", but" and a subject with a possessive that has a verb of speech of its own',
    text: 'At the time, Ukrainian officials believed that the warship had bombed the sailors, but the country’s navy later said that the group had been taken captive.',
    want: [
      ['the warship had', 'Ukrainian officials'],
      ['the group had', 'country’s navy'],
    ],
  },
  {
    name: 'a word in marks that the sentence runs on after belongs to the reported clause',
    text: 'After Western powers sanctioned Russia, Russia said "unfriendly" countries must pay for gas in roubles.',
    want: [['"unfriendly" countries must', 'Russia']],
  },
  {
    name: 'a word in marks closing the sentence after a verb of speech is the quotation itself',
    text: 'Foreign Minister Sergei Lavrov spoke on Monday. He said "nonsense."',
    want: [['nonsense.', 'Sergei Lavrov']],
  },
  {
    name: 'without any names recognised, a day of the week is no antecedent of "he"',
    text: 'The minister spoke on Monday. He said "nonsense."',
    want: [['nonsense.', 'He']],
  },
];

for (const c of CASES) {
  test(`speakers: ${c.name}`, async () => {
    assert.deepEqual(await speakers(c.text), c.want);
  });
}

test('cleaning: a call to follow the live blog inside a paragraph is cut, the quotation around it kept', () => {
  const raw = 'He said: “You have to remember the victims. Follow all the updates on the war on our liveblog “Radiation does not know borders.”\n';
  const r = cleanText(raw);
  assert.ok(!r.text.includes('liveblog'), r.text);
  assert.ok(r.text.includes('“Radiation does not know borders.”'), r.text);
  assert.ok(r.removed.some((p) => p.rule === 'clean/live-blog-call'));
});

test('cleaning: a sentence about a live blog that is not a call to follow it stays', () => {
  const raw = 'The paper said its reporters would follow the updates on the war for readers of the evening edition.\n';
  assert.ok(cleanText(raw).text.includes('follow the updates on the war for readers'));
});
