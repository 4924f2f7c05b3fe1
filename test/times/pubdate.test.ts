import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, dateline, inferPublished, normalizeDate } from '../../src/analyze/times/pubdate.js';

const NORMALIZE: [string, string | null, string | null][] = [
  ['20220120', '2022-01-20', 'day'],
  ['2022-01-20', '2022-01-20', 'day'],
  ['2022/01/20', '2022-01-20', 'day'],
  ['2022-01-20T10:00:00Z', '2022-01-20', 'day'],
  ['2022-01-20T23:30:00-05:00', '2022-01-20', 'day'],
  ['Jan 20, 2022', '2022-01-20', 'day'],
  ['January 20 2022', '2022-01-20', 'day'],
  ['20 January 2022', '2022-01-20', 'day'],
  ['Thu, 20 Jan 2022 10:00:00 +0000', '2022-01-20', 'day'],
  ['01/20/2022', '2022-01-20', 'day'],
  ['20/01/2022', '2022-01-20', 'day'],
  ['January 2022', '2022-01', 'month'],
  ['2022-01', '2022-01', 'month'],
  ['2022', '2022', 'year'],
  ['20220230', null, null],
  ['2022-13-01', null, null],
  ['yesterday', null, null],
  ['', null, null],
  ['8,500', null, null],
];

for (const [input, date, precision] of NORMALIZE) {
  test(`normalizeDate(${JSON.stringify(input)})`, () => {
    const got = normalizeDate(input);
    assert.deepEqual(got ? [got.date, got.precision] : [null, null], [date, precision]);
  });
}

const URLS: [string, string | null, string | null][] = [
  ['https://www.cnn.com/2022/01/20/europe/ukraine-russia-talks/index.html', '2022-01-20', 'day'],
  ['https://www.aljazeera.com/news/2022/1/27/germany-puts-scientist-on-trial', '2022-01-27', 'day'],
  ['https://sputniknews.com/20211116/sweden-voices-support-1090761131.html', '2021-11-16', 'day'],
  ['http://en.people.cn/n3/2022/0225/c90000-9962849.html', '2022-02-25', 'day'],
  ['https://www.reuters.com/world/europe/nato-seeks-channels-2021-10-20/', '2021-10-20', 'day'],
  ['https://example.com/news/2022/01/some-story', '2022-01', 'month'],
  ['https://tass.com/politics/1350751', null, null],
  ['https://example.com/su-35-jets-8500-troops', null, null],
];

for (const [url, date, precision] of URLS) {
  test(`dateFromUrl(${url})`, () => {
    const got = dateFromUrl(url);
    assert.deepEqual(got ? [got.date, got.precision] : [null, null], [date, precision]);
  });
}

test('dateline: month and day, year when stated', () => {
  assert.deepEqual(dateline('KIEV, December 1. /TASS/. The Ukrainian army said'), { month: 12, day: 1, year: null });
  assert.deepEqual(dateline('WASHINGTON, Feb. 24 (Xinhua) -- The fund said'), { month: 2, day: 24, year: null });
  assert.deepEqual(dateline('SEATTLE, Nov. 12, 2021 (GLOBE NEWSWIRE) -- A studio opened'), { month: 11, day: 12, year: 2021 });
  assert.equal(dateline('The army said on December 1 that it had left.'), null);
});

const INFER: [string, Parameters<typeof inferPublished>[0], [string | null, string | null, string | null]][] = [
  ['metadata first', { metaDate: '20220120', url: 'https://x.com/2021/05/05/a', text: 'Body.' }, ['2022-01-20', 'day', 'metadata']],
  ['metadata RFC 2822', { metaDate: 'Thu, 20 Jan 2022 10:00:00 +0000', text: 'Body.' }, ['2022-01-20', 'day', 'metadata']],
  ['bad metadata falls through to the url', { metaDate: 'soon', url: 'https://x.com/2022/01/19/a', text: 'Body.' }, ['2022-01-19', 'day', 'url']],
  ['header line', { text: 'Talks in Geneva\n20220120\nhttps://example.com/a\nThe talks ended.' }, ['2022-01-20', 'day', 'header-line']],
  ['published line', { text: 'Published: Jan 20, 2022\nThe talks ended.' }, ['2022-01-20', 'day', 'header-line']],
  ['url', { url: 'https://www.cnn.com/2022/02/01/politics/call/', text: 'The call lasted an hour.' }, ['2022-02-01', 'day', 'url']],
  ['month url', { url: 'https://example.com/2022/01/talks', text: 'The talks ended.' }, ['2022-01', 'month', 'url']],
  ['month url and dateline', { url: 'https://example.com/2021/12/talks', text: 'KIEV, December 1. /TASS/. The army said.' }, ['2021-12-01', 'day', 'url+dateline']],
  ['dateline with a near date', { text: 'KIEV, December 1. /TASS/. The army said.', near: '2021-11-29' }, ['2021-12-01', 'day', 'dateline']],
  ['dateline across the new year', { text: 'MOSCOW, December 30. /TASS/. Talks ended.', near: '2022-01-02' }, ['2021-12-30', 'day', 'dateline']],
  ['dateline with its year', { text: 'SEATTLE, Nov. 12, 2021 (GLOBE NEWSWIRE) -- A studio opened.' }, ['2021-11-12', 'day', 'dateline']],
  ['a weekday and older years do not date a dateline', {
    text: 'KIEV, December 1. /TASS/. The army said on Wednesday that shelling had resumed. The war began in 2014.',
  }, [null, null, null]],
  ['dateline without a year stays undated', { text: 'KIEV, December 1. /TASS/. The war began in 2014, officials said in 2021.' }, [null, null, null]],
  ['a date in the opening', { text: 'This is a transcript of the evening show on January 19, 2022. Guests spoke.' }, ['2022-01-19', 'day', 'text']],
  ['photo caption dates are not publication dates', {
    text: 'Flags fly near a factory in Russia March 27, 2019. REUTERS/Someone/File Photo. Sanctions bite.',
  }, [null, null, null]],
  ['nothing to go on', { text: 'Russia has massed troops near the border, officials said on Wednesday.' }, [null, null, null]],
];

for (const [name, input, [date, precision, method]] of INFER) {
  test(`inferPublished: ${name}`, () => {
    const got = inferPublished(input);
    assert.deepEqual([got.date, got.precision, got.method], [date, precision, method]);
  });
}

test('inferPublished: a weekday in the text does not date a yearless dateline', () => {
  const got = inferPublished({ text: 'KIEV, December 1. /TASS/. The army said on Wednesday that shelling resumed in 2021.' });
  assert.deepEqual([got.date, got.method], [null, null]);
});
