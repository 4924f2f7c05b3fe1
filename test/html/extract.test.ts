import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml, extractHtmlOrError } from '../../src/ingest/html/index.js';
import { filterParagraphs, isMetaLine, looksLikeBoilerplate } from '../../src/ingest/html/clean.js';
import { limitNesting } from '../../src/ingest/html/guard.js';
import { normaliseDate, stripTitleSuffix } from '../../src/ingest/html/meta.js';

const P1 =
  'The harbour authority said on Tuesday that the northern pier would close for repairs after inspectors found cracks in two of its supporting columns.';
const P2 =
  'Fishing crews that use the pier have been told to move their boats to the southern basin, where temporary moorings are being installed this week.';
const P3 =
  'A spokesperson for the authority said the work would take about six weeks and cost roughly two million, to be paid from the maintenance budget.';
const P4 =
  'Local traders said they were worried about the timing, because the closure falls in the busiest part of the season for visitors to the old town.';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const NEWS_PAGE = page(
  `<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
   <div class="ad-slot">Buy cheap flights now</div>
   <script>var tracker = "SECRET_SCRIPT_TEXT";</script>
   <style>.x{color:red} /* STYLE_TEXT */</style>
   <main><article>
     <h1>Northern pier to close for repairs</h1>
     <div class="byline">By Jane Harbour</div>
     <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
     <figure><img src="a.jpg"><figcaption>The northern pier at dawn. Photo: Staff</figcaption></figure>
     <p>${P1}</p><p>${P2}</p>
     <div class="newsletter-signup">Get our daily newsletter in your inbox</div>
     <p>${P3}</p><p>${P4}</p>
     <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Bridge reopens after storm</a></li><li><a href="/b">Ferry timetable changes</a></li></ul></div>
   </article></main>
   <footer><p>Copyright Harbour Times. All rights reserved.</p></footer>`,
  `<title>Northern pier to close for repairs | Harbour Times</title>
   <meta property="og:site_name" content="Harbour Times">
   <meta property="article:published_time" content="2022-01-18T09:30:00Z">
   <link rel="canonical" href="https://harbourtimes.example/news/pier-closure">
   <meta name="author" content="Jane Harbour">`,
);

test('article with nav, ads, scripts, share bar, captions and related links: only the story remains', () => {
  const a = extractHtml(NEWS_PAGE);
  assert.ok(a);
  assert.equal(a.text, [P1, P2, P3, P4].join('\n\n'));
  for (const junk of ['SECRET_SCRIPT_TEXT', 'STYLE_TEXT', 'Share on', 'newsletter', 'Bridge reopens', 'Copyright', 'Home', 'Photo: Staff', 'Buy cheap']) {
    assert.ok(!a.text.includes(junk), `should not contain ${junk}`);
  }
});

test('metadata from meta tags, <title> and canonical link', () => {
  const a = extractHtml(NEWS_PAGE);
  assert.ok(a);
  assert.equal(a.title, 'Northern pier to close for repairs');
  assert.equal(a.date, '2022-01-18T09:30:00Z');
  assert.equal(a.url, 'https://harbourtimes.example/news/pier-closure');
  assert.equal(a.outlet, 'Harbour Times');
  assert.equal(a.language, 'en');
  assert.equal(a.byline, 'Jane Harbour');
});

test('metadata from Open Graph tags wins over <title>', () => {
  const html = page(`<article><p>${P1}</p><p>${P2}</p></article>`,
    `<title>Something else entirely - Site</title><meta property="og:title" content="Pier closes">
     <meta property="og:url" content="https://example.org/p/1"><meta name="pubdate" content="20220120">`);
  const a = extractHtml(html);
  assert.ok(a);
  assert.equal(a.title, 'Pier closes');
  assert.equal(a.url, 'https://example.org/p/1');
  assert.equal(a.date, '2022-01-20');
  assert.equal(a.outlet, 'example.org', 'outlet falls back to the host name');
});

