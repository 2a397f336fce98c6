// The story page: choosing a timeline entry shows its cited sentences inside their articles; choosing a place,
// a person or an organisation (in the panels or on the map), or a period (on the chart), narrows the timeline;
// choosing a figure, a quote or a disagreement shows its sentences.
// Article text is untrusted, so it is only ever written with textContent, never as HTML.

import { drawFigures } from "./figures.js";
import { timelineFilter } from "./filter.js";
import { drawMap } from "./map.js";
import { drawOverview } from "./overview.js";
import { showSources } from "./sources.js";

const citations = JSON.parse(document.getElementById("timeline-data").textContent);
function show(index, button) {
  for (const other of document.querySelectorAll(".entry[aria-expanded='true']")) {
    other.setAttribute("aria-expanded", "false");
  }
  button.setAttribute("aria-expanded", "true");
  showSources(`Sources of ${button.querySelector("time").textContent}`, citations[index]);
}

for (const button of document.querySelectorAll(".entry")) {
  button.addEventListener("click", () => show(Number(button.dataset.entry), button));
}

const filter = timelineFilter(document);
const choices = [...document.querySelectorAll("button[data-entity]")];
for (const button of choices) {
  button.addEventListener("click", () => filter.chooseEntity(button.dataset.entity, button.dataset.name));
}
const chart = document.getElementById("overview-chart");
if (chart) drawOverview(chart, citations, filter);
const located = choices.filter((button) => button.dataset.lat !== undefined);
const map = document.getElementById("map-canvas");
if (map && located.length) drawMap(map, located, filter);
const figures = document.getElementById("figures-data");
if (figures) drawFigures(document.getElementById("figures-charts"), JSON.parse(figures.textContent), showSources);
for (const button of document.querySelectorAll("button[data-cited]")) {
  button.addEventListener("click", () => showSources(button.dataset.heading, JSON.parse(button.dataset.cited)));
}
// Choosing a person or an organisation also narrows the quotes to theirs.
const quotes = [...document.querySelectorAll(".quote-list > li")];
filter.onChange((state) => {
  for (const item of quotes) item.hidden = Boolean(state.entity) && item.dataset.speaker !== state.entity;
});
