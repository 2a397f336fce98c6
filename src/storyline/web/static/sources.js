// The sources panel: chosen sentences shown inside their articles, each article scrolled to its first one.
// Article text is untrusted, so it is only ever written with textContent, never as HTML.

import { element } from "./dom.js";

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

// Show the cited sentences ([{article, sentence}]) under a heading, each inside its article.
export async function showSources(heading, cited) {
  panel.replaceChildren(element("h2", null, "Sources"), element("p", "hint", "Loading…"));
  const byArticle = new Map();
  for (const citation of cited) {
    if (!byArticle.has(citation.article)) byArticle.set(citation.article, new Set());
    byArticle.get(citation.article).add(citation.sentence);
  }
  const blocks = [element("h2", null, heading)];
  const marks = [];
  for (const [id, sentences] of byArticle) {
    try {
      const { block, first } = articleBlock(await fetchArticle(id), sentences);
      blocks.push(block);
      if (first) marks.push(first);
    } catch (error) {
      blocks.push(element("p", "error", String(error)));
    }
  }
  panel.replaceChildren(...blocks);
  for (const mark of marks) {
    const box = mark.parentElement;
    box.scrollTop = Math.max(0, mark.offsetTop - 8);
  }
}