test('metadata from JSON-LD (with @graph) when there are no meta tags', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Example Site' },
      {
        '@type': 'NewsArticle',
        headline: 'Pier closes for six weeks',
        datePublished: '2022-01-19T07:00:00+01:00',
        author: [{ '@type': 'Person', name: 'A. Writer' }, { '@type': 'Person', name: 'B. Writer' }],
        publisher: { '@type': 'Organization', name: 'The Example Post' },
      },
    ],
  };
  const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><p>${P1}</p><p>${P2}</p></article></body></html>`;
  const a = extractHtml(html, { url: 'https://www.example.com/a/b' });
  assert.ok(a);
  assert.equal(a.title, 'Pier closes for six weeks');
  assert.equal(a.date, '2022-01-19T07:00:00+01:00');
  assert.equal(a.outlet, 'The Example Post');
  assert.equal(a.byline, 'A. Writer, B. Writer');
  assert.equal(a.url, 'https://www.example.com/a/b');
  assert.equal(a.language, null, 'no lang attribute: unknown, not guessed');
  assert.ok(!a.text.includes('NewsArticle'), 'JSON-LD never reaches the text');
});

test('JSON-LD articleBody is the fallback when the page body is empty', () => {
  const ld = { '@type': 'NewsArticle', headline: 'Pier closes', articleBody: `${P1}\n\n${P2}` };
  const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div id="app"></div></body></html>`;
  const a = extractHtml(html);
  assert.ok(a);
  assert.equal(a.text, `${P1}\n\n${P2}`);
  const withHtml = { '@type': 'NewsArticle', articleBody: `<p>${P1}</p><script>BAD</script><p>${P2}</p>` };
  const b = extractHtml(`<html><head><script type="application/ld+json">${JSON.stringify(withHtml).replace(/<\//g, '<\\/')}</script></head><body></body></html>`);
  assert.ok(b);
  assert.equal(b.text, `${P1}\n\n${P2}`);
});

test('placeholder dates are skipped; site name loses its tagline', () => {
  const html = page(`<article><p>${P1}</p><p>${P2}</p></article>`,
    `<meta property="article:published_time" content="0001-01-01T00:00:00Z"><meta name="date" content="2022-01-21">
     <meta property="og:site_name" content="Harbour Times | News from the coast">`);
  const a = extractHtml(html);
  assert.ok(a);
  assert.equal(a.date, '2022-01-21');
  assert.equal(a.outlet, 'Harbour Times');
});

test('broken JSON-LD is ignored, <time datetime> gives the date', () => {
  const html = page(`<article><time datetime="2021-12-07">7 Dec</time><p>${P1}</p><p>${P2}</p></article>`,
    `<script type="application/ld+json">{ not json</script>`);
  const a = extractHtml(html);
  assert.ok(a);
  assert.equal(a.date, '2021-12-07');
});

test('<br> separates lines; headings are paragraphs; list items are lines; whitespace collapses', () => {
  const html = page(`<article>
    <p>${P1}<br>${P2}</p>
    <h2>What   happens
      next</h2>
    <p>${P3}</p>
    <ul><li>First   step of the repair plan for the pier</li><li>Second step of the repair plan for the pier</li></ul>
    <p>${P4}</p></article>`);
  const a = extractHtml(html);
  assert.ok(a);
  assert.equal(
    a.text,
    `${P1}\n${P2}\n\nWhat happens next\n\n${P3}\n\nFirst step of the repair plan for the pier\nSecond step of the repair plan for the pier\n\n${P4}`,
  );
});

test('page without article text gives null and a reason', () => {
  const html = page(`<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav><footer><a href="/c">Contact</a></footer>`);
  assert.equal(extractHtml(html), null);
  assert.deepEqual(extractHtmlOrError(html), { error: 'HTML with no article text' });
});

test('script-only and empty pages give null', () => {
  assert.equal(extractHtml(`<html><head><script>document.write("${P1}")</script></head><body><script>var a = "${P2}";</script></body></html>`), null);
  assert.equal(extractHtml(''), null);
  assert.equal(extractHtml('<html></html>'), null);
});

test('malformed markup does not throw', () => {
  const inputs = [
    `<html><body><p>${P1}<div><p>${P2}</span></b></i><table><tr><td>${P3}</body>`,
    `<<<>>><p ${'"'.repeat(50)}>${P1}</p><!-- unterminated comment`,
    `<p>${P1}</p></html></html><html><body><p>${P2}`,
    '\u0000\uFFFD<\u0001>',
    `<p>${'<'.repeat(100000)}</p>`,
  ];
  for (const html of inputs) {
    const r = extractHtmlOrError(html);
    assert.ok('article' in r || 'error' in r);
  }
  const a = extractHtml(inputs[0]!);
  assert.ok(a && a.text.includes(P1.slice(0, 40)) && a.text.includes(P2.slice(0, 40)));
});

test('a 2 MB page and a 1 MB line finish quickly', () => {
  const filler = `<div class="teaser"><a href="/x">Another story about something</a></div>`.repeat(15000);
  const body = Array.from({ length: 400 }, () => `<p>${P1} ${P2}</p>`).join('');
  const html = page(`${filler}<article>${body}</article>${filler}`);
  assert.ok(html.length > 2_000_000);
  let t = Date.now();
  const a = extractHtml(html);
  assert.ok(a && a.text.startsWith(P1));
  assert.ok(!a.text.includes('Another story'));
  assert.ok(Date.now() - t < 30_000, `took ${Date.now() - t} ms`);

  t = Date.now();
  const line = page(`<article><p>${'word, '.repeat(170_000)}</p></article>`);
  const b = extractHtml(line);
  assert.ok(b && b.text.length > 1_000_000);
  assert.ok(Date.now() - t < 30_000, `took ${Date.now() - t} ms`);
});

