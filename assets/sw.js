// ASM Proposal Builder service worker: the whole app shell, one build at a time.
//
// This file is a template: scripts/post_dist.sh writes dist/sw.js from it after the release
// build, filling in the build's version (a hash over every file of dist/) and the list of files
// with their SHA-256. So every deployment changes sw.js, which is how the browser notices it.
//
// Rules kept here, and why:
// - One cache per build ("asm-proposal-<version>"), filled completely or not at all: every file
//   must come back 200 AND match the hash it had at build time (a half-finished upload or a stale
//   CDN copy of index.html would otherwise give a cache mixing two builds). A failed install is
//   simply retried by the browser later; the worker already in charge keeps serving its build.
// - No skipWaiting() on install: a new build waits until the person accepts it (the page posts
//   {type: 'SKIP_WAITING'} after saving the draft), so nobody is switched over mid-edit.
// - Cache first for everything, including navigations: the page always runs the build this
//   worker installed, online or not; updates arrive only through a new worker.
// - Only same-origin GET requests inside the scope are touched; anything else is left to the
//   browser, so this worker never contacts another origin.
'use strict';

const VERSION = '__ASM_VERSION__';
const PREFIX = 'asm-proposal-';
const CACHE = PREFIX + VERSION;
/** [relative path, 'sha256-<base64>'] for every file of the build. */
const FILES = __ASM_FILES__;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL('index.html', SCOPE).href;
const PRECACHED = new Set(FILES.map(([path]) => new URL(path, SCOPE).href));

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

async function precache() {
  // Fetch everything first, then store: nothing reaches the cache unless every file is right.
  const responses = await Promise.all(FILES.map(async ([path, integrity]) => {
    const url = new URL(path, SCOPE).href;
    const response = await fetch(new Request(url, {
      cache: 'no-cache', credentials: 'same-origin', integrity,
    }));
    if (!response.ok) throw new Error(`precache: ${path} answered ${response.status}`);
    // A host that redirects (index.html to /, say) gives a response browsers refuse to serve
    // for a navigation: keep its body and headers only.
    if (response.redirected) {
      const body = await response.blob();
      return [url, new Response(body, { status: 200, headers: response.headers })];
    }
    return [url, response];
  }));
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(responses.map(([url, response]) => cache.put(url, response)));
  } catch (err) {
    // Out of quota, say: leave no partial cache behind for this version.
    await caches.delete(CACHE);
    throw err;
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    // First visit: take charge of the open page at once so it works offline without a reload.
    // (On an update this runs only after the person accepted it.)
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;

  if (request.mode === 'navigate') {
    const rest = url.pathname.slice(SCOPE.pathname.length);
    if (rest === '' || rest === 'index.html') {
      event.respondWith(fromCache(INDEX, request));
    } else {
      // Steps are hash routes, so any other path is a mistyped or old link: send it to the app's
      // root (the browser keeps the #/step part across the redirect), where the relative asset
      // addresses of index.html resolve again.
      event.respondWith(Response.redirect(SCOPE.href, 302));
    }
    return;
  }

  const key = url.origin + url.pathname;
  if (PRECACHED.has(key)) event.respondWith(fromCache(key, request));
});

/** The cached copy of this build; the network only if the cache lost it (storage cleared). */
async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  return hit || fetch(request);
}
