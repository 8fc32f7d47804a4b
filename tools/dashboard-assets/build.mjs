// Vendors the dashboard's browser libraries into src/Warta.Server/wwwroot/vendor/ (embedded in the server):
//   uPlot (time series), Leaflet (map, no tiles) — their built files as published, with their licences;
//   world-countries-110m.geojson — Natural Earth 1:110m country outlines from world-atlas (TopoJSON),
//   converted to GeoJSON here with topojson-client so the browser needs no converter.
// Run: cd tools/dashboard-assets && npm ci && node build.mjs  (versions pinned in package.json / package-lock.json)

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'Warta.Server', 'wwwroot', 'vendor');
const require = createRequire(import.meta.url);
const pkgDir = (name) => dirname(require.resolve(`${name}/package.json`));
const version = (name) => JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version;

mkdirSync(out, { recursive: true });

const copies = [
  ['uplot', 'dist/uPlot.iife.min.js', 'uPlot.iife.min.js'],
  ['uplot', 'dist/uPlot.min.css', 'uPlot.min.css'],
  ['uplot', 'LICENSE', 'uPlot.LICENSE.txt'],
  ['leaflet', 'dist/leaflet.js', 'leaflet.js'],
  ['leaflet', 'dist/leaflet.css', 'leaflet.css'],
  ['leaflet', 'LICENSE', 'leaflet.LICENSE.txt'],
  ['world-atlas', 'LICENSE', 'world-atlas.LICENSE.txt'],
];
for (const [pkg, from, to] of copies) copyFileSync(join(pkgDir(pkg), from), join(out, to));

// Country outlines: coordinates rounded to 0.01° (about 1 km, finer than the 1:110m source), properties kept to the name.
// The map is flat (no spherical clipping as in d3-geo): a ring that crosses the antimeridian (Russia, Fiji) is unwrapped
// so that it runs on past ±180° instead of drawing a line across the world; Antarctica (a ring around the pole) is left out.
const round = (x) => Array.isArray(x) ? x.map(round) : Math.round(x * 100) / 100;
const unwrapRing = (ring) => {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const previous = ring[i - 1][0];
      if (lon - previous > 180) shift -= 360;
      else if (previous - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
};
const unwrap = (geometry) => geometry.type === 'Polygon'
  ? { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) }
  : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
const topo = JSON.parse(readFileSync(join(pkgDir('world-atlas'), 'countries-110m.json'), 'utf8'));
const geo = feature(topo, topo.objects.countries);
const slim = {
  type: 'FeatureCollection',
  features: geo.features.filter((f) => f.geometry && f.properties?.name !== 'Antarctica').map((f) => ({
    type: 'Feature',
    properties: { name: f.properties?.name ?? '' },
    geometry: { type: f.geometry.type, coordinates: round(unwrap(f.geometry).coordinates) },
  })),
};
writeFileSync(join(out, 'world-countries-110m.geojson'), JSON.stringify(slim));

const versions = ['uplot', 'leaflet', 'world-atlas', 'topojson-client'].map((p) => `${p}\t${version(p)}`).join('\n');
writeFileSync(join(out, 'VERSIONS.tsv'), `# package\tversion — written by tools/dashboard-assets/build.mjs\n${versions}\n`);
console.log(`vendored into ${out}:\n${versions}`);
