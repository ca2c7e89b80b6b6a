// Progressive enhancement for the taper pages. Everything works without this file: it only reveals a Print
// button, because the browser's own Print command is there anyway.
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
}());
