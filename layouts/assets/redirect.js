// An old or permanent address followed by a section (#anchor) keeps the section: the page's meta
// refresh, which works without scripts, cannot carry the anchor over.
(function () {
  "use strict";
  var canonical = document.querySelector('link[rel="canonical"]');
  if (canonical && location.hash) location.replace(canonical.href + location.hash);
})();
