// Progressive enhancement for the sessions pages. Every page works without this file: the server computes the time
// since the dose and what is due on each load, and the journal saves with its button. This only keeps the clock
// moving between loads, marks a check or the blood-pressure reading as due when its time comes, and saves each
// journal answer as it is written, so a tired person loses nothing if they close the page.
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

  document.querySelectorAll("[data-session-day]").forEach(dayPage);
  document.querySelectorAll("form[data-journal-api]").forEach(journal);
}());
