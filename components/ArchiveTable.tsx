import type { ArchiveListItem } from '@/lib/extension/messages';
import { formatDate } from './format';

export interface ArchiveTableProps {
  items: ArchiveListItem[];
  readerHref: (id: string) => string;
  onDelete: (item: ArchiveListItem) => void;
}

const ORIGIN_LABEL = { bundled: 'Bundled', saved: 'Saved', imported: 'Imported' } as const;

/** The archive as a table: what, from whom, when, how it got here; each row can be deleted. */
export function ArchiveTable({ items, readerHref, onDelete }: ArchiveTableProps) {
  return (
    <table aria-label="Articles in your archive">
      <thead>
        <tr><th scope="col">Article</th><th scope="col">Publisher</th><th scope="col">Published</th><th scope="col">Origin</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-id={item.id}>
            <td><a href={readerHref(item.id)}>{item.title}</a></td>
            <td>{item.publisher ?? ''}</td>
            <td>{formatDate(item.publishedAt)}</td>
            <td>{ORIGIN_LABEL[item.origin]}</td>
            <td><button type="button" onClick={() => onDelete(item)} aria-label={`Delete “${item.title}”`}>Delete</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
