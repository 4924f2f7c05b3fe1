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
import { filterParagraphs, markPhrasingFurniture, pruneContent } from './clean.js';
import { limitNesting } from './guard.js';

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
  /** Wrap furniture content so its class survives Readability's div rewrite (clean.ts). */
  mark: boolean;
  /** Remove furniture from Readability's result (clean.ts `pruneContent`). */
  prune: boolean;
  /** Paragraph filters: repeated headline, datelines, bylines, stock phrases (clean.ts `filterParagraphs`). */
  filter: boolean;
}
export const DEFAULT_TUNING: ExtractTuning = { mark: true, prune: true, filter: true };

export type HtmlResult = { article: HtmlArticle } | { error: string };

type AnyDoc = Parameters<typeof extractMeta>[0] & Document;

function parse(html: string): AnyDoc {
  // linkedom parses fragments without <html> into a bare tree; wrap them so documentElement exists.
  const src = /<html[\s>]/i.test(html.slice(0, 65536)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(src).document as unknown as AnyDoc;
}

/**
 * Above this many elements (after scripts and styles are gone) Readability's repeated passes get
 * slow (seconds per 10k elements); such pages go to `densestBlock`, which is linear. Article pages
 * in the extraction benchmark have at most ~1,600 elements.
 */
export const MAX_READABILITY_ELEMENTS = 20_000;

/** Elements whose content never becomes text; removed before any scoring. */
const NON_TEXT = 'script, style, noscript, template, svg, math, iframe, object, embed, canvas';

/**
 * Linear fallback for enormous pages, Readability's scoring reduced to its core: each paragraph's
 * text counts fully for its parent and half for its grandparent; the best-scoring element wins.
 */
function densestBlock(doc: Document): Element | null {
  const score = new Map<Element, number>();
  const ps = doc.querySelectorAll('p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const parent = p.parentElement;
    if (!parent) continue;
    const len = (p.textContent ?? '').length;
    if (len < 25) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return best ?? doc.body;
}

function contentRoot(doc: Document): Node | null {
  const els = doc.querySelectorAll(NON_TEXT);
  for (let i = els.length - 1; i >= 0; i--) els[i]!.remove();
  if (doc.querySelectorAll('*').length > MAX_READABILITY_ELEMENTS) return densestBlock(doc);
  const reader = new Readability<Node>(doc, { serializer: (n: Node) => n, keepClasses: true });
  const res = reader.parse();
  return res?.content ?? null;
}

function readabilityText(doc: Document, title: string | null, tuning: ExtractTuning): string {
  if (tuning.mark && tuning.prune && doc.body) markPhrasingFurniture(doc.body as never);
  const content = contentRoot(doc);
  if (!content) return '';
  const root = content as never;
  if (tuning.prune) pruneContent(root);
  const text = nodeToText(root);
  if (!tuning.filter) return text;
  return filterParagraphs(text.split('\n\n'), title).join('\n\n');
}

/** JSON-LD `articleBody` as text: markup inside it (some sites put HTML there) is parsed as HTML. */
function jsonLdText(body: string): string {
  if (!/[<&]/.test(body)) {
    return body
      .split(/\n\s*\n|\r\n\s*\r\n/)
      .map((p) => p.replace(/[\s\u00a0]+/g, ' ').trim())
      .filter((p) => p !== '')
      .join('\n\n');
  }
  const doc = parse(limitNesting(body).html) as Document;
  const els = doc.querySelectorAll(NON_TEXT);
  for (let i = els.length - 1; i >= 0; i--) els[i]!.remove();
  return doc.body ? nodeToText(doc.body as never) : '';
}

/** Like `extractHtml`, but says why nothing came out. Never throws. */
export function extractHtmlOrError(html: string, opts: HtmlOptions = {}, tuning: ExtractTuning = DEFAULT_TUNING): HtmlResult {
  try {
    if (typeof html !== 'string') return { error: 'HTML input is not a string' };
    const doc = parse(limitNesting(html).html);
    const meta = extractMeta(doc, opts.url ?? null);
    let text = readabilityText(doc, meta.title, tuning);
    // Pages that render their body with scripts often still state it in JSON-LD `articleBody`.
    // Only a fallback: where both exist, the page text is at least as good (measured on the
    // extraction benchmark, where JSON-LD bodies are often teasers or lack paragraph breaks).
    if (text.trim() === '' && meta.jsonLdBody) text = jsonLdText(meta.jsonLdBody);
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
