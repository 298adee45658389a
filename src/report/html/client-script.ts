// The page's only script, inlined into report.html and allowed by its hash in the Content-Security-Policy.
// It reads the data block and builds the page with DOM calls: data only ever reaches the page as text
// (textContent, attribute values), never as markup.
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var PAGE_SIZE = 200;
  var SVG = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('evalgate-data').textContent);

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }
  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }
  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (key) {
      if (attrs[key] !== undefined && attrs[key] !== null) node.setAttribute(key, String(attrs[key]));
    });
  }
  function append(node, children) {
    if (children === undefined || children === null) return;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === undefined || child === null || child === false) return;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    });
  }
  function section(title, id, children) {
    return el('section', { id: id }, [el('h2', null, title)].concat(children));
  }
  function fmtScore(value) {
    if (value === null || value === undefined) return 'N/A';
    return Math.abs(value) >= 100 ? value.toFixed(1) : String(Math.round(value * 1000) / 1000);
  }

  var labels = { deploy: 'DEPLOY', block: 'BLOCK', error: 'ERROR' };
  var root = document.getElementById('app');

  // Header and counts.
  var failedGates = data.gates.filter(function (gate) { return gate.status !== 'pass'; });
  root.appendChild(el('header', { class: 'decision ' + data.decision }, [
    el('h1', null, ['evalgate · ', data.name, ': ', el('span', { id: 'decision', 'data-decision': data.decision }, labels[data.decision])]),
    el('p', { id: 'headline' }, data.headline),
    el('p', { class: 'meta' }, [
      'Finished ', data.finishedAt, ' in ', data.duration, ' · evalgate ', data.evalgateVersion,
      data.git && data.git.sha ? ' · commit ' + data.git.sha.slice(0, 12) : '',
      data.baseline ? ' · baseline ' + data.baseline.origin + ' (' + data.baseline.createdAt + ')' : '',
    ]),
    el('dl', { class: 'counts' }, [
      el('dt', null, 'Items'), el('dd', { id: 'count-items' }, String(data.items.length)),
      el('dt', null, 'Categories'), el('dd', { id: 'count-categories' }, String(data.dataset.categories.length)),
      el('dt', null, 'Gates'), el('dd', { id: 'count-gates' }, String(data.gates.length)),
      el('dt', null, 'Not passing'), el('dd', { id: 'count-failed-gates' }, String(failedGates.length)),
    ]),
  ]));
  if (data.error) root.appendChild(section('Error', 'error', [el('pre', { class: 'error' }, data.error)]));

  // Gates.
  if (data.gates.length > 0) {
    root.appendChild(section('Gates', 'gates', [el('table', null, [
      el('thead', null, el('tr', null, ['', 'Gate', 'Severity', 'Value', 'Needs', 'Interval', 'Failing items'].map(function (h) { return el('th', null, h); }))),
      el('tbody', null, data.gates.map(function (gate, index) {
        var icon = gate.status === 'pass' ? '✔' : gate.effect === 'block' ? '✘' : '!';
        return el('tr', { class: 'gate ' + gate.status + ' effect-' + gate.effect, 'data-gate': index, title: gate.explanation }, [
          el('td', { class: 'icon' }, icon),
          el('td', null, gate.name),
          el('td', null, gate.severity),
          el('td', null, gate.value),
          el('td', null, gate.needs),
          el('td', null, gate.interval),
          el('td', { class: 'failing-count' }, String(gate.failingCount)),
        ]);
      })),
    ]), el('ul', { class: 'explanations' }, failedGates.map(function (gate) {
      return el('li', null, [el('strong', null, gate.name + ': '), gate.explanation]);
    }))]));
  }

  // Per-category bars with intervals.
  function barChart(chart) {
    var rowH = 22, labelW = 170, plotW = 420, width = labelW + plotW + 90;
    var height = chart.bars.length * rowH + 24;
    var max = 1;
    if (!chart.unitScale) {
      max = 0;
      chart.bars.forEach(function (bar) { max = Math.max(max, bar.value, bar.upper === undefined ? 0 : bar.upper); });
      if (max <= 0) max = 1;
    }
    var x = function (v) { return labelW + Math.max(0, Math.min(1, v / max)) * plotW; };
    var parts = [svg('line', { x1: labelW, x2: labelW, y1: 0, y2: height - 20, class: 'axis' })];
    [0, 0.25, 0.5, 0.75, 1].forEach(function (t) {
      parts.push(svg('line', { x1: labelW + t * plotW, x2: labelW + t * plotW, y1: 0, y2: height - 20, class: 'grid' }));
      parts.push(svg('text', { x: labelW + t * plotW, y: height - 6, 'text-anchor': 'middle', class: 'tick' }, chart.unitScale ? Math.round(t * 100) + '%' : fmtScore(t * max)));
    });
    chart.bars.forEach(function (bar, i) {
      var y = i * rowH + 4;
      parts.push(svg('text', { x: labelW - 6, y: y + 13, 'text-anchor': 'end', class: 'label' }, bar.label));
      parts.push(svg('rect', { x: labelW, y: y + 2, width: Math.max(0, x(bar.value) - labelW), height: rowH - 8, class: 'bar' }, svg('title', null, bar.label + ': ' + bar.text + ' (n=' + bar.n + ')')));
      if (bar.lower !== undefined && bar.upper !== undefined) {
        var cy = y + rowH / 2 - 2;
        parts.push(svg('line', { x1: x(bar.lower), x2: x(bar.upper), y1: cy, y2: cy, class: 'whisker' }));
        parts.push(svg('line', { x1: x(bar.lower), x2: x(bar.lower), y1: cy - 5, y2: cy + 5, class: 'whisker' }));
        parts.push(svg('line', { x1: x(bar.upper), x2: x(bar.upper), y1: cy - 5, y2: cy + 5, class: 'whisker' }));
      }
      parts.push(svg('text', { x: labelW + plotW + 8, y: y + 13, class: 'value' }, bar.text + '  n=' + bar.n));
    });
    return el('figure', { class: 'chart', 'data-metric': chart.metric }, [
      el('figcaption', null, chart.metric + ' by category (bars: value; whiskers: interval)'),
      svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img' }, parts),
    ]);
  }
  if (data.categoryCharts.length > 0) root.appendChild(section('By category', 'categories', data.categoryCharts.map(barChart)));

  // Comparison with the baseline.
  var comparison = data.comparison;
  root.appendChild(section('Comparison with the baseline', 'comparison', comparison.status === 'compared'
    ? [el('p', null, comparison.paired + ' items paired by id.'), el('table', null, [
        el('thead', null, el('tr', null, ['Metric', 'Base', 'New', 'Δ', 'Interval of Δ', 'Level', 'Method', 'Verdict'].map(function (h) { return el('th', null, h); }))),
        el('tbody', null, comparison.rows.map(function (row) {
          return el('tr', { class: 'verdict-' + row.verdict.toLowerCase() }, [
            el('td', null, row.metric), el('td', null, row.base), el('td', null, row.new), el('td', null, row.diff),
            el('td', null, row.interval), el('td', null, row.level), el('td', null, row.method), el('td', { class: 'verdict' }, row.verdict),
          ]);
        })),
      ])]
    : [el('p', null, 'No comparison: ' + (comparison.reason || 'no baseline.'))]));

  // Trend of the gated metrics over the accepted runs.
  function trendChart(trend) {
    var width = 520, height = 160, left = 56, right = 12, top = 10, bottom = 28;
    var values = [];
    trend.points.forEach(function (p) {
      if (p.value !== null) values.push(p.value);
      if (p.lower !== undefined) values.push(p.lower);
      if (p.upper !== undefined) values.push(p.upper);
    });
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    if (trend.unitScale) { lo = Math.max(0, lo - 0.05); hi = Math.min(1, hi + 0.05); }
    if (hi - lo < 1e-9) { hi = hi + 1; lo = lo - 1; }
    var count = trend.points.length;
    var x = function (i) { return left + (count === 1 ? 0.5 : i / (count - 1)) * (width - left - right); };
    var y = function (v) { return top + (1 - (v - lo) / (hi - lo)) * (height - top - bottom); };
    var parts = [svg('line', { x1: left, x2: left, y1: top, y2: height - bottom, class: 'axis' }), svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, class: 'axis' })];
    [lo, (lo + hi) / 2, hi].forEach(function (v) {
      parts.push(svg('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, trend.unitScale ? (Math.round(v * 1000) / 10) + '%' : fmtScore(v)));
    });
    var line = [];
    trend.points.forEach(function (p, i) {
      if (p.lower !== undefined && p.upper !== undefined) parts.push(svg('line', { x1: x(i), x2: x(i), y1: y(p.lower), y2: y(p.upper), class: 'whisker' }));
      if (p.value !== null) line.push(x(i).toFixed(1) + ',' + y(p.value).toFixed(1));
    });
    parts.push(svg('polyline', { points: line.join(' '), class: 'trend-line' }));
    trend.points.forEach(function (p, i) {
      if (p.value === null) return;
      parts.push(svg('circle', { cx: x(i), cy: y(p.value), r: 3.5, class: 'point ' + p.decision }, svg('title', null, p.date + (p.sha ? ' ' + p.sha.slice(0, 7) : '') + ': ' + p.text + ' (n=' + p.n + ', ' + p.decision + ')')));
    });
    parts.push(svg('text', { x: left, y: height - 8, class: 'tick' }, trend.points[0].date.slice(0, 10)));
    parts.push(svg('text', { x: width - right, y: height - 8, 'text-anchor': 'end', class: 'tick' }, trend.points[count - 1].date.slice(0, 10)));
    return el('figure', { class: 'chart trend', 'data-metric': trend.metric }, [
      el('figcaption', null, trend.metric + ' over the last ' + count + ' runs (latest ' + trend.points[count - 1].text + ')'),
      svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img' }, parts),
    ]);
  }
  if (data.trends.length > 0) root.appendChild(section('Trend', 'trend', data.trends.map(trendChart)));

  // Item browser.
  var failingByGate = data.gates.map(function (gate) {
    var set = {};
    gate.failing.forEach(function (index) { set[index] = true; });
    return set;
  });
  var gateSelect = el('select', { id: 'filter-gate' }, [el('option', { value: '' }, 'All items')].concat(data.gates.map(function (gate, index) {
    return gate.failing.length > 0 ? el('option', { value: String(index) }, 'Failing "' + gate.name + '" (' + gate.failing.length + ')') : null;
  })));
  var categorySelect = el('select', { id: 'filter-category' }, [el('option', { value: '' }, 'All categories')].concat(data.dataset.categories.map(function (category) {
    return el('option', { value: category }, category);
  })));
  var changeSelect = el('select', { id: 'filter-change' }, [
    el('option', { value: '' }, 'Changed or not'),
    el('option', { value: 'changed' }, 'Changed vs baseline'),
    el('option', { value: 'regressed' }, 'Regressed'),
    el('option', { value: 'improved' }, 'Improved'),
  ]);
  var search = el('input', { id: 'filter-search', type: 'search', placeholder: 'Search id, input, output, expected, notes' });
  var status = el('span', { id: 'match-count' });
  var list = el('div', { id: 'items' });
  var pager = el('div', { class: 'pager' });
  var page = 0;
  var haystacks = data.items.map(function (item) {
    return [item.id, item.category, item.input, item.output || '', item.expected || '', item.error || '',
      item.notes ? Object.keys(item.notes).map(function (k) { return item.notes[k]; }).join(' ') : '',
      item.judge ? item.judge.map(function (j) { return j.reasoning; }).join(' ') : ''].join('\n').toLowerCase();
  });

  function matches() {
    var gate = gateSelect.value, category = categorySelect.value, change = changeSelect.value;
    var text = search.value.trim().toLowerCase();
    var out = [];
    for (var i = 0; i < data.items.length; i++) {
      var item = data.items[i];
      if (gate !== '' && !failingByGate[Number(gate)][i]) continue;
      if (category !== '' && item.category !== category) continue;
      if (change === 'changed' && !item.change) continue;
      if ((change === 'regressed' || change === 'improved') && item.change !== change) continue;
      if (text !== '' && haystacks[i].indexOf(text) < 0) continue;
      out.push(i);
    }
    return out;
  }
  function field(label, value, cls) {
    if (value === undefined) return null;
    return el('div', { class: 'field' }, [el('h4', null, label), el('pre', { class: cls || '' }, value === null ? '(no output)' : value)]);
  }
  function details(item) {
    var scores = Object.keys(item.scores).map(function (name) {
      return el('tr', null, [el('td', null, name), el('td', null, fmtScore(item.scores[name])), el('td', null, item.notes && item.notes[name] ? item.notes[name] : '')]);
    });
    return el('div', { class: 'details' }, [
      el('p', { class: 'meta' }, [item.source, item.change ? ' · ' + item.change + ' vs baseline' : '']),
      field('Input', item.input),
      field('Output', item.output, 'output'),
      field('Expected', item.expected),
      item.error ? field('Error', item.error, 'error') : null,
      el('table', { class: 'scores' }, [el('thead', null, el('tr', null, [el('th', null, 'Score'), el('th', null, 'Value'), el('th', null, 'Note')])), el('tbody', null, scores)]),
      item.judge ? el('div', { class: 'judge' }, [el('h4', null, 'Judge')].concat(item.judge.map(function (j) {
        return el('div', { class: 'verdict' }, [el('strong', null, j.metric + ' · ' + j.model + ' · ' + j.level), el('pre', null, j.reasoning)]);
      }))) : null,
    ]);
  }
  function render() {
    var found = matches();
    var pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
    if (page >= pages) page = pages - 1;
    status.textContent = found.length + ' of ' + data.items.length + ' items';
    status.setAttribute('data-count', String(found.length));
    list.replaceChildren();
    found.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).forEach(function (index) {
      var item = data.items[index];
      var failing = data.gates.filter(function (gate, g) { return failingByGate[g][index]; }).map(function (gate) { return gate.name; });
      var summary = el('summary', null, [
        el('span', { class: 'id' }, item.id),
        el('span', { class: 'cat' }, item.category),
        failing.length > 0 ? el('span', { class: 'badge fail' }, 'fails ' + failing.join(', ')) : null,
        item.error ? el('span', { class: 'badge error' }, 'error') : null,
        item.change ? el('span', { class: 'badge ' + item.change }, item.change) : null,
        el('span', { class: 'preview' }, (item.output === null ? '(no output)' : item.output).slice(0, 140)),
      ]);
      var row = el('details', { class: 'item', 'data-index': index }, summary);
      row.addEventListener('toggle', function () {
        if (row.open && row.childNodes.length === 1) row.appendChild(details(item));
      }, { once: false });
      list.appendChild(row);
    });
    pager.replaceChildren();
    if (pages > 1) {
      var prev = el('button', { type: 'button', id: 'page-prev' }, '‹ Previous');
      var next = el('button', { type: 'button', id: 'page-next' }, 'Next ›');
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
      prev.addEventListener('click', function () { page--; render(); });
      next.addEventListener('click', function () { page++; render(); });
      pager.appendChild(prev);
      pager.appendChild(el('span', { id: 'page-label' }, 'Page ' + (page + 1) + ' of ' + pages));
      pager.appendChild(next);
    }
  }
  [gateSelect, categorySelect, changeSelect].forEach(function (control) {
    control.addEventListener('change', function () { page = 0; render(); });
  });
  search.addEventListener('input', function () { page = 0; render(); });
  root.appendChild(section('Items', 'browser', [
    el('div', { class: 'filters' }, [gateSelect, categorySelect, changeSelect, search, status]),
    list,
    pager,
  ]));
  render();
})();
`;
