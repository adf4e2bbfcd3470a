// Bundles entry.js (plotly.js core + scatter) with esbuild and minifies it with terser into
// one classic script that defines window.Plotly. Same package-lock.json → same bytes: neither
// tool puts times, absolute paths or machine details into the output.
//   node build.mjs [out-file]     (./build.sh runs npm ci first, then this)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { minify } from 'terser';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, process.argv[2] || '../../generator/site/assets/javascripts/vendor/plotly-scatter.min.js');

// plotly.js's own licence header, naming what this file holds.
const pkg = JSON.parse(readFileSync(resolve(here, 'node_modules/plotly.js/package.json'), 'utf8'));
const dist = readFileSync(resolve(here, 'node_modules/plotly.js/dist/plotly.min.js'), 'utf8');
const header = dist.slice(0, dist.indexOf('*/') + 2);
if (!header.startsWith(`/**\n* plotly.js v${pkg.version}\n`) || !header.includes('MIT license')) {
  throw new Error('unexpected plotly.js licence header:\n' + header);
}
const banner = header.replace(`* plotly.js v${pkg.version}`,
  `* plotly.js v${pkg.version} (core + scatter trace only, minified; plansite tools/plotly-bundle)`);

// registry.js requires maplibre-gl's stylesheet when a map trace is registered; no map trace
// is in this bundle, so that import resolves to an empty module (no CSS, nothing fetched).
const noMaplibreCss = {
  name: 'no-maplibre-css',
  setup(build) {
    build.onResolve({ filter: /maplibre-gl\.css$/ }, (args) => ({ path: args.path, namespace: 'empty-css' }));
    build.onLoad({ filter: /.*/, namespace: 'empty-css' }, () => ({ contents: '', loader: 'js' }));
  },
};

const bundled = await esbuild.build({
  entryPoints: [resolve(here, 'entry.js')],
  absWorkingDir: here,
  bundle: true,
  minify: false,
  format: 'iife',
  globalName: 'Plotly',
  platform: 'browser',
  target: 'es2016', // as plotly.js's own esbuild-config.js
  define: { global: 'window', 'define.amd': 'false', 'process.env.NODE_DEBUG': 'false' },
  legalComments: 'eof', // the dependencies' licence comments, gathered in one /*! */ block at the end
  charset: 'utf8',
  plugins: [noMaplibreCss],
  write: false,
  logLevel: 'warning',
});

// terser: ~4 % smaller gzipped than esbuild's own minifier on this bundle.
const min = await minify(bundled.outputFiles[0].text, {
  ecma: 2016,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: 'some', preamble: banner, ascii_only: false },
});
// The one off-site address left is the default for map traces' topojson files; no map trace
// is bundled, but blank it so the file itself names no host a page could fetch from.
const TOPOJSON_CDN = 'https://cdn.plot.ly/un/';
if (!min.code.includes(TOPOJSON_CDN)) throw new Error('topojson default moved: check plotly.js for off-site URLs');
// Its attribute description names the host too; reword it so the file names no host at all.
const code = min.code.replace(TOPOJSON_CDN, '').replaceAll('cdn.plot.ly', "plotly's CDN");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, code + '\n');
console.log(`wrote ${out} (${Buffer.byteLength(code + '\n')} bytes)`);
