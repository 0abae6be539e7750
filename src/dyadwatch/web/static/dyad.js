// Draws the dyad timeline from the JSON the server embedded in #chart-data.
// The page allows scripts from this origin only (CSP script-src 'self'), so this lives
// in a file rather than inline.
(function () {
  "use strict";
  function draw() {
    var holder = document.getElementById("timeline");
    var source = document.getElementById("chart-data");
    if (!holder || !source || typeof Plotly === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    var kinds = [
      ["verbal_coop", "verbal cooperation", "#4c9f70"],
      ["material_coop", "material cooperation", "#1f6f43"],
      ["verbal_conflict", "verbal conflict", "#e3893b"],
      ["material_conflict", "material conflict", "#b8322a"]
    ];
    var traces = kinds.map(function (k) {
      return {type: "bar", name: k[1], x: data.periods, y: data.quads[k[0]],
              marker: {color: k[2]}, hovertemplate: "%{x|%b %Y}: %{y} " + k[1] + "<extra></extra>"};
    });
    traces.push({type: "scatter", mode: "lines+markers", name: "mean Goldstein", yaxis: "y2",
                 x: data.periods, y: data.goldstein, line: {color: "#333", width: 1.5},
                 connectgaps: false});
    var layout = {
      barmode: "stack", title: {text: data.title, font: {size: 15}},
      margin: {l: 50, r: 50, t: 40, b: 40}, height: 340,
      legend: {orientation: "h", y: -0.2},
      xaxis: {type: "date"},
      yaxis: {title: {text: "incidents"}, rangemode: "tozero"},
      yaxis2: {title: {text: "Goldstein"}, overlaying: "y", side: "right", range: [-10, 10],
               dtick: 5,
               zeroline: false}
    };
    Plotly.newPlot(holder, traces, layout, {displaylogo: false, responsive: true});
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
