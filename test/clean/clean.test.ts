import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanText, CLEAN_RULES, type CleanResult } from '../../src/clean/index.js';
import { parseDateLine } from '../../src/clean/header.js';

const seedDir = new URL('../../../samples/seed-articles/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, seedDir), 'utf8');

function removedTexts(r: CleanResult, rule?: string): string[] {
  return r.removed.filter((p) => !rule || p.rule === rule).map((p) => p.text);
}

/** Every removed piece is verbatim raw text; random clean spans map back to the same words. */
function assertOffsets(raw: string, r: CleanResult, seedNo = 1): void {
  for (const p of r.removed) assert.equal(raw.slice(p.start, p.end), p.text, `removed piece ${p.rule}`);
  let s = seedNo;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const squash = (x: string) =>
    x
      .normalize('NFC')
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  for (let i = 0; i < 200 && r.text.length > 1; i++) {
    const a = Math.floor(rand() * (r.text.length - 1));
    const b = Math.min(r.text.length, a + 1 + Math.floor(rand() * 120));
    const [ra, rb] = r.offsets.spanToRaw(a, b);
    // Raw span minus the pieces removed inside it.
    let rawPart = '';
    let pos = ra;
    for (const p of r.removed) {
      if (p.end <= ra || p.start >= rb) continue;
      if (p.start > pos) rawPart += raw.slice(pos, p.start) + ' ';
      pos = Math.max(pos, p.end);
    }
    if (pos < rb) rawPart += raw.slice(pos, rb);
    assert.equal(squash(rawPart), squash(r.text.slice(a, b)), `span [${a}, ${b})`);
  }
}

test('seed 000: header title, date and URL are found and removed from the body', () => {
  const raw = seed('000_4da746a2a32fd8cb.txt');
  const r = cleanText(raw);
  assert.deepEqual(r.header, {
    title: 'Moscow Bidens threats against Russia not to help reduce rising tensions',
    date: '2022-01-20',
    url: 'https://www.presstv.ir/Detail/2022/01/20/675168/Russia-US-Biden-Putin-Ukraine-tensions-',
  });
  assert.deepEqual(
    r.removed.map((p) => p.rule),
    ['clean/header-title', 'clean/header-date', 'clean/header-url'],
  );
  assert.ok(r.text.startsWith('Last month, the Russian government made demands on NATO and Ukraine'));
  assert.ok(!r.text.includes('20220120'));
  assert.ok(!r.text.includes('https://www.presstv.ir'));
  assert.ok(r.text.includes('Washington has already announced that it would begin the process of shipping $200 million'));
  // Glued words are left as written, with a message.
  assert.ok(r.text.includes('Viennaover the Ukraine crisis'));
  assert.ok(r.warnings.some((w) => w.rule === 'clean/glued-words'));
  assert.equal(r.credit, null);
  assert.equal(r.language, 'en');
  assert.equal(r.text.split('\n\n').length, 17);
  assertOffsets(raw, r);
});

test('seed 001: ad markers, Source link, navigation residue removed; credit VOA', () => {
  const raw = seed('001_69c200a02ad8e96a.txt');
  const r = cleanText(raw);
  for (const junk of ['[ad_1]', '[ad_2]', 'Source link', 'top channel', 'Source: VOA']) {
    assert.ok(removedTexts(r).includes(junk), `removed: ${junk}`);
    assert.ok(!r.text.includes(junk), `absent: ${junk}`);
  }
  assert.deepEqual(removedTexts(r, 'clean/credit-line'), ['Source: VOA']);
  assert.equal(r.credit, 'VOA');
  assert.equal(r.header.title, null);
  assert.ok(r.text.startsWith('The White House said President Joe Biden warned the Ukrainian president on Thursday'));
  assert.ok(r.text.includes('Russia: Little room for optimism to ease tensions'));
  assert.ok(r.text.includes('Mr Kuleba said Ukraine was not planning any offensive action'));
  assert.ok(r.text.endsWith('This is our country and we will defend it“, He said.'));
  assertOffsets(raw, r, 7);
});

test('seed 004: title, repeated title, captions and photo credits removed; credit Post wires', () => {
  const raw = seed('004_e60cc5e03952772e.txt');
  const r = cleanText(raw);
  const title = 'Putin threatens America if Ukraine allowed to join NATO';
  assert.equal(r.header.title, title);
  assert.deepEqual(removedTexts(r, 'clean/repeated-title'), [title]);
  assert.deepEqual(removedTexts(r, 'clean/photo-credit'), ['Mikhail Tereshchenko/TASS/Sipa U', 'Sergei Guneyev/POOL/TASS/Sipa US']);
  const captions = removedTexts(r, 'clean/caption');
  for (const c of [
    'Vladmir Putin',
    'Russian President Vladimir Putin has said that NATO has continued to expand its footprint in Europe since the end of the Cold War.',
    'Russian President Vladimir Put, left, and Russian General Staff Valery Gerasimov',
    'Russian President Vladmir Putin blames the west and NATO for increased tensions in Europe.',
    "Russia's Defense Minister Sergei Shoigu",
    'Russia is warning of a return of “The Cuban Missile Crisis” and deploying hypersonic weapons against America if NATO sets up facilities in Ukraine.',
  ]) {
    assert.ok(captions.includes(c), `caption removed: ${c}`);
    assert.ok(!r.text.includes(c), `caption absent: ${c}`);
  }
  assert.ok(!r.text.includes('Sipa'));
  assert.deepEqual(removedTexts(r, 'clean/credit-line'), ['With Post wires']);
  assert.equal(r.credit, 'Post wires');
  assert.ok(removedTexts(r).includes('Source link'));
  // Body intact.
  for (const s of [
    'Russia has amassed as many as 175,000 troops as well as heavy military equipment on its western border with Ukraine',
    'At a virtual summit last month President Joe Biden warned Russian President Vladimir Putin of substantial economic retaliation if Russia invades Ukraine.',
    'Dmitry Kiselev, a Putin confidant and the head of state-controlled media outlet Rossiya Segodnya',
    'Talks could begin in January, Donfried added.',
  ]) {
    assert.ok(r.text.includes(s), `body: ${s}`);
  }
  assert.ok(r.text.startsWith('Russian President Vladimir Putin has blamed the West'));
  assert.ok(r.text.endsWith('Talks could begin in January, Donfried added.'));
  // Paragraphs: exactly one blank line between; non-breaking spaces gone.
  assert.ok(!/\n\n\n/.test(r.text));
  assert.ok(!r.text.includes('\u00A0'));
  assert.ok(!/ \n|\n | {2}/.test(r.text));
  assertOffsets(raw, r, 3);
});

const BODY_A = 'The ministry said on Tuesday that talks with the delegation would resume next week in Geneva.';
const BODY_B = 'Officials on both sides described the first round as difficult but useful, and agreed to meet again.';

const JUNK_LINES: [string, string][] = [
  ['[ad_1]', 'clean/ad-marker'],
  ['[ad_12]', 'clean/ad-marker'],
  ['Source link', 'clean/source-link'],
  ['Exit mobile version', 'clean/site-chrome'],
  ['Leave a Reply', 'clean/comment-form'],
  ['Leave a Reply Cancel reply', 'clean/comment-form'],
  ['Your email address will not be published.', 'clean/comment-form'],
  ['Your email address will not be published. Required fields are marked *', 'clean/comment-form'],
  ['Required fields are marked *', 'clean/comment-form'],
  ['Comment', 'clean/comment-form'],
  ['Name*', 'clean/comment-form'],
  ['Email *', 'clean/comment-form'],
  ['Website', 'clean/comment-form'],
  ['Save my name, email, and website in this browser for the next time I comment.', 'clean/comment-form'],
  ['Share this:', 'clean/share'],
  ['Click to share on Twitter (Opens in new window)', 'clean/share'],
  ['Share on Facebook', 'clean/share'],
  ['Facebook Twitter WhatsApp Telegram', 'clean/share'],
  ['Full coverage', 'clean/read-more'],
  ['Read more: Ministers meet in Brussels over the energy crisis', 'clean/read-more'],
  ['READ MORE', 'clean/read-more'],
  ['Related', 'clean/read-more'],
  ['Related Articles', 'clean/read-more'],
  ['Sign up for our newsletter', 'clean/newsletter'],
  ['Subscribe', 'clean/newsletter'],
  ['Sign up to our free morning briefing newsletter, delivered every weekday', 'clean/newsletter'],
  ['Advertisement', 'clean/advertisement'],
  ['ADVERTISEMENT', 'clean/advertisement'],
  ['Story continues below advertisement', 'clean/advertisement'],
  ['We use cookies to give you the best experience on our website. By continuing you agree.', 'clean/cookie-notice'],
  ['This website uses cookies to improve your experience.', 'clean/cookie-notice'],
  ['© 2022 Example Media Group. All rights reserved.', 'clean/copyright'],
  ['Copyright 2021 Example News. All rights reserved.', 'clean/copyright'],
  ['Follow us on Twitter and Facebook', 'clean/follow'],
  ['Join our Telegram channel for the latest news', 'clean/follow'],
  ['Follow Jane Example on Twitter @janeexample', 'clean/follow'],
  ['Mikhail Example/TASS/Sipa USA', 'clean/photo-credit'],
  ['Ivan Example/POOL/AFP', 'clean/photo-credit'],
  ['Reuters/Anna Example', 'clean/photo-credit'],
  ['AP Photo/John Example', 'clean/photo-credit'],
  ['(Photo by John Example/AFP via Getty Images)', 'clean/photo-credit'],
  ['John Example/Getty Images', 'clean/photo-credit'],
  ['Photo: John Example/Reuters', 'clean/caption-label'],
  ['Source: VOA', 'clean/credit-line'],
  ['(Source: AFP)', 'clean/credit-line'],
  ['With Post wires', 'clean/credit-line'],
  ['— Reuters', 'clean/credit-line'],
  ['The Associated Press contributed to this report.', 'clean/credit-line'],
  ['This story was originally published by Example Times.', 'clean/credit-line'],
  ['Reporting by Jane Example; Editing by John Example', 'clean/credit-line'],
  ['The post Talks resume in Geneva appeared first on Example News.', 'clean/credit-line'],
  ['Spread the love', 'clean/site-chrome'],
  ['Tags: Russia, Ukraine, NATO', 'clean/site-chrome'],
  ['Like this:', 'clean/site-chrome'],
];

/** Lines that look a little like junk but are body text. */
const BODY_LINES: string[] = [
  'The source of the leak was not identified, officials said.',
  'Sources told the newspaper that the deal was close.',
  'Source: the ministry declined to say where the figures came from, and critics called them inflated.',
  'Both countries share a long border and a difficult history.',
  'Share prices fell sharply in Moscow on Monday after the announcement.',
  'He declined to comment on the report.',
  'The Kremlin made no comment.',
  'Comments by the foreign minister drew an angry response from Kyiv.',
  'Related talks in Vienna are expected to continue next month.',
  'Read the statement carefully, he told reporters, and you will see what we mean.',
  'Subscribers to the service were told to expect delays.',
  'Advertisements for the rally appeared on state television.',
  'Follow-up talks are planned for February.',
  'Follow the money, the senator said on Twitter.',
  'Copyright disputes between the two firms have dragged on for years.',
  'Full details of the proposal were not made public.',
  'Photo agencies were barred from the ceremony.',
  'The cookies were handed out to soldiers at the checkpoint.',
  'Name changes for streets named after Soviet leaders continued across the region.',
  'Reuters could not independently verify the report.',
  'The Associated Press could not confirm the claim.',
  'With the border closed, trucks queued for days.',
  'Putin/Biden summit talk dominated the front pages.',
  'NATO and its allies have rejected the demand as a non-starter.',
  'Views differ sharply in Kyiv and Moscow on what the talks achieved.',
  'Posted troops along the border have been told to hold their positions.',
  'Contents of the letter were leaked to a Russian newspaper.',
];

test('junk lines are removed with their rule', () => {
  for (const [line, rule] of JUNK_LINES) {
    assert.ok(CLEAN_RULES[rule], `rule has a reason: ${rule}`);
    const raw = `${BODY_A}\n${line}\n${BODY_B}`;
    const r = cleanText(raw);
    const hit = r.removed.find((p) => p.text === line);
    assert.ok(hit, `removed: ${line}`);
    assert.equal(hit.rule, rule, `rule for: ${line}`);
    assert.equal(r.text, `${BODY_A}\n\n${BODY_B}`, `text for: ${line}`);
  }
});

test('body lines that resemble junk stay', () => {
  for (const line of BODY_LINES) {
    const raw = `${BODY_A}\n${line}\n${BODY_B}`;
    const r = cleanText(raw);
    assert.equal(r.text, `${BODY_A}\n\n${line}\n\n${BODY_B}`, `kept: ${line}`);
    assert.deepEqual(r.removed, [], `nothing removed around: ${line}`);
  }
});

test('credit: explicit lines, datelines, agency normal forms', () => {
  const cases: [string, string | null][] = [
    [`${BODY_A}\n${BODY_B}\nSource: VOA`, 'VOA'],
    [`${BODY_A}\n${BODY_B}\n(Source: AFP)`, 'AFP'],
    [`${BODY_A} (Source: AFP)\n${BODY_B}`, 'AFP'],
    [`${BODY_A}\n${BODY_B}\nWith Post wires`, 'Post wires'],
    [`TBILISI, Georgia (AP) — ${BODY_A}\n${BODY_B}`, 'AP'],
    [`KYIV, Jan 20 (Reuters) - ${BODY_A}\n${BODY_B}`, 'Reuters'],
    [`MOSCOW, January 20. /TASS/. ${BODY_A}\n${BODY_B}`, 'TASS'],
    [`${BODY_A}\n${BODY_B}\nReporting by Jane Example in Kyiv; Editing by John Example`, 'Reuters'],
    [`${BODY_A}\n${BODY_B}\nThe Associated Press contributed to this report.`, 'AP'],
    [`${BODY_A}\n${BODY_B}\nThis article was originally published by Example Times.`, 'Example Times'],
    [`${BODY_A} ${BODY_B} Reuters contributed to this report.`, 'Reuters'],
    [`${BODY_A}\n${BODY_B}\nSource: https://www.example.com/news/2022/01/20/story`, 'example.com'],
    [`${BODY_A}\n${BODY_B}`, null],
    [`${BODY_A}\nReuters could not independently verify the report.`, null],
  ];
  for (const [raw, credit] of cases) {
    const r = cleanText(raw);
    assert.equal(r.credit, credit, raw.slice(0, 60));
    assertOffsets(raw, r);
  }
  // A dateline credit stays in the text.
  const r = cleanText(`TBILISI, Georgia (AP) — ${BODY_A}`);
  assert.ok(r.text.startsWith('TBILISI, Georgia (AP) — '));
});

test('header: date formats, and a first line only counts as a title when confirmed', () => {
  const dates: [string, string | null][] = [
    ['20220120', '2022-01-20'],
    ['2022-01-20', '2022-01-20'],
    ['2022/1/5', '2022-01-05'],
    ['January 20, 2022', '2022-01-20'],
    ['Jan. 20, 2022', '2022-01-20'],
    ['Thursday, January 20, 2022 10:45 GMT', '2022-01-20'],
    ['20 January 2022', '2022-01-20'],
    ['Published: 20 Jan 2022', '2022-01-20'],
    ['20.01.2022', '2022-01-20'],
    ['1/20/2022', '2022-01-20'],
    ['20/1/2022', '2022-01-20'],
    ['20221320', null],
    ['2022-02-30', null],
    ['January 2022 was cold', null],
    ['12345678', null],
  ];
  for (const [line, iso] of dates) assert.equal(parseDateLine(line), iso, line);

  const withUrl = cleanText(`Talks resume in Geneva\nhttps://example.com/a/b\n${BODY_A}\n${BODY_B}`);
  assert.deepEqual(withUrl.header, { title: 'Talks resume in Geneva', date: null, url: 'https://example.com/a/b' });
  assert.equal(withUrl.text, `${BODY_A}\n\n${BODY_B}`);

  // A sentence as first line is body, not a title.
  const plain = cleanText(`${BODY_A}\n${BODY_B}`);
  assert.equal(plain.header.title, null);
  assert.equal(plain.text, `${BODY_A}\n\n${BODY_B}`);

  // With a title from metadata, a first line repeating it is removed; a different first line stays.
  const hinted = cleanText(`Talks Resume in Geneva\n${BODY_A}`, { title: 'Talks resume in Geneva' });
  assert.deepEqual(removedTexts(hinted, 'clean/repeated-title'), ['Talks Resume in Geneva']);
  assert.equal(hinted.text, BODY_A);
  const other = cleanText(`Ministers meet again\n${BODY_A}`, { title: 'Talks resume in Geneva' });
  assert.equal(other.text, `Ministers meet again\n\n${BODY_A}`);
  // A date line further down is not a header.
  const late = cleanText(`${BODY_A}\n${BODY_B}\n${BODY_A}\n2022-01-20\n${BODY_B}`);
  assert.equal(late.header.date, null);
});

test('normalisation: CRLF, tabs, runs of spaces, non-breaking and zero-width spaces, NFC', () => {
  const raw = '  First\u00A0paragraph  with\tspaces.\r\nSecond para\u200Bgraph, Cafe\u0301 Kyiv.\r\n\r\n\r\n  Third.  ';
  const r = cleanText(raw);
  assert.equal(r.text, 'First paragraph with spaces.\n\nSecond paragraph, Caf\u00e9 Kyiv.\n\nThird.');
  assertOffsets(raw, r);
  const k = r.text.indexOf('Kyiv');
  assert.equal(raw.slice(r.offsets.toRaw(k), r.offsets.toRaw(k) + 4), 'Kyiv');
  // A hard-wrapped sentence stays one paragraph; a line that ends a sentence does not.
  const wrapped = 'The ministry said on Tuesday that talks with the\ndelegation would resume next week,\nofficials said.\nA new paragraph starts here.';
  const rw = cleanText(wrapped);
  assert.equal(rw.text, 'The ministry said on Tuesday that talks with the delegation would resume next week, officials said.\n\nA new paragraph starts here.');
  assertOffsets(wrapped, rw);
  assert.equal(cleanText('').text, '');
  assert.equal(cleanText('\n\n  \n').text, '');
});

test('captions: name line, one-sentence description and credit line in a single-newline text', () => {
  const raw = [
    BODY_A,
    'Jane Example',
    'The minister speaks to reporters in Brussels on Monday.',
    'John Example/AFP via Getty Images',
    BODY_B,
  ].join('\n');
  const r = cleanText(raw);
  assert.equal(r.text, `${BODY_A}\n\n${BODY_B}`);
  assert.deepEqual(
    r.removed.map((p) => p.rule),
    ['clean/caption', 'clean/caption', 'clean/photo-credit'],
  );
  // A bare agency name in the middle of the text credits the photo above it, not the article.
  const mid = cleanText([BODY_A, 'Jane Example', 'The minister speaks to reporters in Brussels on Monday.', 'Reuters', BODY_B, BODY_A].join('\n'));
  assert.equal(mid.text, `${BODY_A}\n\n${BODY_B}\n\n${BODY_A}`);
  assert.equal(mid.credit, null);
  // A long body paragraph before a credit line is not a caption.
  const long = `${BODY_A} ${BODY_B} ${BODY_A}`;
  const r2 = cleanText(`${long}\nJohn Example/Reuters\n${BODY_B}`);
  assert.equal(r2.text, `${long}\n\n${BODY_B}`);
});

test('inline junk in one-line articles: photo credits, captions before a dateline, footers', () => {
  const caption = 'Soldiers walk past a damaged building in Kharkiv, Ukraine, Friday, Feb. 25, 2022. (AP Photo/John Example)';
  const raw = `${BODY_A} ${caption} ${BODY_B} Follow Jane Example on Twitter @janeexample`;
  const r = cleanText(raw);
  assert.equal(r.text, `${BODY_A} ${BODY_B}`);
  assert.deepEqual(removedTexts(r), [caption, 'Follow Jane Example on Twitter @janeexample']);
  assertOffsets(raw, r);

  const lead = `Ministers arrive for a meeting in Brussels, Belgium, January 20, 2022. REUTERS/Anna Example BRUSSELS, Jan 20 (Reuters) - ${BODY_A}`;
  const r2 = cleanText(lead);
  assert.equal(r2.text, `BRUSSELS, Jan 20 (Reuters) - ${BODY_A}`);
  assert.equal(r2.credit, 'Reuters');
  assertOffsets(lead, r2);

  const getty = `${BODY_A} (Photo by JOHN EXAMPLE/AFP via Getty Images) ${BODY_B}`;
  assert.equal(cleanText(getty).text, `${BODY_A} ${BODY_B}`);

  // Parentheses that are not credits stay.
  const keep = `${BODY_A} (The figure could not be verified.) ${BODY_B}`;
  assert.equal(cleanText(keep).text, keep);
});

test('navigation residue at the end, but not a last sentence', () => {
  const raw = `${BODY_A}\n${BODY_B}\n${BODY_A}\n${BODY_B}\ntop channel\nWorld News`;
  const r = cleanText(raw);
  assert.equal(r.text, `${BODY_A}\n\n${BODY_B}\n\n${BODY_A}\n\n${BODY_B}`);
  assert.deepEqual(removedTexts(r, 'clean/nav-residue').length + removedTexts(r, 'clean/site-chrome').length, 2);
  const ok = cleanText(`${BODY_A}\n${BODY_B}\n${BODY_A}\nTalks end today.`);
  assert.ok(ok.text.endsWith('Talks end today.'));
});

test('language: English, German, and null for short texts', () => {
  assert.equal(cleanText(`${BODY_A} ${BODY_B}`).language, 'en');
  assert.equal(
    cleanText('Die Regierung in Berlin hat am Dienstag neue Gespräche mit der ukrainischen Delegation angekündigt, die in der kommenden Woche stattfinden sollen.').language,
    'de',
  );
  assert.equal(cleanText('Talks resume.').language, null);
});

test('hostile input: a 1 MB line and 100k lines finish quickly', () => {
  const big = [
    'a'.repeat(400_000),
    '('.repeat(100_000),
    ' REUTERS/'.repeat(20_000),
    '(Photo by '.repeat(20_000),
    'x. '.repeat(50_000),
  ].join('');
  assert.ok(big.length >= 1_000_000);
  let t = Date.now();
  const r = cleanText(big);
  assert.ok(r.text.length > 900_000);
  assert.ok(Date.now() - t < 5000, `1 MB line took ${Date.now() - t} ms`);
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) lines.push(i % 7 === 0 ? 'Share' : i % 5 === 0 ? '' : `Line ${i} of the text, with words.`);
  t = Date.now();
  const r2 = cleanText(lines.join('\n'));
  assert.ok(Date.now() - t < 5000, `100k lines took ${Date.now() - t} ms`);
  assert.ok(!r2.text.includes('Share'));
  assert.ok(r2.text.includes('Line 99999 of the text, with words.'));
});

