// Times the real search client (assets/search.<hash>.js of a built site) keystroke by keystroke in
// Node's V8, the engine of Chromium, once the files each keystroke needs are loaded:
//   node keystrokes.js OUT QUERY...
// prints "median_ms max_ms median_cpu_ms max_cpu_ms" over every keystroke of every query: wall time,
// and the process's CPU time, which a busy shared machine does not inflate.
'use strict';
const fs = require('fs');
const path = require('path');

const out = process.argv[2];
const script = fs.readdirSync(path.join(out, 'assets')).find(f => /^search\.[0-9a-f]+\.js$/.test(f));
new Function(fs.readFileSync(path.join(out, 'assets', script), 'utf8'))();
const manifest = /data-index="([^"]+)"/.exec(fs.readFileSync(path.join(out, 'search', 'index.html'), 'utf8'))[1];
const engine = new globalThis.GuidanceSearch.Engine(manifest, p => Promise.resolve(JSON.parse(fs.readFileSync(path.join(out, p), 'utf8'))));

(async () => {
  const times = [];
  const cpu = [];
  for (const query of process.argv.slice(3)) {
    for (let i = 1; i <= query.length; i++) {
      const typed = query.slice(0, i);
      const show = async () => {
        const found = await engine.search(typed, true);
        await Promise.all(found.results.slice(0, 10).map(r => engine.describe(r, found.forms)));
      };
      await show(); // loads what this keystroke needs, as the browser would while the person types
      const start = process.hrtime.bigint();
      const cpuStart = process.cpuUsage();
      await show();
      const used = process.cpuUsage(cpuStart);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const summary = list => {
    list.sort((a, b) => a - b);
    return list[Math.floor(list.length / 2)].toFixed(1) + ' ' + list[list.length - 1].toFixed(1);
  };
  console.log(summary(times), summary(cpu));
})();
