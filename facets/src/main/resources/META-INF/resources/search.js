// The faceted search page: the URL's query string is the state and mirrors the parameters of GET /search,
// so a selection can be bookmarked and the back button walks through earlier selections.

const TERMS_SHOWN = 8;
const SLIDER_STEPS = 1000;
const VALUE_LABELS = {
  // ObsCore's calib_level
  level: { 0: '0 · raw instrumental', 1: '1 · raw, standard format', 2: '2 · calibrated', 3: '3 · enhanced', 4: '4 · analysis' },
};
const SORT_LABELS = {
  relevance: 'Relevance', date: 'Observation date', snr: 'Signal-to-noise', resolution: 'Resolving power',
  exptime: 'Exposure time', maglim: 'Limiting magnitude',
};
// Parameters that are not facets but still narrow the selection, and how the selection summary names them.
const OTHER_FILTERS = { q: 'Text', covers: 'Covers (nm)' };
const CONE = ['ra', 'dec', 'radius'];

const $ = (id) => document.getElementById(id);

let description = null;
let state = new URLSearchParams(location.search);
let lastAnswer = null;
let requestNumber = 0;
const expandedFacets = new Set();
const rangeControls = new Map();

// ---------- state and loading ----------

function searchQuery(params) {
  const p = new URLSearchParams(params);
  if ([...p.keys()].length === 0) {
    p.set('q', ''); // a search, not the service description
  }
  return p.toString();
}

function change(mutate, keepOffset = false) {
  const next = new URLSearchParams(state);
  mutate(next);
  if (!keepOffset) {
    next.delete('offset');
  }
  for (const [k, v] of [...next.entries()]) {
    if (v === '' && k !== 'q') next.delete(k);
  }
  if (next.get('q') === '') next.delete('q');
  const qs = next.toString();
  if (qs === state.toString()) return; // an Enter and the change event after it commit the same thing
  state = next;
  history.pushState(null, '', qs ? `?${qs}` : location.pathname);
  syncControls();
  load();
}

async function fetchJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error(`The archive did not answer (${e.message}).`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`The archive answered HTTP ${response.status} without JSON.`);
  }
  if (!response.ok) {
    throw new Error(body && body.error ? body.error : `The archive answered HTTP ${response.status}.`);
  }
  return body;
}

async function load() {
  const mine = ++requestNumber;
  const query = searchQuery(state);
  document.body.dataset.state = 'loading';
  $('results').setAttribute('aria-busy', 'true');
  try {
    const answer = await fetchJson(`search?${query}`);
    if (mine !== requestNumber) return;
    lastAnswer = answer;
    hideError();
    render(answer);
    document.body.dataset.query = query;
    document.body.dataset.state = 'ready';
  } catch (e) {
    if (mine !== requestNumber) return;
    showError(e.message);
    document.body.dataset.query = query;
    document.body.dataset.state = 'error';
  } finally {
    if (mine === requestNumber) $('results').removeAttribute('aria-busy');
  }
}

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
}

function hideError() {
  $('error').hidden = true;
  $('error').textContent = '';
}

// ---------- formatting ----------

function fmt(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return '';
  const a = Math.abs(v);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return v.toLocaleString('en', { maximumFractionDigits: digits });
}

function fmtDate(iso) {
  return iso ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, '') : '';
}

function valueLabel(facet, value) {
  return (VALUE_LABELS[facet] && VALUE_LABELS[facet][value]) || value;
}

function idPart(s) {
  return String(s).replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'for' || k === 'role') e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c);
  }
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

// ---------- terms facets ----------

