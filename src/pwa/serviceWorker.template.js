/*
 * The site's service worker. scripts/build-sw.ts fills in CONFIG after
 * `astro build` and writes the result to <outDir>/sw.js:
 *   version  a hash of the precache list (changes when any precached file does)
 *   precache [{ url, revision }]: the site shell, offline and hotlines pages
 *   offline  { "<locale prefix>": "<offline page URL>" }, longest prefix first
 * Pages: network first (a 4-second wait on a weak signal, then the saved copy),
 * then the saved copy, then the offline page in the reader's language.
 */
const CONFIG = self.__SW_CONFIG__;
const PRECACHE = `app-precache-${CONFIG.version}`;
const PAGES = 'app-pages';
const ASSETS = 'app-assets';
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
      const assets = await caches.open(ASSETS);
      for (const name of await caches.keys()) {
        if (!name.startsWith('app-precache-') || name === PRECACHE) continue;
        // Saved pages of the old build still need their styles and scripts.
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          if (new URL(request.url).pathname.startsWith('/_astro/')) {
            const response = await old.match(request);
            if (response) await assets.put(request, response);
          }
        }
        await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

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
  return (offline && (await caches.match(offline))) || Response.error();
}

async function page(event, url) {
  const key = pageKey(url);
  const network = fetch(event.request).then((response) => {
    event.waitUntil(savePage(key, response.clone()));
    return response;
  });
  const saved = await caches.match(key);
  if (!saved) return network.catch(() => fallbackPage(url));
  const wait = new Promise((resolve) => setTimeout(() => resolve(saved), NETWORK_WAIT_MS));
  return Promise.race([network.catch(() => saved), wait]);
}

async function asset(request, url) {
  const saved = await caches.match(request);
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
    const stale = await caches.match(request, { ignoreSearch: true });
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
