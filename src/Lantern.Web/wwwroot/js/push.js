// Adds this device to the ones that get Lantern's notifications (Web Push). Only an enhancement: the page lists and
// removes devices without JavaScript, and says plainly when this browser cannot get notifications or was told not to.
// Steps: ask the person's permission, subscribe through the service worker with the server's public key, send the
// subscription to /api/v1/me/push-subscriptions, then reload the list.
(function () {
  "use strict";

  var UNSUPPORTED = "This browser can't show notifications from websites, so this device can't be added. " +
    "On an iPhone or iPad, add Lantern to your Home Screen first and open it from there. You can also get reminders by e-mail.";
  var BLOCKED = "Notifications from Lantern are turned off in this browser's settings. To get them, allow notifications " +
    "for this site in the browser's settings, then come back to this page.";
  var NOT_ALLOWED = "Nothing has changed: this device will not get notifications. You can choose Allow another time.";
  var NO_SERVICE = "This browser could not reach its notification service just now, so this device was not added. " +
    "Check the connection and try again, or get reminders by e-mail.";
  var NOT_SAVED = "Lantern could not save this device just now. Try again in a moment.";

  var enable = document.querySelector("[data-push-enable]");
  var button = document.querySelector("[data-push-button]");
  var status = document.querySelector("[data-push-status]");
  var needsScript = document.querySelector("[data-push-needs-script]");
  if (!enable || !button || !status) {
    return;
  }

  if (needsScript) {
    needsScript.hidden = true;
  }

  function say(text) {
    status.textContent = text;
  }

  function refusal(text) {
    var error = new Error(text);
    error.lanternMessage = text;
    return error;
  }

  var supported = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window && "fetch" in window;
  if (!supported) {
    say(UNSUPPORTED);
    return;
  }

  if (Notification.permission === "denied") {
    say(BLOCKED);
    return;
  }

  enable.hidden = false;

  // Older Safari answers through a callback rather than a promise.
  function askPermission() {
    return new Promise(function (resolve) {
      var answer = Notification.requestPermission(resolve);
      if (answer && typeof answer.then === "function") {
        answer.then(resolve);
      }
    });
  }

  function publicKey() {
    return fetch("/api/v1/me/push/public-key", { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw refusal(NOT_SAVED);
        }
        return response.json();
      }).then(function (body) { return body.publicKey; });
  }

  function toBytes(base64Url) {
    var base64 = base64Url.replace(/-/g, "+").replace(/_/g, "/");
    var text = window.atob(base64 + "===".slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes;
  }

  function subscribe(registration, key) {
    return registration.pushManager.getSubscription().then(function (existing) {
      return existing || registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: toBytes(key) });
    }).catch(function () {
      throw refusal(NO_SERVICE);
    });
  }

  button.addEventListener("click", function () {
    button.disabled = true;
    say("Waiting for your browser's answer.");
    askPermission().then(function (permission) {
      if (permission !== "granted") {
        throw refusal(permission === "denied" ? BLOCKED : NOT_ALLOWED);
      }
      return Promise.all([navigator.serviceWorker.register("/sw.js").then(function () { return navigator.serviceWorker.ready; }), publicKey()]);
    }).then(function (ready) {
      return subscribe(ready[0], ready[1]);
    }).then(function (subscription) {
      var json = subscription.toJSON();
      return fetch("/api/v1/me/push-subscriptions", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify({ endpoint: json.endpoint, keys: json.keys })
      });
    }).then(function (response) {
      if (!response.ok) {
        throw refusal(NOT_SAVED);
      }
      window.location.assign("/account/devices?added=true");
    }).catch(function (error) {
      say(error && error.lanternMessage ? error.lanternMessage : NOT_SAVED);
      button.disabled = false;
      if (error && error.lanternMessage === BLOCKED) {
        enable.hidden = true;
      }
    });
  });
}());
