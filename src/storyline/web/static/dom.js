// Making page nodes. Article text and names are untrusted: they only ever go in as textContent, never as HTML.

const SVG = "http://www.w3.org/2000/svg";

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function svgElement(tag, attributes = {}, text = undefined) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// An SVG drawing that scales to its box; width and height are its own units.
export function svgCanvas(width, height, label) {
  return svgElement("svg", { viewBox: `0 0 ${width} ${height}`, role: "group", "aria-label": label });
}

// A focusable SVG shape that acts as a button: Enter and Space choose it, as they would a <button>.
export function makeSvgButton(node, label, onChoose) {
  node.setAttribute("tabindex", "0");
  node.setAttribute("role", "button");
  node.setAttribute("aria-label", label);
  node.addEventListener("click", onChoose);
  node.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onChoose();
    }
  });
}
