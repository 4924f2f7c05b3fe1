/**
 * Boilerplate removal around and inside the main content. Every rule is generic (tag names, ARIA
 * roles, class/id vocabulary shared by most publishing systems, link density, short stock phrases);
 * none names a site. Each rule has a reason next to it.
 *
 * Safeguard for all element-removal rules: an element that holds a large share of the content's
 * text is never removed, so a wrongly named wrapper ("article-meta-body") cannot empty the article.
 */

export interface CleanNode {
  nodeType: number;
  nodeName: string;
  tagName?: string;
  textContent: string | null;
  parentNode: CleanNode | null;
  childNodes: ArrayLike<CleanNode>;
  children?: ArrayLike<CleanNode>;
  getAttribute?(name: string): string | null;
  remove?(): void;
  querySelectorAll?(sel: string): ArrayLike<CleanNode>;
}

/** Tags that are not article prose wherever they appear in the content. */
const DROP_TAGS = new Set([
  // Images and their captions/credits: the text of a caption is not the story (product brief: captions are junk).
  'FIGURE', 'FIGCAPTION',
  // Site navigation, sidebars, page/section footers, forms and buttons.
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'DIALOG', 'MENU',
  // Article headers hold the headline, kicker, byline and date — metadata, read separately from meta tags.
  'HEADER',
]);

/** ARIA landmark roles that are never the article body. */
const DROP_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'dialog', 'alert', 'search', 'toolbar', 'tablist']);

/**
 * Class/id vocabulary of page furniture. Matched against each class token and the id, split into
 * words on "-", "_" and case changes, so "article__share-bar" matches "share" but "shareholder"
 * does not.
 */
const BOILERPLATE_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'byline', 'bylines', 'dateline', 'timestamp', 'published', 'updated',
  'share', 'sharing', 'sharebar', 'social', 'sociallinks', 'related', 'recommended', 'recommendations', 'recirc',
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'promo', 'promotion', 'advert', 'advertisement',
  'ad', 'ads', 'adslot', 'sponsor', 'sponsored', 'tags', 'tag', 'taglist', 'breadcrumb', 'breadcrumbs', 'comments',
  'comment', 'disqus', 'popular', 'trending', 'mostread', 'outbrain', 'taboola', 'toolbar', 'tools', 'print',
  'pagination', 'pager', 'cookie', 'cookies', 'consent', 'modal', 'overlay', 'popup', 'sidebar', 'widget', 'widgets',
  'follow', 'author', 'authors', 'bio', 'gallery', 'slideshow', 'carousel', 'video', 'player', 'embed', 'hidden',
  'visually', 'sronly', 'srOnly', 'screenreader', 'offscreen', 'skip', 'jump', 'toc', 'nav', 'navigation', 'menu',
  'footer', 'header', 'masthead', 'banner', 'teaser', 'teasers', 'more', 'readmore', 'also', 'next', 'prev', 'previous',
  'inline', 'cta', 'paywall', 'meta', 'metadata', 'date', 'time', 'photo', 'image', 'img', 'media', 'icon', 'logo',
  'rating', 'reactions', 'likes', 'email', 'rss', 'feedback', 'disclaimer', 'copyright', 'legal',
]);

/**
 * Words that mark a content wrapper; an element carrying one of them is kept even when another
 * token looks like furniture ("article-body media").
 */
const CONTENT_WORDS = new Set(['body', 'content', 'text', 'story', 'article', 'entry', 'post', 'main', 'prose', 'richtext']);

/** Words that, alone, are too weak to remove a block (they also name content wrappers). */
const WEAK_WORDS = new Set(['hidden', 'inline', 'media', 'image', 'img', 'photo', 'time', 'date', 'meta', 'more', 'also', 'next', 'tools', 'header', 'video', 'embed', 'player', 'icon', 'tag']);

