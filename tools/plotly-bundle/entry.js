'use strict';
// plotly.js core with the scatter trace only, for plansite's indicator charts.
//
// This mirrors plotly.js/src/core.js (what `require('plotly.js/lib/core')` gives) with the
// same API, the scatter trace, the en locales and the plot CSS, but registers only the
// components a scatter chart with legend and hover needs. plotly.js treats components as
// optional (Registry.getComponentMethod returns a no-op for one that is not registered),
// which is how its own partial bundles leave traces out. Left out: annotations (3D too),
// images, updatemenus, sliders, rangeslider, rangeselector, grid, errorbars, and the
// Icons / Snapshot / PlotSchema exports. lib/core with every component is 383 KB gzipped,
// over the site's 360 KB budget; this is ~337 KB.
exports.version = require('plotly.js/src/version').version;

// inject promise polyfill (a no-op in every browser with Promise)
require('native-promise-only');

// inject plot css
require('plotly.js/build/plotcss');

var Registry = require('plotly.js/src/registry');
var register = exports.register = Registry.register;

// expose plot api methods (newPlot, react, relayout, restyle, purge, ...)
var plotApi = require('plotly.js/src/plot_api');
var methodNames = Object.keys(plotApi);
for(var i = 0; i < methodNames.length; i++) {
    var name = methodNames[i];
    if(name.charAt(0) !== '_') exports[name] = plotApi[name];
    register({moduleType: 'apiMethod', name: name, fn: plotApi[name]});
}

// the one trace type: scatter (lines, markers, fills)
register(require('plotly.js/lib/scatter'));

// components, in core.js's order; selections, shapes, colorbar and modebar are required by
// the cartesian/plot code anyway, so registering them costs nothing and keeps their defaults
register([
    require('plotly.js/src/components/selections'),
    require('plotly.js/src/components/shapes'),
    require('plotly.js/src/components/colorscale'),
    require('plotly.js/src/components/colorbar'),
    require('plotly.js/src/components/legend'), // after shapes
    require('plotly.js/src/components/fx'), // after legend
    require('plotly.js/src/components/modebar')
]);

// locales en and en-US are required for default behavior
register([
    require('plotly.js/src/locale-en'),
    require('plotly.js/src/locale-en-us')
]);

var Plots = require('plotly.js/src/plots/plots');
// (core.js also exports Plots.sendDataToCloud, which posts a chart to Plotly's server: not here)
exports.Plots = {
    resize: Plots.resize,
    graphJson: Plots.graphJson
};
