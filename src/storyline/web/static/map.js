// The "Where" map: the story's located places as circles on country shapes, drawn as SVG by this script
// from the shipped world-atlas TopoJSON (no map library, nothing fetched from elsewhere).

import { element, makeSvgButton, svgCanvas, svgElement } from "./dom.js";
import { areaAndCentre, clipToView, fitView, flatPolygons, inView, kilometres, overlaps } from "./projection.js";
import { shapes } from "./topojson.js";

const COUNTRIES = "/static/countries-110m.json";
const RADIUS = { least: 4, most: 15 };
const LABEL = { size: 12, charWidth: 6.6, most: 8 }; // place names written beside their circle, in the map's units
const COUNTRY_LABEL = { charWidth: 7.4, leastArea: 2500 }; // country names, in capitals, where there is room
// The map first shows the story's region: the places within this distance of the most named one.
const REGION_KM = 2500;

const pathOf = (rings) => rings.map((ring) => `M${ring.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L")}Z`).join("");

// Labels are placed greedily, most important first; one that would cover another, or leave the view, is left out.
function labelSpace(view) {
  const taken = [];
  return (box) => {
    const inside = box.x >= 2 && box.y >= 2 && box.x + box.width <= view.width - 2 && box.y + box.height <= view.height - 2;
    const free = taken.every((other) => box.x > other.x + other.width || other.x > box.x + box.width
      || box.y > other.y + other.height || other.y > box.y + box.height);
    if (inside && free) taken.push(box);
    return inside && free;
  };
}

// The shapes of the countries in view, and where each could be named (the centre of its largest part in view),
// largest first.
function drawCountries(svg, countries, view) {
  const layer = svgElement("g", { class: "countries" });
  const labels = [];
  for (const country of countries) {
    const visible = flatPolygons(country.polygons).filter((rings) => overlaps(rings[0], view.bounds));
    if (!visible.length) continue;
    const projected = visible.map((rings) => rings.map((ring) => ring.map(view.project)));
    const path = svgElement("path", { class: "country", d: projected.map(pathOf).join("") });
    path.append(svgElement("title", {}, country.name));
    layer.append(path);
    const parts = projected.map((rings) => clipToView(rings[0], view)).filter((ring) => ring.length >= 3);
    const largest = parts.map(areaAndCentre).sort((a, b) => b.area - a.area)[0];
    if (largest && largest.area >= COUNTRY_LABEL.leastArea) labels.push({ ...largest, name: country.name });
  }
  svg.append(layer);
  return labels.sort((a, b) => b.area - a.area);
}

// A country's name where it fits, unless a place of that name (a story about Iraq) already writes it.
function drawCountryLabels(layer, labels, placeNames, fits) {
  for (const label of labels.filter((l) => !placeNames.has(l.name))) {
    const width = label.name.length * COUNTRY_LABEL.charWidth;
    if (fits({ x: label.x - width / 2, y: label.y - 8, width, height: 10 })) {
      layer.append(svgElement("text", { class: "country-label", x: label.x.toFixed(1), y: label.y.toFixed(1) }, label.name));
    }
  }
}

const mentionsText = (place) => `${place.mentions} ${place.mentions === 1 ? "mention" : "mentions"}`;

