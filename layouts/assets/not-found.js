// On the 404 page: an address in the site's redirect map (_redirects: a permanent link /id/<page>/ or
// an old address) goes on to where the page is now, its #section and query kept. A server configured
// with the map (web.config, .htaccess, nginx-redirects.conf) answers these itself, without scripts;
// this covers a server that was not.
(function () {
  "use strict";
  var script = document.currentScript;
  var map = script && script.getAttribute("data-map");
  if (!map || !window.fetch) return;
  function decoded(path) {
    try { return decodeURIComponent(path); } catch (e) { return path; }
  }
  var wanted = decoded(location.pathname);
  if (!/\/$/.test(wanted) && !/\.[a-z0-9]+$/i.test(wanted)) wanted += "/";
  fetch(map).then(function (response) {
    return response.ok ? response.text() : "";
  }).then(function (text) {
    var lines = text.split("\n");
    for (var i = 0; i < lines.length; i++) {
      var fields = lines[i].split(" ");
      if (fields.length >= 2 && fields[0].charAt(0) !== "#" && decoded(fields[0]) === wanted) {
        location.replace(fields[1] + location.search + location.hash);
        return;
      }
    }
  }, function () { /* offline or blocked: the page's own links remain */ });
})();
