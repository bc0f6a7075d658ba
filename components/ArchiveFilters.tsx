import type { ArchiveListView, ArchiveSort } from '@/lib/archive/archive-list';

export interface ArchiveFiltersProps {
  view: ArchiveListView;
  publishers: string[];
  onChange: (view: ArchiveListView) => void;
}

const SORTS: Array<[ArchiveSort, string]> = [
  ['published-newest', 'Newest first'],
  ['published-oldest', 'Oldest first'],
  ['added-newest', 'Recently added'],
  ['title', 'Title A–Z'],
];

/** Search, filter and sort for the archive list. */
export function ArchiveFilters({ view, publishers, onChange }: ArchiveFiltersProps) {
  const set = (change: Partial<ArchiveListView>) => onChange({ ...view, ...change });
  return (
    <div class="row-actions filters">
      <label>Search <input type="search" value={view.query} onInput={(e) => set({ query: (e.target as HTMLInputElement).value })} /></label>
      <label>Origin{' '}
        <select value={view.origin} onChange={(e) => set({ origin: (e.target as HTMLSelectElement).value as ArchiveListView['origin'] })}>
          <option value="all">All</option><option value="bundled">Bundled</option><option value="saved">Saved</option><option value="imported">Imported</option><option value="remembered">Remembered</option>
        </select>
      </label>
      <label>Publisher{' '}
        <select value={view.publisher} onChange={(e) => set({ publisher: (e.target as HTMLSelectElement).value })}>
          <option value="all">All</option>
          {publishers.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
      <label>Published from <input type="date" value={view.from} max={view.to || undefined} onInput={(e) => set({ from: (e.target as HTMLInputElement).value })} /></label>
      <label>to <input type="date" value={view.to} min={view.from || undefined} onInput={(e) => set({ to: (e.target as HTMLInputElement).value })} /></label>
      <label>Sort{' '}
        <select value={view.sort} onChange={(e) => set({ sort: (e.target as HTMLSelectElement).value as ArchiveSort })}>
          {SORTS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </label>
    </div>
  );
}
