/**
 * The little of the extension API the content script uses, without webextension-polyfill. The polyfill is
 * 10 KB of script that every page would compile and run, in every new renderer process (each site gets one):
 * measured, that was 1.5 to 3 ms of main-thread time per page. The rest of the extension keeps the polyfill.
 *
 * Firefox has promise-based `browser`; Chrome's `chrome.runtime.sendMessage` returns a promise in MV3. Replies
 * to messages go through `sendResponse`, which both support (a listener returning a promise does not work in
 * every Chrome).
 */
interface Sender {
  id?: string;
}

interface RuntimeApi {
  id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => boolean | undefined): void };
}

const globals = globalThis as unknown as { browser?: { runtime?: RuntimeApi }; chrome?: { runtime?: RuntimeApi } };

/** The runtime API, or undefined once the extension was updated or removed under this page. */
export function runtime(): RuntimeApi | undefined {
  const api = globals.browser?.runtime?.id ? globals.browser.runtime : globals.chrome?.runtime;
  return api?.id ? api : undefined;
}

/** Sends a message to the background; null if it could not be delivered (or the extension is gone). */
export function tellBackground<T>(message: unknown): Promise<T | null> {
  const api = runtime();
  if (!api) return Promise.resolve(null);
  try {
    return api.sendMessage(message).then((reply) => reply as T, () => null);
  } catch {
    return Promise.resolve(null);
  }
}

/** Answers the background's messages; `answer` returns undefined for messages that are not for it. */
export function answerBackground(answer: (message: unknown) => Promise<unknown> | undefined): void {
  runtime()?.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== runtime()?.id) return undefined;
    const reply = answer(message);
    if (!reply) return undefined;
    void reply.then(sendResponse, () => sendResponse(undefined));
    // Keeps the channel open for the asynchronous reply.
    return true;
  });
}
