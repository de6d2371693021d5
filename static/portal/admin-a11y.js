/* Accessibility repairs for Django's admin and modeltranslation's tabs, after they start. */
(function () {
  "use strict";

  function labelTabularInputs() {
    document.querySelectorAll(".inline-group .tabular table").forEach(function (table) {
      var headers = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, index) {
          cell.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function (control) {
            if (!control.labels || control.labels.length === 0) {
              var name = headers[index] || (cell.className.indexOf("delete") >= 0 ? "Delete" : "");
              if (name && !control.getAttribute("aria-label")) control.setAttribute("aria-label", name);
            }
          });
        });
      });
    });
  }

  function labelSplitDateTimes() {
    document.querySelectorAll("p.datetime").forEach(function (p) {
      var row = p.closest(".form-row, .fieldBox");
      var label = row && row.querySelector("label");
      var field = label ? label.textContent.replace(/:$/, "").trim() : "";
      p.querySelectorAll("input").forEach(function (input) {
        var part = input.previousSibling && input.previousSibling.previousSibling === null
          ? "" : (input.previousSibling ? input.previousSibling.textContent.replace(/:\s*$/, "").trim() : "");
        if (!input.labels || input.labels.length === 0) {
          input.setAttribute("aria-label", [field, part].filter(Boolean).join(" – "));
        }
      });
    });
  }

  function fixTabs() {
    // jQuery UI puts a focusable link inside each role="tab" item; the item is the control.
    document.querySelectorAll("li[role=tab] > a").forEach(function (link) {
      link.removeAttribute("href");
      link.setAttribute("role", "presentation");
    });
    var switcher = document.getElementById("modeltranslation-main-switch");
    if (switcher && !switcher.getAttribute("aria-label")) {
      switcher.setAttribute("aria-label", document.documentElement.lang === "ru" ? "Язык" :
        document.documentElement.lang === "en" ? "Language" : "Valoda");
    }
  }

  function fixTooltips() {
    document.querySelectorAll(".help-tooltip[aria-label]").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  function repair() {
    labelTabularInputs();
    labelSplitDateTimes();
    fixTabs();
    fixTooltips();
  }

  window.addEventListener("load", function () {
    repair();
    // modeltranslation builds its tabs in its own load handler; repair once more after it.
    window.setTimeout(repair, 0);
    // Inline rows added later ("Add another") get labels too.
    document.addEventListener("formset:added", repair);
  });
})();
