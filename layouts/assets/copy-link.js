// Section links for supervision records. Without this script every section heading already has a
// visible "#" link to itself; with it, each becomes a "Copy link" button that puts the section's full
// address on the clipboard, says so to screen readers, and names the section in the page's
// "Cite this guidance" box. Beside each, "Copy citation" copies the whole citation: the title, the
// section, the organisation, the version's date and the address that keeps that version (its
// v/<date>/ address when the site has history), with the section; the cite box has one for the page.
(function () {
  "use strict";
  var links = document.querySelectorAll("a.heading-link");
  var cite = document.querySelector(".cite");
  var citeUrl = cite && cite.querySelector(".cite-url");
  var citeSection = cite && cite.querySelector(".cite-section");

  // The page's address: site.yml's site_url when the build knew it, else this server's.
  function pageUrl() {
    var known = cite && cite.getAttribute("data-cite-url");
    return known && /^https?:\/\//.test(known) ? known : location.origin + location.pathname;
  }
  // The address that keeps this version: absolute as the build wrote it, or made so on this server.
  function versionUrl() {
    var known = cite && (cite.getAttribute("data-cite-version-url") || cite.getAttribute("data-cite-url"));
    if (!known) return location.origin + location.pathname;
    return /^https?:\/\//.test(known) ? known : location.origin + known;
  }
  function citation(section, anchor) {
    var title = cite.getAttribute("data-cite-title") || document.title;
    var organisation = cite.getAttribute("data-cite-organisation");
    var version = cite.getAttribute("data-cite-version");
    return title + ", " + section + (organisation ? " \u2014 " + organisation : "") +
      (version ? ", version of " + version : "") + ", " + versionUrl() + anchor;
  }
  if (citeUrl) citeUrl.textContent = versionUrl();
  if (!links.length && !cite) return;

  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  function announce(message) {
    // Cleared first so the same message is announced again on a second copy.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  // For browsers or pages (plain http) without the asynchronous clipboard.
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    document.body.removeChild(area);
    return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
  }

  // A button that copies what text() gives for one section and shows that section in the cite box.
  // kind: what it copies, its class, and its words before and after (LINK and CITATION below).
  function copyButton(kind, section, anchor, label, text) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = kind.className;
    button.textContent = kind.idle;
    button.setAttribute("aria-label", label);
    button.addEventListener("click", function () {
      var copied = text();
      if (citeSection) citeSection.textContent = section;
      if (citeUrl) citeUrl.textContent = versionUrl() + anchor;
      copy(copied).then(function () {
        button.textContent = kind.done;
        announce(kind.done);
        window.setTimeout(function () { button.textContent = kind.idle; }, 2000);
      }, function () {
        announce("The " + kind.name + " could not be copied. It is shown in Cite this guidance: " + copied);
      });
    });
    return button;
  }

  var LINK = { name: "link", className: "copy-link", idle: "Copy link", done: "Link copied" };
  var CITATION = { name: "citation", className: "copy-citation", idle: "Copy citation", done: "Citation copied" };

  function citeButton(section, anchor, label) {
    return copyButton(CITATION, section, anchor, label, function () { return citation(section, anchor); });
  }

  if (cite) {
    var actions = document.createElement("p");
    actions.className = "cite-actions";
    actions.appendChild(citeButton("whole page", "", "Copy citation for the whole page"));
    var citeText = cite.querySelector(".cite-text");
    if (citeText) citeText.parentNode.insertBefore(actions, citeText.nextSibling);
  }

  Array.prototype.forEach.call(links, function (link) {
    var section = link.getAttribute("data-section");
    var anchor = link.getAttribute("href");
    var button = copyButton(LINK, section, anchor, "Copy link to section: " + section, function () { return pageUrl() + anchor; });
    link.parentNode.replaceChild(button, link);
    if (cite) button.parentNode.insertBefore(citeButton(section, anchor, "Copy citation for section: " + section), button.nextSibling);
  });
})();