// One circle per place, its area in proportion to its mentions; the most named drawn first, so that smaller
// ones stay on top and can be chosen. The most named are named beside their circle where there is room.
function drawPlaces(svg, places, view, filter, fits) {
  const most = Math.max(...places.map((p) => p.mentions));
  const tip = svgElement("text", { class: "map-tip", visibility: "hidden" });
  const layer = svgElement("g", { class: "places" });
  const written = svgElement("g", { class: "place-labels" });
  for (const place of [...places].sort((a, b) => b.mentions - a.mentions)) {
    const [x, y] = view.project([place.lon, place.lat]);
    const r = RADIUS.least + (RADIUS.most - RADIUS.least) * Math.sqrt(place.mentions / most);
    const circle = svgElement("circle", { class: "place", cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) });
    circle.dataset.entity = place.id;
    circle.setAttribute("aria-pressed", String(filter.entity === place.id));
    circle.append(svgElement("title", {}, `${place.name}: ${mentionsText(place)}`));
    makeSvgButton(circle, `${place.name}, ${mentionsText(place)}`, () => filter.chooseEntity(place.id, place.name));
    const showTip = () => placeTip(tip, place, view, [x, y, r]);
    const hideTip = () => tip.setAttribute("visibility", "hidden");
    circle.addEventListener("pointerenter", showTip);
    circle.addEventListener("focus", showTip);
    circle.addEventListener("pointerleave", hideTip);
    circle.addEventListener("blur", hideTip);
    layer.append(circle);
    const box = { x: x + r + 3, y: y - LABEL.size / 2 - 2, width: place.name.length * LABEL.charWidth, height: LABEL.size + 2 };
    if (written.childElementCount < LABEL.most && fits(box)) {
      written.append(svgElement("text", { class: "place-label", x: box.x.toFixed(1), y: (y + 4).toFixed(1) }, place.name));
    }
  }
  svg.append(layer, written, tip);
}

// The name and count of the place under the pointer or the keyboard's focus, above it, inside the view.
function placeTip(tip, place, view, [x, y, r]) {
  tip.textContent = `${place.name} · ${mentionsText(place)}`;
  const leftward = x > view.width * 0.6;
  tip.setAttribute("x", (leftward ? x - r - 4 : x + r + 4).toFixed(1));
  tip.setAttribute("y", Math.max(14, y - r - 2).toFixed(1));
  tip.setAttribute("text-anchor", leftward ? "end" : "start");
  tip.setAttribute("visibility", "visible");
}

// The places are the list's buttons that carry coordinates.
function placesOf(buttons) {
  return buttons.map((button) => ({
    id: button.dataset.entity, name: button.dataset.name, mentions: Number(button.dataset.mentions),
    lat: Number(button.dataset.lat), lon: Number(button.dataset.lon),
  }));
}

// The story's region: where its most named place is, and what lies near it. A place far from it (a reaction
// from Washington, or a namesake the gazetteer chose) would shrink the region to a corner of a world map.
function regionOf(places) {
  const most = places.reduce((a, b) => (b.mentions > a.mentions ? b : a));
  return places.filter((place) => kilometres(most, place) <= REGION_KM);
}

// The map fitted to some of the places; it shows every place that falls in its view.
function mapOf(countries, fitted, places, filter) {
  const view = fitView(fitted);
  const svg = svgCanvas(view.width, view.height, "Map of the places named in this story");
  svg.classList.add("map");
  svg.append(svgElement("rect", { class: "sea", width: view.width, height: view.height }));
  const countryLabels = drawCountries(svg, countries, view);
  // Country names lie under the circles but give way to the places' names, which are placed first.
  const countryLayer = svgElement("g", { class: "country-labels" });
  svg.append(countryLayer);
  const fits = labelSpace(view);
  drawPlaces(svg, places.filter((place) => inView(place, view.bounds)), view, filter, fits);
  drawCountryLabels(countryLayer, countryLabels, new Set(places.map((p) => p.name)), fits);
  return svg;
}

async function loadCountries() {
  const response = await fetch(COUNTRIES);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return shapes(await response.json(), "countries");
}

export async function drawMap(canvas, buttons, filter) {
  const places = placesOf(buttons);
  const region = regionOf(places);
  let countries;
  try {
    countries = await loadCountries();
  } catch (error) {
    canvas.append(element("p", "error", `The map could not be drawn: ${error}`));
    return;
  }
  if (region.length === places.length) {
    canvas.append(mapOf(countries, places, places, filter));
    return;
  }
  // Far places are a button away: the map zooms out to them all, and back.
  const label = (whole) => (whole ? "Back to the story's region" : `Zoom out to all ${places.length} places`);
  let whole = false;
  let shown = mapOf(countries, region, places, filter);
  const zoom = element("button", "map-zoom", label(whole));
  zoom.type = "button";
  zoom.addEventListener("click", () => {
    whole = !whole;
    const next = mapOf(countries, whole ? places : region, places, filter);
    shown.replaceWith(next);
    shown = next;
    zoom.textContent = label(whole);
  });
  canvas.append(shown, zoom);
}
