// Narrowing the timeline, in both its sections, to the entries naming one chosen person, organisation or place,
// and to a period; both may hold at once. Every control that chooses an entity says whether it is chosen
// (aria-pressed), and the names shown on the entries mark it.

import { dayNumber, longLabel } from "./days.js";

export function timelineFilter(page) {
  const items = [...page.querySelectorAll(".entries > li")];
  const status = page.getElementById("filter-status");
  const showAll = page.getElementById("show-all");
  const state = { entity: null, name: "", from: null, to: null };
  const listeners = [];
  const narrowed = () => Boolean(state.entity || state.from || state.to);

  // An entry shows when it names the chosen entity and its whole date lies in the period
  // (as the API's start and end cut a timeline).
  function matches(item) {
    if (state.entity && !item.dataset.entities.split(" ").includes(state.entity)) return false;
    if (state.from && item.dataset.start < state.from) return false;
    if (state.to && item.dataset.end > state.to) return false;
    return true;
  }

  function describe(shown) {
    if (!items.length) return "";
    if (!narrowed()) return items.length === 1 ? "1 entry." : `All ${items.length} entries.`;
    const parts = [];
    if (state.entity) parts.push(`naming ${state.name}`);
    if (state.from || state.to) parts.push(describePeriod());
    return `${shown} of ${items.length} entries, ${parts.join(", ")}.`;
  }

  function describePeriod() {
    if (!state.to) return `from ${longLabel(dayNumber(state.from))}`;
    if (!state.from) return `until ${longLabel(dayNumber(state.to))}`;
    return `from ${longLabel(dayNumber(state.from))} to ${longLabel(dayNumber(state.to))}`;
  }

  function apply() {
    for (const item of items) item.hidden = !matches(item);
    // Each section's list is followed by its "No entries here match" note.
    for (const list of page.querySelectorAll("ol.entries")) {
      list.nextElementSibling.hidden = !narrowed() || [...list.children].some((item) => !item.hidden);
    }
    for (const control of page.querySelectorAll("[data-entity]")) {
      control.setAttribute("aria-pressed", String(control.dataset.entity === state.entity));
    }
    for (const chip of page.querySelectorAll(".chip")) {
      chip.classList.toggle("chosen", chip.dataset.id === state.entity);
    }
    status.textContent = describe(items.filter((item) => !item.hidden).length);
    showAll.hidden = !narrowed();
    for (const listener of listeners) listener(state);
  }

  showAll.addEventListener("click", () => {
    Object.assign(state, { entity: null, name: "", from: null, to: null });
    apply();
  });
  apply();

  return {
    items,
    get entity() {
      return state.entity;
    },
    // Choosing the chosen entity again lets go of it.
    chooseEntity(id, name) {
      Object.assign(state, state.entity === id ? { entity: null, name: "" } : { entity: id, name });
      apply();
    },
    // ISO dates, either may be null (no bound); given backwards, they are put in order.
    setPeriod(from, to) {
      [state.from, state.to] = from && to && from > to ? [to, from] : [from || null, to || null];
      apply();
    },
    onChange(listener) {
      listeners.push(listener);
      listener(state);
    },
  };
}
