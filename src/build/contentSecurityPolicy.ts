/**
 * A Content-Security-Policy as the CSP specification reads one ("parse a
 * serialized CSP", CSP Level 3 §2.2.1): directives are split on ";", each on
 * ASCII whitespace into a name and its sources; names are case-insensitive;
 * when a directive is repeated, the first one counts and the others are
 * ignored. The build (pagePolicy.ts), the nginx include (scripts/nginx-csp.ts)
 * and the CSP gate all read policies through this one function.
 */

/** Directive name (lower case) → its sources, in the policy's order. */
export type ContentSecurityPolicy = ReadonlyMap<string, readonly string[]>;

const asciiWhitespace = /[\t\n\f\r ]+/;

export function parsePolicy(text: string): ContentSecurityPolicy {
  const policy = new Map<string, readonly string[]>();
  for (const token of text.split(';')) {
    const [name, ...sources] = token.split(asciiWhitespace).filter((part) => part !== '');
    if (name === undefined) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** The policy written back: "name source source; name source". */
export function serializePolicy(policy: ContentSecurityPolicy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
