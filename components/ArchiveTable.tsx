import type { ArchiveListItem } from '@/lib/extension/messages';
import { formatDate } from './format';

export interface ArchiveTableProps {
  items: ArchiveListItem[];
  selected: Set<string>;
  readerHref: (id: string) => string;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
  onDelete: (item: ArchiveListItem) => void;
}

const ORIGIN_LABEL = { bundled: 'Bundled', saved: 'Saved', imported: 'Imported', remembered: 'Remembered' } as const;

/** The archive as a table: what, from whom, when, how it got here; rows can be selected and deleted. */
export function ArchiveTable({ items, selected, readerHref, onToggle, onToggleAll, onDelete }: ArchiveTableProps) {
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.id));
  return (
    <table aria-label="Articles in your archive">
      <thead>
        <tr>
          <th scope="col">
            <input type="checkbox" aria-label="Select all shown" checked={allSelected} onChange={() => onToggleAll(!allSelected)} />
          </th>
          <th scope="col">Article</th><th scope="col">Publisher</th><th scope="col">Published</th><th scope="col">Origin</th>
          <th scope="col"><span class="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-id={item.id}>
            <td><input type="checkbox" aria-label={`Select “${item.title}”`} checked={selected.has(item.id)} onChange={() => onToggle(item.id)} /></td>
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
