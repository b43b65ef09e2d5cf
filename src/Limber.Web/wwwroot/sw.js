// Limber's service worker: the app shell up front; plan and session pages and figures as they
// are fetched, so today's session runs offline. Never the API (the page's outbox handles that).
importScripts('/js/sw-notifications.js');

// The player fetches every figure its session can show (mirrored, still, the easier variant's)
// while online; a figure's query (?mirror=1, ?still=1) is part of what it is, so figures are
// cached and found by their whole address. Pages load css and js by fingerprinted URLs
// (/js/app.1a2b3c4d5e.js, immutable); the shell below names the plain paths, which always serve
// the current file, and a fingerprinted file is also kept under its plain path, so either finds it
// offline.
const CACHE = 'limber-v3';
const SHELL = [
  '/',
  '/css/site.css',
  '/css/player.css',
  '/js/app.js',
  '/js/player.js',
  '/js/timeline.js',
  '/js/words.js',
  '/js/cues.js',
  '/js/speech.js',
  '/js/figure.js',
  '/js/wakelock.js',
  '/js/hurts.js',
  '/js/view.js',
  '/js/offline.js',
  '/icons/limber.svg',
  '/manifest.webmanifest',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(SHELL.map((url) => cache.add(new Request(url, { cache: 'reload' })).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith('limber-') && k !== CACHE).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

const isPage = (path) => path === '/' || path.startsWith('/plans/') || path.startsWith('/sessions/');
const isStatic = (path) => /^\/(css|js|icons|figures)\//.test(path) || path === '/manifest.webmanifest';
// For a figure the query picks the drawing (and ?v= the build that drew it).
const isFigure = (path) => path.startsWith('/figures/');
// The plain path of a fingerprinted static file: /js/app.1a2b3c4d5e.js is /js/app.js.
const plainPath = (path) => path.replace(/\.[0-9a-z]{10}(\.[a-z]+)$/, '$1');

function cacheable(response) {
  return response && response.ok && response.type === 'basic' && !response.redirected;
}

async function put(request, response) {
  const cache = await caches.open(CACHE);
  await cache.put(request, response);
}

async function networkFirst(event) {
  const { request } = event;
  const path = new URL(request.url).pathname;
  try {
    const response = await fetch(request);
    if (isPage(path) && cacheable(response)) {
      event.waitUntil(put(request.url, response.clone()));
    }
    return response;
  } catch (error) {
    const cached = await caches.match(request.url, { ignoreSearch: true });
    if (cached) return cached;
    if (request.mode !== 'navigate') throw error;
    return offlinePage();
  }
}

async function staleWhileRevalidate(event) {
  const { request } = event;
  const cache = await caches.open(CACHE);
  const exact = await cache.match(request);
  const path = new URL(request.url).pathname;
  const figure = isFigure(path);
  const update = fetch(request).then((response) => {
    if (cacheable(response)) {
      // The fingerprinted URL and the plain path both serve offline (a figure: only its own address).
      const puts = [cache.put(request, response.clone())];
      if (!figure) puts.push(cache.put(plainPath(path), response.clone()));
      return Promise.all(puts).then(() => response);
    }
    return response;
  });
  if (exact) {
    event.waitUntil(update.catch(() => {}));
    return exact;
  }
  try {
    return await update;
  } catch (error) {
    const any = figure ? null : await cache.match(plainPath(path), { ignoreSearch: true });
    if (any) return any;
    throw error;
  }
}

function offlinePage() {
  const html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Offline · Limber</title><link rel="stylesheet" href="/css/site.css"></head><body><main id="main">' +
    '<h1>You are offline</h1><p>This page is not saved on this device; today\'s plan and session are.</p>' +
    '<p><a href="/">Home</a></p></main></body></html>';
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate' || isPage(url.pathname)) {
    event.respondWith(networkFirst(event));
  } else if (isStatic(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event));
  }
});
