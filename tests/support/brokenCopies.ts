import { afterEach } from 'vitest';
import { editedContentCopy } from './buildSite';

/**
 * For a vitest file: returns a function that makes an edited copy of a
 * content tree (`content/`, or `from`; one file changed) and removes the copy
 * after the test.
 */
export function brokenCopies(from?: string): (file: string, edit: (text: string) => string) => ReturnType<typeof editedContentCopy> {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });
  return async (file, edit) => {
    const copy = await editedContentCopy(file, edit, from);
    cleanup = copy.cleanup;
    return copy;
  };
}
