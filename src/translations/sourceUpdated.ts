import { lastCommitDate } from '../content/fileHistory.ts';

/**
 * The day a Vietnamese source file last changed, for the "the Vietnamese page
 * was updated on …" notice: the date of the last commit that touched it;
 * where git knows nothing of the file (a copy outside the repository, a file
 * never committed, a shallow clone's boundary) the page's own `reviewed` date.
 */
export function sourceUpdatedDate(file: string, reviewed: Date | undefined): Date | undefined {
  return lastCommitDate(file) ?? reviewed;
}
