import { runtime } from './extension-api';

const WIDTH = 400;

/**
 * The sidebar: our extension page in an iframe, inside a closed shadow root on a custom element.
 * The shadow root keeps the page's CSS off our frame and ours off the page; the iframe is cross-origin to the
 * page, so page scripts can neither read nor script what it shows (Hypothesis does the same).
 * It floats over the page (position: fixed) so opening it shifts no layout.
 */
export class SidebarFrame {
  private host: HTMLElement | null = null;
  private toggle: HTMLElement | null = null;

  get isOpen(): boolean {
    return this.host !== null;
  }

  /**
   * `focus`: when the reader asked for it (shortcut, popup, menu), keyboard focus moves into the sidebar.
   * `key`: the key the background was told of ('sidebar:opening'); the sidebar reads it from its address.
   */
  open(options: { key: string; focus?: boolean }): void {
    this.removeToggle();
    if (this.host) return;
    const frame = document.createElement('iframe');
    const sidebarUrl = runtime()?.getURL('/sidebar.html');
    if (!sidebarUrl) return;
    frame.src = `${sidebarUrl}#${options.key}`;
    frame.title = 'Crosscheck: related reporting';
    frame.setAttribute('allow', '');
    if (options.focus) frame.addEventListener('load', () => frame.focus(), { once: true });
    this.host = mountIsolated('crosscheck-sidebar', `:host{all:initial!important;position:fixed!important;top:0!important;right:0!important;
      width:min(${WIDTH}px,92vw)!important;height:100vh!important;z-index:2147483647!important;display:block!important}
      iframe{border:0;width:100%;height:100%;display:block;box-shadow:-2px 0 12px rgba(0,0,0,.25);background:Canvas;color-scheme:light dark}`, frame);
  }

  close(): void {
    this.host?.remove();
    this.host = null;
  }

  /** The small "show Crosscheck" button, for readers who chose not to have the sidebar open by itself. */
  showToggle(related: number, onOpen: () => void): void {
    if (this.host || this.toggle) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Crosscheck · ${related} related`;
    button.addEventListener('click', onOpen);
    button.setAttribute('aria-label', `Open Crosscheck: ${related} related articles in your archive`);
    this.toggle = mountIsolated('crosscheck-toggle', `:host{all:initial!important;position:fixed!important;right:16px!important;bottom:16px!important;z-index:2147483647!important}
      button{font:600 13px/1 system-ui,sans-serif;padding:10px 14px;border-radius:20px;border:1px solid #8886;cursor:pointer;
      background:#1d4ed8;color:#fff;box-shadow:0 2px 8px rgba(0,0,0,.3)}button:focus-visible{outline:3px solid #f59e0b}`, button);
  }

  removeToggle(): void {
    this.toggle?.remove();
    this.toggle = null;
  }
}

/** Puts `content` on the page inside a closed shadow root with its own styles; returns the host element. */
function mountIsolated(tag: string, css: string, content: HTMLElement): HTMLElement {
  const host = document.createElement(tag);
  // Closed: page scripts get null from host.shadowRoot.
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style, content);
  document.documentElement.append(host);
  return host;
}