function renderTermsFacets(answer) {
  const box = $('terms-facets');
  const focused = document.activeElement && document.activeElement.id;
  box.replaceChildren();
  for (const facet of description.facets.filter((f) => f.kind === 'terms')) {
    const selected = state.getAll(facet.name);
    const values = [...(answer.facets[facet.name] || [])];
    for (const s of selected) {
      if (!values.some((v) => v.value === s)) values.push({ value: s, count: 0 });
    }
    const panel = el('fieldset', { class: 'panel terms', id: `facet-${facet.name}` }, el('legend', { text: facet.label }));
    if (values.length === 0) {
      panel.append(el('p', { class: 'empty', text: 'No values in this selection' }));
    }
    const list = el('ul', { class: 'terms-list' });
    const expanded = expandedFacets.has(facet.name);
    values.forEach((v, i) => {
      const id = `f-${facet.name}-${idPart(v.value)}`;
      const checked = selected.includes(v.value);
      const input = el('input', {
        type: 'checkbox', id, value: v.value, checked, 'data-facet': facet.name,
      });
      input.addEventListener('change', () => change((p) => {
        const now = p.getAll(facet.name).filter((x) => x !== v.value);
        p.delete(facet.name);
        for (const x of input.checked ? [...now, v.value] : now) p.append(facet.name, x);
      }));
      const item = el('li', { class: checked ? 'on' : null, hidden: !expanded && i >= TERMS_SHOWN && !checked },
        input,
        el('label', { for: id },
          el('span', { class: 'term', text: valueLabel(facet.name, v.value) }),
          el('span', { class: 'count', 'data-count': v.count, text: v.count.toLocaleString('en') })));
      list.append(item);
    });
    panel.append(list);
    if (values.length > TERMS_SHOWN) {
      const more = el('button', {
        type: 'button', class: 'quiet more', 'aria-expanded': String(expanded),
        text: expanded ? 'Show fewer' : `Show all ${values.length}`,
      });
      more.addEventListener('click', () => {
        if (expandedFacets.has(facet.name)) expandedFacets.delete(facet.name);
        else expandedFacets.add(facet.name);
        renderTermsFacets(lastAnswer);
        $(`facet-${facet.name}`).querySelector('.more').focus();
      });
      panel.append(more);
    }
    box.append(panel);
  }
  if (focused && $(focused)) $(focused).focus();
}

// ---------- range facets ----------

function parseRange(text) {
  if (!text || !text.includes('..')) return ['', ''];
  const i = text.indexOf('..');
  return [text.slice(0, i), text.slice(i + 2)];
}

function isDateFacet(facet) {
  return facet.name === 'date' || typeof facet.min === 'string' || typeof facet.max === 'string';
}

// Positions of a slider map to values linearly, or logarithmically for quantities spanning decades
// (signal-to-noise, resolving power, exposure time), so the common small values get most of the track.
function scaleFor(lo, hi) {
  if (lo > 0 && hi / lo >= 100) {
    const a = Math.log(lo);
    const b = Math.log(hi);
    return {
      toValue: (pos) => Math.exp(a + (b - a) * pos / SLIDER_STEPS),
      toPos: (v) => Math.round(SLIDER_STEPS * (Math.log(Math.max(v, lo)) - a) / (b - a)),
    };
  }
  const span = hi - lo || 1;
  return {
    toValue: (pos) => lo + span * pos / SLIDER_STEPS,
    toPos: (v) => Math.round(SLIDER_STEPS * (v - lo) / span),
  };
}

function roundForDisplay(v) {
  if (v === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(v)));
  const factor = 10 ** (2 - magnitude); // three significant figures
  return Math.round(v * factor) / factor;
}

function buildRangePanels() {
  const box = $('range-facets');
  box.replaceChildren();
  for (const facet of description.facets.filter((f) => f.kind === 'range')) {
    const unit = facet.unit ? ` (${facet.unit})` : '';
    const panel = el('fieldset', { class: 'panel range', id: `facet-${facet.name}` },
      el('legend', { text: facet.label + unit }));
    const clear = el('button', { type: 'button', class: 'quiet clear', text: 'Clear', 'aria-label': `Clear ${facet.label}` });
    clear.addEventListener('click', () => change((p) => p.delete(facet.name)));
    if (isDateFacet(facet)) {
      buildDateRange(panel, facet);
    } else {
      buildNumberRange(panel, facet);
    }
    panel.append(clear);
    box.append(panel);
    if (facet.name === 'wavemax') {
      box.append($('covers-panel')); // the wavelength questions side by side
    }
  }
}

