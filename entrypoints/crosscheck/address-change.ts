/**
 * Calls `changed` when a single-page app moves to another address without a page load. Chromium's Navigation
 * API says so as it happens; elsewhere the address is looked at once a second. Neither can be faked by the
 * page: a page can only really navigate, and then the sidebar should follow anyway. `document.URL` is the
 * address, as `location.href` is, without making the page's `location` object in this world.
 */
export function onAddressChange(changed: () => void): void {
  let address = document.URL;
  const compare = (next: string) => {
    if (next === address) return;
    address = next;
    changed();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    // currententrychange fires once the new entry is current, so document.URL is the new address.
    navigation.addEventListener('currententrychange', () => compare(document.URL));
  } else {
    setInterval(() => compare(document.URL), 1000);
  }
}
