import { useEffect, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { askBackground } from '@/lib/extension/ask-background';
import type { ArchivedArticle } from '@/lib/types';

export interface ReaderAppProps {
  id: string;
}

/** The reader page: one archived article, by id. */
export function ReaderApp({ id }: ReaderAppProps) {
  const [article, setArticle] = useState<ArchivedArticle | null | undefined>(undefined);
  useEffect(() => {
    askBackground<ArchivedArticle | undefined>({ type: 'archive:get', id }).then((a) => {
      setArticle(a ?? null);
      if (a) document.title = `${a.title} · Crosscheck`;
    }, () => setArticle(null));
  }, [id]);
  if (article === undefined) return <main><p class="muted">Opening…</p></main>;
  if (article === null) return <main><h1>Not in your archive</h1><p>This article is not in your archive (it may have been deleted).</p></main>;
  return <main><ArticleView article={article} /></main>;
}
