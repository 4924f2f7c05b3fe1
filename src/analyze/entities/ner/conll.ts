/**
 * Reader for CoNLL-2003 style files (one token a line: word POS chunk NER; blank line between
 * sentences; `-DOCSTART-` between documents). NER tags may be IOB1 or IOB2; spans are decoded
 * the same way for both. Only the word and NER columns are kept: POS and chunk tags are not
 * available on real articles, so the recogniser never sees them.
 */
import { readFileSync } from 'node:fs';

export interface ConllSpan {
  start: number;
  /** Exclusive token index. */
  end: number;
  /** CoNLL type: PER, LOC, ORG, MISC. */
  type: string;
}

export interface ConllSentence {
  words: string[];
  spans: ConllSpan[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Spans from IOB1 or IOB2 tags (a span starts at B-X, or at I-X after anything but X). */
export function spansFromIob(tags: readonly string[]): ConllSpan[] {
  const spans: ConllSpan[] = [];
  let cur: ConllSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === 'O' || tag.length < 3) {
      if (cur) spans.push(cur);
      cur = null;
      continue;
    }
    const prefix = tag[0];
    const type = tag.slice(2);
    if (cur && cur.type === type && prefix === 'I') {
      cur.end = i + 1;
      continue;
    }
    if (cur) spans.push(cur);
    cur = { start: i, end: i + 1, type };
  }
  if (cur) spans.push(cur);
  return spans;
}

export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0) doc.sentences.push({ words, spans: spansFromIob(tags) });
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      if (doc.sentences.length > 0) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  if (doc.sentences.length > 0) docs.push(doc);
  return docs;
}

export function readConll(path: string | URL): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}
