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

/** Tags and roles removed even when they hold most of the text (a page that is only navigation has no article). */
const ALWAYS_DROP_TAGS = new Set(['NAV', 'FORM', 'BUTTON', 'DIALOG', 'MENU']);
const ALWAYS_DROP_ROLES = new Set(['navigation', 'menu', 'menubar', 'search', 'toolbar', 'dialog']);

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
  // Hover cards and pop-ups attached to links (a person's card, a glossary tooltip).
  'rollover', 'tooltip', 'popover', 'hovercard', 'flyout', 'dropdown',
]);

/**
 * Words that mark a content wrapper: an element with a class/id token ending in one of them
 * ("article-body", "story__content") is kept even when another token looks like furniture.
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
  const id = el.getAttribute?.('id') ?? el.getAttribute?.('data-furniture-id') ?? '';
  if (cls === '' && id === '') return false;
  if (cls.length + id.length > 500) return false;
  let strong = false;
  let weak = 0;
  for (const token of `${cls} ${id}`.split(/\s+/)) {
    const ws = words(token);
    // "article-body", "story__content": a token that ends in a content word names the content.
    if (ws.length > 0 && CONTENT_WORDS.has(ws[ws.length - 1]!)) return false;
    for (const w of ws) {
      if (!BOILERPLATE_WORDS.has(w)) continue;
      if (WEAK_WORDS.has(w)) weak++;
      else strong = true;
    }
  }
  return strong || weak >= 2;
}

interface Stats {
  /** Characters of text, whitespace runs counted as one. */
  len: number;
  /** Of which inside links. */
  link: number;
}

/**
 * Text and link-text length of every element under `root`, in one post-order pass (asking each
 * element for its textContent would be quadratic on deep pages).
 */
function computeStats(root: CleanNode): Map<CleanNode, Stats> {
  const stats = new Map<CleanNode, Stats>();
  type Frame = { n: CleanNode; exit: boolean; inLink: boolean };
  const stack: Frame[] = [{ n: root, exit: false, inLink: false }];
  const open: Stats[] = [];
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (f.exit) {
      const st = open.pop()!;
      stats.set(f.n, st);
      const parent = open[open.length - 1];
      if (parent) {
        parent.len += st.len;
        parent.link += st.link;
      }
      continue;
    }
    if (f.n.nodeType === 3) {
      const v = (f.n.textContent ?? '').replace(/\s+/g, ' ');
      const len = v === ' ' ? 0 : v.length;
      const parent = open[open.length - 1];
      if (parent) {
        parent.len += len;
        if (f.inLink) parent.link += len;
      }
      continue;
    }
    if (f.n.nodeType !== 1) continue;
    const inLink = f.inLink || f.n.nodeName.toUpperCase() === 'A';
    open.push({ len: 0, link: 0 });
    stack.push({ n: f.n, exit: true, inLink });
    const kids = f.n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i]!, exit: false, inLink });
  }
  return stats;
}

/** Pre-order walk over elements below `root`; `visit` returns true to skip (remove) the subtree. */
function walkElements(root: CleanNode, visit: (el: CleanNode) => boolean): void {
  const stack: CleanNode[] = [];
  const push = (n: CleanNode): void => {
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) if (kids[i]!.nodeType === 1) stack.push(kids[i]!);
  };
  push(root);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (!visit(el)) push(el);
  }
}

const STOCK_PHRASES =
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|related(?: articles?| stories| posts| content| coverage| news| reading)?|read more|see more|see also|more from|more on|more stories|recommended(?: for you)?|also read|read also|don'?t miss|most (?:popular|read|viewed|shared)|trending(?: now)?|latest news|top stories|what to read next|advertisement|sponsored(?: content)?|share this(?: article| story)?|follow us|sign up|subscribe|more (?:\w+ )?news)\b/i;

/** Stock phrases that are furniture only when they are the whole paragraph. */
const STOCK_WHOLE =
  /^(?:advert|ad|comments?|\d+ comments?|leave a (?:reply|comment)|post a comment|tell us what you think|show comments|add comment)\W{0,5}$/i;

/** A paragraph that is only unrendered CMS shortcodes: "[ad_1]", "[button link=…]Text[/button]". */
const SHORTCODE_ONLY = /^(?:\[\/?[a-z][\w-]*(?:\s[^\]\n]{0,300})?\][^\[\n]{0,200})+$/i;

export interface CleanOptions {
  /** Share of the content's text above which an element is never removed (default 0.4). */
  maxShare?: number;
}

/**
 * Removes furniture from a content subtree in place. Returns the number of elements removed.
 */
