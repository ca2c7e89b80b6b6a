// Progressive enhancement for the sessions pages. Every page works without this file: the server computes the time
// since the dose and what is due on each load, and the journal saves with its button. This only keeps the clock
// moving between loads, marks a check or the blood-pressure reading as due when its time comes, saves each journal
// answer as it is written, so a tired person loses nothing if they close the page, and on the dosing day keeps a check
// or a reading made with no connection on the device ("not sent yet") and sends it by itself when the connection is
// back. Each carries the key the server rendered into its form, so a repeat never saves twice.
(function () {
  "use strict";

  function duration(minutes) {
    var hours = Math.floor(minutes / 60);
    var rest = minutes % 60;
    var h = hours === 1 ? "1 hour" : hours + " hours";
    var m = rest === 1 ? "1 minute" : rest + " minutes";
    return hours === 0 ? m : rest === 0 ? h : h + " " + m;
  }

  function parse(text) {
    var value = text ? Date.parse(text) : NaN;
    return isNaN(value) ? null : value;
  }

  function dayPage(root) {
    var dosedAt = parse(root.getAttribute("data-dosed-at"));
    var serverNow = parse(root.getAttribute("data-server-now"));
    if (root.getAttribute("data-state") !== "started" || dosedAt === null || serverNow === null) {
      return;
    }

    // The server's clock is the one that counts; the phone's may be a few minutes off.
    var skew = serverNow - Date.now();
    var nextCheck = parse(root.getAttribute("data-next-check"));
    var bpAt = parse(root.getAttribute("data-bp-at"));
    var bpRecorded = root.getAttribute("data-bp-recorded") === "true";
    var since = root.querySelector("[data-since-dose]");
    var live = root.querySelector("[data-live-status]");
    var checkPrompt = root.querySelector("[data-check-prompt]");
    var checkHeading = root.querySelector("[data-check-heading]");
    var bpPrompt = root.querySelector("[data-bp-prompt]");
    var bpHeading = root.querySelector("[data-bp-heading]");
    var announced = {};

    function due(prompt, heading, text, key) {
      if (!prompt || !heading || prompt.classList.contains("due")) {
        return;
      }
      prompt.classList.add("due");
      heading.textContent = text;
      if (live && !announced[key]) {
        announced[key] = true;
        live.textContent = text;
      }
    }

    function tick() {
      var now = Date.now() + skew;
      if (since) {
        since.textContent = duration(Math.max(0, Math.floor((now - dosedAt) / 60000)));
      }
      if (nextCheck !== null && now >= nextCheck) {
        due(checkPrompt, checkHeading, "Time for a check", "check");
      }
      if (!bpRecorded && bpAt !== null && now >= bpAt) {
        due(bpPrompt, bpHeading, "Time to measure your blood pressure", "bp");
      }
    }

    tick();
    window.setInterval(tick, 15000);
  }

  function journal(form) {
    var api = form.getAttribute("data-journal-api");
    var status = form.querySelector("[data-save-status]");
    if (!api || !window.fetch) {
      return;
    }

    var timers = {};
    var saved = {};

    function say(text) {
      if (status) {
        status.textContent = text;
      }
    }

    function save(area) {
      var field = area.getAttribute("data-autosave");
      if (saved[field] === area.value) {
        return;
      }
      var body = {};
      body[field] = area.value;
      // The API answers JSON only; the session cookie (SameSite=Lax) goes with a same-origin fetch.
      window.fetch(api, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(body)
      }).then(function (response) {
        if (response.ok) {
          saved[field] = area.value;
          say("Saved as you wrote.");
        } else {
          say("Not saved yet. Your words are still here: use \"Save my journal\" below.");
        }
      }).catch(function () {
        say("Not saved yet. Your words are still here: use \"Save my journal\" below.");
      });
    }

    form.querySelectorAll("textarea[data-autosave]").forEach(function (area) {
      saved[area.getAttribute("data-autosave")] = area.value;
      area.addEventListener("input", function () {
        var field = area.getAttribute("data-autosave");
        window.clearTimeout(timers[field]);
        timers[field] = window.setTimeout(function () { save(area); }, 2000);
      });
      area.addEventListener("blur", function () {
        window.clearTimeout(timers[area.getAttribute("data-autosave")]);
        save(area);
      });
    });
  }

  // ---- Offline on the dosing day ----------------------------------------------------------------------------------
  var UNSENT = "lantern.unsent";

  function readUnsent() {
    try {
      return JSON.parse(window.localStorage.getItem(UNSENT) || "[]");
    } catch (e) {
      return [];
    }
  }

  function writeUnsent(items) {
    try {
      if (items.length === 0) {
        window.localStorage.removeItem(UNSENT);
      } else {
        window.localStorage.setItem(UNSENT, JSON.stringify(items));
      }
      return true;
    } catch (e) {
      return false;
    }
  }

  function newKey() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function whole(text) {
    var value = (text || "").trim();
    return /^\d+$/.test(value) ? parseInt(value, 10) : null;
  }

  function offlineQueue(root) {
    var api = root.getAttribute("data-api");
    var zone = root.getAttribute("data-zone") || undefined;
    var live = root.querySelector("[data-live-status]");
    var forms = root.querySelectorAll("form[data-offline-kind]");
    if (!api || !window.fetch || !window.localStorage || forms.length === 0) {
      return;
    }

    var sending = false;
    var list = null;

    function say(text) {
      if (live) {
        live.textContent = text;
      }
    }

    function clock(iso) {
      try {
        return new Date(iso).toLocaleTimeString([], { hour: "numeric", minute: "2-digit", timeZone: zone });
      } catch (e) {
        return new Date(iso).toLocaleTimeString();
      }
    }

    // One list above the forms: each thing kept on this device, with where it is.
    function ensureList() {
      if (list) {
        return list;
      }
      var section = document.createElement("section");
      section.className = "notice";
      section.setAttribute("aria-labelledby", "unsent-title");
      section.setAttribute("data-unsent", "");
      var heading = document.createElement("h2");
      heading.id = "unsent-title";
      heading.textContent = "Saved on this device";
      list = document.createElement("ul");
      section.appendChild(heading);
      section.appendChild(list);
      var before = root.querySelector(".help-bar");
      root.insertBefore(section, before ? before.nextSibling : root.firstChild);
      return list;
    }

    function show(item, status, extra) {
      var ul = ensureList();
      var li = ul.querySelector("[data-key='" + item.key + "']");
      if (!li) {
        li = document.createElement("li");
        li.setAttribute("data-key", item.key);
        ul.appendChild(li);
      }
      li.textContent = item.label + " (" + clock(item.madeAt) + "): " + status;
      if (extra) {
        li.appendChild(document.createTextNode(" " + extra));
      }
      return li;
    }

    function helpLink(li) {
      var link = document.createElement("a");
      link.href = "#help";
      link.textContent = "Get help now";
      li.appendChild(document.createTextNode(" "));
      li.appendChild(link);
    }

    function problemText(response) {
      return response.json().then(function (problem) {
        return (problem && (problem.detail || problem.title)) || "";
      }, function () { return ""; });
    }

    function remove(key) {
      writeUnsent(readUnsent().filter(function (item) { return item.key !== key; }));
    }

    function send() {
      if (sending || navigator.onLine === false) {
        return;
      }
      var mine = readUnsent().filter(function (item) { return item.api === api; });
      if (mine.length === 0) {
        return;
      }
      sending = true;
      var chain = Promise.resolve(true);
      mine.forEach(function (item) {
        chain = chain.then(function (goOn) {
          if (!goOn) {
            return false;
          }
          return window.fetch(item.url, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "Accept": "application/json" },
            body: JSON.stringify(item.body)
          }).then(function (response) {
            if (response.ok) {
              return response.json().then(function (saved) {
                remove(item.key);
                var li = show(item, "saved.", saved && saved.message ? saved.message : "");
                if (saved && saved.safety && saved.safety.flags && saved.safety.flags.length > 0) {
                  helpLink(li);
                }
                say(item.label + " saved.");
                return true;
              });
            }
            if (response.status === 401 || response.status === 403 || response.status === 429 || response.status >= 500) {
              // Not refused for what it says: keep it and try again later.
              show(item, "not sent yet.", response.status === 401 ? "Sign in again on this device to send it." : "");
              return false;
            }
            return problemText(response).then(function (detail) {
              remove(item.key);
              show(item, "could not be saved.", detail);
              say(item.label + " could not be saved.");
              return true;
            });
          }, function () {
            return false;
          });
        });
      });
      chain.then(function () { sending = false; }, function () { sending = false; });
    }

    // Offline the form cannot go to the server to be told what is missing, so it is said here, beside each field.
    function missing(event, form, errors) {
      event.preventDefault();
      Object.keys(errors).forEach(function (field) {
        var error = form.querySelector("#" + field + "-error");
        if (error) {
          error.textContent = errors[field] || "";
        }
      });
      say("Not saved: an answer is missing.");
    }

    function keep(form, event) {
      var kind = form.getAttribute("data-offline-kind");
      var data = new FormData(form);
      var keyInput = form.querySelector("[data-idempotency-key]");
      var key = keyInput && keyInput.value ? keyInput.value : newKey();
      var item = { key: key, api: api, madeAt: new Date().toISOString() };
      var worrying = false;
      if (kind === "check") {
        var responsiveness = data.get("Check.Responsiveness");
        var calmness = data.get("Check.Calmness");
        if (!responsiveness || !calmness) {
          missing(event, form, { responsiveness: !responsiveness && "Choose how they respond.", calmness: !calmness && "Choose how they seem." });
          return;
        }
        item.url = api + "/checks";
        item.label = "Check";
        item.body = {
          responsiveness: responsiveness,
          calmness: calmness,
          breathingConcern: data.get("Check.BreathingConcern") === "true",
          note: data.get("Check.Note") || null,
          idempotencyKey: key
        };
        worrying = responsiveness === "hard-to-wake" || calmness === "very-distressed" || item.body.breathingConcern;
      } else {
        var systolic = whole(data.get("Reading.Systolic"));
        var diastolic = whole(data.get("Reading.Diastolic"));
        if (systolic === null || diastolic === null) {
          missing(event, form, {
            systolic: systolic === null && "Enter the top number (systolic) as a whole number.",
            diastolic: diastolic === null && "Enter the bottom number (diastolic) as a whole number."
          });
          return;
        }
        item.url = api + "/vitals";
        item.label = "Blood pressure " + systolic + "/" + diastolic;
        item.body = { systolic: systolic, diastolic: diastolic, pulse: whole(data.get("Reading.Pulse")), idempotencyKey: key };
      }

      var items = readUnsent();
      items.push(item);
      if (!writeUnsent(items)) {
        return; // No room on the device: let the form go to the network as it would without this script.
      }
      event.preventDefault();
      form.reset();
      form.querySelectorAll(".field-error").forEach(function (error) { error.textContent = ""; });
      if (keyInput) {
        keyInput.value = newKey();
      }
      var li = show(item, "not sent yet.", "You are offline; it is kept on this device and sent when the connection is back.");
      if (worrying) {
        li.appendChild(document.createTextNode(" No one has been told yet. If you are worried, call for help now:"));
        helpLink(li);
      }
      say(item.label + " not sent yet. It is kept on this device.");
    }

    forms.forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (navigator.onLine === false) {
          keep(form, event);
        }
      });
    });

    readUnsent().filter(function (item) { return item.api === api; }).forEach(function (item) {
      show(item, "not sent yet.", "It is kept on this device and sent when the connection is back.");
    });
    window.addEventListener("online", send);
    window.setInterval(send, 30000);
    send();
  }

  document.querySelectorAll("[data-session-day]").forEach(dayPage);
  document.querySelectorAll("[data-session-day]").forEach(offlineQueue);
  document.querySelectorAll("form[data-journal-api]").forEach(journal);
}());
