import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromText } from '../../src/doc/doc.js';
import { loadPipeline } from '../../src/pipeline/registry.js';

async function claimants(text: string): Promise<[string, string | null][]> {
  const doc = docFromText(text);
  await (await loadPipeline('default')).run(doc, { referenceDate: null });
  return (doc.layers.figures ?? []).map((f) => [f.text, f.claimant?.name ?? null]);
}

test('a figure in a statement by "the company", "he" or a described speaker is claimed by who they stand for', async () => {
  assert.deepEqual(
    await claimants('The food group Nestlé raised its prices this year. Consumers in North America took the hardest hit, with an 8.5% rise in prices, the company said.'),
    [['8.5%', 'Nestlé']],
  );
  assert.deepEqual(
    await claimants('Defence Minister Oleksii Reznikov spoke in Kyiv. "Russia has 127,000 troops near our borders," he said.'),
    [['127,000 troops', 'Oleksii Reznikov']],
  );
  assert.deepEqual(
    await claimants('One million Ukrainians have since returned, according to a spokesman for Ukraine’s border forces.'),
    [['One million Ukrainians', 'spokesman for Ukraine’s border forces']],
  );
  // Nobody named: no claimant in the layer (the ledger shows the outlet).
  assert.deepEqual(await claimants('About 55,000 customers will be affected.'), [['About 55,000 customers', null]]);
});

test('a described source claims the figure: "according to Ukrainian intelligence", "the Ukrainian Defence Ministry"', async () => {
  assert.deepEqual(
    await claimants('Russia has massed nearly 100,000 Russian troops near the border, according to Ukrainian intelligence.'),
    [['nearly 100,000 Russian troops', 'Ukrainian intelligence']],
  );
  assert.deepEqual(
    await claimants('According to the Ukrainian Defence Ministry, Russia has 127,000 troops near the border.'),
    [['127,000 troops', 'Ukrainian Defence Ministry']],
  );
});

test('"put the Russian force at about 130,000": the number counts what the estimate named', async () => {
  const doc = docFromText('Defence Minister Oleksii Reznikov told parliament the threat was real, putting the Russian force at about 130,000. Officials put the death toll at 300.');
  await (await loadPipeline('default')).run(doc, { referenceDate: null });
  assert.deepEqual(
    (doc.layers.figures ?? []).map((f) => [f.text, f.value, f.unit, f.aboutKey, f.actor]),
    [
      ['about 130,000', 130000, 'troop', 'troop', 'Russia'],
      ['300', 300, 'people', 'killed', null],
    ],
  );
  // A number after "at" with no estimate before it is left alone.
  const other = docFromText('The meeting started at 10 and the market closed at 300.');
  await (await loadPipeline('default')).run(other, { referenceDate: null });
  assert.ok((other.layers.figures ?? []).every((f) => f.aboutKey !== 'troop' && f.aboutKey !== 'killed'));
});

test('a cue after the figure claims it only when it closes the figure\'s clause', async () => {
  // A conjunction opens a clause of its own: Moscow does not claim the figure.
  assert.deepEqual(
    await claimants('The allies protest the gathering of more than 100,000 Russian troops along the border, although Moscow says it has no plans to attack.'),
    [['more than 100,000 Russian troops', null]],
  );
  // The cue has its own content after it.
  assert.deepEqual(
    await claimants('There are 127,000 Russian troops near the border, and the Kremlin said that the drills would end soon.'),
    [['127,000 Russian troops', null]],
  );
  // The cue closes the clause: the claimant, with a time or a place after the cue.
  assert.deepEqual(await claimants('The war has killed 14,000 people since 2014, the UN said on Friday.'), [['14,000 people', 'UN']]);
  assert.deepEqual(
    await claimants('Russia has 127,000 troops near the border, Ukraine’s defence ministry said in a statement.'),
    [['127,000 troops', 'Ukraine’s defence ministry']],
  );
});

