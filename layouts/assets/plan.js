// The plan page as a working tool. Without this script every filter is a link to a static page of
// the plan (status/overdue/, lead/psw/ ...) and an action's link (#action-3-4) lands on its row.
// With it, the same links filter the page in place (the filter is kept in ?filter= so the address
// can be shared), and the row a link lands on opens its details.
(function () {
  "use strict";

  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var row = id && document.getElementById(id);
    if (!row || !row.classList.contains("action")) return;
    var details = row.querySelector("details");
    if (details) details.open = true;
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  var page = document.querySelector(".plan-page");
  if (!page) return;
  var rows = Array.prototype.slice.call(page.querySelectorAll("tr.action"));
  var areas = Array.prototype.slice.call(page.querySelectorAll("section.area"));
  var links = Array.prototype.slice.call(page.querySelectorAll("a[data-filter]"));
  var status = page.querySelector(".filter-status");

  function keeps(row, key) {
    if (key === "all") return true;
    if (key === "changed") return row.getAttribute("data-changed") === "true";
    var cut = key.indexOf(":");
    var kind = key.slice(0, cut), value = key.slice(cut + 1);
    if (kind === "status") {
      return value === "due-soon" ? row.getAttribute("data-due") === "due-soon" : row.getAttribute("data-status") === value;
    }
    if (kind === "lead") return (" " + row.getAttribute("data-leads") + " ").indexOf(" " + value + " ") >= 0;
    if (kind === "area") return row.getAttribute("data-area") === value;
    return true;
  }

  function apply(key, label) {
    var shown = 0;
    rows.forEach(function (row) {
      var keep = keeps(row, key);
      row.hidden = !keep;
      if (keep) shown++;
    });
    areas.forEach(function (area) { area.hidden = !area.querySelector("tr.action:not([hidden])"); });
    links.forEach(function (link) {
      if (link.getAttribute("data-filter") === key && key !== "all") link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
    if (status) {
      status.textContent = key === "all" ? "" :
        "Showing " + shown + " of " + rows.length + " actions: " + label + ". Choose All actions to see them all.";
    }
  }

  function labelOf(link) { return link.textContent.replace(/\s+/g, " ").trim(); }

  links.forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // a new tab gets the static page
      event.preventDefault();
      var key = link.getAttribute("data-filter");
      apply(key, labelOf(link));
      var url = key === "all" ? location.pathname : location.pathname + "?filter=" + encodeURIComponent(key);
      history.replaceState(null, "", url);
      if (status && key !== "all") status.scrollIntoView({ block: "nearest" });
    });
  });

  var asked = new URLSearchParams(location.search).get("filter");
  if (asked) {
    var link = links.filter(function (l) { return l.getAttribute("data-filter") === asked; })[0];
    if (link) apply(asked, labelOf(link));
  }
})();
