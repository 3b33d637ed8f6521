/* tonghop: small progressive enhancements. Every page works without this script. */
(function () {
  "use strict";
  var collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  /* Vietnamese numbers ("1.234,5", "90,5%") as numbers for sorting; null when the cell is not one. */
  function number(text) {
    var t = text.replace(/[%\s]/g, "").replace(/\./g, "").replace(",", ".");
    return /^[+-]?\d+(\.\d+)?$/.test(t) ? parseFloat(t) : null;
  }

  function sortTable(table, column, ascending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column] ? a.cells[column].textContent.trim() : "";
      var y = b.cells[column] ? b.cells[column].textContent.trim() : "";
      var nx = number(x), ny = number(y);
      var order = nx !== null && ny !== null ? nx - ny : collator.compare(x, y);
      return ascending ? order : -order;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  document.querySelectorAll("table.data").forEach(function (table) {
    if (!table.tHead || !table.tBodies[0]) { return; }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      button.title = "Sắp xếp theo cột này";
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        sortTable(table, column, ascending);
      });
    });
  });

  /* Search over the split index (see SearchIndex.java): word files by their first two letters,
     entries in numbered chunks, both loaded on demand by script tags so it works from file://. */
  var box = document.getElementById("tim-kiem");
  var results = document.getElementById("ket-qua");
  var count = document.getElementById("so-ket-qua");
  if (box && results && count) {
    var root = box.getAttribute("data-root") || "";
    var loading = {};
    var load = function (name, ready) {
      if (loading[name] === true) { ready(); return; }
      if (loading[name]) { loading[name].push(ready); return; }
      loading[name] = [ready];
      var script = document.createElement("script");
      script.src = root + "static/tim-kiem/" + name + ".js";
      var done = function () { var waiting = loading[name]; loading[name] = true; waiting.forEach(function (f) { f(); }); };
      script.onload = done;
      script.onerror = done; /* no word file for this prefix: no entry has such a word */
      document.head.appendChild(script);
    };
    var loadAll = function (names, ready) {
      var left = names.length;
      if (left === 0) { ready(); return; }
      names.forEach(function (n) { load(n, function () { left -= 1; if (left === 0) { ready(); } }); });
    };
    var matching = function (word) {
      var file = (window.TONGHOP_TU || {})[word.substring(0, 2)] || {};
      var ids = {};
      Object.keys(file).forEach(function (w) {
        if (w.indexOf(word) === 0) {
          var whole = w === word ? 1 : 0;
          file[w].forEach(function (id) { ids[id] = Math.max(ids[id] || 0, whole + 1); });
        }
      });
      return ids; /* id -> 2 when the word is whole, 1 when it only starts a longer word */
    };
    var latest = 0;
    var show = function () {
      var ticket = ++latest;
      var words = fold(box.value).split(/[^a-z0-9]+/).filter(function (w) { return w.length >= 2; });
      if (words.length === 0) { results.textContent = ""; count.textContent = ""; return; }
      var prefixes = words.map(function (w) { return "tu-" + w.substring(0, 2); });
      loadAll(prefixes.filter(function (p, i) { return prefixes.indexOf(p) === i; }), function () {
        var sets = words.map(matching);
        var score = function (id) { return sets.reduce(function (sum, s) { return sum + s[id]; }, 0); };
        /* entries with every word, whole words first, then in index order (units, plans, indicators, notes) */
        var ids = Object.keys(sets[0]).map(Number).filter(function (id) {
          return sets.every(function (s) { return s[id]; });
        }).sort(function (a, b) { return score(b) - score(a) || a - b; });
        var shown = ids.slice(0, 100);
        var chunk = (window.TONGHOP_TIM_KIEM || { chunk: 500 }).chunk;
        var chunks = shown.map(function (id) { return "muc-" + Math.floor(id / chunk); });
        loadAll(chunks.filter(function (c, i) { return chunks.indexOf(c) === i; }), function () {
          if (ticket !== latest) { return; }
          results.textContent = "";
          shown.forEach(function (id) {
            var e = window.TONGHOP_MUC[Math.floor(id / chunk)][id % chunk];
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = root + e.u;
            a.textContent = e.t;
            li.appendChild(a);
            if (e.d) {
              var small = document.createElement("small");
              small.textContent = " · " + e.d;
              li.appendChild(small);
            }
            results.appendChild(li);
          });
          count.textContent = ids.length > 100 ? "Hiển thị 100 trong số " + ids.length + " kết quả" : ids.length + " kết quả";
        });
      });
    };
    box.addEventListener("input", show);
    show();
  }
}());