export function pruneContent(root: CleanNode, opts: CleanOptions = {}): number {
  const maxShare = opts.maxShare ?? 0.4;
  let stats = computeStats(root);
  const total = Math.max(1, stats.get(root)?.len ?? 0);
  const toRemove: CleanNode[] = [];
  walkElements(root, (el) => {
    const tag = (el.tagName ?? el.nodeName).toUpperCase();
    const share = (stats.get(el)?.len ?? 0) / total;
    const role = (el.getAttribute?.('role') ?? '').toLowerCase();
    // Navigation, forms and menus are never prose, whatever their size.
    if (ALWAYS_DROP_TAGS.has(tag) || ALWAYS_DROP_ROLES.has(role)) {
      toRemove.push(el);
      return true;
    }
    if (share > maxShare) return false;
    const hidden =
      el.getAttribute?.('hidden') != null ||
      (el.getAttribute?.('aria-hidden') ?? '') === 'true' ||
      /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute?.('style') ?? '');
    const byTag = DROP_TAGS.has(tag) || DROP_ROLES.has(role);
    if (byTag || hidden || looksLikeBoilerplate(el)) {
      toRemove.push(el);
      return true;
    }
    return false;
  });
  for (const el of toRemove) el.remove?.();
  let removed = toRemove.length;
  // Link-dense blocks: lists and paragraphs that are (almost) all link text are navigation or
  // "more stories" teasers, not prose.
  stats = computeStats(root);
  const linkDense: CleanNode[] = [];
  walkElements(root, (el) => {
    const tag = (el.tagName ?? el.nodeName).toUpperCase();
    if (!LINK_BLOCK_TAGS.has(tag)) return false;
    const st = stats.get(el);
    if (!st || st.len === 0 || st.len / total > maxShare) return false;
    const density = st.link / st.len;
    const isList = tag === 'UL' || tag === 'OL' || tag === 'DL';
    if ((isList && density > 0.6) || (!isList && density > 0.8 && st.len < 200)) {
      linkDense.push(el);
      return true;
    }
    return false;
  });
  for (const el of linkDense) el.remove?.();
  removed += linkDense.length;
  return removed;
}

const LINK_BLOCK_TAGS = new Set(['P', 'UL', 'OL', 'DIV', 'SECTION', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'DL']);

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'UL',
]);

interface MutableNode extends CleanNode {
  ownerDocument?: { createElement(tag: string): MutableNode } | null;
  appendChild?(n: MutableNode): void;
  firstChild?: MutableNode | null;
  setAttribute?(name: string, value: string): void;
}

/**
 * Readability rewrites a <div> holding only phrasing content into a new <p> and drops the div's
 * class and id, so furniture named by class ("newsletter-signup") would be unrecognisable after it.
 * Before Readability runs, the content of such elements is wrapped in a <span> carrying the same
 * class/id; the span survives the rewrite and `pruneContent` removes it afterwards. Scoring is not
 * affected (spans are not scored). Returns the number of wrapped elements.
 */
export function markPhrasingFurniture(root: CleanNode): number {
  const marked: MutableNode[] = [];
  walkElements(root, (el) => {
    if (!looksLikeBoilerplate(el)) return false;
    const kids = el.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.nodeType === 1 && BLOCKS.has(k.nodeName.toUpperCase())) return false;
    }
    marked.push(el as MutableNode);
    return true;
  });
  for (const el of marked) {
    const doc = el.ownerDocument;
    if (!doc || !el.appendChild) continue;
    const span = doc.createElement('span');
    span.setAttribute?.('class', el.getAttribute?.('class') ?? '');
    const id = el.getAttribute?.('id');
    if (id) span.setAttribute?.('data-furniture-id', id);
    while (el.firstChild) span.appendChild!(el.firstChild);
    el.appendChild(span);
  }
  return marked.length;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\s*(?:am|pm)?\b/i;
const DATE_LEAD = /^(?:published|updated|posted|last updated|modified|created|date|publicado|atualizado|veröffentlicht|aktualisiert)\b/i;
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
 * - stock "related/read more/share/comments" phrases standing alone as a short paragraph;
 * - paragraphs that are only unrendered CMS shortcodes ("[ad_1]", "[button …]…[/button]").
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
    const t = p.trim();
    if (t.length < 80 && STOCK_PHRASES.test(t) && !/[.!?]$/.test(t)) continue;
    if (t.length < 40 && STOCK_WHOLE.test(t)) continue;
    if (t.length < 600 && t.startsWith('[') && SHORTCODE_ONLY.test(t)) continue;
    kept.push(p);
  }
  return kept;
}
