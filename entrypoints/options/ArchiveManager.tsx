import { useEffect, useMemo, useState } from 'preact/hooks';
import { ArchiveFilters } from '@/components/ArchiveFilters';
import { ArchiveTable } from '@/components/ArchiveTable';
import { DEFAULT_VIEW, publishersOf, viewArchiveList } from '@/lib/archive/archive-list';
import { askBackground, readerUrl } from '@/lib/extension/ask-background';
import type { ArchiveListItem } from '@/lib/extension/messages';
import { importOverPort, type ImportProgress } from './import-over-port';

const ROWS_PER_PAGE = 200;
import { toArchiveNdjson, type ArchiveFile } from '@/lib/archive/archive-file';

/**
 * The archive: every article, searchable, filtered and sorted, with delete one by one or in bulk; storage
 * used; the whole archive to and from a JSON file.
 */
export function ArchiveManager() {
  const [items, setItems] = useState<ArchiveListItem[] | null>(null);
  const [view, setView] = useState(DEFAULT_VIEW);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [storageUsed, setStorageUsed] = useState<string>('');
  const [status, setStatus] = useState('');
  const [importing, setImporting] = useState<ImportProgress | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [format, setFormat] = useState<'json' | 'ndjson'>('json');

  const reload = async () => {
    const list = await askBackground<ArchiveListItem[]>({ type: 'archive:list' });
    setItems(list);
    const ids = new Set(list.map((i) => i.id));
    setSelected((s) => new Set([...s].filter((id) => ids.has(id))));
    const estimate = await navigator.storage?.estimate?.().catch(() => null);
    if (estimate?.usage !== undefined) setStorageUsed(`${(estimate.usage / 2 ** 20).toFixed(1)} MB used`);
  };
  useEffect(() => {
    reload().catch((error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      setStatus(`Your archive could not be read (${why}). Nothing was changed; reload this page to try again.`);
    });
  }, []);
  const shown = useMemo(() => (items ? viewArchiveList(items, view) : []), [items, view]);
  // A long archive is shown a page at a time: ten thousand rows would make the page sluggish.
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  useEffect(() => setLimit(ROWS_PER_PAGE), [view]);

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = (select: boolean) => setSelected(select ? new Set(shown.map((i) => i.id)) : new Set());
  const removeSelected = async () => {
    const ids = [...selected];
    if (!ids.length || !confirm(`Delete ${ids.length} article${ids.length === 1 ? '' : 's'} from your archive?`)) return;
    await askBackground({ type: 'archive:delete', ids });
    setStatus(`Deleted ${ids.length} article${ids.length === 1 ? '' : 's'}.`);
    await reload();
  };

  const remove = async (item: ArchiveListItem) => {
    if (!confirm(`Delete “${item.title}” from your archive?`)) return;
    await askBackground({ type: 'archive:delete', ids: [item.id] });
    setStatus(`Deleted “${item.title}”.`);
    await reload();
  };

  /** Downloads the archive (or the selection) as JSON, or as NDJSON (one article a line) for large archives. */
  const exportArchive = async (ids?: string[]) => {
    const file = await askBackground<ArchiveFile>({ type: 'archive:export', ids });
    const text = format === 'ndjson' ? toArchiveNdjson(file.articles, new Date(file.exportedAt)) : JSON.stringify(file, null, 1);
    const blob = new Blob([text], { type: format === 'ndjson' ? 'application/x-ndjson' : 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `crosscheck-archive-${file.exportedAt.slice(0, 10)}.${format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setStatus(`Exported ${file.articles.length} articles.`);
  };

  const importArchive = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setProblems([]);
    setStatus(`Importing ${file.name}…`);
    const run = importOverPort(await file.text(), setImporting);
    setImporting({ done: 0, total: 0, cancel: run.cancel });
    const result = await run.result;
    setImporting(null);
    if (result.ok) {
      setStatus(`Imported ${file.name}: ${result.added} new, ${result.merged} already in your archive.`);
      await reload();
    } else {
      setStatus(`${file.name} was not imported. ${result.error} Your archive is unchanged.`);
      setProblems(result.problems.slice(0, 100).map((p) => `Article ${p.index + 1}: ${p.problem}`));
    }
  };

  return (
    <section aria-labelledby="archive-heading">
      <h2 id="archive-heading">Your archive {items ? `(${items.length} article${items.length === 1 ? '' : 's'})` : ''}</h2>
      <p class="small muted storage">{storageUsed}</p>
      <div class="row-actions">
        <button type="button" onClick={() => void exportArchive()}>Export to a file</button>
        <button type="button" disabled={selected.size === 0} onClick={() => void exportArchive([...selected])}>Export selected ({selected.size})</button>
        <label>Format{' '}
          <select value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as 'json' | 'ndjson')}>
            <option value="json">JSON</option>
            <option value="ndjson">NDJSON (large archives)</option>
          </select>
        </label>
        <label class="button-like">
          <span>Import from a file: </span>
          <input type="file" accept="application/json,.json,.ndjson" onChange={(e) => void importArchive(e.target as HTMLInputElement)} />
        </label>
      </div>
      {importing && (
        <div class="row-actions import-progress">
          <progress aria-label="Import progress" max={importing.total || 1} value={importing.done} />
          <span class="small muted">{importing.total ? `${importing.done} of ${importing.total} articles` : 'Checking the file…'}</span>
          <button type="button" onClick={importing.cancel}>Cancel import</button>
        </div>
      )}
      <p class="status" role="status" aria-live="polite">{status}</p>
      {problems.length > 0 && <ul class="problems error">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
      {items && <ArchiveFilters view={view} publishers={publishersOf(items)} onChange={setView} />}
      {items && (
        <div class="row-actions">
          <button type="button" disabled={selected.size === 0} onClick={() => void removeSelected()}>Delete selected ({selected.size})</button>
          <span class="small muted">{shown.length > limit ? `first ${limit} of ${shown.length} shown` : `${shown.length} shown`}</span>
        </div>
      )}
      {items && (
        <ArchiveTable items={shown.slice(0, limit)} selected={selected} readerHref={readerUrl} onToggle={toggle} onToggleAll={toggleAll} onDelete={(item) => void remove(item)} />
      )}
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit((n) => n + ROWS_PER_PAGE)}>Show {Math.min(ROWS_PER_PAGE, shown.length - limit)} more</button>
      )}
    </section>
  );
}
