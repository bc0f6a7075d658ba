/**
 * A promise and the function that settles it, for a value that arrives through a callback: a ranking's count,
 * a page's verdict, a sidebar's first request. (`Promise.withResolvers` does this, but not in Node 20.)
 */
export function settleLater<T = void>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}
