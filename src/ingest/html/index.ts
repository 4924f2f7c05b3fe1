/**
 * Article text and metadata from one HTML page.
 *
 * `extractHtml(html, {url})` parses with linkedom, reads the metadata (meta.ts), runs
 * Mozilla Readability for the main content and turns it into paragraphs (text.ts).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractMeta } from './meta.js';
import { nodeToText } from './text.js';
import { filterParagraphs, pruneContent } from './clean.js';

export interface HtmlArticle {
  title: string | null;
  /** Clean body text, paragraphs separated by "\n\n". */
  text: string;
  /** ISO 8601 date or date-time as stated by the page, or null. */
  date: string | null;
  url: string | null;
  outlet: string | null;
  /** Primary language subtag, lowercased ("en"), or null. */
  language: string | null;
  byline: string | null;
}

export interface HtmlOptions {
  /** Where the page came from, when known; used to resolve relative URLs and as a fallback URL/outlet. */
  url?: string | null;
}

/** Switches for the extraction heuristics (all on by default); the benchmark uses them to measure each one. */
export interface ExtractTuning {
  prune: boolean;
  prePrune: boolean;
  filter: boolean;
}
export const DEFAULT_TUNING: ExtractTuning = { prune: true, prePrune: false, filter: true };

export type HtmlResult = { article: HtmlArticle } | { error: string };

type AnyDoc = Parameters<typeof extractMeta>[0] & Document;

function parse(html: string): AnyDoc {
  // linkedom parses fragments without <html> into a bare tree; wrap them so documentElement exists.
  const src = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(src).document as unknown as AnyDoc;
}

function readabilityText(doc: Document, title: string | null, tuning: ExtractTuning): string {
  if (tuning.prePrune && doc.body) pruneContent(doc.body as never, { maxShare: 0.25 });
  const reader = new Readability<Node>(doc, { serializer: (n: Node) => n, keepClasses: true });
  const res = reader.parse();
  if (!res || !res.content) return '';
  const root = res.content as never;
  if (tuning.prune) pruneContent(root);
  const text = nodeToText(root);
  if (!tuning.filter) return text;
  return filterParagraphs(text.split('\n\n'), title).join('\n\n');
}

/** Like `extractHtml`, but says why nothing came out. Never throws. */
export function extractHtmlOrError(html: string, opts: HtmlOptions = {}, tuning: ExtractTuning = DEFAULT_TUNING): HtmlResult {
  try {
    if (typeof html !== 'string') return { error: 'HTML input is not a string' };
    const doc = parse(html);
    const meta = extractMeta(doc, opts.url ?? null);
    const text = readabilityText(doc, meta.title, tuning);
    if (text.trim() === '') return { error: 'HTML with no article text' };
    return {
      article: {
        title: meta.title,
        text,
        date: meta.date,
        url: meta.url,
        outlet: meta.outlet,
        language: meta.language,
        byline: meta.byline,
      },
    };
  } catch (e) {
    return { error: `HTML could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Article of an HTML page, or null when the page has no article text (or cannot be read). */
export function extractHtml(html: string, opts: HtmlOptions = {}, tuning: ExtractTuning = DEFAULT_TUNING): HtmlArticle | null {
  const r = extractHtmlOrError(html, opts, tuning);
  return 'article' in r ? r.article : null;
}
