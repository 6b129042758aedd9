// Reads Lighthouse's JSON reports and fails unless every category scored 100, naming each audit that
// did not pass. Usage: node check.mjs REPORT.json...
import { readFileSync } from "node:fs";

let failed = false;
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  const scores = Object.values(report.categories).map(c => `${c.title} ${Math.round(c.score * 100)}`);
  console.log(`${report.finalDisplayedUrl} (${report.configSettings.formFactor}): ${scores.join(", ")}`);
  for (const category of Object.values(report.categories)) {
    if (category.score === 1) continue;
    failed = true;
    for (const ref of category.auditRefs.filter(r => r.weight > 0)) {
      const audit = report.audits[ref.id];
      if (audit.score !== null && audit.score < 1) console.log(`  ${category.title}: ${audit.title} ${audit.explanation ?? ""}`);
    }
  }
}
process.exit(failed ? 1 : 0);
