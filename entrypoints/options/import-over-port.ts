import { browser } from 'wxt/browser';
import { IMPORT_PORT, type ImportRequest, type ImportResult, type ImportUpdate } from '@/lib/extension/messages';

export interface ImportProgress {
  done: number;
  total: number;
  cancel: () => void;
}

/** Runs an import in the background over a port, reporting progress; cancel() keeps nothing of it. */
export function importOverPort(text: string, onProgress: (p: ImportProgress) => void): { result: Promise<ImportResult>; cancel: () => void } {
  const port = browser.runtime.connect({ name: IMPORT_PORT });
  const send = (request: ImportRequest) => port.postMessage(request);
  const cancel = () => send({ type: 'cancel' });
  const result = new Promise<ImportResult>((resolve) => {
    port.onMessage.addListener((message) => {
      const update = message as ImportUpdate;
      if (update.type === 'progress') onProgress({ done: update.done, total: update.total, cancel });
      else {
        resolve(update.result);
        port.disconnect();
      }
    });
    port.onDisconnect.addListener(() => resolve({ ok: false, error: 'Crosscheck stopped before the import finished.', problems: [] }));
  });
  send({ type: 'start', text });
  return { result, cancel };
}
