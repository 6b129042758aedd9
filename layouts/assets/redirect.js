// An old address followed by a section (#anchor) keeps the section: an alias's meta refresh, which
// works without scripts, cannot carry the anchor over, so with scripts the move happens here first.
(function () {
  "use strict";
  var canonical = document.querySelector('link[rel="canonical"]');
  if (canonical && location.hash) location.replace(canonical.href + location.hash);
})();
