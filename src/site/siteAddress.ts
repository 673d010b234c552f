/**
 * The address the site is built for. The province sets its real address as
 * `url` in content/site.yaml; until then the file leaves it out.
 *
 * - Publishing (`PUBLISH=1 npm run build`) needs the real address: a missing
 *   one or a placeholder (.example, .test, .invalid, localhost, example.com…)
 *   stops the build with one line saying where to set it, so a placeholder
 *   never reaches a canonical link, the sitemap or a printed QR code.
 * - Every other build (`npm run build`, `npm start`, tests) without a real
 *   address uses the local preview address, so no page shows a placeholder.
 */

/** Where `npm run preview` serves the built site (see package.json). */
export const localPreviewAddress = 'http://127.0.0.1:4321';

/** Top-level domains reserved for documentation and tests (RFC 2606, RFC 6761). */
const reservedTopLevel = ['example', 'test', 'invalid', 'localhost', 'local'];
/** Second-level domains reserved for documentation (RFC 2606). */
const reservedDomains = ['example.com', 'example.net', 'example.org'];

/** True when the address is a placeholder that must never be published. */
export function isPlaceholderAddress(address: string): boolean {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  if (host === 'localhost' || /^127\.|^0\.0\.0\.0$|^\[::1\]$/.test(host)) return true;
  const labels = host.split('.');
  if (reservedTopLevel.includes(labels.at(-1) ?? '')) return true;
  return reservedDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export type SiteAddress = { ok: true; url: string } | { ok: false; message: string };

/**
 * Decides the address for a build from `url` in content/site.yaml
 * (undefined when left out) and whether the build publishes.
 */
export function resolveSiteAddress(configured: string | undefined, options: { publish: boolean; siteFile?: string }): SiteAddress {
  const file = (options.siteFile ?? 'content/site.yaml').replace(/^\.\//, '');
  const value = configured?.trim() || undefined;
  const placeholder = value !== undefined && isPlaceholderAddress(value);
  if (value !== undefined && !placeholder) return { ok: true, url: value.replace(/\/$/, '') };
  if (!options.publish) return { ok: true, url: localPreviewAddress };
  const wrong = value === undefined ? 'is not set' : `"${value}" is a placeholder, not the site's real address`;
  return {
    ok: false,
    message: `${file} — url — ${wrong} — publishing needs the https:// address the site is published at: set \`url\` in ${file}`,
  };
}

/**
 * The address for the build, for astro.config.mjs. Refuses to publish
 * (exits with one line on stderr) when the address is missing or a placeholder.
 */
export function siteAddressForBuild(configured: string | undefined, env: NodeJS.ProcessEnv = process.env, siteFile?: string): string {
  const result = resolveSiteAddress(configured, { publish: env['PUBLISH'] === '1', ...(siteFile ? { siteFile } : {}) });
  if (result.ok) return result.url;
  console.error(result.message);
  process.exit(1);
}
