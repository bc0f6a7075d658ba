import type { ComponentChildren } from 'preact';
import type { ArchivedArticle } from '@/lib/types';
import { sourceLine } from './format';

export interface ArticleViewProps {
  article: ArchivedArticle;
}

/**
 * An archived article for reading. Everything is rendered as text nodes, never as HTML: stored pages are
 * untrusted, and this is what keeps them inert. Sentences that carry an attributed statement are marked.
 */
export function ArticleView({ article }: ArticleViewProps) {
  const said = new Map(article.statements.map((s) => [s.sentence, s]));
  return (
    <article>
      <h1>{article.title}</h1>
      {article.standfirst && <p class="standfirst">{article.standfirst}</p>}
      <p class="muted small">
        {sourceLine(article.publisher, article.publishedAt)}
        {article.byline ? ` · ${article.byline}` : ''}
        {article.url && <> · <a href={article.url} rel="noreferrer">Original</a></>}
      </p>
      {article.paragraphs.map((p, i) => <p key={i}>{markStatements(p, said)}</p>)}
    </article>
  );
}

function markStatements(paragraph: string, said: Map<string, ArchivedArticle['statements'][number]>): ComponentChildren {
  const plain = paragraph.replace(/[\u201C\u201D]/g, '"').replace(/[\u2018\u2019]/g, "'");
  for (const [sentence, statement] of said) {
    const at = plain.indexOf(sentence);
    if (at < 0) continue;
    return (
      <>
        {paragraph.slice(0, at)}
        <mark class="statement" title={`${statement.speaker} (${statement.polarity === 'deny' ? 'denial' : statement.verb})`}>
          {paragraph.slice(at, at + sentence.length)}
        </mark>
        {markStatements(paragraph.slice(at + sentence.length), said)}
      </>
    );
  }
  return paragraph;
}
