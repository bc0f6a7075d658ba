import { describe, expect, it } from 'vitest';
import { explainWriteError, StorageFull } from '../../../lib/archive/write-errors';

const quota = new DOMException('', 'QuotaExceededError');
const aborted = new DOMException('', 'AbortError');

describe('explainWriteError', () => {
  it('says the disk is full when the request hit the quota', () => {
    expect(explainWriteError(quota, { error: null })).toBeInstanceOf(StorageFull);
  });

  it('says the disk is full when only the transaction knows it (its other requests just say AbortError)', () => {
    const explained = explainWriteError(aborted, { error: quota });
    expect(explained).toBeInstanceOf(StorageFull);
    expect((explained as Error).message).toMatch(/no room left.*delete articles/);
  });

  it('passes any other error through unchanged', () => {
    const other = new Error('boom');
    expect(explainWriteError(other, { error: aborted })).toBe(other);
    const throwing = { get error(): DOMException | null { throw new DOMException('', 'InvalidStateError'); } };
    expect(explainWriteError(other, throwing)).toBe(other);
  });
});
