/**
 * Junk rules, as data.
 *
 * A line rule names a kind of scraping junk, says why it is junk, and gives one pattern that the
 * whole trimmed line must match. Rules are tried in order; the first that matches removes the line
 * (`clean/<name>`). Patterns are anchored at both ends and use only bounded repetition, so a long
 * hostile line cannot make them backtrack badly; lines longer than `maxLength` are never tested.
 *
 * The same rules are tried on the last sentences of a long paragraph (scraped text is often one
 * line per article), see `inline.ts`.
 */

export interface LineRule {
  /** Rule name; removed pieces carry `clean/<name>`. */
  name: string;
  /** Why a line matching it is junk. */
  reason: string;
  pattern: RegExp;
  /** Longest line the rule is tried on. */
  maxLength: number;
}

const NETWORKS =
  '(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Reddit|Pinterest|Tumblr|Pocket|Email|E-mail|Print|Flipboard|VK|Viber|Messenger|Gettr|Truth Social|Mastodon|Instagram|YouTube|TikTok|Copy link|More)';

export const LINE_RULES: readonly LineRule[] = [
  {
    name: 'ad-marker',
    reason: 'advertisement slot marker left by a scraper ([ad_1], [ad_2])',
    pattern: /^\[ad_?\d{1,3}\]$/i,
    maxLength: 12,
  },
  {
    name: 'source-link',
    reason: '"Source link" footer of re-posting sites',
    pattern: /^(?:Source link|Source Link|SOURCE LINK|Original source|Link to source)\.?$/,
    maxLength: 20,
  },
  {
    name: 'site-chrome',
    reason: 'theme or navigation text of the page around the article',
    pattern:
      /^(?:Exit mobile version|Skip to (?:main )?content|Toggle navigation|Back to top|Scroll to top|Go to top|Menu|Search|Home|Close|Loading\.{0,3}|Load more|Show more|Show less|Previous (?:article|post)|Next (?:article|post)|Previous|Next|Tags?:?|Categories:?|Filed under:?|Posted in:?|Print this (?:page|article)|Listen to (?:this )?article|Play|Pause|Video|Watch|Watch:|WATCH:?|Watch the video|Click to play|Embed|Expand|Image|Photo|Photos|Gallery|View gallery|Enlarge this image|Toggle caption|Hide caption|Show caption|Open in app|Download (?:the|our) app.{0,80}|Trending|Most read|Most popular|Top stories|Latest news|Latest|Breaking|Breaking News|Live|Live updates|Top channel|top channel|Like this:|Like Loading\.{0,3}|Loading\.\.\.|Δ|Spread the love|Please follow and like us:?|Print Friendly, PDF & Email|(?:Post )?Views:\s?\d{1,9}|\d{1,9} Views|Reading Time:\s?\d{1,3} min(?:ute)?s?|\d{1,3} min(?:ute)? read|Estimated read(?:ing)? time:?.{0,20}|You may also like|Supported by|Top Stories|Editor's Picks|Editors' Picks|More from .{1,40}|Previous Post|Next Post|Post navigation|Tags:.{1,200}|Posted in .{1,100}|Filed Under:?.{1,100}|Categories:.{1,200}|Table of Contents|Contents)$/i,
    maxLength: 240,
  },
  {
    name: 'comment-form',
    reason: 'comment form of a blog theme',
    pattern:
      /^(?:Leave a (?:Reply|Comment|comment|reply)(?: Cancel reply)?|Cancel reply|Leave a Reply to .{1,80}|Your email address will not be published\.?(?: Required fields are marked \*)?|Required fields are marked \*|Comment\s?\*?|Comments?:?|\d{1,5} Comments?|No Comments?|Comments are closed\.?|Name\s?\*|Email\s?\*|E-mail\s?\*|Website|Post Comment|Submit Comment|Save my name, email, and website in this browser for the next time I comment\.?|You must be logged in to post a comment\.?|Notify me of (?:follow-up comments|new posts) by email\.?|This site uses Akismet to reduce spam\..{0,60}|Join the discussion.{0,60}|View comments?|Show comments?|Add a comment)$/i,
    maxLength: 120,
  },
  {
    name: 'share',
    reason: 'share buttons and their labels',
    pattern: new RegExp(
      `^(?:Share(?: this| this article| this story| article| on| via)?:?|Share on ${NETWORKS}|Click to (?:share on|email|print)[^.]{0,40}(?:\\(Opens in new window\\))?|Tweet|Pin(?: it)?|${NETWORKS}(?:\\s*[,|•·/]?\\s*${NETWORKS}){0,12}|Follow us(?: on)?:?)$`,
      'i',
    ),
    maxLength: 160,
  },
  {
    name: 'read-more',
    reason: 'pointer to another article ("Read more", "Related", "Full coverage", "See also")',
    pattern:
      /^(?:READ MORE|Read more|Read More|Related|RELATED|Related (?:articles|posts|stories|news|coverage|content|topics)|More on (?:this|that) (?:story|topic)|Full coverage|Full Coverage|See also|Also read|ALSO READ|Also Read|You may also like|You might also like|Recommended|MORE|More|Continue reading|Keep reading|Click here.{0,100}|Read the full (?:story|article).{0,100}|Read (?:our|the) latest.{0,100})(?:\s?[:\-–—|]\s?.{0,200})?$/i,
    maxLength: 240,
  },
  {
    name: 'newsletter',
    reason: 'newsletter or subscription call to action',
    pattern:
      /^(?:(?=.{0,240}(?:newsletter|[Ii]nbox|subscri|SUBSCRI))(?:Sign up|Signup|Subscribe|SUBSCRIBE|Register|Join|Get|To get)\b.{0,240}|Subscribe|SUBSCRIBE|Subscribe now|Subscribe to .{1,80}|Sign up(?: here| now| for free)?[.!]?|Not a subscriber\?.{0,80}|Already a subscriber\?.{0,80}|Thank you for (?:reading|subscribing).{0,100}|Support (?:our|independent) journalism.{0,120})$/i,
    maxLength: 240,
  },
  {
    name: 'advertisement',
    reason: 'advertisement label',
    pattern:
      /^(?:Advertisement|ADVERTISEMENT|Advertising|Ad|AD|Sponsored|Sponsored Content|Promoted|Paid content|Story continues below(?: advertisement)?|Article continues below(?: advertisement)?|Continue reading below|Scroll to continue(?: with content)?|Content continues below)\.?$/i,
    maxLength: 60,
  },
  {
    name: 'cookie-notice',
    reason: 'cookie or privacy consent notice',
    pattern:
      /^(?:We use cookies|This (?:web)?site uses cookies|By (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)|Accept (?:all )?cookies|Cookie (?:Policy|Settings|preferences|consent)|We value your privacy|Manage (?:cookies|consent|preferences))\b.{0,400}$|^(?:I accept|Accept|Reject all|Accept and close)$/i,
    maxLength: 500,
  },
  {
    name: 'copyright',
    reason: 'copyright and rights notice',
    pattern:
      /^(?:©|\(c\)\s?\d{4}|Copyright\s?(?:©|\(c\)|\d{4})|All rights reserved|All materials herein are protected|This material may not be published, broadcast, rewritten,? or redistributed).{0,300}$/i,
    maxLength: 320,
  },
  {
    name: 'follow',
    reason: 'invitation to follow the outlet or the author on social media',
    pattern:
      /^(?:_{2,}\s?)?(?:(?:Follow|FOLLOW) (?:us|our)\b.{0,200}|Join our .{0,200}|(?:Follow|FOLLOW)\s(?:me|him|her|them|(?:the|[A-Z@][\w'’@.-]{0,30})(?:\s[A-Za-z@][\w'’@.-]{0,30}){0,6}?)\s(?:on|at|via|in)\s.{0,120}(?:Twitter|Facebook|Instagram|Telegram|Gettr|TikTok|YouTube|Truth Social|channel|coverage|feed|@\w{1,30}|https?:\/\/\S{1,200}|\.com)\S{0,60}\.?)$/,
    maxLength: 240,
  },
  {
    name: 'contact',
    reason: 'invitation to contact the newsroom, or a bare e-mail contact',
    pattern:
      /^(?:Contact:\s?.{1,80}|Contact\s\S{1,80}|Please include (?:a contact number|your name).{0,160}|You can also get in touch.{0,400}|\[email protected\]|Email (?:him|her|us|me)\b.{0,120}|(?:Have|Got) a (?:tip|story)\b.{0,160}|Send (?:us )?your (?:story ideas|questions|tips).{0,160}|If you have a story suggestion.{0,160}|We'd love to get your feedback.{0,160})$/i,
    maxLength: 200,
  },
  {
    name: 'disclaimer',
    reason: 'editorial disclaimer of the outlet',
    pattern:
      /^(?:The (?:views|opinions) expressed (?:in this|here|by).{0,250}|This (?:copy|story|article) (?:may not be in its final form|has been updated).{0,200}|(?:Disclaimer|Editor's note|Editor’s note):.{0,300})$/i,
    maxLength: 320,
  },
  {
    name: 'caption-label',
    reason: 'image caption or source label of a photo',
    pattern:
      /^(?:Image (?:source|caption|copyright)|Photo (?:credit|source)|Picture (?:credit|source)|Credit|Photograph|Photo|Image|Picture|Caption|Media caption)\s?[:,]\s?.{1,200}$/i,
    maxLength: 220,
  },
];

/** Photo and news agencies that appear in photo credits ("Name/AFP via Getty Images"). */
export const CREDIT_AGENCIES: readonly string[] = [
  'AP', 'AP Photo', 'AFP', 'Reuters', 'REUTERS', 'TASS', 'Sipa', 'Sipa USA', 'Getty', 'Getty Images', 'EPA', 'EFE',
  'EPA-EFE', 'Xinhua', 'Sputnik', 'POOL', 'Pool', 'Handout', 'Shutterstock', 'Alamy', 'Bloomberg', 'NurPhoto',
  'SOPA Images', 'LightRocket', 'Anadolu', 'Anadolu Agency', 'DPA', 'dpa', 'ANSA', 'Kremlin', 'ZUMA', 'Zuma',
  'ZUMA Wire', 'Imago', 'Abaca', 'RIA Novosti', 'UPI', 'PA', 'PA Images', 'PA Wire', 'Associated Press',
  'Ukrinform', 'UNIAN', 'Polaris', 'Redux', 'WireImage', 'iStock', 'File', 'AAP', 'KCNA', 'Yonhap', 'Kyodo',
  'Kommersant', 'Bloomberg via Getty Images', 'Reuters Pictures', 'Presidential Press Service', 'Press Service',
  'Ukrainian Presidential Press Service', 'Pool Photo', 'AP Images', 'Invision', 'SIPA', 'ddp', 'Avalon',
  'Hulton Archive', 'Wikimedia', 'Wikimedia Commons', 'Twitter', 'Telegram', 'Facebook', 'Instagram',
];

/** Normal forms of credited origins ("The Associated Press" → "AP"). Keys are lowercase. */
export const CREDIT_NORMAL: Readonly<Record<string, string>> = {
  ap: 'AP',
  'the associated press': 'AP',
  'associated press': 'AP',
  'ap news': 'AP',
  reuters: 'Reuters',
  'thomson reuters': 'Reuters',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  'france-presse': 'AFP',
  voa: 'VOA',
  'voice of america': 'VOA',
  'voa news': 'VOA',
  tass: 'TASS',
  'itar-tass': 'TASS',
  xinhua: 'Xinhua',
  'xinhua news agency': 'Xinhua',
  sputnik: 'Sputnik',
  'ria novosti': 'RIA Novosti',
  dpa: 'dpa',
  nan: 'NAN',
  'news agency of nigeria': 'NAN',
  upi: 'UPI',
  cnn: 'CNN',
  bbc: 'BBC',
  'bbc news': 'BBC',
  efe: 'EFE',
  anadolu: 'Anadolu',
  'anadolu agency': 'Anadolu',
  'prensa latina': 'Prensa Latina',
  ians: 'IANS',
  pti: 'PTI',
  ani: 'ANI',
  irna: 'IRNA',
  kyodo: 'Kyodo',
  yonhap: 'Yonhap',
  ukrinform: 'Ukrinform',
  interfax: 'Interfax',
  'interfax-ukraine': 'Interfax-Ukraine',
  unian: 'UNIAN',
  'wire services': 'wires',
  wires: 'wires',
  'news wires': 'wires',
  'wire reports': 'wires',
};

/** Agencies that appear in a dateline "CITY (AP) —", "CITY, Jan 20 (Reuters) -". */
export const DATELINE_AGENCIES =
  'AP|Reuters|AFP|Xinhua|Sputnik|CNN|UPI|dpa|DPA|IANS|PTI|ANI|IRNA|Prensa Latina|AA|Anadolu|EFE|Kyodo|Yonhap|VOA|RFE/RL|Bernama|NAN|APA|WAFA|BSS|Interfax|Ukrinform|UNIAN|BelTA|Trend|KUNA|SPA|WAM|MENA|QNA|Fars|Tasnim|IRIB|TASS|RIA Novosti|CNA|AzerTac|Kazinform|Akipress|Armenpress';
