import type { Browser } from 'wxt/browser';
import { IMPORT_PORT, type ImportRequest, type ImportUpdate } from '@/lib/extension/messages';
import { archive } from './archive';
import { isOurPage } from './sender-policy';

/**
 * Imports over a port: progress goes back as the articles are written, and a "cancel" or the options page
 * closing aborts the one transaction the import runs in, so the archive keeps nothing of it.
 */
export function acceptImports(port: Browser.runtime.Port): void {
  if (port.name !== IMPORT_PORT) return;
  // Only the options page imports.
  if (!isOurPage(port.sender, '/options.html')) {
    port.disconnect();
    return;
  }
  const cancel = new AbortController();
  let open = true;
  const send = (update: ImportUpdate) => open && port.postMessage(update);
  port.onDisconnect.addListener(() => {
    open = false;
    cancel.abort();
  });
  port.onMessage.addListener((message) => {
    const request = message as ImportRequest;
    if (request.type === 'cancel') cancel.abort();
    if (request.type !== 'start') return;
    void (async () => {
      try {
        const service = await archive();
        const result = await service.importFile(String(request.text), {
          signal: cancel.signal,
          onProgress: (done, total) => send({ type: 'progress', done, total }),
        });
        send({ type: 'done', result });
      } catch (error) {
        send({ type: 'done', result: { ok: false, error: `The import failed: ${(error as Error).message}`, problems: [] } });
      }
    })();
  });
}
