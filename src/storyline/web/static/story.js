// The story page: choosing a timeline entry shows its cited sentences inside their articles; choosing a place,
// a person or an organisation (in the panels or on the map), or a period (on the chart), narrows the timeline.
// Article text is untrusted, so it is only ever written with textContent, never as HTML.

import { element } from "./dom.js";
import { timelineFilter } from "./filter.js";
import { drawMap } from "./map.js";
import { drawOverview } from "./overview.js";

const citations = JSON.parse(document.getElementById("timeline-data").textContent);
const panel = document.getElementById("sources");
const articles = new Map(); // article id -> promise of its JSON

function fetchArticle(id) {
  if (!articles.has(id)) {
    articles.set(id, fetch(`/api/articles/${encodeURIComponent(id)}`).then((response) => {
      if (!response.ok) throw new Error(`article ${id}: HTTP ${response.status}`);
      return response.json();
    }));
  }
  return articles.get(id);
}

function articleBlock(article, cited) {
  const block = element("section", "source");
  const head = element("header", "source-head");
  head.append(element("span", "lang", article.language || "?"));
  const link = element("a", "source-title", article.title || article.outlet || article.id);
  link.href = `/articles/${encodeURIComponent(article.id)}`;
  link.dir = "auto";
  head.append(link);
  if (article.published) head.append(element("span", "source-date", article.published.label));
  block.append(head);
  const body = element("div", "source-text");
  if (article.language) body.lang = article.language;
  body.dir = article.direction;
  let first = null;
  for (const sentence of article.sentences) {
    const isCited = cited.has(sentence.index);
    const node = element(isCited ? "mark" : "span", "sentence", sentence.text);
    node.dataset.sentence = sentence.index;
    body.append(node, " ");
    if (isCited && first === null) first = node;
  }
  block.append(body);
  return { block, first };
}

async function show(index, button) {
  for (const other of document.querySelectorAll(".entry[aria-expanded='true']")) {
    other.setAttribute("aria-expanded", "false");
  }
  button.setAttribute("aria-expanded", "true");
  panel.replaceChildren(element("h2", null, "Sources"), element("p", "hint", "Loading…"));
  const byArticle = new Map();
  for (const citation of citations[index]) {
    if (!byArticle.has(citation.article)) byArticle.set(citation.article, new Set());
    byArticle.get(citation.article).add(citation.sentence);
  }
  const blocks = [element("h2", null, `Sources of ${button.querySelector("time").textContent}`)];
  const marks = [];
  for (const [id, cited] of byArticle) {
    try {
      const { block, first } = articleBlock(await fetchArticle(id), cited);
      blocks.push(block);
      if (first) marks.push(first);
    } catch (error) {
      blocks.push(element("p", "error", String(error)));
    }
  }
  panel.replaceChildren(...blocks);
  // Each article scrolls within its own box to its first cited sentence.
  for (const mark of marks) {
    const box = mark.parentElement;
    box.scrollTop = Math.max(0, mark.offsetTop - 8);
  }
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
