// marsad desk: draws the charts described in JSON blocks (no inline script runs on these pages).
(function () {
  function draw() {
    if (!window.Plotly) return;
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var spec = document.getElementById(el.getAttribute("data-chart"));
      if (!spec) return;
      var fig = JSON.parse(spec.textContent);
      window.Plotly.newPlot(el, fig.data, fig.layout || {}, { displaylogo: false, responsive: true });
      el.setAttribute("data-drawn", "1");
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw); else draw();
})();
