import { registerHooks } from 'node:module';
import ts from 'typescript';

/**
 * Lets plain Node load the site's modules as Vite does, so scripts such as
 * `npm run check` use the very schemas and helpers the build uses:
 * - a relative import written without `.ts` is retried with it;
 * - the site's own .ts files are compiled with TypeScript, because Node's
 *   built-in type stripping rejects a few constructs the site uses
 *   (constructor parameter properties in src/content/facts.ts).
 * Scripts call this before importing anything from src/; calling it again does nothing.
 */
let allowed = false;
export function allowSiteModules(): void {
  if (allowed) return;
  allowed = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        if (!/^\.{1,2}\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
        return nextResolve(`${specifier}.ts`, context);
      }
    },
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) return loaded;
      const source = typeof loaded.source === 'string' ? loaded.source : new TextDecoder().decode(loaded.source as Uint8Array);
      const { outputText } = ts.transpileModule(source, {
        fileName: url,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: true },
      });
      return { format: 'module', source: outputText, shortCircuit: true };
    },
  });
}