function buildDateRange(panel, facet) {
  const lo = facet.min ? String(facet.min).slice(0, 10) : '';
  const hi = facet.max ? String(facet.max).slice(0, 10) : '';
  const from = el('input', { type: 'date', id: `r-${facet.name}-min`, min: lo, max: hi });
  const to = el('input', { type: 'date', id: `r-${facet.name}-max`, min: lo, max: hi });
  const commit = () => change((p) => p.set(facet.name, from.value || to.value ? `${from.value}..${to.value}` : ''));
  from.addEventListener('change', commit);
  to.addEventListener('change', commit);
  panel.append(el('div', { class: 'range-inputs dates' },
    el('label', { for: from.id, text: 'From' }), from,
    el('label', { for: to.id, text: 'To' }), to));
  rangeControls.set(facet.name, {
    panel,
    sync(text) {
      const [a, b] = parseRange(text);
      from.value = a.slice(0, 10);
      to.value = b.slice(0, 10);
      panel.classList.toggle('active', Boolean(text));
    },
    update() { },
  });
}

function buildNumberRange(panel, facet) {
  const usable = typeof facet.min === 'number' && typeof facet.max === 'number' && facet.max > facet.min;
  const lo = usable ? facet.min : 0;
  const hi = usable ? facet.max : 1;
  const scale = scaleFor(lo, hi);
  const histogram = svg('svg', { class: 'histogram', viewBox: `0 0 ${SLIDER_STEPS} 60`, preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  const minSlider = el('input', {
    type: 'range', min: 0, max: SLIDER_STEPS, value: 0, disabled: !usable,
    id: `s-${facet.name}-min`, 'aria-label': `${facet.label} minimum`,
  });
  const maxSlider = el('input', {
    type: 'range', min: 0, max: SLIDER_STEPS, value: SLIDER_STEPS, disabled: !usable,
    id: `s-${facet.name}-max`, 'aria-label': `${facet.label} maximum`,
  });
  const minInput = el('input', {
    type: 'number', step: 'any', id: `r-${facet.name}-min`, placeholder: fmt(lo), inputMode: 'decimal', disabled: !usable,
  });
  const maxInput = el('input', {
    type: 'number', step: 'any', id: `r-${facet.name}-max`, placeholder: fmt(hi), inputMode: 'decimal', disabled: !usable,
  });
  const extent = el('p', { class: 'extent' });

  const commit = () => {
    const a = minInput.value.trim();
    const b = maxInput.value.trim();
    change((p) => p.set(facet.name, a || b ? `${a}..${b}` : ''));
  };
  const slid = (which) => {
    let a = Number(minSlider.value);
    let b = Number(maxSlider.value);
    if (a > b) {
      if (which === minSlider) b = a; else a = b;
      minSlider.value = a;
      maxSlider.value = b;
    }
    minInput.value = a === 0 ? '' : roundForDisplay(scale.toValue(a));
    maxInput.value = b === SLIDER_STEPS ? '' : roundForDisplay(scale.toValue(b));
    // the lower thumb must stay reachable when both sit at the top end
    minSlider.classList.toggle('raised', a > SLIDER_STEPS * 0.9);
    paint();
  };
  const paint = () => {
    const a = Number(minSlider.value);
    const b = Number(maxSlider.value);
    for (const bar of histogram.children) {
      const mid = Number(bar.dataset.mid);
      bar.classList.toggle('out', mid < a || mid > b);
    }
  };
  // arrow keys change a slider step by step: search once the keys rest, not at every step
  let pending = null;
  const commitSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(commit, 350);
  };
  for (const s of [minSlider, maxSlider]) {
    s.addEventListener('input', () => slid(s));
    s.addEventListener('change', commitSoon);
  }
  for (const i of [minInput, maxInput]) {
    i.addEventListener('change', commit);
    i.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') commit();
    });
  }

  panel.append(histogram,
    el('div', { class: 'dual' }, minSlider, maxSlider),
    el('div', { class: 'range-inputs' },
      el('label', { for: minInput.id, text: 'Min' }), minInput,
      el('label', { for: maxInput.id, text: 'Max' }), maxInput),
    extent);
  if (!usable) {
    panel.append(el('p', { class: 'empty', text: 'No values in the archive' }));
  }

  rangeControls.set(facet.name, {
    panel,
    sync(text) {
      const [a, b] = parseRange(text);
      minInput.value = a;
      maxInput.value = b;
      minSlider.value = a === '' || Number.isNaN(Number(a)) ? 0 : Math.min(SLIDER_STEPS, Math.max(0, scale.toPos(Number(a))));
      maxSlider.value = b === '' || Number.isNaN(Number(b)) ? SLIDER_STEPS : Math.min(SLIDER_STEPS, Math.max(0, scale.toPos(Number(b))));
      minSlider.classList.toggle('raised', Number(minSlider.value) > SLIDER_STEPS * 0.9);
      panel.classList.toggle('active', Boolean(text));
      paint();
    },
    update(result) {
      histogram.replaceChildren();
      const buckets = (result && result.buckets) || [];
      const top = Math.max(1, ...buckets.map((k) => k.count));
      for (const k of buckets) {
        // open-ended outer buckets (null edge) reach the ends of the track
        const x0 = k.from === null ? 0 : Math.max(0, Math.min(SLIDER_STEPS, scale.toPos(Math.max(lo, k.from))));
        const x1 = k.to === null ? SLIDER_STEPS : Math.max(0, Math.min(SLIDER_STEPS, scale.toPos(Math.min(hi, k.to))));
        if (x1 <= x0) continue;
        const h = k.count === 0 ? 0 : 4 + 56 * k.count / top;
        const bar = svg('rect', { x: x0, y: 60 - h, width: Math.max(1, x1 - x0 - 4), height: h });
        bar.dataset.mid = String((x0 + x1) / 2);
        histogram.append(bar);
      }
      extent.textContent = result && result.min !== null && result.min !== undefined
        ? `Matching: ${fmt(result.min)} – ${fmt(result.max)}` : 'No matching values';
      paint();
    },
  });
}

