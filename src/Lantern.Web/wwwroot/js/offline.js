// Registers the service worker (/sw.js) that keeps the crisis page and an offline page on the device, so "Get help
// now" opens without a connection. Every page works without it; a browser without service workers simply goes to the
// network as before.
(function () {
  "use strict";

  // Checks and readings kept on a dosing day while offline (sessions.js) belong to whoever was signed in: signing out
  // while connected forgets them along with the service worker's copies.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form && form.getAttribute("action") === "/account/sign-out" && navigator.onLine !== false) {
      try {
        window.localStorage.removeItem("lantern.unsent");
      } catch (e) {
        // Storage may be unavailable (private mode); there is then nothing to forget.
      }
    }
  });

  if (!("serviceWorker" in navigator)) {
    return;
  }

  function register() {
    navigator.serviceWorker.register("/sw.js").catch(function () {
      // Offline support is an extra; the site works without it.
    });
  }

  if (document.readyState === "complete") {
    register();
  } else {
    window.addEventListener("load", register);
  }
}());