test('a claimant is a recognised name or a source, not a subject that only looks like one', async () => {
  assert.deepEqual(
    await claimants('Immediate worries focused on eastern Ukraine, where the fighting since 2014 in a conflict has killed some 14,000 people.'),
    [['some 14,000 people', null]],
  );
  assert.deepEqual(
    await claimants('Amid claims that Russia has concentrated up to 100,000 troops on the border with Ukraine, Moscow has emphasized that it will station its forces where it wants.'),
    [['up to 100,000 troops', null]],
  );
  // A headline in capitals glued before the subject comes off.
  assert.deepEqual(
    await claimants('THE LATEST RUSSIAN MILITARY BUILDUP Ukraine complained this month that Moscow has kept about 90,000 troops near the border.'),
    [['about 90,000 troops', 'Ukraine']],
  );
  // A source named by a word for a source, without a name, still claims.
  assert.deepEqual(await claimants('Local officials say more than 10 people have been killed in a missile strike.'), [['more than 10 people', 'Local officials']]);
});

test('the claimant is the subject of the cue, not the last name before it', async () => {
  // A name after a preposition belongs to the subject phrase.
  assert.deepEqual(
    await claimants('A former commander has been charged over the deaths of three soldiers, federal prosecutors in New York said on Thursday.'),
    [['three soldiers', 'federal prosecutors in New York']],
  );
  assert.deepEqual(await claimants('Poland is sending a million vaccine doses to Iran, the Polish embassy in Tehran said.'), [['a million vaccine doses', 'Polish embassy in Tehran']]);
  // A name in the clause before is not the subject of a described source after it.
  assert.deepEqual(
    await claimants('Kyiv will impose sanctions on dozens of organisers of the vote in Crimea, a senior Ukrainian security official said on Friday.'),
    [['dozens of organisers', 'senior Ukrainian security official']],
  );
  // A relative clause with a pronoun names nobody here (the quote stage may give the speaker).
  assert.deepEqual(await claimants('The visit angered Mali’s military government, which he said had seized power in two coups.'), [['two coups', null]]);
  // Two names joined by "and" are one subject.
  assert.deepEqual(await claimants('Moscow and Washington said 300 diplomats would leave.'), [['300 diplomats', 'Moscow and Washington']]);
  // The name that ends the subject still claims, with its title before it.
  assert.deepEqual(await claimants('There are 40 diplomats left, Deputy Foreign Minister Sergei Ryabkov said.'), [['40 diplomats', 'Sergei Ryabkov']]);
});

test('a speaker with an apposition claims as the speaker; a leading time phrase and a phrase without a source word do not claim', async () => {
  assert.deepEqual(
    await claimants('Pedro Pina, head of YouTube in Europe, Africa and the Middle East, said the platform pledged more than 5 million euros.'),
    [['more than 5 million euros', 'Pedro Pina']],
  );
  assert.deepEqual(
    await claimants('Last week the Russian foreign ministry said a proposal to expel 300 Russian diplomats would lead to closures.'),
    [['300 Russian diplomats', 'Russian foreign ministry']],
  );
  assert.deepEqual(await claimants('The Biden-Putin meeting said nothing of the 300 diplomats.'), [['300 diplomats', null]]);
});

test('"X, who said …" is claimed by X; "which he said" by nobody named here', async () => {
  assert.deepEqual(
    await claimants('Blinken met Prime Minister Denys Shmyhal, who said that 300 soldiers had been trained.'),
    [['300 soldiers', 'Denys Shmyhal']],
  );
  assert.deepEqual(await claimants('They met the council, which he said had 300 members.'), [['300 members', null]]);
});

test('a described source in the plural claims: "G7 finance ministers said"', async () => {
  assert.deepEqual(
    await claimants('G7 finance ministers said they have pledged additional support to Ukraine exceeding $24bn for 2022.'),
    [['$24bn', 'G7 finance ministers']],
  );
  assert.deepEqual(await claimants('Industry groups said exports fell by 300 tonnes.'), [['300 tonnes', 'Industry groups']]);
});

test('a name given to a thing ("dubbed the Pandora Papers") claims nothing', async () => {
  assert.deepEqual(
    await claimants('More than 300 public officials are featured in the files from offshore companies, dubbed the Pandora Papers.'),
    [['More than 300 public officials', null]],
  );
});

