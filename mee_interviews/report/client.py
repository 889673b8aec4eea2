"""The report's CSS and its one small script (pages as tabs, charts, the quote search)."""

from __future__ import annotations

CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
  margin:0;color:#222;background:#fafafa;font-size:14px;line-height:1.5}
header{background:#1f4e6e;color:#fff;padding:10px 20px}
header h1{margin:0;font-size:20px} header .meta{color:#d8e6f0}
nav{background:#fff;border-bottom:1px solid #ddd;padding:6px 20px;display:flex;flex-wrap:wrap;gap:4px 14px}
nav .group{font-weight:bold;color:#666} nav a{color:#1f4e6e;text-decoration:none} nav a.current{font-weight:bold;
  text-decoration:underline}
#search{margin-left:auto;padding:3px 6px;min-width:16em}
main{padding:10px 20px 40px;max-width:1200px}
h2{border-bottom:2px solid #1f4e6e;padding-bottom:4px} h2 small{color:#666;font-weight:normal}
.meta{color:#555;font-size:13px}
table.data{border-collapse:collapse;margin:6px 0;background:#fff;width:100%}
table.data th,table.data td{border:1px solid #ddd;padding:3px 6px;vertical-align:top;text-align:left}
table.data th{background:#eef3f7}
.num{font-variant-numeric:tabular-nums;font-weight:bold}
a.csv{display:block;width:max-content;font-size:12px;margin:2px 0 12px}
.chart{margin:8px 0 2px}
ol.qa>li{margin-bottom:8px} p.question{font-weight:bold;margin:0} ol.points{margin:2px 0}
details p{white-space:pre-wrap;background:#fff;border-left:3px solid #ccc;padding:4px 8px}
.empty{color:#888}
.verdict-consistent{color:#2e8b57} .verdict-differs{color:#c0392b;font-weight:bold} .verdict-no_reference{color:#888} .verdict-change_only{color:#888} .change-only{color:#888}
tr[hidden]{display:none}
"""

SCRIPT = r"""
(function () {
  var specs = JSON.parse(document.getElementById('chart-specs').textContent);
  var pages = Array.prototype.slice.call(document.querySelectorAll('section.page'));
  var box = document.getElementById('search');
  function current() {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var page = target && target.closest('section.page');
    return page || pages[0];
  }
  function show() {
    var query = box.value.trim().toLowerCase();
    var page = current();
    pages.forEach(function (p) { p.hidden = !query && p !== page; });
    document.querySelectorAll('nav a').forEach(function (a) {
      a.classList.toggle('current', a.getAttribute('href') === '#' + page.id);
    });
    var shown = 0;
    document.querySelectorAll('tr.searchable').forEach(function (tr) {
      tr.hidden = !!query && tr.textContent.toLowerCase().indexOf(query) < 0;
      if (!tr.hidden) { shown += 1; }
    });
    document.getElementById('search-count').textContent = query ? shown + ' 条匹配' : '';
  }
  window.addEventListener('hashchange', show);
  box.addEventListener('input', show);
  show();
  var drawn = Object.keys(specs).map(function (id) {
    return vegaEmbed(document.getElementById(id), specs[id], {renderer: 'svg', actions: false});
  });
  Promise.all(drawn).then(
    function () { document.body.setAttribute('data-charts', 'ready'); },
    function (error) { document.body.setAttribute('data-charts', 'failed'); console.error(error); }
  );
})();
"""
