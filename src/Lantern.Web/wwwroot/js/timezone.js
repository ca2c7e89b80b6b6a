// Preselects the browser's own time zone in a time-zone picker the person has not chosen from yet. Only an
// enhancement: without JavaScript the server's default stays selected and the form works the same.
(function () {
  "use strict";
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) {
    return;
  }
  var selects = document.querySelectorAll("select[data-time-zone-select][data-detect='true']");
  Array.prototype.forEach.call(selects, function (select) {
    var match = Array.prototype.some.call(select.options, function (option) { return option.value === zone; });
    if (match) {
      select.value = zone;
    }
  });
})();
