// The AI panel: loads its content when the results are ready and answers questions in place.
// Without this script the panel links to a page of its own and the question form opens an answer page.
(function () {
  "use strict";
  if (!window.fetch || !window.DOMParser) return;

  function nodes(html) {
    return Array.prototype.slice.call(new DOMParser().parseFromString(html, "text/html").body.childNodes);
  }

  function load(box, wait, tries) {
    fetch(box.getAttribute("data-ai-fragment"), { headers: { "Accept": "text/html" } })
      .then(function (r) {
        if (r.status === 202) {
          if (tries >= 60) throw new Error("still preparing");
          setTimeout(function () { load(box, Math.min(wait * 1.5, 5000), tries + 1); }, wait);
          return null;
        }
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.text();
      })
      .then(function (html) {
        if (html === null) return;
        box.replaceChildren.apply(box, nodes(html));
        box.classList.remove("ai-pending");
        box.removeAttribute("aria-busy");
      })
      .catch(function () {
        var status = box.querySelector(".ai-status");
        if (status) status.textContent = "The AI features could not be prepared right now.";
        box.classList.remove("ai-pending");
        box.removeAttribute("aria-busy");
      });
  }

  document.querySelectorAll("[data-ai-fragment]").forEach(function (box) { load(box, 600, 0); });

  document.querySelectorAll("form[data-ai-ask]").forEach(function (form) {
    var out = document.getElementById(form.getAttribute("data-ai-ask"));
    form.addEventListener("submit", function (e) {
      var q = form.elements.q.value.trim();
      if (!q || !out) return;
      e.preventDefault();
      var status = document.createElement("p");
      status.className = "ai-status";
      status.textContent = "Looking for the answer in the coverage…";
      out.replaceChildren(status);
      out.setAttribute("aria-busy", "true");
      fetch(form.action + "?part=answer&q=" + encodeURIComponent(q), { headers: { "Accept": "text/html" } })
        .then(function (r) { return r.text(); })
        .then(function (html) { out.replaceChildren.apply(out, nodes(html)); })
        .catch(function () { status.textContent = "The question could not be answered right now; please try again."; })
        .then(function () { out.removeAttribute("aria-busy"); });
    });
  });
})();
