/*
 * The site's service worker. scripts/build-sw.ts fills in CONFIG after
 * `astro build` and writes the result to <outDir>/sw.js:
 *   version  a hash of the precache list (changes when any precached file does)
 *   precache [{ url, revision }]: the site shell, offline and hotlines pages
 *   offline  { "<locale prefix>": "<offline page URL>" }, longest prefix first
 * Pages: network first (a 4-second wait on a weak signal, then the saved copy),
 * then the saved copy, then the offline page in the reader's language.
 *
 * Every cache belongs to one build: its name ends in the build's version.
 * When a new build takes over (activate), every cache of an older build is
 * deleted — its pages carry superseded facts (a changed hotline) and its
 * styles belong to pages that are gone — so offline the reader sees only
 * the newest version they have. Look-ups name the caches in order (pages
 * saved under this build, then this build's precache), never
 * `caches.match()` over all caches, which answers from the oldest cache.
 */
const CONFIG = self.__SW_CONFIG__;
const PRECACHE = `app-precache-${CONFIG.version}`;
const PAGES = `app-pages-${CONFIG.version}`;
const ASSETS = `app-assets-${CONFIG.version}`;
/** This build's caches, newest information first. */
const OWN_CACHES = [PAGES, PRECACHE, ASSETS];
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE);
      await cache.addAll(CONFIG.precache.map((entry) => new Request(entry.url, { cache: 'reload' })));
      // The first install takes over at once; an update waits for the reader to choose "reload".
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Every cache of an older build (and the unversioned ones of earlier
      // workers: app-pages, app-assets) is superseded.
      for (const name of await caches.keys()) {
        if (name.startsWith('app-') && !OWN_CACHES.includes(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** The newest copy this build has of a request: saved pages first, then the precache, then assets. */
async function cached(request, options) {
  for (const name of OWN_CACHES) {
    if (!(await caches.has(name))) continue;
    const cache = await caches.open(name);
    const response = await cache.match(request, options);
    if (response) return response;
  }
  return undefined;
}

/** The URL a page is saved under: no query, no fragment. */
function pageKey(url) {
  return `${url.origin}${url.pathname}`;
}

function offlinePageFor(pathname) {
  const prefix = Object.keys(CONFIG.offline).find((p) => pathname.startsWith(p));
  return prefix === undefined ? undefined : CONFIG.offline[prefix];
}

async function savePage(key, response) {
  if (response.ok && !response.redirected && response.type === 'basic') {
    const cache = await caches.open(PAGES);
    await cache.put(key, response);
  }
}

async function fallbackPage(url) {
  const offline = offlinePageFor(url.pathname);
  return (offline && (await cached(offline))) || Response.error();
}

async function page(event, url) {
  const key = pageKey(url);
  const network = fetch(event.request).then((response) => {
    event.waitUntil(savePage(key, response.clone()));
    return response;
  });
  const saved = await cached(key);
  if (!saved) return network.catch(() => fallbackPage(url));
  const wait = new Promise((resolve) => setTimeout(() => resolve(saved), NETWORK_WAIT_MS));
  return Promise.race([network.catch(() => saved), wait]);
}

async function asset(request, url) {
  const saved = await cached(request);
  if (saved) return saved;
  try {
    const response = await fetch(request);
    // Files under /_astro/ are named by their content: safe to keep for ever.
    if (response.ok && url.pathname.startsWith('/_astro/')) {
      const cache = await caches.open(ASSETS);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const stale = await cached(request, { ignoreSearch: true });
    if (stale) return stale;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(event, url) : asset(request, url));
});

self.addEventListener('message', (event) => {
  const message = event.data ?? {};
  if (message.type === 'skip-waiting') self.skipWaiting();
  // The page that installed the worker was loaded before it: save it now.
  if (message.type === 'save-page' && typeof message.url === 'string') {
    const url = new URL(message.url, self.location.origin);
    if (url.origin === self.location.origin) {
      event.waitUntil(fetch(pageKey(url)).then((response) => savePage(pageKey(url), response)).catch(() => {}));
    }
  }
});