function renderRanges(answer) {
  for (const [name, control] of rangeControls) {
    control.update(answer.facets[name]);
  }
}

// ---------- selection summary ----------

function rangeText(v) {
  const [a, b] = parseRange(v);
  if (a && b) return `${a} – ${b}`;
  return a ? `≥ ${a}` : `≤ ${b}`;
}

function renderSelection() {
  const box = $('selection');
  box.replaceChildren();
  const labels = Object.fromEntries(description.facets.map((f) => [f.name, f.label]));
  const chips = [];
  const chip = (text, remove) => {
    const b = el('button', { type: 'button', class: 'chip', 'aria-label': `Remove ${text}` },
      el('span', { text }), el('span', { 'aria-hidden': 'true', text: ' ×' }));
    b.addEventListener('click', () => change(remove));
    chips.push(b);
  };
  for (const [k, v] of state.entries()) {
    const label = labels[k] || OTHER_FILTERS[k];
    if (!label || v === '' || CONE.includes(k)) continue;
    chip(`${label}: ${v.includes('..') ? rangeText(v) : valueLabel(k, v)}`, (p) => {
      const rest = p.getAll(k).filter((x) => x !== v);
      p.delete(k);
      rest.forEach((x) => p.append(k, x));
    });
  }
  if (CONE.some((c) => state.get(c))) {
    chip(`Within ${state.get('radius') || '?'}° of ${state.get('ra') || '?'}, ${state.get('dec') || '?'}`,
      (p) => CONE.forEach((c) => p.delete(c)));
  }
  box.hidden = chips.length === 0;
  if (chips.length) box.append(el('div', { class: 'chips' }, ...chips));
}

