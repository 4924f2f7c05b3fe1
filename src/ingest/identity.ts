/** Stable ids and change detection for inputs (light: the main thread of ingest uses it alone). */
import { createHash } from 'node:crypto';
import type { InputItem } from './readers.js';

export function inputKey(item: Pick<InputItem, 'realPath' | 'record'>): string {
  return `${item.realPath}#${item.record ?? ''}`;
}

export function stableId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function contentHash(item: Pick<InputItem, 'body' | 'meta' | 'path'>): string {
  return createHash('sha256')
    .update(item.body)
    .update('\u0000')
    .update(JSON.stringify(item.meta))
    .digest('hex')
    .slice(0, 32);
}

