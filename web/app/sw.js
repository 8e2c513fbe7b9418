// nianbao service worker: keeps the page usable with no network after the first visit. At
// install it caches every file of the build — the UI, the checker, the PDF module, the rule
// pages (PRECACHE, written into this file by scripts/build_web.sh) — so that a PDF dropped
// offline is read too; afterwards it serves the network's newer copy when there is one. It
// never sees a report: reports are read from the page's memory, not fetched.
const CACHE = `nianbao-${PRECACHE_VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Network first, so that a new build is picked up; the cache when offline.
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || caches.match('./'))),
  );
});
