/* The kg view: draws the graph of the JSON in #kg-data on a canvas.
 *
 * Positions come with the data (computed when the page was built), so the first frame is drawn
 * at once and every load gives the same picture. Text from documents is only ever put on screen
 * with textContent or the canvas: never as markup.
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var LABEL_MIN_PX = 11;          // labels smaller than this on screen are not drawn
  var LABEL_MAX_PX = 20;          // nor larger than this
  var LABEL_FOCUS_PX = 12;        // size of the labels of a selected neighbourhood
  var MAX_LABELS = 350;           // labels drawn in one frame at most
  var LABEL_PLACES = [[0, 1], [0, -1], [1, 0], [-1, 0]];  // below, above, right, left of the node
  var GROUP_LABEL_PX = 13;        // labels of province and city circles
  var CITY_LABEL_ROOM_PX = 45;    // a city circle smaller than this on screen has no room for its name
  var CITY_BELOW = 0.34;          // under this zoom, cities are drawn as circles (large graphs only)
  var MAX_GROUP_LINKS = 300;      // links between circles drawn at most (the strongest)
  var MIN_CIRCLE = 4;             // a city group smaller than this is drawn as its entities
  var ARROWS_ABOVE = 0.45;        // above this zoom, edges get arrow heads
  var EDGE_LABELS_ABOVE = 1.1;    // above this zoom, every edge in view is labelled
  var READABLE_ZOOM = LABEL_MIN_PX / DATA.labelSize;  // where the smallest labels become readable
  var DIM_ALPHA = 0.13;           // opacity of what is outside a selected neighbourhood
  var FAR_ALPHA = 0.3;            // opacity of edges leading out of the window
  var FIT_MARGIN = 0.92;          // share of the window the fitted graph fills
  var MAX_ZOOM = 4, MIN_ZOOM = 0.005, FIT_MAX_ZOOM = 1.3;
  var DRILL_STEP = 1.05;          // a click on a circle zooms at least this far past its level
  var CLICK_SLOP_PX = 4;          // a press that moves less than this is a click
  var EDGE_HIT_PX = 4;            // the pointer this close to an edge shows its tooltip
  var MAX_MATCHES = 12;           // matches listed under the search box
  var MAX_PANEL_RELATIONS = 60;   // relations listed in the side panel

  var canvas = document.getElementById("kg-canvas");
  var ctx = canvas.getContext("2d");
  var nodes = DATA.nodes, edges = DATA.edges, groups = DATA.groups, types = DATA.types;
  var PROVINCE_BELOW = CITY_LABEL_ROOM_PX / medianCityRadius();  // under this zoom, provinces are circles
  var view = {scale: 1, x: 0, y: 0};  // screen = world * scale + (x, y)
  var size = {w: 0, h: 0, dpr: 1};
  var state = {selected: -1, hiddenTypes: {}, only: null, docOk: null, minConfidence: 0};
  var visible = new Uint8Array(nodes.length);
  var edgeVisible = new Uint8Array(edges.length);
  var focus = null;                   // nodes of the selected neighbourhood, or null
  var drawn = {groups: [], nodes: []}; // what the last frame showed, for hit testing
  var pending = false;
  var labelWidth = new Float32Array(nodes.length);  // width of each label at 100 px, measured once

  function medianCityRadius() {
    var radii = groups.filter(function (g) { return g.level === "city" && g.size >= MIN_CIRCLE; })
      .map(function (g) { return g.r; }).sort(function (a, b) { return a - b; });
    return radii.length ? radii[Math.floor(radii.length / 2)] : Infinity;
  }

  var adjacency = nodes.map(function () { return []; });
  edges.forEach(function (e, i) { adjacency[e[0]].push(i); adjacency[e[1]].push(i); });

  // ---- geometry -------------------------------------------------------------------------
  function toScreen(x, y) { return [x * view.scale + view.x, y * view.scale + view.y]; }
  function toWorld(sx, sy) { return [(sx - view.x) / view.scale, (sy - view.y) / view.scale]; }

  // fit nodes; in a large graph, the whole circles of their provinces
  function fitTo(indices) {
    if (!indices.length) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    indices.forEach(function (i) {
      var o = DATA.overview ? groups[nodes[i].p] : nodes[i];
      x0 = Math.min(x0, o.x - o.r); y0 = Math.min(y0, o.y - o.r);
      x1 = Math.max(x1, o.x + o.r); y1 = Math.max(y1, o.y + o.r);
    });
    fitBox(x0, y0, x1, y1);
  }

  // the part of the canvas the legend and the side panel do not cover
  function openArea() {
    var legend = document.getElementById("kg-legend"), panel = document.getElementById("kg-panel");
    var left = legend.hidden ? 0 : Math.min(size.w / 3, legend.offsetLeft + legend.offsetWidth);
    var right = panel.hidden ? size.w : Math.max(size.w * 2 / 3, panel.offsetLeft);
    return {x: left, w: right - left};
  }

  function fitBox(x0, y0, x1, y1) {
    var area = openArea();
    var s = FIT_MARGIN * Math.min(area.w / Math.max(x1 - x0, 1), size.h / Math.max(y1 - y0, 1));
    view.scale = Math.min(FIT_MAX_ZOOM, Math.max(MIN_ZOOM, s));
    centreAt((x0 + x1) / 2, (y0 + y1) / 2);
  }

  function centreAt(x, y) {
    var area = openArea();
    view.x = area.x + area.w / 2 - view.scale * x;
    view.y = size.h / 2 - view.scale * y;
  }

  // the whole graph if its labels can be read at that zoom (or it is drawn as provinces and
  // cities); otherwise, at the smallest zoom where labels can be read, the window around a city
  // group that holds the most entities, centred on them
  function openingView() {
    var all = visibleIndices();
    fitTo(all);
    if (DATA.overview || view.scale >= READABLE_ZOOM) return;
    view.scale = READABLE_ZOOM;
    var best = null;
    groups.forEach(function (g) {
      var inside = windowAround(g.x, g.y, all);
      if (!best || inside.length > best.length) best = inside;
    });
    var mean = best.reduce(function (m, i) { return [m[0] + nodes[i].x / best.length, m[1] + nodes[i].y / best.length]; }, [0, 0]);
    centreAt(mean[0], mean[1]);
  }

  // the nodes a window at the current zoom centred on (x, y) would show
  function windowAround(x, y, indices) {
    var area = openArea(), halfW = area.w / 2 / view.scale, halfH = size.h / 2 / view.scale;
    return indices.filter(function (i) { return Math.abs(nodes[i].x - x) < halfW && Math.abs(nodes[i].y - y) < halfH; });
  }

  function visibleIndices() {
    var out = [];
    for (var i = 0; i < nodes.length; i++) if (visible[i]) out.push(i);
    return out;
  }

  // ---- what is visible ------------------------------------------------------------------
  function dateOk(docs) {
    if (!state.docOk) return true;
    for (var i = 0; i < docs.length; i++) if (state.docOk[docs[i]]) return true;
    return false;
  }

  function computeVisibility() {
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      visible[i] = !state.hiddenTypes[types[n.t].id] && (!state.only || state.only[i]) && dateOk(n.d) ? 1 : 0;
    }
    for (var j = 0; j < edges.length; j++) {
      var e = edges[j];
      var confident = e[3] === null || e[3] >= state.minConfidence;
      edgeVisible[j] = visible[e[0]] && visible[e[1]] && confident && dateOk(e[4]) ? 1 : 0;
    }
    if (state.selected >= 0 && !visible[state.selected]) select(-1);
  }

  function neighbourhood(i) {
    var set = {};
    set[i] = true;
    adjacency[i].forEach(function (j) {
      if (edgeVisible[j]) { set[edges[j][0]] = true; set[edges[j][1]] = true; }
    });
    return set;
  }

  // which circle stands for a node at the current zoom: -1 (the node itself) or a group index
  function representative(i) {
    if (!DATA.overview || (focus && focus[i])) return -1;
    if (view.scale < PROVINCE_BELOW) return nodes[i].p;
    if (view.scale < CITY_BELOW) return groups[nodes[i].g].size < MIN_CIRCLE ? -1 : nodes[i].g;
    return -1;
  }

  function cityMode() { return DATA.overview && view.scale >= PROVINCE_BELOW && view.scale < CITY_BELOW; }

  // ---- drawing --------------------------------------------------------------------------
  function shapePath(shape, x, y, r) {
    var k, a;
    switch (shape) {
      case "square": ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7); break;
      case "diamond": ctx.moveTo(x, y - r * 1.15); ctx.lineTo(x + r * 1.15, y); ctx.lineTo(x, y + r * 1.15); ctx.lineTo(x - r * 1.15, y); ctx.closePath(); break;
      case "triangle": ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.1, y + r * 0.75); ctx.lineTo(x - r * 1.1, y + r * 0.75); ctx.closePath(); break;
      case "triangleDown": ctx.moveTo(x, y + r * 1.2); ctx.lineTo(x + r * 1.1, y - r * 0.75); ctx.lineTo(x - r * 1.1, y - r * 0.75); ctx.closePath(); break;
      case "hexagon":
        for (k = 0; k < 6; k++) { a = Math.PI / 3 * k; ctx[k ? "lineTo" : "moveTo"](x + r * 1.1 * Math.cos(a), y + r * 1.1 * Math.sin(a)); }
        ctx.closePath(); break;
      case "star":
        for (k = 0; k < 10; k++) {
          a = -Math.PI / 2 + Math.PI / 5 * k;
          var rr = k % 2 ? r * 0.55 : r * 1.3;
          ctx[k ? "lineTo" : "moveTo"](x + rr * Math.cos(a), y + rr * Math.sin(a));
        }
        ctx.closePath(); break;
      default: ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
  }

  function inViewport(sx, sy, pad) {
    return sx > -pad && sy > -pad && sx < size.w + pad && sy < size.h + pad;
  }

  // the part of a segment inside the window (Liang-Barsky), or null: long dashed lines off screen cost time
  function clip(x0, y0, x1, y1) {
    var pad = 20, dx = x1 - x0, dy = y1 - y0, t0 = 0, t1 = 1;
    var p = [-dx, dx, -dy, dy], q = [x0 + pad, size.w + pad - x0, y0 + pad, size.h + pad - y0];
    for (var k = 0; k < 4; k++) {
      if (p[k] === 0) { if (q[k] < 0) return null; continue; }
      var r = q[k] / p[k];
      if (p[k] < 0) { if (r > t1) return null; t0 = Math.max(t0, r); } else { if (r < t0) return null; t1 = Math.min(t1, r); }
    }
    return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
  }

  function setDash(dash) {
    ctx.setLineDash(dash === "dashed" ? [6, 4] : dash === "dotted" ? [2, 3] : []);
  }

  // edges between shown nodes, by relation, in one path each; edges into circles, summed
  function drawEdges(rep) {
    var byRelation = DATA.relations.map(function () { return {dim: [], far: [], lit: []}; });
    var between = {};
    for (var j = 0; j < edges.length; j++) {
      if (!edgeVisible[j]) continue;
      var e = edges[j], a = rep[e[0]], b = rep[e[1]];
      if (a < 0 && b < 0) {
        var lit = !focus || (focus[e[0]] && focus[e[1]] && (e[0] === state.selected || e[1] === state.selected));
        byRelation[e[2]][!lit ? "dim" : focus || bothOnScreen(e) ? "lit" : "far"].push(j);
      } else if (a !== b) {
        var key = a < 0 ? "n" + e[0] + ":g" + b : b < 0 ? "g" + a + ":n" + e[1] : "g" + Math.min(a, b) + ":g" + Math.max(a, b);
        between[key] = (between[key] || 0) + 1;
      }
    }
    drawGroupEdges(between);
    DATA.relations.forEach(function (rel, r) {
      strokeEdges(byRelation[r].dim, rel, DIM_ALPHA, 1);
      strokeEdges(byRelation[r].far, rel, FAR_ALPHA, 1);
      strokeEdges(byRelation[r].lit, rel, 0.85, focus ? 2.5 : 1);
    });
    return byRelation;
  }

  // whether both ends of an edge are in the window (an edge leaving it is drawn fainter)
  function bothOnScreen(e) {
    var a = toScreen(nodes[e[0]].x, nodes[e[0]].y), b = toScreen(nodes[e[1]].x, nodes[e[1]].y);
    return inViewport(a[0], a[1], 0) && inViewport(b[0], b[1], 0);
  }

  function strokeEdges(list, rel, alpha, width) {
    if (!list.length) return;
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = rel.color;
    ctx.fillStyle = rel.color;
    ctx.lineWidth = width * (rel.id === "leads" ? 1.6 : 1);
    setDash(rel.dash);
    ctx.beginPath();
    list.forEach(function (j) {
      var s = toScreen(nodes[edges[j][0]].x, nodes[edges[j][0]].y), t = toScreen(nodes[edges[j][1]].x, nodes[edges[j][1]].y);
      var c = clip(s[0], s[1], t[0], t[1]);
      if (c) { ctx.moveTo(c[0], c[1]); ctx.lineTo(c[2], c[3]); }
    });
    ctx.stroke();
    ctx.setLineDash([]);
    if (view.scale >= ARROWS_ABOVE || width > 1) {
      ctx.beginPath();
      list.forEach(function (j) { arrowPath(nodes[edges[j][0]], nodes[edges[j][1]], width); });
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  }

  function arrowPath(from, to, width) {
    var dx = to.x - from.x, dy = to.y - from.y, len = Math.sqrt(dx * dx + dy * dy);
    if (len === 0) return;
    var ux = dx / len, uy = dy / len, tip = toScreen(to.x - ux * to.r * 1.15, to.y - uy * to.r * 1.15);
    if (!inViewport(tip[0], tip[1], 10)) return;
    var l = 7 + 2 * width, w = 3.5 + width;
    ctx.moveTo(tip[0], tip[1]);
    ctx.lineTo(tip[0] - ux * l - uy * w, tip[1] - uy * l + ux * w);
    ctx.lineTo(tip[0] - ux * l + uy * w, tip[1] - uy * l - ux * w);
    ctx.closePath();
  }

  // links between circles, the strongest MAX_GROUP_LINKS of them, wider the more relations they sum
  function drawGroupEdges(between) {
    var strongest = Object.keys(between).sort(function (a, b) { return between[b] - between[a] || (a < b ? -1 : 1); });
    ctx.strokeStyle = "#8896a8";
    strongest.slice(0, MAX_GROUP_LINKS).forEach(function (key) {
      var ends = key.split(":").map(function (p) {
        var i = +p.slice(1), o = p[0] === "g" ? groups[i] : nodes[i];
        return toScreen(o.x, o.y);
      });
      ctx.globalAlpha = focus ? DIM_ALPHA : 0.3;
      ctx.lineWidth = Math.min(6, 0.5 + Math.log2(1 + between[key]) / 2);
      ctx.beginPath(); ctx.moveTo(ends[0][0], ends[0][1]); ctx.lineTo(ends[1][0], ends[1][1]); ctx.stroke();
    });
    ctx.globalAlpha = 1;
  }

  // circles standing for provinces or cities; with cities, the outlines of their provinces
  function drawGroups(shownGroups, outlines) {
    drawn.groups = [];
    ctx.globalAlpha = focus ? DIM_ALPHA : 1;
    outlines.forEach(function (g) { drawCircle(g, "rgba(31,63,153,0.04)", "#9fb0d8", true); });
    shownGroups.forEach(function (g) {
      if (groups[g].level === "province") drawCircle(g, "rgba(31,63,153,0.10)", "#1f3f99", false);
      else drawCircle(g, "rgba(17,163,168,0.12)", "#11a3a8", false);
    });
    ctx.globalAlpha = 1;
  }

  function drawCircle(g, fill, stroke, outline) {
    var o = groups[g], c = toScreen(o.x, o.y), r = Math.max(6, o.r * view.scale);
    if (!inViewport(c[0], c[1], r)) return;
    ctx.beginPath(); ctx.arc(c[0], c[1], r, 0, 2 * Math.PI);
    ctx.fillStyle = fill; ctx.strokeStyle = stroke; ctx.lineWidth = 1.2;
    ctx.fill(); ctx.stroke();
    drawn.groups.push({g: g, x: c[0], y: c[1], r: r, outline: outline});
  }

  function drawNodes(rep) {
    var byType = types.map(function () { return {dim: [], lit: []}; });
    drawn.nodes = [];
    var pad = 40;
    for (var i = 0; i < nodes.length; i++) {
      if (!visible[i] || rep[i] >= 0) continue;
      var s = toScreen(nodes[i].x, nodes[i].y);
      if (!inViewport(s[0], s[1], pad)) continue;
      byType[nodes[i].t][!focus || focus[i] ? "lit" : "dim"].push(i);
      drawn.nodes.push(i);
    }
    var minR = cityMode() ? 4 : 2.5;
    ["dim", "lit"].forEach(function (which) {
      ctx.globalAlpha = which === "dim" ? DIM_ALPHA : 1;
      types.forEach(function (t, ti) {
        var list = byType[ti][which];
        if (!list.length) return;
        ctx.beginPath();
        list.forEach(function (i) {
          var s = toScreen(nodes[i].x, nodes[i].y);
          shapePath(t.shape, s[0], s[1], Math.max(minR, nodes[i].r * view.scale));
        });
        ctx.fillStyle = t.color;
        ctx.fill();
        if (view.scale > 0.3) { ctx.strokeStyle = "#fff"; ctx.lineWidth = 1; ctx.stroke(); }
      });
    });
    ctx.globalAlpha = 1;
    if (state.selected >= 0 && visible[state.selected] && rep[state.selected] < 0) {
      var n = nodes[state.selected], c = toScreen(n.x, n.y);
      ctx.beginPath(); shapePath(types[n.t].shape, c[0], c[1], Math.max(minR, n.r * view.scale) + 4);
      ctx.strokeStyle = "#111"; ctx.lineWidth = 2.5; ctx.stroke();
    }
  }

  function measure(i) {
    if (!labelWidth[i]) { ctx.font = "100px " + fontFamily(); labelWidth[i] = ctx.measureText(nodes[i].n).width / 100; }
    return labelWidth[i];
  }

  var familyCache = null;  // the page font, read once
  function fontFamily() { return familyCache || (familyCache = getComputedStyle(document.body).fontFamily); }

  // labels that fit: the best-connected first (the node list is in that order), never overlapping
  function drawLabels(rep) {
    var placed = coveredByPanels(), candidates = [], labels = 0;
    if (focus) Object.keys(focus).forEach(function (k) { if (visible[+k]) candidates.push(+k); });
    drawn.nodes.forEach(function (i) { if (!focus || !focus[i]) candidates.push(i); });
    candidates.sort(function (a, b) {
      return (a === state.selected ? -1 : 0) - (b === state.selected ? -1 : 0) || a - b;
    });
    ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineJoin = "round";
    for (var k = 0; k < candidates.length && labels < MAX_LABELS; k++) {
      var i = candidates[k], n = nodes[i];
      if (rep[i] >= 0) continue;
      var px = Math.min(LABEL_MAX_PX, n.f * view.scale);
      if (focus && focus[i]) px = Math.max(px, LABEL_FOCUS_PX);
      else if (px < LABEL_MIN_PX || focus) continue;
      var s = toScreen(n.x, n.y), r = Math.max(2.5, n.r * view.scale), w = measure(i) * px;
      var box = labelBox(s, r, w, px, placed);
      if (!box) continue;
      placed.push(box, [s[0] - r, s[1] - r, s[0] + r, s[1] + r]);  // later labels cover neither
      labels++;
      textWithHalo(n.n, (box[0] + box[2]) / 2, box[1], px, fontFamily(), "#1a1a1a");
    }
    return placed;
  }

  // where a label of width w and height px goes: below its node, else above, right or left of it
  // (the first place inside the window that no label or labelled node takes); null when none is free
  function labelBox(s, r, w, px, placed) {
    for (var k = 0; k < LABEL_PLACES.length; k++) {
      var d = LABEL_PLACES[k];
      var cx = s[0] + d[0] * (r + 3 + w / 2), top = d[1] > 0 ? s[1] + r + 3 : d[1] < 0 ? s[1] - r - 3 - px - 2 : s[1] - px / 2;
      var box = [cx - w / 2 - 2, top, cx + w / 2 + 2, top + px + 2];
      if (insideWindow(box) && !overlaps(box, placed)) return box;
    }
    return null;
  }

  // a label is drawn whole or not at all: never cut by the window's edge
  function insideWindow(box) {
    return box[0] >= 0 && box[1] >= 0 && box[2] <= size.w && box[3] <= size.h;
  }

  // the canvas boxes the open legend and side panel cover: no label is drawn under them
  function coveredByPanels() {
    var origin = canvas.getBoundingClientRect(), out = [];
    ["kg-legend", "kg-panel"].forEach(function (id) {
      var el = document.getElementById(id);
      if (!el || el.hidden) return;
      var r = el.getBoundingClientRect();
      out.push([r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top]);
    });
    return out;
  }

  function overlaps(box, placed) {
    for (var i = 0; i < placed.length; i++) {
      var b = placed[i];
      if (box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]) return true;
    }
    return false;
  }

  function textWithHalo(text, x, y, px, family, colour) {
    ctx.font = px + "px " + family;
    ctx.strokeStyle = "rgba(255,255,255,0.92)"; ctx.lineWidth = 3.5;
    ctx.strokeText(text, x, y);
    ctx.fillStyle = colour;
    ctx.fillText(text, x, y);
  }

  // province outlines named above their circle, first; then circles by size, named in their middle.
  // A name that has no room there is written short (新疆 for 新疆维吾尔自治区), then without its
  // count; then below, above, right or left of the circle: every circle with room near it is named
  function drawGroupLabels(placed) {
    var family = fontFamily();
    ctx.textAlign = "center"; ctx.textBaseline = "top";
    ctx.font = "bold " + GROUP_LABEL_PX + "px " + family;
    drawn.groups.slice().sort(function (a, b) {
      return (b.outline - a.outline) || groups[b.g].size - groups[a.g].size || a.g - b.g;
    }).forEach(function (d) {
      var o = groups[d.g], short = o.s || o.n;
      var texts = [o.n + " · " + o.size, short + " · " + o.size, short].filter(function (t, i, all) {
        return all.indexOf(t) === i;
      });
      // [side (-1 left, 0 centred, 1 right), top relative to the centre]
      var half = GROUP_LABEL_PX / 2, above = -d.r - GROUP_LABEL_PX - 4;
      var spots = d.outline ? [[0, above]] : [[0, -half], [0, d.r + 2], [0, above], [1, -half], [-1, -half]];
      for (var j = 0; j < spots.length; j++) {
        for (var i = 0; i < texts.length; i++) {
          var w = ctx.measureText(texts[i]).width, x = d.x + spots[j][0] * (d.r + w / 2 + 4);
          var top = d.y + spots[j][1], box = [x - w / 2 - 2, top, x + w / 2 + 2, top + GROUP_LABEL_PX + 2];
          if (overlaps(box, placed) || !insideWindow(box)) continue;
          placed.push(box);
          textWithHalo(texts[i], x, top, GROUP_LABEL_PX, "bold " + family, d.outline ? "#1f3f99" : "#123");
          return;
        }
      }
    });
  }

  // relation names on the lit edges of a selection, or on all edges when zoomed in
  function drawEdgeLabels(byRelation, placed) {
    if (!focus && view.scale < EDGE_LABELS_ABOVE) return;
    var family = fontFamily(), px = LABEL_MIN_PX;
    ctx.textAlign = "center"; ctx.textBaseline = "middle";
    DATA.relations.forEach(function (rel, r) {
      byRelation[r].lit.forEach(function (j) {
        var a = nodes[edges[j][0]], b = nodes[edges[j][1]], m = toScreen((a.x + b.x) / 2, (a.y + b.y) / 2);
        ctx.font = px + "px " + family;
        var w = ctx.measureText(rel.zh).width, box = [m[0] - w / 2 - 2, m[1] - px / 2 - 1, m[0] + w / 2 + 2, m[1] + px / 2 + 1];
        if (!inViewport(m[0], m[1], 0) || overlaps(box, placed)) return;
        placed.push(box);
        textWithHalo(rel.zh, m[0], m[1], px, family, rel.color === "#9aa5b1" ? "#55606c" : rel.color);
      });
    });
  }

  function draw() {
    pending = false;
    ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, size.w, size.h);
    var rep = new Int32Array(nodes.length), shownGroups = {}, provinces = {};
    for (var i = 0; i < nodes.length; i++) {
      rep[i] = visible[i] ? representative(i) : -1;
      if (visible[i] && rep[i] >= 0) shownGroups[rep[i]] = true;
      if (visible[i] && cityMode()) provinces[nodes[i].p] = true;
    }
    drawGroups(sortedKeys(shownGroups), sortedKeys(provinces));
    var byRelation = drawEdges(rep);
    drawNodes(rep);
    var placed = drawLabels(rep);
    drawEdgeLabels(byRelation, placed);
    drawGroupLabels(placed);
  }

  function sortedKeys(set) {
    return Object.keys(set).map(Number).sort(function (a, b) { return a - b; });
  }

  function redraw() {
    if (!pending) { pending = true; requestAnimationFrame(draw); }
  }

  function resize() {
    var rect = canvas.getBoundingClientRect();
    size.dpr = window.devicePixelRatio || 1;
    size.w = rect.width; size.h = rect.height;
    canvas.width = Math.round(rect.width * size.dpr);
    canvas.height = Math.round(rect.height * size.dpr);
  }

  // ---- hit testing and interaction ------------------------------------------------------
  function nodeAt(sx, sy) {
    var best = -1, bestD = Infinity;
    drawn.nodes.forEach(function (i) {
      var s = toScreen(nodes[i].x, nodes[i].y), d = Math.hypot(s[0] - sx, s[1] - sy);
      if (d <= Math.max(5, nodes[i].r * view.scale) + 2 && d < bestD) { best = i; bestD = d; }
    });
    return best;
  }

  function groupAt(sx, sy) {
    var best = -1;
    drawn.groups.forEach(function (d) {
      if (Math.hypot(d.x - sx, d.y - sy) <= d.r && (best < 0 || groups[d.g].r < groups[best].r)) best = d.g;
    });
    return best;
  }

  function zoomAt(sx, sy, factor) {
    var w = toWorld(sx, sy);
    view.scale = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.scale * factor));
    view.x = sx - w[0] * view.scale; view.y = sy - w[1] * view.scale;
    redraw();
  }

  function drillInto(g) {
    var o = groups[g];
    fitBox(o.x - o.r, o.y - o.r, o.x + o.r, o.y + o.r);
    var below = o.level === "province" ? PROVINCE_BELOW : CITY_BELOW;
    if (DATA.overview && view.scale < below) {  // one level down, even if the circle then overflows the window
      view.scale = below * DRILL_STEP;
      centreAt(o.x, o.y);
    }
    redraw();
  }

  function pointerPosition(ev) {
    var rect = canvas.getBoundingClientRect();
    return [ev.clientX - rect.left, ev.clientY - rect.top];
  }

  function installPointer() {
    var drag = null;
    canvas.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = pointerPosition(ev);
      zoomAt(p[0], p[1], Math.exp(-ev.deltaY * 0.0015));
    }, {passive: false});
    canvas.addEventListener("pointerdown", function (ev) {
      var p = pointerPosition(ev);
      drag = {x: p[0], y: p[1], vx: view.x, vy: view.y, moved: false};
      canvas.setPointerCapture(ev.pointerId);
    });
    canvas.addEventListener("pointermove", function (ev) {
      var p = pointerPosition(ev);
      if (drag) {
        if (Math.hypot(p[0] - drag.x, p[1] - drag.y) > CLICK_SLOP_PX) drag.moved = true;
        if (drag.moved) {
          canvas.classList.add("kg-dragging");
          view.x = drag.vx + p[0] - drag.x; view.y = drag.vy + p[1] - drag.y; redraw();
        }
        return;
      }
      hover(p);
    });
    canvas.addEventListener("pointerup", function (ev) {
      var p = pointerPosition(ev), was = drag;
      drag = null;
      canvas.classList.remove("kg-dragging");
      if (was && !was.moved) click(p);
    });
    canvas.addEventListener("pointerleave", function () { showTip(null); });
  }

  function click(p) {
    showTip(null);
    var i = nodeAt(p[0], p[1]);
    if (i >= 0) { select(i); return; }
    var g = groupAt(p[0], p[1]);
    if (g >= 0) { drillInto(g); return; }
    select(-1);
  }

  // the drawn edge passing within EDGE_HIT_PX of a point, or -1
  function edgeAt(sx, sy) {
    var best = -1, bestD = EDGE_HIT_PX, shown = {};
    drawn.nodes.forEach(function (i) { shown[i] = true; });
    for (var j = 0; j < edges.length; j++) {
      var e = edges[j];
      if (!edgeVisible[j] || !shown[e[0]] || !shown[e[1]] || (focus && !(focus[e[0]] && focus[e[1]]))) continue;
      var a = toScreen(nodes[e[0]].x, nodes[e[0]].y), b = toScreen(nodes[e[1]].x, nodes[e[1]].y);
      var dx = b[0] - a[0], dy = b[1] - a[1], len2 = dx * dx + dy * dy || 1;
      var t = Math.max(0, Math.min(1, ((sx - a[0]) * dx + (sy - a[1]) * dy) / len2));
      var d = Math.hypot(a[0] + t * dx - sx, a[1] + t * dy - sy);
      if (d < bestD) { best = j; bestD = d; }
    }
    return best;
  }

  function hover(p) {
    var i = nodeAt(p[0], p[1]), g = i < 0 ? groupAt(p[0], p[1]) : -1, j = i < 0 && g < 0 ? edgeAt(p[0], p[1]) : -1;
    canvas.classList.toggle("kg-pointing", i >= 0 || g >= 0);
    if (i >= 0) showTip(nodeTip(i), p);
    else if (g >= 0) showTip(groups[g].n + " · " + groups[g].size + " 个实体\n点击放大 click to zoom in", p);
    else if (j >= 0) showTip(edgeTip(j), p);
    else showTip(null);
  }

  function nodeTip(i) {
    var n = nodes[i];
    return n.n + "\n" + types[n.t].zh + " " + types[n.t].en + " · 提及 " + n.m + " · 关系 " + adjacency[i].length;
  }

  function edgeTip(j) {
    var e = edges[j], rel = DATA.relations[e[2]], lines = [nodes[e[0]].n + " → " + rel.zh + " → " + nodes[e[1]].n,
      rel.en + (e[3] !== null ? " · 置信度 confidence " + e[3].toFixed(2) : "")];
    e[5].slice(0, 2).forEach(function (ev) { lines.push("— " + DATA.texts[ev[1]] + "\n  " + docMeta(ev[0])); });
    return lines.join("\n");
  }

  function showTip(text, p) {
    var tip = document.getElementById("kg-tip");
    if (!text) { tip.hidden = true; return; }
    tip.textContent = text;
    tip.hidden = false;
    tip.style.left = Math.min(p[0] + 14, size.w - 260) + "px";
    tip.style.top = (p[1] + 14) + "px";
  }

  // ---- selection and the side panel -----------------------------------------------------
  function select(i) {
    state.selected = i;
    focus = i >= 0 ? neighbourhood(i) : null;
    renderPanel(i);
    redraw();
  }

  function centreOn(i) {
    var n = nodes[i];
    if (view.scale < 0.9) view.scale = 0.9;
    centreAt(n.x, n.y);
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function docMeta(d) {
    var doc = DATA.docs[d];
    if (!doc) return "";
    // a page without a headline is named by its path alone, not by its path twice
    return (doc[1] ? "《" + doc[1] + "》" : "无标题") + (doc[2] ? " " + doc[2] : " 日期不详") + " · " + doc[0];
  }

  function quote(docIndex, textIndex, extra) {
    var q = el("blockquote", DATA.texts[textIndex]);
    q.appendChild(el("span", docMeta(docIndex) + (extra ? " · " + extra : ""), "kg-meta"));
    return q;
  }

  function renderPanel(i) {
    var panel = document.getElementById("kg-panel");
    panel.textContent = "";
    if (i < 0) { panel.hidden = true; return; }
    var n = nodes[i], t = types[n.t];
    var close = el("button", "×", "kg-close");
    close.type = "button"; close.title = "close"; close.addEventListener("click", function () { select(-1); });
    panel.appendChild(close);
    panel.appendChild(el("h2", n.n));
    var facts = el("ul");
    facts.appendChild(el("li", "类型 " + t.zh + "（" + t.en + "）"));
    if (n.c) facts.appendChild(el("li", "区划代码 " + n.c));
    if (n.a.length) facts.appendChild(el("li", "别名 " + n.a.join("、")));
    facts.appendChild(el("li", "提及 " + n.m + " 次，" + n.d.length + " 篇文档"));
    panel.appendChild(facts);
    panel.appendChild(relationList(i));
    panel.appendChild(el("h4", "出处 sources"));
    n.s.forEach(function (m) { panel.appendChild(quote(m[0], m[1])); });
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function relationList(i) {
    var box = el("div"), list = el("ul"), mine = adjacency[i].filter(function (j) { return edgeVisible[j]; });
    box.appendChild(el("h4", "关系 relations (" + mine.length + ")"));
    mine.slice(0, MAX_PANEL_RELATIONS).forEach(function (j) { list.appendChild(relationItem(i, j)); });
    box.appendChild(list);
    if (mine.length > MAX_PANEL_RELATIONS) box.appendChild(el("div", "另有 " + (mine.length - MAX_PANEL_RELATIONS) + " 条", "kg-meta"));
    return box;
  }

  function relationItem(i, j) {
    var e = edges[j], rel = DATA.relations[e[2]], out = e[0] === i, other = out ? e[1] : e[0];
    var li = el("li"), name = el("span", (out ? "→ " : "← ") + rel.zh, "kg-rel-name");
    name.title = rel.en + " (" + rel.id + ")" + (out ? "" : ", incoming");
    name.style.color = rel.color === "#9aa5b1" ? "#55606c" : rel.color;
    li.appendChild(name);
    li.appendChild(document.createTextNode(" "));
    var link = el("button", nodes[other].n, "kg-link");
    link.type = "button";
    link.addEventListener("click", function () { select(other); centreOn(other); });
    li.appendChild(link);
    if (e[3] !== null) li.appendChild(el("span", " 置信度 " + e[3].toFixed(2), "kg-meta"));
    e[5].slice(0, 2).forEach(function (ev) { li.appendChild(quote(ev[0], ev[1], "依据 " + ev[2])); });
    return li;
  }

  // ---- search ---------------------------------------------------------------------------
  function simplify(q) {
    var out = "";
    for (var k = 0; k < q.length; k++) out += DATA.t2s[q[k]] || q[k];
    return out.trim().toLowerCase();
  }

  // matches of a query: exact name, name prefix, name substring, then aliases; best-connected first
  function search(query) {
    var q = simplify(query), found = [];
    if (!q) return found;
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i], name = simplify(n.n), rank = name === q ? 0 : name.indexOf(q) === 0 ? 1 : name.indexOf(q) > 0 ? 2 : 9, via = null;
      for (var a = 0; rank > 2 && a < n.a.length; a++) {
        var alias = simplify(n.a[a]);
        if (alias.indexOf(q) >= 0) { rank = alias === q ? 3 : 4; via = n.a[a]; }
      }
      if (rank < 9) found.push({i: i, rank: rank, via: via});
    }
    found.sort(function (x, y) { return x.rank - y.rank || x.i - y.i; });
    return found;
  }

  function installSearch() {
    var input = document.getElementById("kg-search"), list = document.getElementById("kg-matches");
    var matches = [], active = 0;
    function choose(k) {
      if (!matches[k]) return;
      var i = matches[k].i;
      input.value = nodes[i].n;
      list.hidden = true;
      reveal(i);
    }
    function render() {
      list.textContent = "";
      if (!input.value.trim()) { list.hidden = true; return; }
      if (!matches.length) {
        list.appendChild(el("li", "没有匹配“" + input.value.trim() + "”的名称 · no match", "kg-none"));
      }
      matches.slice(0, MAX_MATCHES).forEach(function (m, k) {
        var n = nodes[m.i], li = el("li", n.n, k === active ? "kg-active" : "");
        li.setAttribute("role", "option");
        li.dataset.key = n.id;
        li.appendChild(el("span", " " + types[n.t].zh + (m.via ? " · 别名 " + m.via : ""), "kg-kind"));
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(k); });
        list.appendChild(li);
      });
      if (matches.length > MAX_MATCHES) list.appendChild(el("li", "另有 " + (matches.length - MAX_MATCHES) + " 个 more", "kg-none"));
      list.hidden = false;
    }
    input.addEventListener("input", function () { matches = search(input.value); active = 0; render(); });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        ev.preventDefault();
        active = (active + (ev.key === "ArrowDown" ? 1 : -1) + Math.min(matches.length, MAX_MATCHES)) % Math.max(1, Math.min(matches.length, MAX_MATCHES));
        render();
      } else if (ev.key === "Enter") {
        ev.preventDefault(); choose(active);
      } else if (ev.key === "Escape") {
        list.hidden = true;
      }
    });
    input.addEventListener("blur", function () { list.hidden = true; });
    input.addEventListener("focus", function () { if (input.value.trim()) render(); });
  }

  // select a node, making it visible first if a filter hid it
  function reveal(i) {
    if (!visible[i]) {
      state.hiddenTypes = {}; state.only = null; state.docOk = null; state.minConfidence = 0;
      resetControls(); computeVisibility();
    }
    select(i);
    centreOn(i);
  }

  // ---- filters --------------------------------------------------------------------------
  function resetControls() {
    document.querySelectorAll(".kg-type").forEach(function (b) { b.checked = true; });
    document.getElementById("kg-only").value = "";
    document.getElementById("kg-conf").value = "0";
    document.getElementById("kg-conf-value").textContent = "0.00";
    setDateInputs();
  }

  function dateRange() {
    var dates = DATA.docs.map(function (d) { return d[2]; }).filter(Boolean).sort();
    return dates.length ? [dates[0], dates[dates.length - 1]] : null;
  }

  function setDateInputs() {
    var range = dateRange(), from = document.getElementById("kg-date-from"), to = document.getElementById("kg-date-to");
    if (!range) { document.getElementById("kg-dates").hidden = true; return; }
    [from, to].forEach(function (input) { input.min = range[0]; input.max = range[1]; });
    from.value = range[0]; to.value = range[1];
    var undated = DATA.docs.filter(function (d) { return !d[2]; }).length;
    document.getElementById("kg-date-note").textContent = undated ? undated + " 篇文档无日期：缩小范围时不计 (undated documents count only for the full range)" : "";
  }

  function applyDates() {
    var range = dateRange(), from = document.getElementById("kg-date-from").value || range[0], to = document.getElementById("kg-date-to").value || range[1];
    state.docOk = from === range[0] && to === range[1] ? null : DATA.docs.map(function (d) { return !!d[2] && d[2] >= from && d[2] <= to; });
    refresh();
  }

  function onlyAround(i) {
    var keep = {}, t = types[nodes[i].t].id;
    nodes.forEach(function (n, k) { if (k === i || (t === "Province" && n.p === nodes[i].p)) keep[k] = true; });
    Object.keys(keep).forEach(function (k) {
      adjacency[+k].forEach(function (j) { keep[edges[j][0]] = true; keep[edges[j][1]] = true; });
    });
    return keep;
  }

  function refresh() {
    computeVisibility();
    if (state.selected >= 0) { focus = neighbourhood(state.selected); renderPanel(state.selected); }
    redraw();
  }

  function installFilters() {
    document.querySelectorAll(".kg-type").forEach(function (box) {
      box.addEventListener("change", function () { state.hiddenTypes[box.value] = !box.checked; refresh(); });
    });
    document.getElementById("kg-only").addEventListener("change", function (ev) { showOnly(ev.target.value); });
    ["kg-date-from", "kg-date-to"].forEach(function (id) { document.getElementById(id).addEventListener("change", applyDates); });
    var conf = document.getElementById("kg-conf");
    document.getElementById("kg-confidence").hidden = !edges.some(function (e) { return e[3] !== null; });
    conf.addEventListener("input", function () {
      state.minConfidence = +conf.value;
      document.getElementById("kg-conf-value").textContent = state.minConfidence.toFixed(2);
      refresh();
    });
    setDateInputs();
  }

  function showOnly(value) {
    state.only = value === "" ? null : onlyAround(+value);
    refresh();
    fitTo(visibleIndices());
    redraw();
    return state.only ? Object.keys(state.only).length : 0;
  }

  function toggle(buttonId, panelId) {
    var button = document.getElementById(buttonId), panel = document.getElementById(panelId);
    button.addEventListener("click", function () {
      panel.hidden = !panel.hidden;
      button.setAttribute("aria-expanded", String(!panel.hidden));
    });
  }

  // ---- PNG ------------------------------------------------------------------------------
  function exportPNG() {
    draw();
    var url = canvas.toDataURL("image/png"), a = document.createElement("a");
    a.href = url; a.download = "graph.png";
    document.body.appendChild(a); a.click(); a.remove();
    return url;
  }

  // ---- start ----------------------------------------------------------------------------
  function overview() {
    select(-1);
    fitTo(visibleIndices());
    redraw();
  }

  function start() {
    resize();
    computeVisibility();
    openingView();
    installPointer(); installSearch(); installFilters();
    toggle("kg-filters-toggle", "kg-filters"); toggle("kg-legend-toggle", "kg-legend");
    document.getElementById("kg-overview").addEventListener("click", overview);
    document.getElementById("kg-png").addEventListener("click", exportPNG);
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && ev.target === document.body) select(-1);
    });
    window.addEventListener("resize", function () { resize(); redraw(); });
    draw();
    // the frame after the first drawing has been painted
    requestAnimationFrame(function () { setTimeout(markReady, 0); });
  }

  function markReady() {
    window.kgReadyMs = performance.now();
    window.kgReady = true;
  }

  // for tests and users' scripts
  window.kg = {
    ids: function () { return nodes.map(function (n) { return n.id; }); },
    index: function (id) { return nodes.findIndex(function (n) { return n.id === id; }); },
    screenPositions: function () {
      var out = {};
      nodes.forEach(function (n) { out[n.id] = toScreen(n.x, n.y); });
      return out;
    },
    visibleIds: function () { return visibleIndices().map(function (i) { return nodes[i].id; }); },
    search: function (q) { return search(q).map(function (m) { return nodes[m.i].id; }); },
    select: function (id) {
      var i = id === null ? -1 : window.kg.index(id);
      if (i >= 0) reveal(i); else select(-1);
      return i;
    },
    selected: function () { return state.selected >= 0 ? nodes[state.selected].id : null; },
    highlighted: function () { return focus ? Object.keys(focus).map(function (k) { return nodes[+k].id; }) : []; },
    showOnly: function (id) { return showOnly(id ? String(window.kg.index(id)) : ""); },
    view: function () { return {scale: view.scale, x: view.x, y: view.y}; },
    draw: draw,
    exportPNG: exportPNG
  };
  start();
})();
