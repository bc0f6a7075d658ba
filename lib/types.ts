/** The shapes the engine speaks in. Shared by the extension, the command-line tools and the tests. */

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** A person, organisation, place or topic named in an article, under its canonical name. */
export interface Entity {
  name: string;
  type: EntityType;
  mentions: number;
  /** The spellings seen in the text ("Kiev", "Zelenskyy"), canonical name excluded. */
  aliases: string[];
}

export type Polarity = 'affirm' | 'deny';

/** Somebody said something: who, with which verb, what, and whether they affirm or deny it. */
export interface Statement {
  speaker: string;
  /** "named" for a person or institution, "described" for "a senior administration official". */
  speakerKind: 'named' | 'described';
  verb: string;
  text: string;
  /** The whole sentence as it stands in the article, used to find it again in the page. */
  sentence: string;
  direct: boolean;
  polarity: Polarity;
  hedged: boolean;
  paragraph: number;
}

/** How an article got into the archive: shipped, saved by the reader, imported, or remembered as read. */
export type ArticleOrigin = 'bundled' | 'saved' | 'imported' | 'remembered';

/** The article as a reader knows it: what was published, by whom, when. */
export interface Article {
  title: string;
  standfirst: string | null;
  byline: string | null;
  publisher: string | null;
  publishedAt: string | null;
  section: string | null;
  url: string | null;
  lang: string | null;
  paragraphs: string[];
}

/** An article in the archive, with its analysis stored beside it so matching needs no NLP at query time. */
export interface ArchivedArticle extends Article {
  id: string;
  origin: ArticleOrigin;
  addedAt: string;
  contentHash: string;
  entities: Entity[];
  statements: Statement[];
  /** Salient words and phrases ("28-point plan", "peace plan"), lower case. */
  keyTerms: string[];
}

export type Stance = 'agree' | 'disagree' | 'discuss';

export interface RelatedArticle {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  snippet: string;
  score: number;
  stance: Stance | null;
  why: string[];
}

export type ConflictKind = 'negation' | 'number' | 'date';

export interface StatementRef {
  speaker: string;
  text: string;
  sentence: string;
}

export interface Conflict {
  kind: ConflictKind;
  page: StatementRef;
  archive: StatementRef & { articleId: string; title: string; publisher: string | null };
  explanation: string;
}

/** What the sidebar shows for one page; also what `npm run analyze` prints. */
export interface PageAnalysis {
  isArticle: boolean;
  article: {
    title: string;
    byline: string | null;
    publisher: string | null;
    publishedAt: string | null;
    url: string | null;
    textLength: number;
  } | null;
  entities: Entity[];
  statements: Statement[];
  related: RelatedArticle[];
  conflicts: Conflict[];
}
