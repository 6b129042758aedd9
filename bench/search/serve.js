// A static file server for the search benchmark that counts what the browser fetches.
//   node serve.js DIR PORT      GET /__bytes returns the requests since the last call, then forgets them.
// Serves files as they are on disk (no compression), from 127.0.0.1 only.
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const [root, port] = [path.resolve(process.argv[2]), Number(process.argv[3])];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };
let log = [];

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/__bytes') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(log));
    log = [];
    return;
  }
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404); res.end(); log.push({ path: url.pathname, bytes: 0, status: 404 }); return; }
  const body = fs.readFileSync(file);
  log.push({ path: url.pathname, bytes: body.length, status: 200 });
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Length': body.length });
  res.end(body);
}).listen(port, '127.0.0.1');
