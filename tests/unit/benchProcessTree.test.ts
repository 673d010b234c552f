import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { childrenCpuMs, parentPidFromStat, pssBytesFromRollup, treePids, treeProportionalBytes } from '../../bench/processTree.ts';

function rssBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/**
 * A parent that fills 200 MB and then forks without exec: the child shares
 * every page. RSS counts them twice; PSS once.
 */
const forkingParent = `
import os, sys, time
data = bytearray(200 * 1024 * 1024)
for i in range(0, len(data), 4096):
    data[i] = 1
pid = os.fork()
if pid == 0:
    time.sleep(30)
    os._exit(0)
print(pid, flush=True)
time.sleep(30)
`;

describe('bench process tree', () => {
  it('reads the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parentPidFromStat('4242 (node (worker) 1) S 17 4242 4242 0 -1 4194560')).toBe(17);
  });

  it('reads PSS from smaps_rollup, and 0 when there is none', () => {
    expect(pssBytesFromRollup('Rss:  2048 kB\nPss:   1000 kB\nPss_Anon:  900 kB\n')).toBe(1000 * 1024);
    expect(pssBytesFromRollup('')).toBe(0);
  });

  it('counts a forked child that shares its parent’s pages once, not twice', async () => {
    const parent = spawn('python3', ['-c', forkingParent], { stdio: ['ignore', 'pipe', 'inherit'] });
    let childPid = 0;
    try {
      childPid = await new Promise<number>((resolve, reject) => {
        parent.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
        parent.once('error', reject);
      });
      const pids = treePids(parent.pid!);
      expect(pids).toEqual(expect.arrayContaining([parent.pid!, childPid]));
      const rssSum = rssBytes(parent.pid!) + rssBytes(childPid);
      const pss = treeProportionalBytes(parent.pid!);
      expect(rssSum).toBeGreaterThan(400 * 1024 ** 2);
      expect(pss).toBeGreaterThan(190 * 1024 ** 2);
      expect(pss).toBeLessThan(260 * 1024 ** 2);
    } finally {
      if (childPid > 0) process.kill(childPid, 'SIGKILL');
      parent.kill('SIGKILL');
    }
  });

  it('adds the CPU time of a finished child tree', async () => {
    const before = childrenCpuMs();
    const child = spawn(process.execPath, ['-e', 'const end = Date.now() + 400; while (Date.now() < end);'], { stdio: 'ignore' });
    await new Promise((resolve) => child.on('close', resolve));
    expect(childrenCpuMs() - before).toBeGreaterThanOrEqual(300);
  });
});
