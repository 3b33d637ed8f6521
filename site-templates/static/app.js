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

  var box = document.getElementById("tim-kiem");
  var results = document.getElementById("ket-qua");
  if (box && results && window.TONGHOP_INDEX) {
    var root = box.getAttribute("data-root") || "";
    var show = function () {
      var query = fold(box.value);
      results.textContent = "";
      if (query.length < 2) { return; }
      var words = query.split(" ");
      var found = window.TONGHOP_INDEX.filter(function (e) {
        return words.every(function (w) { return e.k.indexOf(w) >= 0; });
      }).slice(0, 100);
      found.forEach(function (e) {
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
      document.getElementById("so-ket-qua").textContent = found.length === 100 ? "100+ kết quả" : found.length + " kết quả";
    };
    box.addEventListener("input", show);
    show();
  }
}());