test('a count out of its own forces is counted like the forces: "1,351 of its troops killed"', async () => {
  const doc = docFromText('Russia said 1,351 of its troops were killed in Ukraine. Later it said 498 of its servicemen had died. One of its soldiers was hurt.');
  await (await loadPipeline('default')).run(doc, { referenceDate: null });
  assert.deepEqual(
    (doc.layers.figures ?? []).map((f) => [f.text, f.value, f.unit, f.aboutKey]),
    [
      ['1,351 of its troops', 1351, 'troop', 'killed'],
      ['498 of its servicemen', 498, 'serviceman', 'killed'],
      ['One of its soldiers', 1, 'soldier', null],
    ],
  );
});

test('figures recorded, documented, verified or given as a total are claimed by who records them', async () => {
  assert.deepEqual(
    await claimants('Human Rights Watch (HRW) in its report published on Wednesday documented 22 apparent summary executions.'),
    [['22 apparent summary executions', 'Human Rights Watch']],
  );
  assert.deepEqual(await claimants('The UN human rights office has recorded 1,035 civilian deaths.'), [['1,035 civilian deaths', 'UN human rights office']]);
  assert.deepEqual(await claimants('Russia gave a total of 1,351 of its troops killed.'), [['1,351 of its troops killed', 'Russia']]);
  // A gift is no figure given.
  assert.deepEqual(await claimants('She gave the boy 300 dollars.'), [['300 dollars', null]]);
});

test('"according to" names the source even after a verb with a subject of its own', async () => {
  assert.deepEqual(
    await claimants('Russia recorded more than 115,000 excess deaths in November according to official statistics published on Thursday.'),
    [['more than 115,000 excess deaths', 'official statistics']],
  );
  assert.deepEqual(await claimants('Prices rose 5 percent according to local media.'), [['5 percent', 'local media']]);
  // A described phrase without a word for a source does not claim.
  assert.deepEqual(await claimants('Prices rose 5 percent according to plan.'), [['5 percent', null]]);
});

test('"In what many observers say is …" is no subject of the figure after it', async () => {
  assert.deepEqual(
    await claimants('In what many observers say is an attempt to menace Ukraine, Moscow has amassed an estimated 150,000 troops along the border.'),
    [['an estimated 150,000 troops', null]],
  );
});

test('a figure in a quotation continued after "Mr Rogozin added:" is claimed by the person the quote stage named', async () => {
  assert.deepEqual(
    await claimants('Dmitry Rogozin heads the space agency. Mr Rogozin continued with his threats, adding: “If you block cooperation with us, who will save the station? “There is also the option of dropping the 500-ton structure on India.”'),
    [['500-ton', 'Dmitry Rogozin']],
  );
});

test('a figure after the quotation of "Mr Rogozin" closes is not his', async () => {
  assert.deepEqual(
    await claimants('Dmitry Rogozin heads the space agency. Mr Rogozin continued with his threats, adding: “If you block cooperation with us, who will save the station?” The station weighs about 420 tonnes.'),
    [['about 420 tonnes', null]],
  );
});

test('a figure in the object of an act ("approved", "signed", "sent") is reported, not claimed, by the actor', async () => {
  assert.deepEqual(await claimants('Biden has approved more than $15 billion in weapons for Ukraine since the war began.'), [['more than $15 billion', null]]);
  assert.deepEqual(await claimants('Putin signed a decree raising the army to 1.15 million soldiers.'), [['1.15 million soldiers', null]]);
  // A verb of speech still makes its speaker the claimant, also of an act reported inside the statement.
  assert.deepEqual(await claimants('Zelensky said Russia had sent 100,000 troops to the border.'), [['100,000 troops', 'Zelensky']]);
});

test('"…, data from grid operator Gascade showed, as …": the named source at the end of the attributing words claims', async () => {
  assert.deepEqual(
    await claimants('Gas supplies through the pipeline fell on Friday by almost 77% from Thursday, data from grid operator Gascade showed, as Gazprom booked only a third of the capacity.'),
    [['almost 77%', 'Gascade']],
  );
  // Dismissing people is an act, not a claim about them.
  assert.deepEqual(await claimants('Borrowing costs jumped after President Tayyip Erdogan dismissed three central bank officials.'), [['three central bank officials', null]]);
});
