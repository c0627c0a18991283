/**
 * `pnpm bench`: runs every suite in suites/ in name order, one after another
 * (two cores: parallel suites would measure each other).
 */
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const suites = readdirSync(new URL('./suites/', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)))
  .sort();
for (const file of suites) {
  console.log(`\n## ${file.replace('.bench.mjs', '')}`);
  const suite = await import(`./suites/${file}`);
  await suite.default();
}
