// As-you-type suggestions for the site's search box: hashtags and titles from /api/v1/suggest.
// The box works without this script; it only adds a list of suggestions while typing.
(function () {
  "use strict";
  var input = document.getElementById("site-q");
  var list = document.getElementById("site-q-suggestions");
  if (!input || !list || !window.fetch) return;
  var timer = null, last = "", controller = null;

  function fill(data) {
    list.textContent = "";
    (data.hashtags || []).forEach(function (h) {
      var o = document.createElement("option");
      o.value = "#" + h.tag;
      o.label = h.articles + " articles";
      list.appendChild(o);
    });
    (data.titles || []).forEach(function (t) {
      var o = document.createElement("option");
      o.value = t;
      list.appendChild(o);
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim().replace(/^#/, "");
      if (q.length < 2 || q === last) return;
      last = q;
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      fetch("/api/v1/suggest?q=" + encodeURIComponent(q), controller ? { signal: controller.signal } : {})
        .then(function (r) { return r.ok ? r.json() : {}; })
        .then(fill)
        .catch(function () { /* a failed suggestion is not worth a message */ });
    }, 150);
  });

  // a chosen hashtag opens its page rather than a word search for it
  input.form.addEventListener("submit", function (e) {
    var m = /^#([\p{L}\p{N}_]+)$/u.exec(input.value.trim());
    if (m) {
      e.preventDefault();
      window.location.href = "/" + (document.documentElement.lang || "en") + "/hashtag/" + encodeURIComponent(m[1]);
    }
  });
})();
