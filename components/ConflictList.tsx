import type { Conflict } from '@/lib/types';

export interface ConflictListProps {
  conflicts: Conflict[];
  /** Called with the page-side sentence: the host scrolls to it and highlights it. */
  onShowInPage: (sentence: string) => void;
  readerHref: (id: string) => string;
}

const KIND_LABEL = { negation: 'Affirmed vs denied', number: 'Different numbers', date: 'Different days' } as const;

/** Statements that cannot both be true: this page's words against the archive's, with who said each. */
export function ConflictList({ conflicts, onShowInPage, readerHref }: ConflictListProps) {
  return (
    <ul class="conflicts" aria-label="Conflicting statements">
      {conflicts.map((c, i) => (
        <li key={i} class="card conflict">
          <div class="small"><strong class="kind">{KIND_LABEL[c.kind]}</strong> · <span class="muted">{c.explanation}</span></div>
          <button type="button" class="side page-side" onClick={() => onShowInPage(c.page.sentence)} title="Show in the page">
            <span class="who">{c.page.speaker}</span> <span class="muted small">on this page</span>
            <q>{c.page.text}</q>
          </button>
          <div class="side archive-side">
            <span class="who">{c.archive.speaker}</span>{' '}
            <span class="muted small">in <a href={readerHref(c.archive.articleId)} target="_blank" rel="noreferrer">{c.archive.title}</a>
              {c.archive.publisher ? ` (${c.archive.publisher})` : ''}</span>
            <q>{c.archive.text}</q>
          </div>
        </li>
      ))}
    </ul>
  );
}