function words(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Whether an element's class/id names page furniture. */
export function looksLikeBoilerplate(el: CleanNode): boolean {
  const cls = el.getAttribute?.('class') ?? '';
  const id = el.getAttribute?.('id') ?? '';
  if (cls === '' && id === '') return false;
  if (cls.length + id.length > 500) return false;
  let strong = false;
  let weak = 0;
  for (const token of `${cls} ${id}`.split(/\s+/)) {
    const ws = words(token);
    if (ws.some((w) => CONTENT_WORDS.has(w))) return false;
    for (const w of ws) {
      if (!BOILERPLATE_WORDS.has(w)) continue;
      if (WEAK_WORDS.has(w)) weak++;
      else strong = true;
    }
  }
  return strong || weak >= 2;
}

function textLen(n: CleanNode): number {
  return (n.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkTextLen(n: CleanNode): number {
  let len = 0;
  const links = n.querySelectorAll?.('a') ?? [];
  for (let i = 0; i < links.length; i++) len += textLen(links[i]!);
  return len;
}

function elements(root: CleanNode): CleanNode[] {
  const out: CleanNode[] = [];
  const all = root.querySelectorAll?.('*') ?? [];
  for (let i = 0; i < all.length; i++) out.push(all[i]!);
  return out;
}

function detached(n: CleanNode, root: CleanNode): boolean {
  for (let p: CleanNode | null = n; p; p = p.parentNode) if (p === root) return false;
  return true;
}

const STOCK_PHRASES =
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|related(?: articles?| stories| posts| content| coverage| news| reading)?|read more|see more|see also|more from|more on|more stories|recommended(?: for you)?|also read|read also|don'?t miss|most (?:popular|read|viewed|shared)|trending(?: now)?|latest news|top stories|what to read next|advertisement|sponsored(?: content)?|share this(?: article| story)?|follow us|sign up|subscribe|more (?:\w+ )?news)\b/i;

export interface CleanOptions {
  /** Share of the content's text above which an element is never removed (default 0.4). */
  maxShare?: number;
}

/**
 * Removes furniture from a content subtree in place. Returns the number of elements removed.
 */
export function pruneContent(root: CleanNode, opts: CleanOptions = {}): number {
  const maxShare = opts.maxShare ?? 0.4;
  const total = Math.max(1, textLen(root));
  let removed = 0;
  const drop = (el: CleanNode): void => {
    el.remove?.();
    removed++;
  };
  for (const el of elements(root)) {
    if (el === root || detached(el, root)) continue;
    const tag = (el.tagName ?? el.nodeName).toUpperCase();
    const role = (el.getAttribute?.('role') ?? '').toLowerCase();
    const hidden =
      el.getAttribute?.('hidden') != null ||
      (el.getAttribute?.('aria-hidden') ?? '') === 'true' ||
      /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute?.('style') ?? '');
    const share = textLen(el) / total;
    if (share > maxShare) continue;
    if (DROP_TAGS.has(tag) || DROP_ROLES.has(role) || hidden || looksLikeBoilerplate(el)) {
      drop(el);
      continue;
    }
  }
  // Link-dense blocks: lists and paragraphs that are (almost) all link text are navigation or
  // "more stories" teasers, not prose.
  for (const el of elements(root)) {
    if (el === root || detached(el, root)) continue;
    const tag = (el.tagName ?? el.nodeName).toUpperCase();
    if (!['P', 'UL', 'OL', 'DIV', 'SECTION', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'DL'].includes(tag)) continue;
    const len = textLen(el);
    if (len === 0 || len / total > maxShare) continue;
    const density = linkTextLen(el) / len;
    const isList = tag === 'UL' || tag === 'OL' || tag === 'DL';
    if ((isList && density > 0.6) || (!isList && density > 0.8 && len < 200)) drop(el);
  }
  return removed;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\s*(?:am|pm)?\b/i;
const DATE_LEAD = /^(?:published|updated|posted|last updated|modified|created|date|am|on|le|el|publicado|atualizado|veröffentlicht|aktualisiert)\b/i;
const BYLINE = /^(?:by|from|written by|words by|par|por|von|di|door|av|af)\s+\p{Lu}/iu;

/** A short line that states a date/time, a byline or a photo credit rather than prose. */
export function isMetaLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0) return true;
  if (t.length > 120) return false;
  const wordsN = t.split(/\s+/).length;
  if (wordsN <= 14 && DATE_WORDS.test(t) && (DATE_LEAD.test(t) || !/[.!?]["”’)]?$/.test(t))) return true;
  if (wordsN <= 8 && BYLINE.test(t) && !/[.!?]$/.test(t)) return true;
  if (wordsN <= 12 && /^(?:photo|image|picture|credit|source|foto|bild)s?\s*(?::|by\b)/i.test(t)) return true;
  if (/^image \d+ of \d+$/i.test(t)) return true;
  return false;
}

/**
 * Paragraph-level filters on the extracted text:
 * - the headline repeated as the first paragraph (it is metadata, kept in `title`);
 * - leading/trailing short lines that are dates, bylines or credits;
 * - stock "related/read more/share" phrases standing alone as a short paragraph, and when such a
 *   phrase heads the tail of the text, the short lines after it.
 */
export function filterParagraphs(paragraphs: string[], title: string | null): string[] {
  const t = title ? norm(title) : '';
  let out = paragraphs.filter((p, i) => !(i < 3 && t !== '' && norm(p) === t));
  // Lines inside paragraphs: drop meta lines at the edges of the text (top 3 and bottom 3 paragraphs).
  out = out
    .map((p, i) => {
      if (i >= 3 && i < out.length - 3) return p;
      const lines = p.split('\n');
      // A longer run of dated lines is content (a schedule, a timeline), not a dateline.
      if (lines.length > 3) return p;
      return lines
        .filter((l) => !isMetaLine(l))
        .join('\n');
    })
    .filter((p) => p.trim() !== '');
  const kept: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    if (p.length < 80 && STOCK_PHRASES.test(p.trim()) && !/[.!?]$/.test(p.trim())) {
      continue;
    }
    kept.push(p);
  }
  return kept;
}
