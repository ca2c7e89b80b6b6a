// Lantern's service worker: the crisis page and a plain "you are offline" page open without a connection.
//
// What it keeps, and nothing else: the stylesheets, scripts and icons the kept pages need; the offline page and every
// country's crisis page, fetched signed out so they hold nobody's data; and the crisis page at /help as the person last
// opened it (their own country's lines). Other pages hold health data and are never kept: they go to the network, and
// when that fails the offline page answers instead. Only same-origin GETs are answered; everything else (forms, the
// API) passes straight through. A successful sign-out empties every cache, then the signed-out copies are fetched again.
//
// It also shows Lantern's push notifications (Platform/Push/WebPushSender.cs sends them): what to do and where, never a
// medicine, dose, score or symptom. A tap opens the notice's page of this site, in a Lantern window already open when
// there is one; "Stop these reminders" opens the notice's one-click stop link.
"use strict";

// Bump on every change to this file or to the list below: the new worker replaces the old one and its caches.
var CACHE_VERSION = 2;
var STATIC_CACHE = "lantern-static-v" + CACHE_VERSION;
var PAGE_CACHE = "lantern-pages-v" + CACHE_VERSION;
var OFFLINE_PAGE = "/offline";
var HELP_PAGE = "/help";
var SIGN_OUT = "/account/sign-out";
var STATIC_FILES = [
  "/css/site.css", "/css/charts.css", "/css/sessions.css", "/js/offline.js", "/js/sessions.js",
  "/manifest.webmanifest", "/favicon.ico", "/icons/icon.svg", "/icons/icon-32.png", "/icons/icon-192.png",
  "/icons/icon-512.png", "/icons/maskable-192.png", "/icons/maskable-512.png", "/icons/apple-touch-icon.png"
];

function isKeepable(response) {
  return response && response.ok && response.type === "basic" && !response.redirected;
}

function put(cacheName, key, response) {
  return isKeepable(response)
    ? caches.open(cacheName).then(function (cache) { return cache.put(key, response); })
    : Promise.resolve();
}

// The signed-out copies: the offline page, the crisis page that asks for a country, and each country's page it links.
function keepSignedOutPages() {
  var signedOut = { credentials: "omit" };
  return Promise.all([
    fetch(OFFLINE_PAGE, signedOut).then(function (response) { return put(PAGE_CACHE, OFFLINE_PAGE, response); }),
    fetch(HELP_PAGE, signedOut).then(function (response) { return response.ok ? response.text() : ""; }).then(function (html) {
      var links = html.match(/\/help\?country=[A-Za-z-]+/g) || [];
      return Promise.all(links.filter(function (link, i) { return links.indexOf(link) === i; }).map(function (link) {
        return fetch(link, signedOut).then(function (response) { return put(PAGE_CACHE, link, response); });
      }));
    })
  ]);
}

// The crisis page as this person sees it now (signed out, that is the page that asks for a country).
function keepOwnHelpPage() {
  return fetch(HELP_PAGE, { credentials: "same-origin" }).then(function (response) { return put(PAGE_CACHE, HELP_PAGE, response); });
}

function keepStaticFiles() {
  return caches.open(STATIC_CACHE).then(function (cache) { return cache.addAll(STATIC_FILES); });
}

function forgetEverything() {
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf("lantern-") === 0; }).map(function (name) {
      return caches.delete(name);
    }));
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(Promise.all([keepStaticFiles(), keepSignedOutPages(), keepOwnHelpPage()]).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("lantern-") === 0 && name !== STATIC_CACHE && name !== PAGE_CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function offlinePage() {
  return caches.match(OFFLINE_PAGE, { cacheName: PAGE_CACHE }).then(function (page) {
    return page || Response.error();
  });
}

// Network first, so the lines are always the newest; kept as opened; without a connection the kept copy, then the
// person's own crisis page, then the offline page (which links it).
function helpPage(request, url) {
  var key = url.pathname + url.search;
  return fetch(request).then(function (response) {
    var copy = response.clone();
    return put(PAGE_CACHE, key, copy).then(function () { return response; }, function () { return response; });
  }, function () {
    return caches.match(key, { cacheName: PAGE_CACHE }).then(function (kept) {
      return kept || caches.match(HELP_PAGE, { cacheName: PAGE_CACHE });
    }).then(function (kept) { return kept || offlinePage(); });
  });
}

function staticFile(request, url) {
  return fetch(request).then(function (response) {
    var copy = response.clone();
    return put(STATIC_CACHE, url.pathname, copy).then(function () { return response; }, function () { return response; });
  }, function () {
    return caches.match(url.pathname, { cacheName: STATIC_CACHE }).then(function (kept) { return kept || Response.error(); });
  });
}

// Signing out ends the kept copies with the session: nothing this person saw stays for whoever uses the device next.
function signOut(event) {
  return fetch(event.request).then(function (response) {
    event.waitUntil(forgetEverything().then(function () {
      return Promise.all([keepStaticFiles(), keepSignedOutPages(), keepOwnHelpPage()]);
    }));
    return response;
  }, offlinePage);
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }

  if (request.method === "POST" && request.mode === "navigate" && url.pathname === SIGN_OUT) {
    event.respondWith(signOut(event));
    return;
  }

  if (request.method !== "GET") {
    return;
  }

  if (request.mode === "navigate") {
    event.respondWith(url.pathname === HELP_PAGE
      ? helpPage(request, url)
      : fetch(request).catch(offlinePage));
  } else if (STATIC_FILES.indexOf(url.pathname) !== -1) {
    event.respondWith(staticFile(request, url));
  }
});

// Only a page of this site: anything else in a notice opens the home page instead.
function pageOfThisSite(url) {
  try {
    var page = new URL(url || "/", self.location.origin);
    return page.origin === self.location.origin ? page.href : self.location.origin + "/";
  } catch (e) {
    return self.location.origin + "/";
  }
}

self.addEventListener("push", function (event) {
  var notice = {};
  try {
    notice = event.data ? event.data.json() : {};
  } catch (e) {
    notice = {};
  }

  var data = { url: pageOfThisSite(notice.url), stopUrl: notice.stopUrl ? pageOfThisSite(notice.stopUrl) : null };
  var options = {
    body: notice.body || "",
    data: data,
    icon: "/icons/icon-192.png",
    badge: "/icons/icon-192.png",
    actions: data.stopUrl ? [{ action: "stop", title: "Stop these reminders" }] : []
  };
  if (notice.tag) {
    options.tag = notice.tag;
  }
  event.waitUntil(self.registration.showNotification(notice.title || "Lantern", options));
});

self.addEventListener("notificationclick", function (event) {
  var data = event.notification.data || {};
  var target = event.action === "stop" && data.stopUrl ? data.stopUrl : (data.url || self.location.origin + "/");
  event.notification.close();
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
    var open = windows.filter(function (client) {
      return new URL(client.url).origin === self.location.origin && "focus" in client;
    })[0];
    if (!open) {
      return self.clients.openWindow(target);
    }
    // A window this worker does not control cannot be sent elsewhere: a new one opens the page instead.
    return open.focus().then(function (focused) {
      return focused.url === target ? focused : focused.navigate(target);
    }).catch(function () {
      return self.clients.openWindow(target);
    });
  }));
});
