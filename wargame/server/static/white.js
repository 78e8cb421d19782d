// The White cell's page: the phase, who has submitted, what holds the turn up, the rulings
// after the reveal, and Next phase, so a whole turn can be run away from the laptop.
"use strict";

let current = null;

function $(id) {
  return document.getElementById(id);
}

function render(view) {
  current = view;
  renderPicture(view.public);
  $("injects").hidden = view.due_injects.length === 0;
  $("inject-list").replaceChildren(...view.due_injects.map((t) => el("li", { text: t })));
  $("bots").hidden = view.bots_waiting.length === 0;
  $("bot-list").textContent = view.bots_waiting.join(", ");
  $("rulings").hidden = view.moves.length === 0;
  const list = $("moves");
  list.replaceChildren();
  for (const move of view.moves) {
    const what = (move.index + 1) + ". " + move.actor + ": " + move.action + (move.target ? " → " + move.target : "");
    const ruled = move.ruling ? "ruled: " + move.ruling + (move.outcome ? " (" + move.outcome + ")" : "") : "not ruled yet";
    const accept = el("button", { type: "button", text: "Accept" });
    const roll = el("button", { type: "button", text: "Roll" });
    accept.disabled = roll.disabled = view.public.phase !== "adjudication";
    accept.addEventListener("click", () => act("/api/white/rule", { index: move.index, decision: "accept", reason: $("reason").value }));
    roll.addEventListener("click", () => {
      if (!$("reason").value.trim()) {
        say("Give a reason for the roll first.", "error");
        $("reason").focus();
        return;
      }
      act("/api/white/rule", { index: move.index, decision: "roll", reason: $("reason").value });
    });
    list.appendChild(el("li", {}, [
      el("span", { class: "what", text: what }),
      move.note ? el("span", { class: "note", text: move.note }) : null,
      el("span", { class: "ruling", text: ruled }),
      el("span", { class: "buttons" }, [accept, roll]),
    ]));
  }
  $("next").textContent = view.next_label;
  $("next").disabled = Boolean(view.public.blocked);
}

document.addEventListener("DOMContentLoaded", () => {
  $("fire").addEventListener("click", () => act("/api/white/injects"));
  $("bots-move").addEventListener("click", () => act("/api/white/bots"));
  $("next").addEventListener("click", async () => {
    if (current && current.due_injects.length &&
        !window.confirm(current.due_injects.length === 1 ? "An inject is due. Go on without it?"
          : current.due_injects.length + " injects are due. Go on without them?")) return;
    const waiting = current && current.public.phase === "orders"
      ? current.public.teams.filter((t) => !t.submitted).map((t) => t.name) : [];
    if (waiting.length &&
        !window.confirm("Still waiting for " + waiting.join(", ") + ". Reveal the moves anyway?")) return;
    if (current && current.bots_waiting.length &&
        !window.confirm("Bots have not moved: " + current.bots_waiting.join(", ") + ". Reveal without them?")) return;
    await act("/api/white/advance");
  });
  follow(render);
});
