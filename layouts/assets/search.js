// Offline search for the guidance site. Plain JavaScript: no dependencies, no build step.
//
// The generator ships an index split so a query loads only what it needs: a small manifest, chunks of
// the vocabulary by key range (word -> stem, stem -> postings), and one small file per page fetched
// only for the results shown. The index holds every word's stem, so this script needs no stemmer.
// The engine (GuidanceSearch.Engine) is separate from the page so tests can run it as it is.
(function (global) {
  'use strict';

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS[d]] = d;

  var PAGE_SIZE = 10;
  var EXCERPT_WORDS = 30;
  var MAX_PREFIX_STEMS = 40;
  // How much a word found another way counts beside the word itself.
  var QUALITY = { exact: 1, glossary: 1, prefix: 0.75, typo1: 0.55, typo2: 0.35 };
  // A page's weight for a word saturates (as in BM25): a title hit still outranks a body hit, but one
  // word in a title does not drown a page that has every word of the query in its text.
  var SATURATION = 10;

  function isWordChar(c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > '\u007f' && c.toLowerCase() !== c.toUpperCase());
  }

  var SECTION_WORDS = { s: true, sec: true, section: true };

  // The generator's Words.Split, mirrored: lower-case letters and digits; "child's" is "child";
  // "s.47", "S 47" and "section 47" are one word, "s47".
  function splitWords(text) {
    var words = [];
    var word = '';
    var held = '';
    text = String(text).toLowerCase();
    for (var i = 0; i <= text.length; i++) {
      var c = i < text.length ? text[i] : ' ';
      if (isWordChar(c)) { word += c; continue; }
      if ((c === "'" || c === '\u2019') && word.length > 0 && i + 1 < text.length && isWordChar(text[i + 1])) {
        if (text[i + 1] === 's' && (i + 2 >= text.length || !isWordChar(text[i + 2]))) i++;
        continue;
      }
      if (word.length > 0 && word.length <= 32) {
        if (held && word[0] >= '0' && word[0] <= '9' && word.length < 32) { words.push('s' + word); held = ''; }
        else {
          if (held) words.push(held);
          held = SECTION_WORDS[word] === true ? word : '';
          if (!held) words.push(word);
        }
      }
      word = '';
    }
    if (held) words.push(held);
    return words;
  }

  // Edit distance with swaps of neighbours counting as one edit ("nelgect" is one from "neglect").
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev2 = null, prev = [], row;
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      row = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a[i - 1] === b[k - 1] ? 0 : 1;
        var v = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
        if (prev2 && i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) v = Math.min(v, prev2[k - 2] + 1);
        row.push(v);
        if (v < best) best = v;
      }
      if (best > limit) return limit + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  function decodePostings(text) {
    var out = [];
    var pos = 0, page = -1;
    function number() {
      var value = 0, shift = 0, digit;
      do {
        digit = DIGIT[text[pos++]];
        value += (digit & 31) * Math.pow(2, shift);
        shift += 5;
      } while (digit & 32);
      return value;
    }
    while (pos < text.length) {
      page += number();
      out.push(page, number(), number());
    }
    return out;
  }

  // ---- The engine ------------------------------------------------------------------------------

  // Nothing is fetched until the first search, so a page whose header search is never used loads nothing.
  function Engine(manifestPath, loadJson) {
    this.loadJson = loadJson;
    this.files = new Map();
    this.postings = new Map();
    this.manifestPath = manifestPath;
    this.manifest = null;
  }

  Engine.prototype.load = function (path) {
    if (!this.files.has(path)) this.files.set(path, this.loadJson(path));
    return this.files.get(path);
  };

  Engine.prototype.ready = async function () {
    if (!this.manifest) this.manifest = this.loadJson(this.manifestPath);
    var m = await this.manifest;
    if (!this.stop) {
      this.stop = new Set(m.stop.split(' '));
      var start = 0;
      this.types = m.types.map(function (t) {
        var type = { name: t[0], label: t[1], start: start, end: start + t[2], plural: t[3] };
        start += t[2];
        return type;
      });
      var stop = this.stop;
      this.glossary = m.glossary.map(function (g) {
        return { acronym: g[0], words: g[1].split(' ').filter(function (w) { return !stop.has(w); }) };
      });
    }
    return m;
  };

  // The index of the chunk holding a key: the last whose first key is not after it.
  Engine.prototype.chunkIndex = function (m, key) {
    var lo = 0, hi = m.chunks.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (m.chunks[mid][0] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  };

  Engine.prototype.chunkFor = function (m, key) {
    return this.load(m.chunks[this.chunkIndex(m, key)][1]);
  };

  Engine.prototype.stemOf = async function (m, word) {
    var chunk = await this.chunkFor(m, word);
    if (Object.prototype.hasOwnProperty.call(chunk.words, word)) return chunk.words[word];
    if (Object.prototype.hasOwnProperty.call(chunk.stems, word)) return word;
    return null;
  };

  // A stem's entry: its surface forms and its postings, decoded once.
  Engine.prototype.entry = async function (m, stem) {
    if (this.postings.has(stem)) return this.postings.get(stem);
    var chunk = await this.chunkFor(m, stem);
    var raw = Object.prototype.hasOwnProperty.call(chunk.stems, stem) ? chunk.stems[stem] : null;
    var entry = raw && { stem: stem, forms: raw[0] ? raw[0].split(' ') : [], postings: decodePostings(raw[1]) };
    this.postings.set(stem, entry);
    return entry;
  };

  // Every stem a query word may mean, each with how well it matches.
  // A word found only as a misspelling says which indexed word it was taken for (found.corrected).
  // `exact` (the "search instead for" link) turns misspellings off.
  Engine.prototype.alternatives = async function (m, word, isTyping, extra, exact) {
    var found = new Map();
    function add(stem, quality) {
      if (stem && (found.get(stem) || 0) < quality) found.set(stem, quality);
    }
    add(await this.stemOf(m, word), QUALITY.exact);
    for (var i = 0; i < extra.length; i++) add(await this.stemOf(m, extra[i]), QUALITY.glossary);
    if (isTyping && word.length >= 2) {
      var prefixStems = await this.withPrefix(m, word);
      for (var p = 0; p < prefixStems.length; p++) add(prefixStems[p], QUALITY.prefix);
    }
    if (found.size === 0 && word.length >= 4 && !exact) {
      var limit = word.length >= 8 ? 2 : 1;
      var chunk = await this.chunkFor(m, word);
      var keys = Object.keys(chunk.words).concat(Object.keys(chunk.stems));
      var likeliest = null;
      for (var k = 0; k < keys.length; k++) {
        var key = keys[k];
        if (key.length < 3 || key[0] !== word[0] && key[1] !== word[1]) continue;
        var dist = distance(word, key, limit);
        if (dist > limit) continue;
        var stem = chunk.words[key] || key;
        add(stem, dist === 1 ? QUALITY.typo1 : QUALITY.typo2);
        // The correction shown: the nearest word, then the one on most pages, then the first in order.
        var raw = chunk.stems[stem];
        var size = raw ? raw[1].length : 0;
        if (!likeliest || dist < likeliest.dist || dist === likeliest.dist && (size > likeliest.size || size === likeliest.size && key < likeliest.key))
          likeliest = { key: key, dist: dist, size: size };
      }
      if (likeliest) found.corrected = likeliest.key;
    }
    return found;
  };

  // Stems of the words that start with what has been typed so far, most used first (judged by the
  // length of their postings, so only the stems kept are decoded).
  Engine.prototype.withPrefix = async function (m, prefix) {
    var first = this.chunkIndex(m, prefix);
    var stems = new Set();
    for (var c = first; c < m.chunks.length; c++) {
      if (c > first && m.chunks[c][0].slice(0, prefix.length) > prefix) break;
      var chunk = await this.load(m.chunks[c][1]);
      for (var word in chunk.words) if (word.lastIndexOf(prefix, 0) === 0) stems.add(chunk.words[word]);
      for (var stem in chunk.stems) if (stem.lastIndexOf(prefix, 0) === 0) stems.add(stem);
    }
    var list = [];
    for (var s of stems) {
      var owner = await this.chunkFor(m, s);
      if (Object.prototype.hasOwnProperty.call(owner.stems, s)) list.push({ stem: s, size: owner.stems[s][1].length });
    }
    list.sort(function (a, b) { return b.size - a.size || (a.stem < b.stem ? -1 : 1); });
    return list.slice(0, MAX_PREFIX_STEMS).map(function (e) { return e.stem; });
  };

  // Words that belong to the question, not its subject: "long" and "last" in "how long does police
  // protection last", "often" in "how often". They still count towards a page's score, but a page
  // need not hold them to count as answering every word. By position among the non-stop words.
  var AFTER_HOW = { long: true, often: true, many: true, much: true, soon: true, quickly: true };
  var DURATION_VERBS = { last: true, lasts: true, take: true, takes: true };
  function questionWords(all, stop) {
    var optional = [];
    var howLong = false;
    for (var i = 0; i < all.length; i++) {
      if (stop.has(all[i])) continue;
      var afterHow = i > 0 && all[i - 1] === 'how' && AFTER_HOW[all[i]] === true;
      if (afterHow && all[i] === 'long') howLong = true;
      optional.push(afterHow || howLong && DURATION_VERBS[all[i]] === true);
    }
    return optional;
  }

  // Query words that spell out a glossary acronym's expansion also ask for the acronym.
  Engine.prototype.expansions = function (words) {
    var extra = words.map(function () { return []; });
    this.glossary.forEach(function (g) {
      if (g.words.length < 2) return;
      for (var i = 0; i + g.words.length <= words.length; i++) {
        var all = true;
        for (var k = 0; k < g.words.length && all; k++) all = words[i + k] === g.words[k];
        if (!all) continue;
        for (var k2 = 0; k2 < g.words.length; k2++) extra[i + k2].push(g.acronym);
      }
    });
    return extra;
  };

  // Runs a query. `typing` means the last word may be unfinished, so it also matches as a prefix.
  // Pages matching more of the words come first; then title and heading hits outrank body hits.
  Engine.prototype.search = async function (query, typing, options) {
    var exact = !!(options && options.exact);
    var m = await this.ready();
    var stop = this.stop;
    var all = splitWords(query);
    var words = all.filter(function (w) { return !stop.has(w); });
    var optional = questionWords(all, stop);
    var lastTyped = typing && words.length > 0 && words[words.length - 1] === all[all.length - 1];
    var extra = this.expansions(words);
    var n = m.pages;
    // Per page: the sum of each word's best score, how many words matched, and the section of the
    // strongest hit. Typed arrays keep a keystroke fast at 10,000 pages.
    var total = new Float64Array(n), matched = new Uint8Array(n), strongest = new Float64Array(n), section = new Int32Array(n);
    var best = new Float64Array(n), bestSection = new Int32Array(n);
    var forms = new Map(); // every indexed form of a matched stem -> the query word it answers
    var corrections = new Map();
    for (var i = 0; i < words.length; i++) {
      var alts = await this.alternatives(m, words[i], lastTyped && i === words.length - 1, extra[i], exact);
      if (alts.corrected) corrections.set(words[i], alts.corrected);
      var touched = [];
      for (var [stem, quality] of alts) {
        var entry = await this.entry(m, stem);
        if (!entry) continue;
        if (!forms.has(stem)) forms.set(stem, i);
        entry.forms.forEach(function (f) { if (!forms.has(f)) forms.set(f, i); });
        var p = entry.postings;
        var idf = Math.log(1 + n / (p.length / 3));
        for (var k = 0; k < p.length; k += 3) {
          var page = p[k], w = p[k + 1];
          var score = quality * idf * w * (1 + SATURATION) / (w + SATURATION);
          if (best[page] === 0) touched.push(page);
          if (score > best[page]) { best[page] = score; bestSection[page] = p[k + 2]; }
        }
      }
      for (var t = 0; t < touched.length; t++) {
        var pg = touched[t];
        total[pg] += best[pg];
        if (!optional[i]) matched[pg]++;
        if (best[pg] > strongest[pg]) { strongest[pg] = best[pg]; section[pg] = bestSection[pg]; }
        best[pg] = 0;
      }
    }
    // Pages matching more of the words come first: the score is scaled by the share matched, squared.
    var results = [];
    var count = optional.filter(function (o) { return !o; }).length;
    var types = this.types;
    for (var r = 0; r < n; r++) {
      if (matched[r] === 0 && (count > 0 || total[r] === 0)) continue;
      var coverage = count > 0 ? matched[r] / count : 1;
      results.push({ page: r, score: total[r] * coverage * coverage, section: section[r] });
    }
    results.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    results.forEach(function (x) { x.type = types.find(function (ty) { return x.page >= ty.start && x.page < ty.end; }); });
    var corrected = corrections.size > 0 ? all.map(function (w) { return corrections.get(w) || w; }).join(' ') : null;
    return { query: query, words: words, results: results, forms: forms, corrected: corrected };
  };

  // Glossary terms the query names (an acronym typed whole, "LADO"), each with its expansion,
  // definition and glossary entry: shown above the pages. The terms file loads only when one matches.
  Engine.prototype.glossaryAnswers = async function (found) {
    var m = await this.ready();
    if (!m.terms) return [];
    var named = this.glossary.filter(function (g) { return found.words.indexOf(g.acronym) >= 0; });
    if (named.length === 0) return [];
    var terms = await this.load(m.terms);
    return named.map(function (g) { var t = terms[g.acronym]; return t && { term: t[0], url: t[1], expansion: t[2], definition: t[3] || '' }; })
      .filter(Boolean);
  };

  // What a result shows: the page's title, address, type, the section it lands on and an excerpt.
  // The section is the one whose heading and text hold the most of the query's words (the index's
  // best section for the strongest word breaks ties), read from the page file fetched for display.
  Engine.prototype.describe = async function (result, forms) {
    var m = await this.ready();
    // Pages share files, m.pageGroup to a file, in the order the manifest numbers them.
    var group = m.pageGroup || 1;
    var page = (await this.load(m.pageFolder + Math.floor(result.page / group) + '.json'))[result.page % group];
    var chosen = 0, best = -1;
    page.sections.forEach(function (s, i) {
      var inHeading = wordsIn(s[1], forms).size;
      var hits = wordsIn(s[1] + ' ' + s[2], forms);
      var key = hits.size * 100 + (i === result.section ? 20 : 0) + inHeading * 10 + Math.min(9, hits.count);
      if (key > best) { best = key; chosen = i; }
    });
    var section = page.sections[chosen];
    var excerpt = excerptOf(section[2], forms) || excerptOf(page.summary || '', forms) ||
      excerptOf(page.sections[0][2], forms) || { html: escapeHtml(firstWords(page.summary || section[2])) };
    return {
      title: page.title,
      path: page.path,
      anchor: chosen > 0 ? section[0] : '',
      section: chosen > 0 ? section[1] : '',
      typeLabel: result.type ? result.type.label : '',
      typeName: result.type ? result.type.name : '',
      excerptHtml: excerpt.html,
    };
  };

  // The query words (by position) that a text holds, in any of their indexed forms, and how often.
  function wordsIn(text, forms) {
    var found = new Set();
    found.count = 0;
    splitWords(text).forEach(function (w) { if (forms.has(w)) { found.add(forms.get(w)); found.count++; } });
    return found;
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function firstWords(text) {
    var words = String(text).split(' ');
    return words.slice(0, EXCERPT_WORDS).join(' ') + (words.length > EXCERPT_WORDS ? ' …' : '');
  }

  // About 30 words from the stretch of text holding the most query words, each matched word in <mark>.
  function excerptOf(text, forms) {
    if (!text) return null;
    var tokens = text.split(' ');
    var word = tokens.map(function (t) {
      var w = splitWords(t);
      for (var i = 0; i < w.length; i++) if (forms.has(w[i])) return forms.get(w[i]);
      return -1;
    });
    var start = -1, most = 0;
    for (var i = 0; i < tokens.length; i++) {
      if (word[i] < 0) continue;
      var seen = new Set();
      for (var k = i; k < Math.min(tokens.length, i + EXCERPT_WORDS - 8); k++) if (word[k] >= 0) seen.add(word[k]);
      if (seen.size > most) { most = seen.size; start = i; }
    }
    if (start < 0) return null;
    start = Math.max(0, start - 8);
    var end = Math.min(tokens.length, start + EXCERPT_WORDS);
    var html = start > 0 ? '… ' : '';
    for (var j = start; j < end; j++) {
      var t = escapeHtml(tokens[j]);
      html += (word[j] >= 0 ? '<mark>' + t + '</mark>' : t) + (j < end - 1 ? ' ' : '');
    }
    return { html: html + (end < tokens.length ? ' …' : '') };
  }

  global.GuidanceSearch = { Engine: Engine, splitWords: splitWords, distance: distance, PAGE_SIZE: PAGE_SIZE };

  // ---- The page ---------------------------------------------------------------------------------

  if (typeof document === 'undefined' || !document.currentScript) return;
  var script = document.currentScript;
  // The site's root is the folder above this script's, so search works from any sub-path.
  var root = new URL('../', script.src).href;
  var engine = new Engine(script.getAttribute('data-index'), function (path) {
    // The header's fixed-name manifest is checked with the server each time; hashed files never change.
    var fixed = path.indexOf('.') === path.lastIndexOf('.');
    return fetch(root + path, fixed ? { cache: 'no-cache' } : {}).then(function (r) {
      if (!r.ok) throw new Error(path + ': ' + r.status);
      return r.json();
    });
  });

  var HIGHLIGHT_KEY = 'guidance-highlight';

  // A followed result asks the page it opens to mark the words searched (page-aids.js does it).
  function rememberHighlight(url, forms) {
    try {
      var words = [];
      forms.forEach(function (index, form) { if (words.length < 60) words.push(form); });
      sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path: new URL(url, location.href).pathname, words: words }));
    } catch (e) { /* storage switched off: no highlight */ }
  }

  function resultUrl(d) {
    return root + d.path + (d.anchor ? '#' + d.anchor : '');
  }

  if (document.getElementById('search-form')) searchPage(); else headerSearch();

  // ---- The search page: the full list, with type filters and more results on request ----------

  function searchPage() {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-q');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    var filters = null; // made with the first results: an empty fieldset is no use to anyone
    if (!input || !status || !list) return;
    input.setAttribute('aria-describedby', 'search-status');

    var params = new URLSearchParams(location.search);
    var state = { query: params.get('q') || '', type: params.get('type') || '', exact: params.get('exact') === '1', found: null, shown: 0, run: 0 };
    input.value = state.query;

    function keepInUrl() {
      var q = new URLSearchParams();
      if (state.query) q.set('q', state.query);
      if (state.type) q.set('type', state.type);
      if (state.exact) q.set('exact', '1');
      var s = q.toString();
      history.replaceState(null, '', location.pathname + (s ? '?' + s : ''));
    }

    async function run(typing) {
      var id = ++state.run;
      if (input.value !== state.query) state.exact = false;
      state.query = input.value;
      keepInUrl();
      if (splitWords(state.query).length === 0) {
        state.found = null;
        list.innerHTML = '';
        if (filters) filters.hidden = true;
        if (more) more.hidden = true;
        status.textContent = '';
        return;
      }
      try {
        var found = await engine.search(state.query, typing, { exact: state.exact });
        if (id !== state.run) return;
        state.found = found;
        state.shown = 0;
        await show(id, true);
      } catch (e) {
        if (id === state.run) status.textContent = 'Search could not load its index. Try again, or use the A to Z.';
      }
    }

    function visible() {
      var all = state.found.results;
      return state.type ? all.filter(function (r) { return r.type && r.type.name === state.type; }) : all;
    }

    async function show(id, fresh) {
      var results = visible();
      var next = results.slice(state.shown, state.shown + PAGE_SIZE);
      var described = await Promise.all(next.map(function (r) { return engine.describe(r, state.found.forms); }));
      var terms = fresh && !state.type ? await engine.glossaryAnswers(state.found) : [];
      if (id !== state.run) return;
      if (fresh) {
        list.innerHTML = '';
        terms.forEach(function (t) { list.appendChild(termItem(t)); });
        renderFilters();
      }
      described.forEach(function (d) { list.appendChild(item(d)); });
      state.shown += next.length;
      if (more) more.hidden = state.shown >= results.length;
      var n = results.length;
      var label = state.type ? ' in ' + typePlural(state.type).toLowerCase() : '';
      var shownQuery = state.found.corrected || state.query;
      status.innerHTML = escapeHtml(n === 0
        ? 'No results for “' + state.query + '”' + label + '. Check the spelling, try fewer words, or browse the A to Z.'
        : n + (n === 1 ? ' result' : ' results') + ' for “' + shownQuery + '”' + label + (n > state.shown ? ', showing ' + state.shown : '') + '.') +
        (n > 0 && state.found.corrected
          ? ' <span class="search-instead">Showing results for <strong>' + escapeHtml(state.found.corrected) + '</strong>. Search instead for <a href="' +
            escapeHtml(location.pathname + '?q=' + encodeURIComponent(state.query) + '&exact=1') + '">' + escapeHtml(state.query) + '</a>.</span>'
          : '');
    }

    function typePlural(name) {
      var t = engine.types.find(function (x) { return x.name === name; });
      return t ? t.plural : name;
    }

    function item(d) {
      var li = document.createElement('li');
      li.className = 'search-result';
      var url = root + d.path;
      li.innerHTML =
        '<p class="result-type">' + escapeHtml(d.typeLabel) + '</p>' +
        '<h2 class="result-title"><a href="' + escapeHtml(url) + '">' + escapeHtml(d.title) + '</a></h2>' +
        (d.section ? '<p class="result-section">Section: <a href="' + escapeHtml(url + '#' + d.anchor) + '">' + escapeHtml(d.section) + '</a></p>' : '') +
        '<p class="result-excerpt">' + d.excerptHtml + '</p>';
      return li;
    }

    function termItem(t) {
      var li = document.createElement('li');
      li.className = 'search-result search-term';
      li.innerHTML =
        '<p class="result-type">Glossary</p>' +
        '<h2 class="result-title"><a href="' + escapeHtml(root + t.url) + '">' + escapeHtml(t.term) + ': ' + escapeHtml(t.expansion) + '</a></h2>' +
        (t.definition ? '<p class="result-excerpt">' + escapeHtml(t.definition) + '</p>' : '');
      return li;
    }

    function renderFilters() {
      var counts = new Map();
      state.found.results.forEach(function (r) { if (r.type) counts.set(r.type.name, (counts.get(r.type.name) || 0) + 1); });
      var options = [{ name: '', label: 'All types', count: state.found.results.length }];
      engine.types.forEach(function (t) { if (counts.get(t.name)) options.push({ name: t.name, label: t.label, count: counts.get(t.name) }); });
      if (options.length <= 2 && !filters) return;
      if (!filters) {
        filters = document.createElement('fieldset');
        filters.id = 'search-filters';
        filters.className = 'search-filters';
        filters.addEventListener('change', function (e) {
          state.type = e.target.value;
          keepInUrl();
          if (!state.found) return;
          state.shown = 0;
          list.innerHTML = '';
          show(state.run, false);
        });
        status.parentNode.insertBefore(filters, list);
      }
      var html = '<legend>Show</legend>';
      options.forEach(function (o) {
        var id = 'search-type-' + (o.name || 'all');
        html += '<span class="search-filter"><input type="radio" name="type" id="' + id + '" value="' + escapeHtml(o.name) + '"' +
          (o.name === state.type ? ' checked' : '') + '><label for="' + id + '">' + escapeHtml(o.label) + ' (' + o.count + ')</label></span>';
      });
      filters.innerHTML = html;
      filters.hidden = options.length <= 2;
    }

    var timer = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(true); }, 30);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      run(false);
    });
    list.addEventListener('click', function (e) {
      var a = e.target.closest && e.target.closest('a');
      if (a && state.found) rememberHighlight(a.href, state.found.forms);
    });
    if (more) {
      more.addEventListener('click', function () {
        if (state.found) show(state.run, false);
      });
    }
    if (state.query) run(false);
  }

  // ---- The header's field on every other page: a combobox (WAI-ARIA APG, list autocomplete) -----
  // Results appear in a panel under the field as you type; arrow keys choose one, Enter opens it,
  // Escape closes the panel, and a live region says how many there are. Enter with nothing chosen
  // submits the form as it would without JavaScript: to /search/ for the full list.

  function headerSearch() {
    var form = document.getElementById('header-search');
    var input = document.getElementById('header-q');
    if (!form || !input) return;
    var SHOWN = 6;
    var panel = document.createElement('div');
    panel.className = 'search-panel';
    panel.hidden = true;
    var listbox = document.createElement('ul');
    listbox.id = 'header-q-results';
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', 'Search results');
    panel.appendChild(listbox);
    var live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    form.appendChild(panel);
    form.appendChild(live);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);

    var options = [], active = -1, run = 0, timer = 0, forms = new Map();

    function open(yes) {
      panel.hidden = !yes;
      input.setAttribute('aria-expanded', yes ? 'true' : 'false');
      if (!yes) choose(-1);
    }

    function choose(index) {
      if (active >= 0 && options[active]) options[active].el.setAttribute('aria-selected', 'false');
      active = index;
      if (active >= 0) {
        var el = options[active].el;
        el.setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', el.id);
        el.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function option(html, url, kind) {
      var li = document.createElement('li');
      li.id = 'header-q-option-' + options.length;
      li.className = 'search-option' + (kind ? ' search-option-' + kind : '');
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.innerHTML = html;
      options.push({ el: li, url: url });
      listbox.appendChild(li);
    }

    async function update() {
      var id = ++run;
      var query = input.value;
      if (splitWords(query).length === 0) { listbox.innerHTML = ''; options = []; live.textContent = ''; open(false); return; }
      try {
        var found = await engine.search(query, true);
        var top = await Promise.all(found.results.slice(0, SHOWN).map(function (r) { return engine.describe(r, found.forms); }));
        var terms = await engine.glossaryAnswers(found);
        if (id !== run) return;
        forms = found.forms;
        listbox.innerHTML = '';
        options = [];
        active = -1;
        input.removeAttribute('aria-activedescendant');
        terms.slice(0, 1).forEach(function (t) {
          option('<span class="option-type">Glossary</span> <span class="option-title">' + escapeHtml(t.term) + ': ' + escapeHtml(t.expansion) + '</span>' +
            (t.definition ? '<span class="option-section">' + escapeHtml(firstWords(t.definition).slice(0, 140)) + '</span>' : ''), root + t.url, 'term');
        });
        top.forEach(function (d) {
          option('<span class="option-type">' + escapeHtml(d.typeLabel) + '</span> <span class="option-title">' + escapeHtml(d.title) + '</span>' +
            (d.section ? '<span class="option-section">' + escapeHtml(d.section) + '</span>' : ''), resultUrl(d));
        });
        var n = found.results.length;
        var all = root + 'search/?q=' + encodeURIComponent(query);
        option(n > 0 ? 'All ' + n + (n === 1 ? ' result' : ' results') + ' for “' + escapeHtml(query) + '”' : 'No results for “' + escapeHtml(query) + '”. Search the full list', all, 'all');
        live.textContent = n === 0 && terms.length === 0 ? 'No results.'
          : (n + terms.length) + ((n + terms.length) === 1 ? ' result' : ' results') + (found.corrected ? ' for ' + found.corrected : '') + '. Use the up and down arrows to choose one.';
        open(true);
      } catch (e) {
        if (id === run) { live.textContent = 'Search could not load. Press Enter to search.'; open(false); }
      }
    }

    function go(index) {
      var o = options[index];
      if (!o) return;
      if (o.url.indexOf(root + 'search/') !== 0) rememberHighlight(o.url, forms);
      location.href = o.url;
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(update, 60);
    });
    input.addEventListener('keydown', function (e) {
      var shown = !panel.hidden && options.length > 0;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (!shown) { if (options.length > 0) open(true); else update(); return; }
        var step = e.key === 'ArrowDown' ? 1 : -1;
        choose(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
      } else if (e.key === 'Enter' && shown && active >= 0) {
        e.preventDefault();
        go(active);
      } else if (e.key === 'Escape' && !panel.hidden) {
        e.preventDefault();
        open(false);
      }
    });
    // A press on an option keeps focus in the field (so the panel stays), then opens it.
    listbox.addEventListener('mousedown', function (e) { e.preventDefault(); });
    listbox.addEventListener('click', function (e) {
      var li = e.target.closest && e.target.closest('[role=option]');
      if (li) go(options.findIndex(function (o) { return o.el === li; }));
    });
    input.addEventListener('blur', function () { open(false); });
    input.addEventListener('focus', function () { if (options.length > 0 && input.value) open(true); });
  }
})(typeof window !== 'undefined' ? window : globalThis);