// ---------- results ----------

function renderResults(answer) {
  $('total').textContent = answer.total.toLocaleString('en');
  $('total').dataset.total = answer.total;
  $('total-noun').textContent = answer.total === 1 ? 'product' : 'products';
  const rows = $('rows');
  rows.replaceChildren();
  if (answer.results.length === 0) {
    rows.append(el('tr', {}, el('td', { colSpan: 10, class: 'empty', text: 'Nothing matches this selection. Remove a filter above.' })));
  }
  answer.results.forEach((r, i) => {
    const thumb = r.preview
      ? el('a', { href: r.preview, class: 'thumb', 'aria-label': `Preview of ${r.target || r.obs_id}` },
        el('img', { src: r.preview, alt: '', loading: 'lazy', width: 64, height: 48 }))
      : el('span', { class: 'no-thumb', text: '—' });
    const wave = r.wavemin !== null && r.wavemax !== null ? `${fmt(r.wavemin)} – ${fmt(r.wavemax)}` : '';
    const tr = el('tr', { 'data-index': i, 'data-id': r.id },
      el('td', {}, thumb),
      el('td', { class: 'target' },
        el('strong', { text: r.target || '—' }),
        r.release === 'proprietary' ? el('span', { class: 'badge', text: 'proprietary', title: `until ${r.release_date}` }) : null,
        el('div', { class: 'sub', text: r.title || r.obs_id, title: r.id })),
      el('td', { text: r.instrument || '' }),
      el('td', { class: 'nowrap' }, r.type || '', el('span', { class: 'sub', text: r.level !== null ? ` L${r.level}` : '' })),
      el('td', { class: 'num', text: fmt(r.snr) }),
      el('td', { class: 'num', text: r.resolution !== null ? Math.round(r.resolution).toLocaleString('en') : '' }),
      el('td', { text: wave }),
      el('td', { class: 'num', text: fmt(r.exptime) }),
      el('td', { class: 'date' }, fmtDate(r.date).slice(0, 10), el('div', { class: 'sub', text: fmtDate(r.date).slice(11) })),
      el('td', { class: 'links' },
        el('a', { href: r.access_url, class: 'download', text: 'Download' }),
        el('a', { href: r.datalink, class: 'datalink', text: 'DataLink' })));
    tr.addEventListener('mouseenter', () => highlight(i, true));
    tr.addEventListener('mouseleave', () => highlight(i, false));
    rows.append(tr);
  });
  const from = answer.total === 0 ? 0 : answer.offset + 1;
  const to = answer.offset + answer.results.length;
  const pageText = answer.total === 0 ? '' : `Showing ${from.toLocaleString('en')}–${to.toLocaleString('en')} of ${answer.total.toLocaleString('en')}`;
  $('page-info').textContent = pageText;
  $('page-top').textContent = pageText;
  $('lede').textContent = state.toString() === ''
    ? 'Everything you may see in the archive. Narrow it down with the filters.'
    : `match your selection, of ${Number(description.total).toLocaleString('en')} in the archive.`;
  $('prev').disabled = answer.offset === 0;
  $('next').disabled = to >= answer.total;
  $('adql').textContent = answer.adql || '';
  $('tap-link').href = answer.tap || '#';
}

// ---------- sky plot ----------

