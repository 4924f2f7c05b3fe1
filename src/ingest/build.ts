/**
 * One input item to one Doc: HTML to text, cleaning (junk out, credit, header lines, NFC,
 * paragraphs), metadata merged from the record, the header lines and the page, and the
 * publication date inferred with its method and precision.
 */
import { inferPublished } from '../analyze/times/pubdate.js';
import { cleanText } from '../clean/index.js';
import { detectLanguage } from '../clean/language.js';
import { OffsetMap } from '../doc/offsets.js';
import type { Doc, Message, RawMeta } from '../doc/types.js';
import { extractHtmlOrError } from './html/index.js';
import type { InputItem } from './readers.js';
import { contentHash, inputKey, stableId } from './identity.js';

export { contentHash, inputKey, stableId };

export interface BuildOptions {
  /** Take the text exactly as given: no junk removal, no normalisation (offsets index the input). */
  clean: boolean;
  /** Use the record's `id` field as the document id (analyze); ingest ids come from the input's place. */
  useCallerId: boolean;
}

export type BuildResult = { doc: Doc; contentHash: string } | { error: string };

/** Outlet name from a URL: the host without `www.`/`m.`/`amp.`. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^(www\d?|m|amp|mobile|edition)\./, '') || null;
  } catch {
    return null;
  }
}

function cleanMetaString(s: string | null | undefined, max = 1000): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t.slice(0, max);
}

export function buildDoc(item: InputItem, opts: BuildOptions): BuildResult {
  const messages: Message[] = item.warnings.map((w) => ({ level: 'warning', reason: w, rule: 'ingest/decode' }));
  let body = item.body;
  const meta: RawMeta = { ...item.meta };
  let htmlMeta: { title: string | null; date: string | null; url: string | null; outlet: string | null; language: string | null } | null =
    null;
  if (item.format === 'html') {
    const r = extractHtmlOrError(body, { url: meta.url ?? null });
    if ('error' in r) return { error: r.error };
    body = r.article.text;
    htmlMeta = r.article;
  }
  if (body.trim() === '') return { error: 'no text' };

  let text: string;
  let offsets: Doc['offsets'];
  let removed: Doc['removed'] = [];
  let credit: string | null = null;
  let header: { title: string | null; date: string | null; url: string | null } = { title: null, date: null, url: null };
  let language: string | null = null;
  if (opts.clean) {
    const c = cleanText(body, { title: meta.title ?? htmlMeta?.title ?? null, url: meta.url ?? htmlMeta?.url ?? null });
    text = c.text;
    offsets = c.offsets;
    removed = c.removed;
    credit = c.credit;
    header = c.header;
    language = c.language;
    messages.push(...c.warnings);
    if (text.trim() === '') {
      if (item.format === 'html') return { error: 'HTML with no article text (only navigation or junk)' };
      // Everything looked like junk (a photo gallery is all captions): keep the text as given rather
      // than lose the article, and say so.
      text = body;
      offsets = OffsetMap.identity(body.length);
      removed = [];
      messages.push({ level: 'warning', reason: 'all text looked like junk (captions, credits); kept uncleaned', rule: 'clean/all-junk' });
    }
  } else {
    text = body;
    offsets = OffsetMap.identity(body.length);
    language = detectLanguage(body);
  }

  const url = cleanMetaString(meta.url) ?? cleanMetaString(header.url) ?? cleanMetaString(htmlMeta?.url);
  const title = cleanMetaString(meta.title) ?? cleanMetaString(header.title) ?? cleanMetaString(htmlMeta?.title);
  const outlet = cleanMetaString(meta.outlet, 200) ?? cleanMetaString(htmlMeta?.outlet, 200) ?? outletFromUrl(url);
  const published = inferPublished({
    metaDate: cleanMetaString(meta.date) ?? cleanMetaString(htmlMeta?.date),
    headerDate: header.date,
    url,
    text,
    title,
  });
  const key = inputKey(item);
  const id = opts.useCallerId && meta.id ? String(meta.id) : stableId(key);
  const doc: Doc = {
    id,
    input: { path: item.path, record: item.record },
    raw: body,
    text,
    offsets,
    meta: {
      title,
      url,
      outlet,
      credit,
      published,
      language: cleanMetaString(meta.language, 20)?.toLowerCase() ?? htmlMeta?.language ?? language,
    },
    removed,
    layers: {},
    messages,
  };
  return { doc, contentHash: contentHash(item) };
}
