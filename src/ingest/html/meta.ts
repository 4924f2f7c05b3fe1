/**
 * Page metadata from meta tags, JSON-LD and a few elements. Every field is null when the page does
 * not state it; nothing is guessed except the outlet, which falls back to the URL's host name.
 */
import { cleanInline } from './text.js';

export interface PageMeta {
  title: string | null;
  date: string | null;
  url: string | null;
  outlet: string | null;
  language: string | null;
  byline: string | null;
  /** `articleBody` of a JSON-LD article object, when the page has one. */
  jsonLdBody: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Minimal DOM surface used here (linkedom documents provide it). */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelectorAll(sel: string): ArrayLike<El>;
  querySelector(sel: string): El | null;
  documentElement: El | null;
}

const MAX_JSONLD_CHARS = 2_000_000;

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|NewsArticle|Report|LiveBlogPosting|WebPage|SocialMediaPosting|Posting)$/i;

function types(o: { [k: string]: Json }): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** All JSON-LD objects of the page, flattened through arrays and `@graph`. */
export function jsonLdObjects(doc: Doc): { [k: string]: Json }[] {
  const out: { [k: string]: Json }[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > MAX_JSONLD_CHARS) continue;
    let data: Json;
    try {
      // Some sites wrap JSON-LD in HTML comments or CDATA.
      data = JSON.parse(raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [data];
    while (queue.length > 0 && out.length < 200) {
      const x = queue.shift()!;
      if (Array.isArray(x)) queue.push(...x);
      else if (x && typeof x === 'object') {
        out.push(x);
        const g = x['@graph'];
        if (g) queue.push(g);
      }
    }
  }
  return out;
}

function str(x: Json | undefined): string | null {
  if (typeof x === 'string') return cleanInline(x);
  if (Array.isArray(x)) return str(x[0]);
  if (x && typeof x === 'object') return str(x['name'] ?? x['@value']);
  return null;
}

function names(x: Json | undefined): string[] {
  if (x == null) return [];
  if (Array.isArray(x)) return x.flatMap(names);
  const s = str(x);
  return s ? [s] : [];
}

function metaContent(doc: Doc, keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const els = doc.querySelectorAll(`meta[${attr}]`);
      for (let i = 0; i < els.length; i++) {
        const el = els[i]!;
        if ((el.getAttribute(attr) ?? '').toLowerCase() === key) {
          const v = cleanInline(el.getAttribute('content'));
          if (v) return v;
        }
      }
    }
  }
  return null;
}

/** "Headline | Site" → "Headline" when the remainder still looks like a headline. */
export function stripTitleSuffix(title: string, siteName: string | null): string {
  const seps = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » '];
  let best = title;
  for (const sep of seps) {
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    const head = title.slice(0, i).trim();
    const tail = title.slice(i + sep.length).trim();
    const tailIsSite = siteName != null && tail.toLowerCase() === siteName.toLowerCase();
    // A short tail (a site name) after a head of at least three words.
    if (tailIsSite || (head.split(/\s+/).length >= 3 && tail.split(/\s+/).length <= 4)) {
      if (head.length < best.length) best = head;
    }
  }
  return best;
}

/** ISO-8601 date or date-time as given ("2021-12-07", "2021-12-07T10:00:00Z"); other forms via Date.parse. */
export function normaliseDate(s: string | null): string | null {
  if (!s) return null;
  const t = s.trim();
  const m = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(t);
  if (m) {
    // Placeholder dates ("0001-01-01T00:00:00Z" from empty CMS fields) are no date.
    const y = Number(m[0].slice(0, 4));
    return y >= 1900 && y <= 2200 ? m[0].replace(' ', 'T') : null;
  }
  if (/^(?:19|20|21)\d{6}$/.test(t)) return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
  if (t.length > 64) return null;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  const y = new Date(ms).getUTCFullYear();
  if (y < 1900 || y > 2200) return null;
  return new Date(ms).toISOString();
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname.toLowerCase();
    return h === '' ? null : h.replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

function absoluteUrl(s: string | null, base: string | null): string | null {
  if (!s) return null;
  try {
    const u = base ? new URL(s, base) : new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function extractMeta(doc: Doc, givenUrl: string | null): PageMeta {
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage') && (o['headline'] || o['articleBody']))
    ?? ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));

  // URL
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url =
    absoluteUrl(metaContent(doc, ['og:url']), givenUrl) ??
    absoluteUrl(canonical, givenUrl) ??
    absoluteUrl(givenUrl, null);

  // Outlet
  const publisher = article ? str(article['publisher']) : null;
  // "Site | tagline": the site name is the part before the separator.
  const siteName = metaContent(doc, ['og:site_name', 'application-name'])?.split(/\s+[|–—]\s+|\s+-\s+/)[0]?.trim() || null;
  const outlet = siteName ?? publisher ?? hostOf(url) ?? hostOf(givenUrl);

  // Title
  let title = metaContent(doc, ['og:title', 'twitter:title']) ?? (article ? str(article['headline']) : null);
  if (!title) {
    const t = cleanInline(doc.querySelector('title')?.textContent ?? null);
    title = t ? stripTitleSuffix(t, outlet) : null;
  } else {
    title = stripTitleSuffix(title, outlet);
  }

  // Date
  let date =
    normaliseDate(metaContent(doc, ['article:published_time', 'og:published_time'])) ??
    normaliseDate(article ? str(article['datePublished']) : null) ??
    normaliseDate(metaContent(doc, [
      'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued',
      'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
    ]));
  if (!date) {
    const time = doc.querySelector('time[datetime]');
    date = normaliseDate(time?.getAttribute('datetime') ?? null);
  }

  // Language: primary subtag, lowercased ("en-US" → "en").
  const rawLang =
    doc.documentElement?.getAttribute('lang') ??
    doc.documentElement?.getAttribute('xml:lang') ??
    metaContent(doc, ['og:locale', 'language', 'content-language']) ??
    (article ? str(article['inLanguage']) : null);
  const langMatch = rawLang ? /^\s*([A-Za-z]{2,3})(?:[-_]|\s*$)/.exec(rawLang) : null;
  const language = langMatch ? langMatch[1]!.toLowerCase() : null;

  // Byline
  const authorNames = article ? names(article['author']) : [];
  const metaAuthor = metaContent(doc, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']);
  const byline =
    (authorNames.length > 0 ? authorNames.join(', ') : null) ??
    (metaAuthor && !/^https?:\/\//i.test(metaAuthor) ? metaAuthor : null);

  const body = article && typeof article['articleBody'] === 'string' ? article['articleBody'] : null;

  return { title, date, url, outlet, language, byline, jsonLdBody: body };
}
