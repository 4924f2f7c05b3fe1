/**
 * Signatures of embedded tweets ("— Dmytro Kuleba (@DmytroKuleba) February 24, 2022"): a dash, the author's
 * name, the account in brackets, the date. The quotes stage makes the author the speaker of the words before
 * it; entity resolution types the author.
 */

/** The signature; group 1 is the author's name as displayed. Bounded quantifiers: linear on long lines. */
const TWEET_SIGNATURE =
  /[—–][ \t]*([^()\n—–]{2,60}?)[ \t]*\(@\w{1,30}\)[ \t]*(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{1,2},[ \t]+\d{4}/g;

export interface TweetSignature {
  /** The whole signature, dash to year. */
  start: number;
  end: number;
  /** The author's name as displayed. */
  nameStart: number;
  nameEnd: number;
}

export function tweetSignatures(text: string): TweetSignature[] {
  const out: TweetSignature[] = [];
  const re = new RegExp(TWEET_SIGNATURE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const nameStart = m.index + m[0].indexOf(m[1]!);
    out.push({ start: m.index, end: m.index + m[0].length, nameStart, nameEnd: nameStart + m[1]!.length });
  }
  return out;
}

/** Words that make an account's display name an organisation's ("Breitbart News", "RNC Research", "MFA Russia"). */
const ACCOUNT_ORG_WORDS = new Set([
  'news', 'times', 'post', 'independent', 'research', 'tv', 'media', 'ministry', 'defence', 'defense', 'mfa', 'government',
  'office', 'embassy', 'mission', 'army', 'forces', 'command', 'agency', 'journal', 'daily', 'mirror', 'herald', 'tribune',
  'english', 'breaking', 'live', 'radio', 'press', 'network', 'polls', 'institute', 'council', 'committee', 'party', 'team',
  'official', 'headquarters', 'hq', 'service', 'foundation', 'world', 'international', 'global', 'report', 'review', 'watch',
]);

/** Cities an outlet's account is named after ("Breitbart London"). */
const ACCOUNT_CITIES = new Set([
  'london', 'paris', 'berlin', 'moscow', 'kyiv', 'kiev', 'washington', 'brussels', 'beijing', 'tokyo', 'rome', 'madrid',
  'warsaw', 'jerusalem', 'texas', 'california', 'europe', 'africa', 'asia', 'america', 'uk', 'usa', 'us',
]);

/**
 * Whether an account name typed as a person reads as an organisation's: one of its words names an outlet or an
 * institution, or it ends in a place after a word that is not a known given name ("Breitbart London", not
 * "Jack London").
 */
export function accountIsOrganisation(name: string, isGivenName: (word: string) => boolean, isCountryWord: (word: string) => boolean): boolean {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return false;
  if (words.some((w) => ACCOUNT_ORG_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return true;
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  return (ACCOUNT_CITIES.has(last.toLowerCase()) || isCountryWord(last)) && !isGivenName(words[0]!);
}
