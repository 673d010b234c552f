/**
 * `node scripts/run-together.ts typecheck test:unit`: runs npm scripts at the
 * same time and prints each one's output whole, in the order given, once it
 * has finished, so two reports never interleave. Exits 1 when any failed,
 * naming it. `npm test` uses it for the type check (one process) beside the
 * unit tests (two workers): on two cores that is about 15 s less than one
 * after the other.
 */
import { spawn } from 'node:child_process';

interface Finished {
  script: string;
  code: number;
  output: string;
}

function runScript(script: string): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { env: { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ script, code: 1, output: `${output}\n${error.message}\n` }));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output }));
  });
}

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('run-together — arguments — none given — expected the names of npm scripts, for example: typecheck test:unit');
  process.exit(2);
}
const runs = scripts.map(runScript);
const failed: string[] = [];
for (const run of runs) {
  const { script, code, output } = await run;
  process.stdout.write(`\n> npm run ${script}\n${output}`);
  if (code !== 0) failed.push(`${script} (exit code ${code})`);
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
