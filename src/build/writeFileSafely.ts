import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes a file, creating its folder first. */
export function writeFileSafely(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
