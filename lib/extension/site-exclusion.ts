/** True if the host is on the reader's "never run here" list ("example.com" also covers its subdomains). */
export function isExcluded(host: string, neverRunOn: string[]): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return neverRunOn.some((site) => {
    const s = normalizeSite(site);
    return s !== '' && (h === s || h.endsWith('.' + s));
  });
}

/** "https://www.Example.com/path" → "example.com": what the options page stores. */
export function normalizeSite(site: string): string {
  return site.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[/:?#].*$/, '');
}
