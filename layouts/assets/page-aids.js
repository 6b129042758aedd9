// Reading aids for every page. Without this script each still works: the Search and Menu links open
// their targets by address, the contents list opens on a tap, and the back-to-top link is always there.
(function () {
  "use strict";
  var wide = window.matchMedia("(min-width: 60rem)");

  // The header's Search and Menu links become buttons that show and hide what they name.
  document.querySelectorAll(".header-toggle[data-controls]").forEach(function (link) {
    var target = document.getElementById(link.getAttribute("data-controls"));
    if (!target) return;
    link.setAttribute("role", "button");
    link.setAttribute("aria-controls", target.id);
    link.setAttribute("aria-expanded", "false");
    function set(open) {
      link.setAttribute("aria-expanded", open ? "true" : "false");
      target.classList.toggle("is-open", open);
    }
    link.addEventListener("click", function (e) {
      e.preventDefault();
      var open = link.getAttribute("aria-expanded") !== "true";
      set(open);
      var field = open && target.querySelector("input");
      if (field) field.focus();
    });
    link.addEventListener("keydown", function (e) {
      if (e.key === " ") { e.preventDefault(); link.click(); }
    });
    target.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && target.classList.contains("is-open") && !e.defaultPrevented) { set(false); link.focus(); }
    });
  });

  // The contents list: open beside the text on a wide screen, folded on a phone.
  var fold = document.querySelector(".toc-fold");
  if (fold) {
    fold.open = wide.matches;
    wide.addEventListener("change", function () { fold.open = wide.matches; });
  }

  // On a wide screen the contents list marks the section being read.
  var links = fold ? Array.prototype.slice.call(fold.querySelectorAll("a[href^='#']")) : [];
  var headings = links.map(function (a) { return document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1))); });
  if (links.length && "IntersectionObserver" in window && headings.every(Boolean)) {
    var current = -1;
    function mark() {
      var index = -1;
      for (var i = 0; i < headings.length; i++) if (headings[i].getBoundingClientRect().top < window.innerHeight * 0.3) index = i;
      if (index === current) return;
      if (current >= 0) links[current].removeAttribute("aria-current");
      if (index >= 0) links[index].setAttribute("aria-current", "location");
      current = index;
    }
    var observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -70% 0px" });
    headings.forEach(function (h) { observer.observe(h); });
    mark();
  }

  // Words searched for, marked on the page a search result opened (search.js leaves them in
  // sessionStorage for this page's address only), with a button that clears them.
  var saved = null;
  try {
    saved = JSON.parse(sessionStorage.getItem("guidance-highlight") || "null");
    if (saved) sessionStorage.removeItem("guidance-highlight");
  } catch (e) { saved = null; }
  if (saved && saved.path === location.pathname && saved.words && saved.words.length) highlight(saved.words);

  function highlight(words) {
    var main = document.getElementById("main");
    if (!main) return;
    var escaped = words.filter(function (w) { return /^[\p{L}\p{N}]+$/u.test(w); })
      .sort(function (a, b) { return b.length - a.length; })
      .map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    if (!escaped.length) return;
    var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + escaped.join("|") + ")(?=[^\\p{L}\\p{N}]|$)", "giu");
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        return n.parentElement.closest("script, style, mark, button, .cite, .heading-link") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var marks = 0;
    nodes.forEach(function (node) {
      var text = node.nodeValue, last = 0, m, parts = null;
      pattern.lastIndex = 0;
      while ((m = pattern.exec(text))) {
        parts = parts || document.createDocumentFragment();
        var start = m.index + m[1].length;
        parts.appendChild(document.createTextNode(text.slice(last, start)));
        var mark = document.createElement("mark");
        mark.className = "search-highlight";
        mark.textContent = m[2];
        parts.appendChild(mark);
        last = start + m[2].length;
        marks++;
      }
      if (!parts) return;
      parts.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(parts, node);
    });
    if (!marks) return;
    var bar = document.createElement("p");
    bar.className = "highlight-bar";
    bar.innerHTML = '<span>The words you searched for are highlighted.</span> <button type="button">Clear highlighting</button>';
    bar.querySelector("button").addEventListener("click", function () {
      main.querySelectorAll("mark.search-highlight").forEach(function (mk) { mk.replaceWith(document.createTextNode(mk.textContent)); });
      main.normalize();
      bar.remove();
    });
    document.body.appendChild(bar);
  }

  // The print-only line says the day it was printed, so an old copy on a desk shows its age.
  var printed = document.querySelector(".printed-on");
  if (printed) {
    var date = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    printed.textContent = "Printed on " + date + " from " + printed.textContent.replace(/^Printed from /, "");
  }

  // An acronym's first tap shows its expansion; the second follows the link to the glossary. A
  // keyboard's Enter (a click with no pointer) follows at once: focus already shows the expansion.
  document.addEventListener("click", function (e) {
    var term = e.target.closest && e.target.closest("a.term");
    if (!term || e.detail === 0 || term.classList.contains("is-expanded")) return;
    e.preventDefault();
    document.querySelectorAll("a.term.is-expanded").forEach(function (t) { t.classList.remove("is-expanded"); });
    term.classList.add("is-expanded");
  });

  // Back to top only where the page is long enough to need it (more than two screens).
  var back = document.querySelector(".back-to-top");
  if (back && document.documentElement.scrollHeight < window.innerHeight * 2) back.hidden = true;
})();
