/**
 * Calls `changed` when a single-page app moves to another address without a page load. Chromium's Navigation
 * API says so as it happens; elsewhere the address is looked at once a second. Neither can be faked by the
 * page: a page can only really navigate, and then the sidebar should follow anyway.
 */
export function onAddressChange(changed: () => void): void {
  let address = location.href;
  const compare = (next: string) => {
    if (next === address) return;
    address = next;
    changed();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    // currententrychange fires once the new entry is current, so location.href is the new address.
    navigation.addEventListener('currententrychange', () => compare(location.href));
  } else {
    setInterval(() => compare(location.href), 1000);
  }
}
