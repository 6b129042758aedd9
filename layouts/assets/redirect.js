// An old or permanent address followed by a section (#anchor) keeps the section: an alias's meta
// refresh, which works without scripts, cannot carry the anchor over. A permanent address
// (/id/<page>/) is the page itself, so its sections work without scripts too; with them, the address
// becomes the page's own (data-target, a path on this server), section kept.
(function () {
  "use strict";
  var script = document.currentScript;
  var target = script && script.getAttribute("data-target");
  var canonical = document.querySelector('link[rel="canonical"]');
  if (target) location.replace(target + location.hash);
  else if (canonical && location.hash) location.replace(canonical.href + location.hash);
})();
