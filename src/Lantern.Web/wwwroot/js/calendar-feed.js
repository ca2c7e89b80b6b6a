// The calendar link page: a "Copy the link" button, shown only where the browser can copy. Without it the link is
// still there to select and copy by hand.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }

  document.querySelectorAll("button[data-copy-from]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy-from"));
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    if (!field) {
      return;
    }

    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) {
          status.textContent = "The link is copied. Paste it into your calendar app.";
        }
      }, function () {
        field.select();
        if (status) {
          status.textContent = "Could not copy. The link is selected: copy it from your keyboard or menu.";
        }
      });
    });
  });
})();
