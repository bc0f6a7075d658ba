import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { ConflictList } from '@/components/ConflictList';
import { EmptyState } from '@/components/EmptyState';
import { RelatedList } from '@/components/RelatedList';
import { SpeakerList } from '@/components/SpeakerList';
import { askBackground, readerUrl } from '@/lib/extension/ask-background';
import { SIDEBAR_COMPLETE_MARK, SIDEBAR_SHOWN_MARK } from '@/lib/extension/marks';
import type { SaveResult, SidebarAnalysis, SidebarToBackground } from '@/lib/extension/messages';

/** The key our content script put in this frame's address: the background answers only with it. */
const KEY = location.hash.slice(1);
type Request = SidebarToBackground extends infer M ? (M extends SidebarToBackground ? Omit<M, 'key'> : never) : never;
const ask = <T,>(request: Request) => askBackground<T>({ ...request, key: KEY } as SidebarToBackground);

const SUBJECT_LABEL = { page: 'This page', selection: 'Your selection', link: 'The link' } as const;

/**
 * Asks the background for what to show. Called before the first render (main.tsx), so the answer is on its way
 * while Preact draws the frame's shell.
 */
export const askForAnalysis = () => ask<SidebarAnalysis | undefined>({ type: 'sidebar:get-analysis' });

export interface SidebarAppProps {
  /** The background's answer to askForAnalysis(); undefined when it did not know this sidebar. */
  answer: Promise<SidebarAnalysis | undefined>;
  /**
   * Opened at the glance, before the page was judged news: nothing is drawn (the frame stays transparent)
   * until an answer has an analysis to show. An answer without one means the page is not news, and the
   * content script takes the sidebar away.
   */
  unseen?: boolean;
}

/** The sidebar: related reporting, conflicting statements and who said what, for the page or a selection. */
export function SidebarApp({ answer, unseen = false }: SidebarAppProps) {
  const [data, setData] = useState<SidebarAnalysis | null>(null);
  const [seen, setSeen] = useState(!unseen);
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  /** The reader's click on Dock, once there is one; until then, the setting the background sent. */
  const [dockedChoice, setDockedChoice] = useState<boolean | null>(null);

  useEffect(() => {
    // A first answer from the page's opening is followed by the whole page's.
    const show = (reply: SidebarAnalysis) => {
      if (reply.analysis) {
        // Before the render that draws it (Preact renders in a microtask, before the next paint).
        document.documentElement.classList.remove('unseen');
        setSeen(true);
      }
      setData(reply);
      if (!reply.final) void ask<SidebarAnalysis | undefined>({ type: 'sidebar:get-analysis', final: true }).then((whole) => whole && show(whole), () => undefined);
    };
    // No answer at all: this frame was not opened by our content script (a page framed sidebar.html itself).
    answer.then((reply) => (reply ? show(reply) : setFailed(true)), () => setFailed(true));
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') void ask({ type: 'sidebar:close' });
    };
    // On key up, not down: the frame goes away when the sidebar closes, and a key still held would then be
    // released into a frame that no longer exists.
    window.addEventListener('keyup', onKey);
    return () => window.removeEventListener('keyup', onKey);
  }, []);

  // The frame after the first answer, and after the whole page's, rendered: what `npm run bench` times the sidebar by.
  // A layout effect runs as soon as the render is in the DOM; the next animation frame's callbacks run before
  // that frame is painted, and a task queued there runs after it. (A plain effect would already wait for a
  // painted frame: Preact runs effects after one, so the mark came a frame late until 2026-12-07.)
  useLayoutEffect(() => {
    if (!data || !seen) return;
    const marks = data.final ? [SIDEBAR_SHOWN_MARK, SIDEBAR_COMPLETE_MARK] : [SIDEBAR_SHOWN_MARK];
    requestAnimationFrame(() => setTimeout(() => marks.forEach((m) => performance.getEntriesByName(m).length === 0 && performance.mark(m))));
  }, [data, seen]);

  if (!seen) return null;

  const close = () => void ask({ type: 'sidebar:close' });
  const docked = dockedChoice ?? data?.docked === true;
  const dock = () => {
    setDockedChoice(!docked);
    void ask({ type: 'sidebar:dock', docked: !docked });
  };
  const showInPage = (sentence: string) => void ask({ type: 'sidebar:highlight', sentence });
  const save = async () => {
    setSaving(true);
    const result = await ask<SaveResult>({ type: 'sidebar:save-page' }).catch(() => null);
    setSaving(false);
    if (result?.ok) setSaved(result.title);
    // No answer: the background stopped (the browser may stop it at any time). A save is all or nothing and
    // saving twice keeps one copy, so trying again is always safe.
    else setSaveError(result?.error ?? 'Crosscheck was interrupted before it could confirm the save. Please try again.');
  };

  const analysis = data?.analysis;
  const related = analysis?.related ?? [];
  const conflicts = analysis?.conflicts ?? [];
  return (
    <main aria-busy={!data && !failed}>
      <header class="bar">
        <h1>Crosscheck</h1>
        <button type="button" onClick={dock} aria-pressed={docked} title="The page makes room for the sidebar instead of lying under it">Dock beside page</button>
        <button type="button" onClick={close} aria-label="Close sidebar (Escape)">Close</button>
      </header>
      {data && (
        <p class="subject small muted">
          {SUBJECT_LABEL[data.subject.kind]}: <span class="subject-text">{data.subject.text}</span>
        </p>
      )}
      {failed && <p class="error" role="alert">Crosscheck could not reach its archive. Reload the page to try again.</p>}
      {!data && !failed && <p class="muted">Reading your archive…</p>}
      {data && related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related reporting ({related.length})</h2>
          <RelatedList related={related} readerHref={readerUrl} />
        </section>
      )}
      {data && conflicts.length > 0 && (
        <section aria-labelledby="conflicts-heading">
          <h2 id="conflicts-heading">Conflicting statements ({conflicts.length})</h2>
          <ConflictList conflicts={conflicts} onShowInPage={showInPage} readerHref={readerUrl} />
        </section>
      )}
      {data && related.length === 0 && (
        <EmptyState canSave={data.canSave} saving={saving} savedTitle={saved} error={saveError} onSave={() => void save()} />
      )}
      {data && related.length > 0 && data.canSave && !saved && (
        <p><button type="button" onClick={() => void save()} disabled={saving}>Save this page to my archive</button></p>
      )}
      {saved && related.length > 0 && <p class="status" aria-live="polite">Saved “{saved}”.</p>}
      {saveError && related.length > 0 && <p class="error" role="alert">{saveError}</p>}
      {analysis && analysis.statements.length > 0 && (
        <section aria-labelledby="speakers-heading">
          <h2 id="speakers-heading">Who said what on this page</h2>
          <SpeakerList statements={analysis.statements} onShowInPage={showInPage} />
        </section>
      )}
    </main>
  );
}
