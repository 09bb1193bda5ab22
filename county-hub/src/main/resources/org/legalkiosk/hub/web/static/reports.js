/*
 * Charts for the reports page, drawn from the page's own tables (they stay as the accessible version and when
 * scripts are off): a table with data-chart="weeks" becomes lines over its weeks (first column a date, every
 * other column a series), one with data-chart="bars" becomes one bar per row (its label the text cells, its value
 * the last number). uPlot comes from the hub's /static (WebJar); nothing is inline, as the CSP requires.
 */
(function () {
    "use strict";
    if (typeof uPlot === "undefined") {
        return;
    }
    var COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#b35000"];

    function cells(row) {
        return Array.prototype.map.call(row.cells, function (c) { return c.textContent.trim(); });
    }

    function size(holder) {
        return { width: Math.max(320, Math.min(holder.clientWidth || 900, 1100)), height: 260 };
    }

    function weeks(table, holder) {
        var heads = cells(table.tHead.rows[0]);
        var rows = Array.prototype.map.call(table.tBodies[0].rows, cells);
        var data = [rows.map(function (r) { return Date.parse(r[0] + "T00:00:00+08:00") / 1000; })];
        var series = [{}];
        for (var c = 1; c < heads.length; c++) {
            data.push(rows.map(function (r) { return Number(r[c]); }));
            series.push({ label: heads[c], stroke: COLOURS[(c - 1) % COLOURS.length], width: 2,
                          points: { show: true } });
        }
        var opts = size(holder);
        opts.series = series;
        opts.scales = { y: { range: function (u, min, max) { return [0, Math.max(1, max)]; } } };
        opts.axes = [{ values: "{YYYY}-{MM}-{DD}" }, {}];
        return new uPlot(opts, data, holder);
    }

    function bars(table, holder) {
        var rows = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
            var texts = [];
            var value = 0;
            Array.prototype.forEach.call(row.cells, function (cell) {
                if (cell.classList.contains("num")) {
                    value = Number(cell.textContent);
                } else {
                    texts.push(cell.textContent.trim());
                }
            });
            return { label: texts.join(" · "), value: value };
        }).slice(0, 15);
        var xs = rows.map(function (r, i) { return i; });
        var opts = size(holder);
        opts.height = Math.max(220, 60 + rows.length * 18);
        opts.series = [{}, { label: cells(table.tHead.rows[0]).slice(-1)[0], fill: COLOURS[0] + "cc",
                              stroke: COLOURS[0], paths: uPlot.paths.bars({ size: [0.6, 60] }),
                              points: { show: false } }];
        opts.scales = { x: { time: false, range: [-0.5, rows.length - 0.5] },
                        y: { range: function (u, min, max) { return [0, Math.max(1, max)]; } } };
        opts.axes = [{ splits: function () { return xs; }, size: 60, rotate: 0,
                       values: function (u, splits) {
                           return splits.map(function (i) {
                               var l = rows[i] ? rows[i].label : "";
                               return l.length > 12 ? l.slice(0, 12) + "…" : l;
                           });
                       } }, {}];
        opts.legend = { show: true };
        return new uPlot(opts, [xs, rows.map(function (r) { return r.value; })], holder);
    }

    document.querySelectorAll("[data-chart-for]").forEach(function (holder) {
        var table = document.getElementById(holder.getAttribute("data-chart-for"));
        if (!table || !table.tBodies[0] || table.tBodies[0].rows.length === 0) {
            return;
        }
        var kind = table.getAttribute("data-chart");
        try {
            if (kind === "weeks") {
                weeks(table, holder);
            } else if (kind === "bars") {
                bars(table, holder);
            }
            holder.classList.add("drawn");
        } catch (e) {
            holder.textContent = "";
        }
    });
}());
