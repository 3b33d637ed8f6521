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

  /* Search over the split index (see SearchIndex.java): word files by shard of entries and the
     words' first two letters, entries in numbered chunks, all loaded on demand by script tags so it
     works from file://. Shards are read in order (units first) until 100 whole-word results are found. */
  var box = document.getElementById("tim-kiem");
  var results = document.getElementById("ket-qua");
  var count = document.getElementById("so-ket-qua");
  if (box && results && count) {
    var root = box.getAttribute("data-root") || "";
    var info = window.TONGHOP_TIM_KIEM || { chunk: 500, shard: 20000, entries: 0 };
    var shards = Math.ceil(info.entries / info.shard);
    var loading = {};
    var load = function (name, ready) {
      if (loading[name] === true) { ready(); return; }
      if (loading[name]) { loading[name].push(ready); return; }
      loading[name] = [ready];
      var script = document.createElement("script");
      script.src = root + "static/tim-kiem/" + name + ".js";
      var done = function () { var waiting = loading[name]; loading[name] = true; waiting.forEach(function (f) { f(); }); };
      script.onload = done;
      script.onerror = done; /* no word file for this shard and prefix: no entry of the shard has such a word */
      document.head.appendChild(script);
    };
    var loadAll = function (names, ready) {
      var left = names.length;
      if (left === 0) { ready(); return; }
      names.forEach(function (n) { load(n, function () { left -= 1; if (left === 0) { ready(); } }); });
    };
    var distinct = function (list) { return list.filter(function (x, i) { return list.indexOf(x) === i; }); };
    var matching = function (shard, word) {
      var file = (window.TONGHOP_TU || {})[shard + "-" + word.substring(0, 2)] || {};
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
    var render = function (ticket, found, complete) {
      /* entries with every word, whole words first, then in index order (units, plans, indicators, notes) */
      found.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      var shown = found.slice(0, 100).map(function (f) { return f.id; });
      loadAll(distinct(shown.map(function (id) { return "muc-" + Math.floor(id / info.chunk); })), function () {
        if (ticket !== latest) { return; }
        results.textContent = "";
        shown.forEach(function (id) {
          var e = window.TONGHOP_MUC[Math.floor(id / info.chunk)][id % info.chunk];
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
        count.textContent = !complete ? "Hiển thị 100 kết quả đầu tiên; gõ thêm từ để thu hẹp"
          : found.length > 100 ? "Hiển thị 100 trong số " + found.length + " kết quả" : found.length + " kết quả";
      });
    };
    var show = function () {
      var ticket = ++latest;
      var words = fold(box.value).split(/[^a-z0-9]+/).filter(function (w) { return w.length >= 2; });
      if (words.length === 0) { results.textContent = ""; count.textContent = ""; return; }
      var found = [];
      var whole = 0;
      var scan = function (shard) {
        if (ticket !== latest) { return; }
        if (shard >= shards || whole >= 100) { render(ticket, found, shard >= shards); return; }
        loadAll(distinct(words.map(function (w) { return "tu-" + shard + "-" + w.substring(0, 2); })), function () {
          var sets = words.map(function (w) { return matching(shard, w); });
          Object.keys(sets[0]).forEach(function (key) {
            if (sets.every(function (s) { return s[key]; })) {
              var score = sets.reduce(function (sum, s) { return sum + s[key]; }, 0);
              found.push({ id: Number(key), score: score });
              whole += score === 2 * words.length ? 1 : 0;
            }
          });
          scan(shard + 1);
        });
      };
      scan(0);
    };
    box.addEventListener("input", show);
    show();
  }
}());
