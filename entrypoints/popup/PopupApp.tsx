import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SearchResults } from '@/components/SearchResults';
import { askBackground, readerUrl } from '@/lib/extension/ask-background';
import type { SaveResult, SearchHit } from '@/lib/extension/messages';

/** The toolbar popup: search the archive as you type; save the current page; open its sidebar. */
export function PopupApp() {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [selected, setSelected] = useState(0);
  const [status, setStatus] = useState('');
  const latest = useRef(0);

  useEffect(() => input.current?.focus(), []);

  const search = async (q: string) => {
    setQuery(q);
    const ticket = ++latest.current;
    const found = q.trim().length >= 2 ? await askBackground<SearchHit[]>({ type: 'archive:search', query: q }) : [];
    // Keystrokes can overtake each other; only the newest query's answer is shown.
    if (ticket !== latest.current) return;
    setHits(found);
    setSelected(0);
  };

  const open = (hit: SearchHit) => void browser.tabs.create({ url: readerUrl(hit.id) });
  const openOriginal = (hit: SearchHit) => hit.url && void browser.tabs.create({ url: hit.url });
  const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setSelected((s) => Math.min(s + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setSelected((s) => Math.max(s - 1, 0));
    else if (e.key === 'Enter' && hits[selected]) open(hits[selected]!);
    else return;
    e.preventDefault();
  };

  const saveCurrent = async () => {
    const tabId = await activeTab();
    if (tabId === undefined) return setStatus('No page to save.');
    setStatus('Saving…');
    const result = await askBackground<SaveResult>({ type: 'tab:save', tabId }).catch(() => null);
    setStatus(result?.ok ? `Saved “${result.title}”.` : result?.error ?? 'This page cannot be saved.');
  };

  const openSidebar = async () => {
    const tabId = await activeTab();
    const opened = tabId !== undefined && (await askBackground<boolean>({ type: 'tab:open-sidebar', tabId }).catch(() => false));
    if (opened) window.close();
    else setStatus('Crosscheck cannot run on this page.');
  };

  return (
    <main>
      <label for="search" class="visually-hidden">Search your archive</label>
      <input
        ref={input}
        id="search"
        type="search"
        placeholder="Search your archive: people, places, headlines…"
        value={query}
        onInput={(e) => void search((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
        aria-controls="search-results"
        aria-activedescendant={hits.length ? `result-${selected}` : undefined}
        autocomplete="off"
      />
      {query.trim().length >= 2 && hits.length === 0 && <p class="muted small">Nothing in your archive matches “{query}”.</p>}
      <SearchResults hits={hits} selected={selected} onSelect={setSelected} onOpen={open} onOpenOriginal={openOriginal} />
      <div class="actions">
        <button type="button" onClick={() => void saveCurrent()}>Save this page</button>
        <button type="button" onClick={() => void openSidebar()}>Open sidebar for this page</button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>Archive &amp; settings</button>
      </div>
      <p class="status small" role="status">{status}</p>
    </main>
  );
}
