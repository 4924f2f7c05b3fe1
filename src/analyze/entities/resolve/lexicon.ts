/**
 * The lexicons of entity resolution, read from the data files beside this module:
 * `titles.json` (honorifics, roles, role groups, nominal heads), `places.json` (demonyms → country,
 * institutions that stand before a role) and `credits.json` (agencies, credit and byline markers,
 * month and weekday names).
 */
import titles from './titles.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };
import credits from './credits.json' with { type: 'json' };

export interface Lexicon {
  /** Lower-cased honorifics ("mr.", "mrs"). */
  honorifics: Set<string>;
  /** Lower-cased roles, each as its words. */
  roles: Map<string, string[][]>;
  /** Longest role in words. */
  maxRoleWords: number;
  /** Lower-cased role → group name ("president" → "leader"). */
  roleGroup: Map<string, string[]>;
  /** Lower-cased nominal heads, each as its words. */
  nominalHeads: string[][];
  nominalModifiers: Set<string>;
  /** Demonym or country form (as written) → country. */
  country: Map<string, string>;
  /** Institutions (as written) → country or null. */
  organisations: Map<string, string | null>;
  /** Longest institution in words. */
  maxOrgWords: number;
  agencies: Set<string>;
  /** Agencies longest first (for building the credit pattern). */
  agencyList: string[];
  lineMarkers: string[];
  bylineMarkers: string[];
  /** Month and weekday names, lower case. */
  calendarWords: Set<string>;
}

function byFirstWord(list: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of list) {
    const words = phrase.toLowerCase().split(/\s+/);
    const k = words[0]!;
    const arr = map.get(k) ?? [];
    if (!arr.some((w) => w.join(' ') === words.join(' '))) arr.push(words);
    map.set(k, arr);
  }
  for (const arr of map.values()) arr.sort((a, b) => b.length - a.length);
  return map;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const roleGroup = new Map<string, string[]>();
  for (const [group, members] of Object.entries(titles.roleGroups as Record<string, string[]>)) {
    for (const m of members) {
      const k = m.toLowerCase();
      roleGroup.set(k, [...(roleGroup.get(k) ?? []), group]);
    }
    roleGroup.set(group.toLowerCase(), [...(roleGroup.get(group.toLowerCase()) ?? []), group]);
  }
  const orgCountry = places.organisationCountry as Record<string, string>;
  const organisations = new Map<string, string | null>();
  for (const o of places.organisations) organisations.set(o, orgCountry[o] ?? null);
  cached = {
    honorifics: new Set(titles.honorifics.map((h) => h.toLowerCase())),
    roles: byFirstWord(titles.roles),
    maxRoleWords: Math.max(...titles.roles.map((r) => r.split(/\s+/).length)),
    roleGroup,
    nominalHeads: titles.nominalHeads.map((h) => h.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length),
    nominalModifiers: new Set(titles.nominalModifiers.map((m) => m.toLowerCase())),
    country: new Map(Object.entries(places.country as Record<string, string>)),
    organisations,
    maxOrgWords: Math.max(...places.organisations.map((o) => o.split(/\s+/).length)),
    agencies: new Set(credits.agencies),
    agencyList: [...new Set(credits.agencies)].sort((a, b) => b.length - a.length),
    lineMarkers: credits.lineMarkers,
    bylineMarkers: credits.bylineMarkers,
    calendarWords: new Set([...credits.months, ...credits.weekdays].map((w) => w.toLowerCase())),
  };
  return cached;
}

/** Groups a role belongs to, plus the role itself (lower case). */
export function roleClasses(role: string): string[] {
  const r = role.toLowerCase();
  const lex = lexicon();
  const out = new Set<string>([r]);
  for (const g of lex.roleGroup.get(r) ?? []) out.add(g);
  // "Foreign Minister" is also a "minister"; "Deputy Prime Minister" stays apart from "leader".
  const words = r.split(' ');
  if (words.length > 1 && !['deputy', 'vice', 'former', 'ex', 'assistant', 'under'].includes(words[0]!)) out.add(words[words.length - 1]!);
  return [...out];
}

/** Escape a string for use inside a regular expression. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
