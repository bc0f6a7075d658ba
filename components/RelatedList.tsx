import type { RelatedArticle } from '@/lib/types';
import { sourceLine } from './format';

export interface RelatedListProps {
  related: RelatedArticle[];
  readerHref: (id: string) => string;
}

const STANCE_LABEL = { agree: 'agrees', disagree: 'disputes', discuss: 'discusses' } as const;

/** Related reporting from the archive: best match first, each with why it matched. */
export function RelatedList({ related, readerHref }: RelatedListProps) {
  return (
    <ol class="related" aria-label="Related reporting">
      {related.map((r) => (
        <li key={r.id} class="card">
          <a href={readerHref(r.id)} target="_blank" rel="noreferrer">
            <strong>{r.title}</strong>
          </a>
          <div class="muted small">
            {sourceLine(r.publisher, r.publishedAt)}
            {r.stance && <> · <span class={`badge ${r.stance}`}>{STANCE_LABEL[r.stance]}</span></>}
          </div>
          {r.snippet && <p class="small">{r.snippet}</p>}
          {r.why.length > 0 && (
            <ul class="chips" aria-label="Why it matched">
              {r.why.map((w) => <li key={w}>{w}</li>)}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
