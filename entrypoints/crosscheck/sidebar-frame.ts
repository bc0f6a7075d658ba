import { runtime } from './extension-api';

const WIDTH = 400;
/** Docked, the sidebar takes at most half the window, and the page gets the same room on its right. */
const DOCKED_WIDTH = `min(${WIDTH}px, 50vw)`;

/**
 * The sidebar: our extension page in an iframe, inside a closed shadow root on a custom element.
 * The shadow root keeps the page's CSS off our frame and ours off the page; the iframe is cross-origin to the
 * page, so page scripts can neither read nor script what it shows (Hypothesis does the same).
 * By default it floats over the page (position: fixed), so opening it shifts no layout. Docked (the reader's
 * choice), the page's root gets a right margin as wide as the sidebar, so the text reflows beside it instead
 * of under it; the page's own inline margin is put back when it is undocked or closed.
 */
export class SidebarFrame {
  private host: HTMLElement | null = null;
  /** The iframe in the host's closed shadow root. */
  private frame: HTMLIFrameElement | null = null;
  private toggle: HTMLElement | null = null;
  /** The page root's own inline margin-right (value, priority), kept while the sidebar is docked. */
  private pageMargin: [string, string] | null = null;

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** Opened at the glance and not shown yet (see `unseen`). */
  get isUnseen(): boolean {
    return this.host?.classList.contains('unseen') === true;
  }

  /**
   * `focus`: when the reader asked for it (shortcut, popup, menu), keyboard focus moves into the sidebar.
   * `key`: the key the background was told of ('sidebar:opening'); the sidebar reads it from its address.
   * `unseen`: opened before the page is judged news: the frame and the sidebar in it stay transparent until
   * it has an answer to show, clicks go through to the page until `reveal`, and it does not dock yet.
   */
  open(options: { key: string; focus?: boolean; docked?: boolean; unseen?: boolean }): void {
    this.removeToggle();
    if (this.host) return;
    const frame = document.createElement('iframe');
    const sidebarUrl = runtime()?.getURL('/sidebar.html');
    if (!sidebarUrl) return;
    frame.src = `${sidebarUrl}${options.unseen ? '?unseen' : ''}#${options.key}`;
    frame.title = 'Crosscheck: related reporting';
    frame.setAttribute('allow', '');
    if (options.focus) frame.addEventListener('load', () => frame.focus(), { once: true });
    this.host = mountIsolated('crosscheck-sidebar', `:host{all:initial!important;position:fixed!important;top:0!important;right:0!important;
      width:min(${WIDTH}px,92vw)!important;height:100vh!important;z-index:2147483647!important;display:block!important}
      :host(.docked){width:${DOCKED_WIDTH}!important}
      iframe{border:0;width:100%;height:100%;display:block;box-shadow:-2px 0 12px rgba(0,0,0,.25);background:Canvas;color-scheme:light dark}
      :host(.unseen){pointer-events:none!important}:host(.unseen) iframe{box-shadow:none;background:transparent}`, frame);
    this.frame = frame;
    if (options.unseen) {
      this.host.classList.add('unseen');
      // Nor reached by the keyboard or read out while it shows nothing.
      this.host.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
    } else {
      this.place(options.docked === true);
    }
  }

  /** The sidebar opened at the glance is to be shown: it takes clicks, and docks if the reader wants it to. */
  reveal(docked: boolean): void {
    if (!this.isUnseen) return;
    this.host!.classList.remove('unseen');
    this.host!.removeAttribute('aria-hidden');
    this.frame?.removeAttribute('tabindex');
    this.place(docked);
  }

  /** Docks the open sidebar beside the page (the page makes room), or floats it over the page. */
  place(docked: boolean): void {
    if (!this.host) return;
    this.host.classList.toggle('docked', docked);
    const root = document.documentElement.style;
    if (docked && !this.pageMargin) {
      this.pageMargin = [root.getPropertyValue('margin-right'), root.getPropertyPriority('margin-right')];
      root.setProperty('margin-right', DOCKED_WIDTH, 'important');
    } else if (!docked) {
      this.restorePageMargin();
    }
  }

  close(): void {
    this.restorePageMargin();
    this.host?.remove();
    this.host = null;
    this.frame = null;
  }

  private restorePageMargin(): void {
    if (!this.pageMargin) return;
    const [value, priority] = this.pageMargin;
    const root = document.documentElement.style;
    if (value) root.setProperty('margin-right', value, priority);
    else root.removeProperty('margin-right');
    if (!root.length) document.documentElement.removeAttribute('style');
    this.pageMargin = null;
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