test('100,000 nested elements are flattened, not fatal', () => {
  const html = page(`${'<div>'.repeat(100_000)}<p>${P1}</p><p>${P2}</p>${'</div>'.repeat(100_000)}`);
  const t = Date.now();
  const a = extractHtml(html);
  assert.ok(a);
  // Paragraph tags below the depth limit are dropped; their break survives as a line break.
  assert.equal(a.text, `${P1}\n${P2}`);
  assert.ok(Date.now() - t < 30_000, `took ${Date.now() - t} ms`);
});

test('limitNesting leaves ordinary pages unchanged and caps deep ones', () => {
  assert.equal(limitNesting(NEWS_PAGE).dropped, 0);
  assert.equal(limitNesting(NEWS_PAGE).html, NEWS_PAGE);
  const unclosedParas = '<p>a'.repeat(1000);
  assert.equal(limitNesting(unclosedParas).dropped, 0, '<p> closes the open <p>');
  const deep = '<div>'.repeat(200) + 'x' + '</div>'.repeat(200);
  const r = limitNesting(deep, 50);
  assert.equal(r.dropped, 300);
  assert.equal(r.html, '<div>'.repeat(50) + '<br>x<br>' + '</div>'.repeat(50), 'a run of dropped block tags leaves one <br>');
  assert.equal(limitNesting('<b>'.repeat(30) + 'x', 10).html, '<b>'.repeat(10) + 'x', 'inline tags leave nothing');
  assert.equal(limitNesting('<script>' + '<div>'.repeat(500) + '</script>', 10).dropped, 0, 'script content is not markup');
});

test('title suffixes', () => {
  const cases: [string, string | null, string][] = [
    ['Northern pier to close for repairs | Harbour Times', null, 'Northern pier to close for repairs'],
    ['Pier closes - Harbour Times', 'Harbour Times', 'Pier closes'],
    ['Pier closes - Harbour Times', null, 'Pier closes - Harbour Times'],
    ['Talks in Geneva - what we know so far about the plan', null, 'Talks in Geneva - what we know so far about the plan'],
  ];
  for (const [t, site, want] of cases) assert.equal(stripTitleSuffix(t, site), want, t);
});

test('dates', () => {
  const cases: [string | null, string | null][] = [
    ['2022-01-20', '2022-01-20'],
    ['2022-01-20 10:15:00', '2022-01-20T10:15:00'],
    ['20220120', '2022-01-20'],
    ['Thu, 20 Jan 2022 10:15:00 GMT', '2022-01-20T10:15:00.000Z'],
    ['yesterday', null],
    ['0001-01-01T00:00:00Z', null],
    ['12345678', null],
    ['', null],
    [null, null],
  ];
  for (const [s, want] of cases) assert.equal(normaliseDate(s), want, String(s));
});

test('meta lines (datelines, bylines, credits) versus prose', () => {
  const meta = ['Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM', 'Published 4:00 am CST, Wednesday, November 20, 2019', 'By Jane Harbour', 'Photo: Staff', 'Image 3 of 9'];
  const prose = [P1, 'On Nov 19 the council met and agreed the budget.', 'By the end of the week the pier was closed.'];
  for (const l of meta) assert.equal(isMetaLine(l), true, l);
  for (const l of prose) assert.equal(isMetaLine(l), false, l);
});

test('paragraph filters: stock phrases and shortcodes go, prose that starts alike stays', () => {
  const paras = [
    'Pier closes', P1, '[ad_1]', 'Advertisement', P2, 'Comments from the harbour master were brief',
    '[button link="/x" type="big"]Send us your story[/button]', 'You may also like', 'Tell us what YOU think...', '12 Comments', P3,
  ];
  assert.deepEqual(filterParagraphs(paras, 'Pier closes'), [P1, P2, 'Comments from the harbour master were brief', P3]);
});

test('class/id vocabulary', () => {
  const el = (cls: string, id = '') => ({
    nodeType: 1, nodeName: 'DIV', textContent: '', parentNode: null, childNodes: [],
    getAttribute: (n: string) => (n === 'class' ? cls : n === 'id' ? id : null),
  });
  for (const c of ['share-bar', 'article__related', 'newsletterSignup', 'byline', 'social-links', 'image caption', 'rollover-people-block']) {
    assert.equal(looksLikeBoilerplate(el(c)), true, c);
  }
  for (const c of ['article-body', 'story-content share', 'shareholder-report', 'hidden-xs', 'col-md-8', '']) {
    assert.equal(looksLikeBoilerplate(el(c)), false, c);
  }
});