test('a re-posted article with theme junk all around it', () => {
  const raw = [
    '\uFEFFKremlin says talks with Washington at a dead end',
    'January 21, 2022',
    '',
    'Kremlin says talks with Washington at a dead end',
    'Spread the love',
    'MOSCOW (AP) — The Kremlin said on Friday that talks with Washington had reached a dead end, while the foreign minister insisted  that dialogue remained possible.',
    '',
    'Sergei Lavrov',
    'Foreign Minister Sergei Lavrov speaks at a news conference in Moscow.',
    '(Photo by Example Person/AFP via Getty Images)',
    '',
    '“We are not going to wait forever,” Lavrov said. He added that Moscow expected a written answer next week.',
    'ADVERTISEMENT',
    'The United States has said it will share its response with allies first.',
    'Read more: Biden says Russia will pay a heavy price',
    'Share this:',
    'Click to share on Twitter (Opens in new window)',
    'Like this:',
    'Like Loading...',
    'Related',
    'Leave a Reply Cancel reply',
    'Your email address will not be published. Required fields are marked *',
    'Comment',
    'Name *',
    'Email *',
    'Website',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Δ',
    'Home',
    'World',
    'Politics',
    '',
  ].join('\r\n');
  const r = cleanText(raw);
  assert.equal(
    r.text,
    'MOSCOW (AP) — The Kremlin said on Friday that talks with Washington had reached a dead end, while the foreign minister insisted that dialogue remained possible.\n\n' +
      '“We are not going to wait forever,” Lavrov said. He added that Moscow expected a written answer next week.\n\n' +
      'The United States has said it will share its response with allies first.',
  );
  assert.deepEqual(r.header, { title: 'Kremlin says talks with Washington at a dead end', date: '2022-01-21', url: null });
  assert.equal(r.credit, 'AP');
  assert.deepEqual(removedTexts(r, 'clean/caption'), ['Sergei Lavrov', 'Foreign Minister Sergei Lavrov speaks at a news conference in Moscow.']);
  assert.deepEqual(removedTexts(r, 'clean/nav-residue'), ['World', 'Politics']);
  assertOffsets(raw, r);
});

test('a "read more" link left between sentences is cut out; the words "read more" inside a sentence stay', () => {
  const raw =
    'Gas flows fell by almost 77% on Friday, data from the grid operator showed, as the producer booked a third of the capacity. ' +
    'read more The company has repeatedly said it supplies gas in full. read more\n' +
    'Readers who want to read more about the pipeline can find the report online.\n';
  const r = cleanText(raw);
  assert.ok(!/\. read more/.test(r.text), r.text);
  assert.ok(r.text.includes('capacity. The company') || r.text.includes('capacity.  The company'), r.text);
  assert.ok(r.text.includes('want to read more about the pipeline'));
  assert.equal(r.removed.filter((x) => x.rule === 'clean/read-more-link').length, 2);
});
