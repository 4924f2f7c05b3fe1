/**
 * DOM subtree → plain text with paragraphs.
 *
 * Block elements start and end a paragraph; paragraphs are separated by "\n\n". `<br>` is a line
 * break inside a paragraph; list items and table rows are lines of their list/table paragraph;
 * headings are paragraphs of their own. Whitespace inside a line is collapsed to one space.
 * `<pre>` keeps its line breaks. Scripts, styles, templates and other non-text elements never
 * contribute text.
 */

/** Elements whose content is never text. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS',
  'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'MATH',
  'AUDIO', 'VIDEO', 'SOURCE', 'PICTURE', 'IMG', 'MAP',
]);

/** Elements that make a paragraph. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT',
  'FIGURE', 'FIGCAPTION', 'FORM', 'FIELDSET', 'ADDRESS', 'HR', 'PRE', 'CENTER', 'DETAILS',
  'SUMMARY', 'BODY', 'HTML', 'CAPTION', 'HGROUP', 'DIALOG', 'MENU',
]);

/** Elements that are a line inside the surrounding paragraph. */
const LINE_TAGS = new Set(['LI', 'TR', 'DT', 'DD', 'OPTGROUP']);

const CELL_TAGS = new Set(['TD', 'TH']);

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<MinimalNode>;
}

class Builder {
  paragraphs: string[] = [];
  lines: string[] = [];
  line = '';
  /** Forces a break before the next text even if nothing was written yet. */
  private pendingSpace = false;

  text(s: string, pre: boolean): void {
    if (pre) {
      const parts = s.split('\n');
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) this.newline();
        this.appendRaw(parts[i]!.replace(/[ \t\f\r\u00a0]+/g, ' '));
      }
      return;
    }
    // Collapse all whitespace (including NBSP) to single spaces.
    const collapsed = s.replace(/[\s\u00a0\u200b]+/g, ' ');
    this.appendRaw(collapsed);
  }

  private appendRaw(s: string): void {
    if (s === '') return;
    if (s.startsWith(' ')) {
      this.pendingSpace = true;
      s = s.slice(1);
    }
    if (s === '') return;
    if (this.pendingSpace && this.line !== '') this.line += ' ';
    this.pendingSpace = false;
    let trailing = false;
    if (s.endsWith(' ')) {
      trailing = true;
      s = s.slice(0, -1);
    }
    this.line += s;
    if (trailing) this.pendingSpace = true;
  }

  space(): void {
    this.pendingSpace = true;
  }

  newline(): void {
    const l = this.line.trim();
    if (l !== '') this.lines.push(l);
    this.line = '';
    this.pendingSpace = false;
  }

  paragraph(): void {
    this.newline();
    if (this.lines.length > 0) this.paragraphs.push(this.lines.join('\n'));
    this.lines = [];
  }

  result(): string {
    this.paragraph();
    return this.paragraphs.join('\n\n');
  }
}

export interface TextOptions {
  /** Return true to leave an element (and its subtree) out. */
  skip?: (el: MinimalNode) => boolean;
}

/** Text of a DOM node as paragraphs separated by "\n\n" (see module comment). */
export function nodeToText(root: MinimalNode, opts: TextOptions = {}): string {
  const b = new Builder();
  // Iterative walk: deep nesting in hostile markup must not overflow the stack.
  type Frame = { node: MinimalNode; exit: boolean; pre: boolean };
  const stack: Frame[] = [{ node: root, exit: false, pre: false }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    const n = f.node;
    if (n.nodeType === 3) {
      b.text(n.nodeValue ?? '', f.pre);
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const tag = n.nodeName.toUpperCase();
    if (f.exit) {
      if (BLOCK_TAGS.has(tag)) b.paragraph();
      else if (LINE_TAGS.has(tag)) b.newline();
      else if (CELL_TAGS.has(tag)) b.space();
      continue;
    }
    if (SKIP_TAGS.has(tag)) continue;
    if (opts.skip && n.nodeType === 1 && opts.skip(n)) continue;
    if (tag === 'BR') {
      b.newline();
      continue;
    }
    if (BLOCK_TAGS.has(tag)) b.paragraph();
    else if (LINE_TAGS.has(tag)) b.newline();
    else if (CELL_TAGS.has(tag)) b.space();
    const pre = f.pre || tag === 'PRE' || tag === 'TEXTAREA';
    stack.push({ node: n, exit: true, pre });
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false, pre });
  }
  return b.result();
}

/** Collapses whitespace of a short string (titles, names). */
export function cleanInline(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = s.replace(/[\s\u00a0]+/g, ' ').trim();
  return t === '' ? null : t;
}
