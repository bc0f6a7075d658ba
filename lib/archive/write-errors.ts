/** Why a write to the archive kept nothing, in words the reader can act on. */

/** The reader cancelled a long write (an import). */
export class WriteCancelled extends Error {
  constructor() {
    super('It was cancelled.');
  }
}

/** The browser refused the write: the archive's share of the disk is used up. */
export class StorageFull extends Error {
  constructor() {
    super('Your browser has no room left for the archive. Free some disk space, or delete articles you no longer need, then try again.');
  }
}

/**
 * IndexedDB reports a full disk as a QuotaExceededError, on the transaction or on the request that hit it;
 * the other requests of the aborted transaction only say AbortError, and its message is often empty. So the
 * transaction's own error is looked at too.
 */
export function explainWriteError(error: unknown, transaction: { error: DOMException | null }): unknown {
  let txError: DOMException | null = null;
  try {
    txError = transaction.error;
  } catch {
    // Reading .error of a transaction still running throws in some browsers.
  }
  const full = [error, txError].some((e) => (e as { name?: unknown } | null)?.name === 'QuotaExceededError');
  return full ? new StorageFull() : error;
}
