import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { builtFiles } from './builtPages.ts';

/**
 * Compares two built site folders byte for byte: files only in one, and
 * files whose bytes differ (with the first differing line of text files).
 */
export async function compareFolders(a: string, b: string): Promise<string[]> {
  const [filesA, filesB] = await Promise.all([builtFiles(a), builtFiles(b)]);
  const setB = new Set(filesB);
  const differences: string[] = [];
  for (const file of filesA) {
    if (!setB.has(file)) {
      differences.push(`${file}: only in the first build`);
      continue;
    }
    const [bytesA, bytesB] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (bytesA.equals(bytesB)) continue;
    const lineA = firstDifference(bytesA.toString('utf8'), bytesB.toString('utf8'));
    differences.push(`${file}: ${lineA}`);
  }
  const setA = new Set(filesA);
  for (const file of filesB) if (!setA.has(file)) differences.push(`${file}: only in the second build`);
  return differences;
}

/** Where two texts first differ, with a little of each around that point. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const line = a.slice(0, i).split('\n').length;
  const around = (text: string): string => JSON.stringify(text.slice(Math.max(0, i - 30), i + 50));
  return `differs at line ${line}: ${around(a)} vs ${around(b)}`;
}
