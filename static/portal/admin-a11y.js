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

  // jQuery UI makes each <li> the tab (role, tabindex, aria-selected, arrow keys) and keeps a
  // link inside it. A focusable link inside a tab is a second, nameless stop for keyboards and
  // screen readers, so the link loses its href; jQuery UI reads the href to tell a local panel
  // from a remote one, so tabs whose link has none are told they are local (they all are).
  function patchTabs() {
    var $ = window.django && window.django.jQuery;
    var tabs = $ && $.ui && $.ui.tabs;
    if (!tabs || tabs.prototype._portalPatched) return;
    var isLocal = tabs.prototype._isLocal;
    tabs.prototype._isLocal = function (anchor) {
      return anchor.hasAttribute("href") ? isLocal.call(this, anchor) : true;
    };
    tabs.prototype._portalPatched = true;
  }

  function fixTabs() {
    patchTabs();
    document.querySelectorAll("li[role=tab] > a[href]").forEach(function (link) {
      link.removeAttribute("href");
      link.setAttribute("role", "presentation");
      link.removeAttribute("tabindex");
    });
    var switcher = document.getElementById("modeltranslation-main-switch");
    if (switcher && !switcher.getAttribute("aria-label")) {
      switcher.setAttribute("aria-label", document.documentElement.lang === "ru" ? "Язык" :
        document.documentElement.lang === "en" ? "Language" :
        document.documentElement.lang === "uk" ? "Мова" : "Valoda");
    }
  }

  // The rich-text editor is a contenteditable box next to its hidden textarea: give it the
  // textarea's label and language, so a screen reader says which field and language it is.
  function labelEditors() {
    document.querySelectorAll(".prose-editor").forEach(function (editor) {
      var area = editor.querySelector("textarea") ||
        (editor.parentElement && editor.parentElement.querySelector("textarea"));
      var box = editor.querySelector("[contenteditable]");
      if (!area || !box || box.getAttribute("aria-label")) return;
      var label = document.querySelector("label[for='" + area.id + "']");
      var language = (area.id.match(/_([a-z]{2})$/) || [])[1];
      var name = label ? label.textContent.replace(/:\s*$/, "").trim() : area.name;
      box.setAttribute("aria-label", language ? name + " (" + language.toUpperCase() + ")" : name);
    });
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
    labelEditors();
    fixTooltips();
  }

  window.addEventListener("load", function () {
    repair();
    // modeltranslation builds its tabs in its own load handler; repair once more after it.
    window.setTimeout(repair, 0);
    // Inline rows added later ("Add another") get labels too.
    document.addEventListener("formset:added", repair);
    // The text editor starts as a module, after this; label it when it appears.
    new MutationObserver(labelEditors).observe(document.body, { childList: true, subtree: true });
  });
})();
