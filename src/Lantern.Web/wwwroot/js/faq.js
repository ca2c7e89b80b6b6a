// Opens the FAQ answer a link points to (/guide/faq#a-question), on arrival and when the address changes. Only an
// enhancement: without JavaScript the link still lands on the question, and one tap opens it.
(function () {
  "use strict";
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === "DETAILS") {
      target.open = true;
      target.scrollIntoView();
    }
  }
  openTarget();
  window.addEventListener("hashchange", openTarget);
})();
