// The figures panel: for each category (killed, displaced...), a small chart of its reports over time, each
// point one source's figure (a line up to the top of its range when it gives one). Choosing a point shows its
// sentence in its article. Names and sentences are untrusted: only ever textContent.

import { makeSvgButton, svgCanvas, svgElement } from "./dom.js";
import { dayNumber, longLabel, shortLabel } from "./days.js";

const WIDTH = 300;
const HEIGHT = 90;
const PLOT = { left: 44, right: 8, top: 8, bottom: 18 };
const FORMAT = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });

// The chart's span of days, one day at least, and of counts, from zero to the highest point.
function scales(reports) {
  const days = reports.map((r) => r.day);
  const first = Math.min(...days);
  const last = Math.max(first + 1, ...days);
  const top = Math.max(1, ...reports.map((r) => r.top ?? r.least));
  const x = (day) => PLOT.left + ((day - first) / (last - first)) * (WIDTH - PLOT.left - PLOT.right);
  const y = (count) => HEIGHT - PLOT.bottom - (count / top) * (HEIGHT - PLOT.top - PLOT.bottom);
  return { first, last, top, x, y };
}

function axes(svg, scale) {
  const base = HEIGHT - PLOT.bottom;
  svg.append(svgElement("line", { x1: PLOT.left, y1: base, x2: WIDTH - PLOT.right, y2: base, class: "axis" }));
  svg.append(svgElement("text", { x: PLOT.left - 4, y: PLOT.top + 8, "text-anchor": "end", class: "tick" },
    FORMAT.format(scale.top)));
  svg.append(svgElement("text", { x: PLOT.left - 4, y: base, "text-anchor": "end", class: "tick" }, "0"));
  svg.append(svgElement("text", { x: PLOT.left, y: HEIGHT - 4, class: "tick" }, shortLabel(scale.first)));
  svg.append(svgElement("text", { x: WIDTH - PLOT.right, y: HEIGHT - 4, "text-anchor": "end", class: "tick" },
    shortLabel(scale.last)));
}

function point(svg, scale, report, onChoose) {
  const group = svgElement("g", { class: `figure-point hedge-${report.hedge}` });
  const cx = scale.x(report.day);
  if (report.top !== null && report.top !== undefined && report.top > report.least) {
    group.append(svgElement("line", { x1: cx, y1: scale.y(report.least), x2: cx, y2: scale.y(report.top), class: "range" }));
  }
  group.append(svgElement("circle", { cx, cy: scale.y(report.least), r: 4 }));
  const label = `${report.text} ${report.counted || ""} (${report.source || "no source given"}, ${longLabel(report.day)})`;
  group.append(svgElement("title", {}, label));
  makeSvgButton(group, label, () => onChoose(label, [{ article: report.article, sentence: report.sentence }]));
  svg.append(group);
}

// data: [{category, reports: [{day (ISO), least, top, hedge, text, counted, source, article, sentence}]}]
export function drawFigures(container, data, showSources) {
  for (const { category, reports } of data) {
    const dated = reports.map((r) => ({ ...r, day: dayNumber(r.day) }));
    const figure = document.createElement("figure");
    figure.className = "figure-chart";
    const caption = document.createElement("figcaption");
    caption.textContent = category;
    const scale = scales(dated);
    const svg = svgCanvas(WIDTH, HEIGHT, `${category}: ${dated.length} reports over time`);
    axes(svg, scale);
    for (const report of dated) point(svg, scale, report, showSources);
    figure.append(caption, svg);
    container.append(figure);
  }
}
