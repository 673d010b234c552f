/**
 * Memory and CPU time of a build and everything it starts, from /proc (Linux).
 *
 * Memory is the sum of PSS (proportional set size, /proc/<pid>/smaps_rollup)
 * over the process tree, not RSS: a page shared by two processes counts half
 * in each, so a child caught between fork and exec, which shares all its
 * parent's pages, adds almost nothing instead of a second copy of the parent.
 *
 * CPU time is read from this process's own `cutime + cstime`: the kernel adds
 * a child's user and system time there when the child is waited for, including
 * what the child's own waited-for children used, so the difference before and
 * after a build is the CPU time of its whole tree, short-lived `git` children
 * included.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of the `stat` times (USER_HZ, nearly always 100). */
const ticksPerSecond = ((): number => {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return value > 0 ? value : 100;
  } catch {
    return 100;
  }
})();

/** The parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parentPidFromStat(statText: string): number {
  const fields = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/** PSS in bytes from the text of /proc/<pid>/smaps_rollup; 0 when the line is absent (a kernel thread, a zombie). */
export function pssBytesFromRollup(rollupText: string): number {
  const kb = /^Pss:\s+(\d+) kB$/m.exec(rollupText)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** Every pid under `root` (the root included), from one pass over /proc. */
export function treePids(root: number, procDir = '/proc'): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync(procDir)) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), parentPidFromStat(readFileSync(`${procDir}/${entry}/stat`, 'utf8')));
    } catch {
      // the process ended while we looked
    }
  }
  const pids: number[] = [];
  for (const pid of parents.keys()) {
    let p: number | undefined = pid;
    while (p !== undefined && p > 1 && p !== root) p = parents.get(p);
    if (p === root) pids.push(pid);
  }
  return pids;
}

/** The summed PSS of a process and all its descendants, in bytes. */
export function treeProportionalBytes(root: number, procDir = '/proc'): number {
  let total = 0;
  for (const pid of treePids(root, procDir)) {
    try {
      total += pssBytesFromRollup(readFileSync(`${procDir}/${pid}/smaps_rollup`, 'utf8'));
    } catch {
      // ended, or not ours to read
    }
  }
  return total;
}

/** User + system CPU time of this process's waited-for children so far, in milliseconds. */
export function childrenCpuMs(): number {
  const text = readFileSync('/proc/self/stat', 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3 of stat(5), so cutime (16) and cstime (17) are at 13 and 14 here.
  const ticks = Number(fields[13]) + Number(fields[14]);
  return (ticks * 1000) / ticksPerSecond;
}