// Hammer–Aitoff: equal-area, the whole sky in an ellipse; RA grows to the left as on the sky.
function project(ra, dec) {
  let lon = ((ra + 180) % 360 + 360) % 360 - 180;
  lon = -lon * Math.PI / 180;
  const lat = dec * Math.PI / 180;
  const d = Math.sqrt(1 + Math.cos(lat) * Math.cos(lon / 2));
  const x = 2 * Math.SQRT2 * Math.cos(lat) * Math.sin(lon / 2) / d;
  const y = Math.SQRT2 * Math.sin(lat) / d;
  return [180 + x * 60, 92 - y * 60];
}

function line(points, cls) {
  return svg('polyline', { points: points.map((p) => p.join(',')).join(' '), class: cls });
}

function drawSkyFrame(plot) {
  const outline = [];
  for (let d = -90; d <= 90; d += 5) outline.push(project(179.999, d));
  for (let d = 90; d >= -90; d -= 5) outline.push(project(180.001, d));
  plot.append(svg('polygon', { points: outline.map((p) => p.join(',')).join(' '), class: 'sky-bg' }));
  for (let ra = 60; ra < 360; ra += 60) {
    const pts = [];
    for (let d = -90; d <= 90; d += 5) pts.push(project(ra, d));
    plot.append(line(pts, 'grid'));
  }
  for (let dec = -60; dec <= 60; dec += 30) {
    const pts = [];
    for (let ra = 180.001; ra <= 539.999; ra += 5) pts.push(project(ra, dec));
    pts.push(project(179.999, dec));
    plot.append(line(pts, dec === 0 ? 'grid equator' : 'grid'));
  }
  for (const ra of [0, 120, 240]) {
    const [x, y] = project(ra, 0);
    const t = svg('text', { x: x + 2, y: y - 3, class: 'label' });
    t.textContent = `${ra / 15}h`;
    plot.append(t);
  }
}

function renderSky(answer) {
  const plot = $('sky');
  plot.replaceChildren();
  drawSkyFrame(plot);
  const ra = Number(state.get('ra'));
  const dec = Number(state.get('dec'));
  const radius = Number(state.get('radius'));
  if (state.get('ra') && state.get('dec') && radius > 0) {
    plot.append(coneOutline(ra, dec, radius));
  }
  const tip = $('tooltip');
  answer.results.forEach((r, i) => {
    if (r.ra === null || r.dec === null) return;
    const [x, y] = project(r.ra, r.dec);
    const dot = svg('circle', { cx: x, cy: y, r: 3.2, class: `dot ${r.type || ''}`, 'data-index': i });
    const title = svg('title');
    title.textContent = `${r.target || r.obs_id} (${r.instrument}, ${r.type})`;
    dot.append(title);
    dot.addEventListener('mouseenter', (ev) => {
      tip.textContent = `${r.target || r.obs_id} · ${r.instrument} · RA ${fmt(r.ra)} Dec ${fmt(r.dec)}`;
      tip.hidden = false;
      tip.style.left = `${ev.pageX + 12}px`;
      tip.style.top = `${ev.pageY + 12}px`;
      highlight(i, true);
    });
    dot.addEventListener('mouseleave', () => {
      tip.hidden = true;
      highlight(i, false);
    });
    plot.append(dot);
  });
}

// The small circle of the cone, traced point by point (it is not a circle after projection).
function coneOutline(ra, dec, radius) {
  const r = radius * Math.PI / 180;
  const a0 = ra * Math.PI / 180;
  const d0 = dec * Math.PI / 180;
  const pts = [];
  for (let t = 0; t <= 360; t += 6) {
    const th = t * Math.PI / 180;
    const d = Math.asin(Math.sin(d0) * Math.cos(r) + Math.cos(d0) * Math.sin(r) * Math.cos(th));
    const a = a0 + Math.atan2(Math.sin(th) * Math.sin(r) * Math.cos(d0), Math.cos(r) - Math.sin(d0) * Math.sin(d));
    pts.push(project(a * 180 / Math.PI, d * 180 / Math.PI));
  }
  return line(pts, 'cone');
}

