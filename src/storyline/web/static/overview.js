// The "When" chart: how many articles report each date across the story's span, and a brush (dragged on the
// chart, or the From and To dates typed) that narrows the timeline to one period.

import { svgCanvas, svgElement } from "./dom.js";
import { dateOf, dayNumber, firstOfMonth, isoDay, longLabel, monthLabel, shortLabel } from "./days.js";

const WIDTH = 720;
const HEIGHT = 130;
const PLOT = { left: 30, right: 10, top: 12, bottom: 24 };
const MOST_TICKS = 9;
const DAY_STEPS = [1, 2, 7]; // days between ticks, on a span of up to nine weeks
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

const isDay = (group) => group.first === group.last;

// The story's entries grouped by date: for each, its first and last day, the articles citing it and its entries.
// A week, a month or a year is one group over all its days; it is drawn as a pale band behind the days.
function dateGroups(items, citations) {
  const groups = new Map();
  for (const item of items) {
    const key = `${item.dataset.start}/${item.dataset.end}`;
    if (!groups.has(key)) {
      const label = item.querySelector("time").textContent;
      groups.set(key, { first: dayNumber(item.dataset.start), last: dayNumber(item.dataset.end), label, articles: new Set(), items: [] });
    }
    const group = groups.get(key);
    group.items.push(item);
    for (const citation of citations[Number(item.querySelector(".entry").dataset.entry)]) group.articles.add(citation.article);
  }
  return [...groups.values()];
}

// The days drawn: the story's span (its first to its last article), widened to any day the timeline dates outside it.
function spanOf(panel, groups) {
  const days = groups.filter(isDay).map((g) => g.first);
  return {
    first: Math.min(dayNumber(panel.dataset.first), ...days),
    last: Math.max(dayNumber(panel.dataset.last), ...days),
  };
}

function scales(span, groups) {
  const days = span.last - span.first + 1;
  const most = Math.max(1, ...groups.map((g) => g.articles.size));
  const width = WIDTH - PLOT.left - PLOT.right;
  const height = HEIGHT - PLOT.top - PLOT.bottom;
  return {
    most,
    slot: width / days,
    x: (day) => PLOT.left + ((day - span.first) / days) * width,
    y: (count) => PLOT.top + height - (count / most) * height,
    // The day under a point of the chart, kept within the span.
    dayAt: (x) => span.first + Math.min(days - 1, Math.max(0, Math.floor(((x - PLOT.left) / width) * days))),
  };
}

// Bands first, so that the days' bars stand in front of the weeks and months that hold them.
function drawGroups(svg, groups, span, scale) {
  const marks = [];
  for (const group of [...groups.filter((g) => !isDay(g)), ...groups.filter(isDay)]) {
    const first = Math.max(group.first, span.first);
    const last = Math.min(group.last, span.last);
    if (first > last) continue; // a month or year wholly after the span (an expected outcome) has no place on it
    const gap = isDay(group) ? Math.min(1, scale.slot * 0.2) : 0;
    const top = scale.y(group.articles.size);
    const mark = svgElement("rect", {
      class: isDay(group) ? "bar" : "band",
      x: (scale.x(first) + gap / 2).toFixed(2),
      y: top.toFixed(2),
      width: Math.max(isDay(group) ? 1.5 : 0, scale.x(last + 1) - scale.x(first) - gap).toFixed(2),
      height: (scale.y(0) - top).toFixed(2),
    });
    const count = group.articles.size;
    mark.append(svgElement("title", {}, `${group.label}: ${count} ${count === 1 ? "article" : "articles"}`));
    svg.append(mark);
    marks.push({ mark, items: group.items });
  }
  return marks;
}

// Ticks a few days apart on a short span, centred on their day; else at the first of months, as many months apart
// as keep them few.
function ticks(span) {
  const step = DAY_STEPS.find((s) => (span.last - span.first + 1) / s <= MOST_TICKS);
  return step ? dayTicks(span, step) : monthTicks(span);
}

function dayTicks(span, step) {
  const found = [];
  for (let day = span.first; day <= span.last; day += step) found.push({ at: day + 0.5, label: shortLabel(day) });
  return found;
}

function monthTicks(span) {
  const [start, end] = [dateOf(span.first), dateOf(span.last)];
  const firstMonth = start.getUTCFullYear() * 12 + start.getUTCMonth() + (start.getUTCDate() > 1 ? 1 : 0);
  const lastMonth = end.getUTCFullYear() * 12 + end.getUTCMonth();
  const step = MONTH_STEPS.find((s) => (lastMonth - firstMonth + 1) / s <= MOST_TICKS) ?? MONTH_STEPS.at(-1);
  const found = [];
  for (let month = Math.ceil(firstMonth / step) * step; month <= lastMonth; month += step) {
    const year = Math.floor(month / 12);
    const day = firstOfMonth(year, month % 12);
    // Years alone when ticks are a year or more apart; else months, with the year at January and the first.
    const withYear = month % 12 === 0 || !found.length;
    found.push({ at: day, label: step >= 12 ? String(year) : `${monthLabel(day)}${withYear ? ` ${year}` : ""}` });
  }
  return found;
}

