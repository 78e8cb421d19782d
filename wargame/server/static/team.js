// The team's page: its briefing, its actors' legal moves with the engine's preview, its
// sealed moves (withdraw or replace before the reveal), and the room's picture, live.
"use strict";

let current = null;
let previewTimer = null;
let replacing = null; // the own move a submission will replace (it stays until then)

function $(id) {
  return document.getElementById(id);
}

function chosenActor() {
  return current ? current.actors.find((a) => a.id === $("actor").value) : undefined;
}

function chosenAction() {
  const actor = chosenActor();
  return actor ? actor.actions.find((a) => a.id === $("action").value) : undefined;
}

function fill(select, options, placeholder) {
  const keep = select.value;
  select.replaceChildren();
  if (placeholder) select.appendChild(el("option", { value: "", text: placeholder }));
  for (const [value, label] of options) select.appendChild(el("option", { value: value, text: label }));
  if (options.some(([value]) => value === keep)) select.value = keep;
}

function fillActions() {
  const actor = chosenActor();
  fill($("action"), actor ? actor.actions.map((a) => [a.id, a.label]) : [], "— choose an action —");
  fillTargets();
}

function fillTargets() {
  const action = chosenAction();
  const targets = action && action.targets ? action.targets : [];
  $("target-row").hidden = !(action && action.targets);
  fill($("target"), targets.map((t) => [t.id, t.name]));
  schedulePreview();
}

function composed() {
  const action = chosenAction();
  if (!action) return null;
  const target = action.targets ? $("target").value || null : null;
  if (action.targets && !target) return null;
  return { actor: $("actor").value, action: action.id, target: target };
}

function schedulePreview() {
  clearTimeout(previewTimer);
  const move = composed();
  $("submit").disabled = !move;
  if (!move) {
    $("preview").replaceChildren();
    return;
  }
  previewTimer = setTimeout(async () => {
    const result = await api("/api/preview", move);
    const box = $("preview");
    box.replaceChildren();
    if (!result.ok) {
      box.appendChild(el("p", { class: "error", text: result.data.error }));
      return;
    }
    if (!result.data.lines.length) {
      box.appendChild(el("p", { text: "No meter changes." }));
      return;
    }
    const table = el("table", { "aria-label": "What this move would do now" });
    for (const line of result.data.lines) {
      table.appendChild(el("tr", {}, [el("td", { text: line.what }), el("td", { class: "num", text: line.change })]));
    }
    box.appendChild(el("p", { class: "hint", text: "If it succeeds, right now:" }));
    box.appendChild(table);
  }, 150);
}

function renderActors(view) {
  const box = $("actors");
  box.replaceChildren();
  for (const actor of view.actors) {
    const rows = actor.variables.map((v) =>
      el("tr", {}, [el("td", { text: v.label }), el("td", { class: "num", text: v.value.toFixed(0) })]));
    rows.push(el("tr", { class: "strong" }, [el("td", { text: "Deterrence" }), el("td", { class: "num", text: actor.deterrence.toFixed(0) })]));
    const owed = actor.owed.map((o) => o.from + ": " + o.amount.toFixed(1)).join(", ") || "none";
    box.appendChild(el("article", { class: "card" }, [
      el("h3", { text: actor.name }),
      el("p", { class: "prose", text: actor.profile }),
      el("table", {}, rows),
      el("p", { text: "Owed replies: " + owed }),
    ]));
  }
}

function renderOwn(view) {
  const list = $("own-moves");
  list.replaceChildren();
  $("own").hidden = view.own_moves.length === 0;
  for (const move of view.own_moves) {
    const what = move.actor + ": " + move.action + (move.target ? " → " + move.target : "");
    const withdraw = el("button", { type: "button", text: "Withdraw" });
    const replace = el("button", { type: "button", text: "Replace…" });
    withdraw.disabled = replace.disabled = !view.can_move;
    const body = Object.assign({ index: move.index }, move.ids);
    withdraw.addEventListener("click", () => {
      if (window.confirm("Withdraw " + what + "? Nobody will see it.")) act("/api/withdraw", body);
    });
    replace.addEventListener("click", () => {
      replacing = { ref: body, what: what };
      $("actor").value = move.ids.actor;
      fillActions();
      $("action").value = move.ids.action;
      fillTargets();
      if (move.ids.target) $("target").value = move.ids.target;
      $("note").value = move.note;
      showReplacing();
      schedulePreview();
      $("orders").scrollIntoView();
      say("Change the move and submit: it replaces the old one, which stays in until then.", "ok");
    });
    list.appendChild(el("li", {}, [
      el("span", { class: "what", text: what }),
      move.note ? el("span", { class: "note", text: move.note }) : null,
      el("span", { class: "buttons" }, [withdraw, replace]),
    ]));
  }
}

function showReplacing() {
  $("replacing").hidden = !replacing;
  $("replacing-text").textContent = replacing ? "Replacing " + replacing.what + ". " : "";
  $("submit").textContent = replacing ? "Submit the replacement" : "Submit sealed move";
}

function render(view) {
  current = view;
  document.title = view.team + " — wargame";
  $("team").textContent = view.team;
  $("briefing").textContent = view.briefing;
  renderPicture(view.public);
  renderActors(view);
  renderOwn(view);
  if (replacing && !view.own_moves.some((m) => m.index === replacing.ref.index &&
      m.ids.actor === replacing.ref.actor && m.ids.action === replacing.ref.action)) {
    replacing = null; // gone meanwhile (withdrawn, or the reveal)
  }
  showReplacing();
  $("rules").textContent = "Each of your actors may make up to " + view.moves_per_actor +
    " moves a turn. They stay sealed until the White cell reveals them.";
  const movers = view.actors.filter((a) => a.actions.length);
  $("orders").hidden = !view.can_move;
  $("closed").hidden = view.can_move;
  $("closed-text").textContent = view.public.phase === "orders"
    ? "Moves are on hold: " + (view.public.blocked || "wait for the White cell.")
    : "Moves are entered in the Orders phase. The room is in the " + view.public.phase_label + " phase.";
  fill($("actor"), movers.map((a) => [a.id, a.name]));
  $("actor-row").hidden = movers.length < 2;
  fillActions();
}

document.addEventListener("DOMContentLoaded", () => {
  $("actor").addEventListener("change", fillActions);
  $("action").addEventListener("change", fillTargets);
  $("target").addEventListener("change", schedulePreview);
  $("move-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const move = composed();
    if (!move) return;
    $("submit").disabled = true;
    const body = Object.assign({ note: $("note").value }, move);
    if (replacing) body.replaces = replacing.ref;
    const ok = await act("/api/submit", body);
    if (ok) {
      replacing = null;
      showReplacing();
      $("note").value = "";
      $("action").value = "";
      fillTargets();
    } else {
      schedulePreview();
    }
  });
  $("replace-cancel").addEventListener("click", () => {
    replacing = null;
    showReplacing();
    say("", "");
  });
  $("pass").addEventListener("click", async () => {
    if (window.confirm("Pass this turn with every actor that has not moved?")) await act("/api/pass");
  });
  follow(render);
});