function highlight(i, on) {
  const dot = $('sky').querySelector(`circle[data-index="${i}"]`);
  if (dot) dot.classList.toggle('hl', on);
  const row = $('rows').querySelector(`tr[data-index="${i}"]`);
  if (row) row.classList.toggle('hl', on);
}

// ---------- controls ----------

function render(answer) {
  renderTermsFacets(answer);
  renderRanges(answer);
  renderSelection();
  renderResults(answer);
  renderSky(answer);
}

function syncControls() {
  $('q').value = state.get('q') || '';
  $('covers').value = state.get('covers') || '';
  for (const c of CONE) $(c).value = state.get(c) || '';
  $('covers-panel').classList.toggle('active', Boolean(state.get('covers')));
  $('cone-panel').classList.toggle('active', CONE.some((c) => state.get(c)));
  const [key, dir] = (state.get('sort') || 'relevance').split(':');
  $('sort').value = key;
  $('order').value = dir || 'desc';
  $('order').disabled = key === 'relevance';
  $('limit').value = state.get('limit') || '25';
  for (const [name, control] of rangeControls) control.sync(state.get(name) || '');
  document.querySelectorAll('#line-chips button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.line === state.get('covers'))));
}

function wireControls() {
  $('text-form').addEventListener('submit', (e) => {
    e.preventDefault();
    change((p) => p.set('q', $('q').value.trim()));
  });
  $('q').addEventListener('search', () => {
    if ($('q').value === '' && state.get('q')) change((p) => p.delete('q'));
  });
  $('covers-form').addEventListener('submit', (e) => {
    e.preventDefault();
    change((p) => p.set('covers', $('covers').value.trim()));
  });
  document.querySelectorAll('#line-chips button').forEach((b) => b.addEventListener('click', () => {
    change((p) => p.set('covers', state.get('covers') === b.dataset.line ? '' : b.dataset.line));
  }));
  $('cone-form').addEventListener('submit', (e) => {
    e.preventDefault();
    change((p) => {
      for (const c of CONE) p.set(c, $(c).value.trim());
    });
  });
  $('cone-clear').addEventListener('click', () => change((p) => CONE.forEach((c) => p.delete(c))));
  const sortChanged = () => change((p) => {
    const key = $('sort').value;
    p.set('sort', key === 'relevance' ? '' : `${key}:${$('order').value}`);
  });
  $('sort').addEventListener('change', sortChanged);
  $('order').addEventListener('change', sortChanged);
  $('limit').addEventListener('change', () => change((p) => p.set('limit', $('limit').value === '25' ? '' : $('limit').value)));
  $('prev').addEventListener('click', () => page(-1));
  $('next').addEventListener('click', () => page(1));
  $('reset').addEventListener('click', () => change((p) => [...p.keys()].forEach((k) => p.delete(k))));
  $('copy-adql').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText($('adql').textContent);
      $('copy-status').textContent = 'Copied';
    } catch (e) {
      $('copy-status').textContent = 'Select the text and copy it by hand';
    }
  });
  window.addEventListener('popstate', () => {
    state = new URLSearchParams(location.search);
    syncControls();
    load();
  });
}

function page(direction) {
  if (!lastAnswer) return;
  const offset = Math.max(0, lastAnswer.offset + direction * lastAnswer.limit);
  change((p) => p.set('offset', offset === 0 ? '' : String(offset)), true);
  $('results-heading').focus();
}

async function start() {
  wireControls();
  try {
    description = await fetchJson('search');
  } catch (e) {
    showError(`The search service is not available: ${e.message}`);
    document.body.dataset.state = 'error';
    return;
  }
  for (const key of description.sort || ['relevance']) {
    $('sort').append(el('option', { value: key, text: SORT_LABELS[key] || key }));
  }
  buildRangePanels();
  syncControls();
  await load();
}

start();