function drawAxes(svg, span, scale) {
  const base = scale.y(0);
  svg.append(svgElement("line", { class: "axis", x1: PLOT.left, x2: WIDTH - PLOT.right, y1: base, y2: base }));
  const top = scale.y(scale.most);
  svg.append(svgElement("line", { class: "grid", x1: PLOT.left, x2: WIDTH - PLOT.right, y1: top, y2: top }));
  svg.append(svgElement("text", { class: "tick-label", x: PLOT.left - 5, y: top + 4, "text-anchor": "end" }, String(scale.most)));
  svg.append(svgElement("text", { class: "tick-label", x: PLOT.left - 5, y: base + 4, "text-anchor": "end" }, "0"));
  for (const tick of ticks(span)) {
    const x = scale.x(tick.at);
    svg.append(svgElement("line", { class: "tick", x1: x, x2: x, y1: base, y2: base + 4 }));
    svg.append(svgElement("text", { class: "tick-label", x, y: base + 16, "text-anchor": "middle" }, tick.label));
  }
}

// Dragging across the chart chooses the days between where the drag began and where it ended; a click, one day.
function brush(svg, span, scale, filter) {
  const selection = svgElement("rect", { class: "brush", y: PLOT.top - 4, height: HEIGHT - PLOT.top - PLOT.bottom + 4, visibility: "hidden" });
  const surface = svgElement("rect", { class: "brush-surface", x: PLOT.left, y: 0, width: WIDTH - PLOT.left - PLOT.right, height: HEIGHT - PLOT.bottom });
  svg.append(selection, surface);
  const dayAt = (event) => {
    const box = svg.getBoundingClientRect();
    return scale.dayAt(((event.clientX - box.left) / box.width) * WIDTH);
  };
  const show = (from, to) => {
    const [first, last] = [Math.max(from, span.first), Math.min(to, span.last)];
    selection.setAttribute("x", scale.x(first).toFixed(2));
    selection.setAttribute("width", Math.max(2, scale.x(last + 1) - scale.x(first)).toFixed(2));
    selection.setAttribute("visibility", "visible");
  };
  let anchor = null;
  let current = null;
  surface.addEventListener("pointerdown", (event) => {
    anchor = current = dayAt(event);
    surface.setPointerCapture(event.pointerId);
    show(anchor, anchor);
  });
  surface.addEventListener("pointermove", (event) => {
    if (anchor === null) return;
    current = dayAt(event);
    show(Math.min(anchor, current), Math.max(anchor, current));
  });
  surface.addEventListener("pointerup", () => {
    if (anchor === null) return;
    filter.setPeriod(isoDay(Math.min(anchor, current)), isoDay(Math.max(anchor, current)));
    anchor = null;
  });
  return { show, hide: () => selection.setAttribute("visibility", "hidden") };
}

// The From and To dates say the period too, for the keyboard, and follow the brush.
function periodInputs(form, span, filter) {
  const [from, to] = [form.elements.from, form.elements.to];
  for (const input of [from, to]) {
    input.min = isoDay(span.first);
    input.max = isoDay(span.last);
    input.addEventListener("change", () => filter.setPeriod(from.value, to.value));
  }
  form.querySelector("#period-clear").addEventListener("click", () => filter.setPeriod(null, null));
  form.addEventListener("submit", (event) => event.preventDefault());
  return (state) => {
    from.value = state.from ?? "";
    to.value = state.to ?? "";
  };
}

export function drawOverview(panel, citations, filter) {
  const main = filter.items.filter((item) => item.closest("#timeline-main"));
  const groups = dateGroups(main, citations);
  const span = spanOf(panel, groups);
  const scale = scales(span, groups);
  const svg = svgCanvas(WIDTH, HEIGHT, `Articles reporting each date, ${longLabel(span.first)} to ${longLabel(span.last)}`);
  svg.classList.add("chart");
  drawAxes(svg, span, scale);
  const marks = drawGroups(svg, groups, span, scale);
  const selection = brush(svg, span, scale, filter);
  panel.querySelector("#chart-canvas").append(svg);
  const showPeriod = periodInputs(panel.querySelector("#period"), span, filter);
  filter.onChange((state) => {
    showPeriod(state);
    if (state.from || state.to) {
      selection.show(state.from ? dayNumber(state.from) : span.first, state.to ? dayNumber(state.to) : span.last);
    } else {
      selection.hide();
    }
    // A date none of whose entries is shown now (another period, or not naming the chosen entity) fades.
    for (const { mark, items } of marks) mark.classList.toggle("faded", items.every((item) => item.hidden));
  });
}
