import { type ContentSecurityPolicy, parsePolicy } from '../../../src/build/contentSecurityPolicy.ts';
import { elementsNamed, isExecutableScript, pageElements } from '../../../src/build/htmlDocument.ts';
import { scriptHashSource } from '../../../src/build/pagePolicy.ts';
import { type GateProblem, builtPages, readText } from './builtPages.ts';

/** The sources that govern scripts: script-src, or default-src when there is none. */
function scriptSources(policy: ContentSecurityPolicy): readonly string[] {
  return policy.get('script-src') ?? policy.get('default-src') ?? [];
}

/** Attributes a browser follows or loads as an address. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']);

/** Whether an address runs script: browsers strip control characters and spaces before the scheme. */
function isJavaScriptUrl(value: string): boolean {
  return /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''));
}

/** What is wrong with one page's policy and with the page's inline code under it. */
export function pageCspProblems(html: string): string[] {
  const elements = pageElements(html);
  const scriptTags = elementsNamed(elements, 'script');
  const metas = elementsNamed(elements, 'meta').filter((m) => m.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length === 0) return ['no Content-Security-Policy'];
  const meta = metas[0]!;
  const policy = parsePolicy(meta.attributes.get('content') ?? '');
  const problems: string[] = [];
  const scripts = scriptSources(policy);
  if (scripts.length === 0) problems.push('the policy does not restrict scripts (no script-src or default-src)');
  if (scripts.includes("'unsafe-inline'")) problems.push("scripts allow 'unsafe-inline'");
  if (scripts.includes('*') || scripts.some((s) => /^(https?:|data:|blob:)$/.test(s))) problems.push(`scripts allow any host: ${scripts.join(' ')}`);
  const expect = (directive: string, value: string): void => {
    const sources = policy.get(directive);
    if (!sources || sources.length !== 1 || sources[0] !== value) problems.push(`${directive} must be ${value} (is ${sources?.join(' ') ?? 'missing'})`);
  };
  expect('object-src', "'none'");
  expect('base-uri', "'self'");
  expect('form-action', "'self'");

  // A policy in a <meta> only covers what comes after it.
  const firstCode = scriptTags.find((s) => isExecutableScript(s.attributes));
  if (firstCode && firstCode.index < meta.index) problems.push('a script comes before the Content-Security-Policy');

  // Inline scripts run only if the policy carries their hash.
  const allowsHashes = scripts.some((s) => s.startsWith("'sha"));
  for (const script of scriptTags) {
    if (!isExecutableScript(script.attributes) || script.attributes.has('src')) continue;
    if (!allowsHashes || !scripts.includes(scriptHashSource(script.text))) {
      problems.push(`inline script not allowed by the policy (its hash ${scriptHashSource(script.text)} is not in script-src): ${script.text.slice(0, 60)}`);
    }
  }
  // Inline event handlers and javascript: URLs are never allowed by hashes; style
  // attributes are blocked unless style-src allows 'unsafe-inline'.
  const styles = policy.get('style-src') ?? policy.get('default-src') ?? [];
  for (const element of elements) {
    for (const [name, value] of element.attributes) {
      if (name.startsWith('on')) problems.push(`inline event handler ${name} attribute on <${element.tagName}>`);
      if (urlAttributes.has(name) && isJavaScriptUrl(value)) problems.push(`javascript: URL in ${name} of <${element.tagName}>`);
      if (name === 'style' && !styles.includes("'unsafe-inline'")) problems.push(`a style attribute on <${element.tagName}>, which the policy blocks`);
    }
  }
  return problems;
}

/** Checks the policy of every page in a built site folder, the staff editor at /admin/ included. */
export async function checkCsp(dir: string): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  for (const file of await builtPages(dir)) {
    for (const message of pageCspProblems(await readText(dir, file))) problems.push({ file, message });
  }
  return problems;
}
