// Draws the workbench overview's charts from /workbench/overview/figures (same origin, the analyst's session).
// Loaded as a file, never inline: the Content-Security-Policy allows scripts from this origin only.
(function () {
  'use strict';

  function draw(id, option) {
    var element = document.getElementById(id);
    if (element && window.echarts) {
      window.echarts.init(element, null, { renderer: 'canvas' }).setOption(option);
    }
  }

  function bars(labels, values, color) {
    return {
      animation: false,
      grid: { left: 40, right: 10, top: 10, bottom: 40 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: values, itemStyle: { color: color } }]
    };
  }

  // Slices of nothing are left out; with nothing at all the chart says so instead of drawing equal halves.
  function pie(entries) {
    var shown = entries.filter(function (e) { return e.value > 0; });
    return {
      animation: false,
      title: shown.length ? undefined : { text: 'none yet', left: 'center', top: 'middle',
        textStyle: { color: '#6b7785', fontWeight: 'normal' } },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['35%', '65%'], data: shown, label: { formatter: '{b}: {c}' } }]
    };
  }

  fetch('/workbench/overview/figures', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (figures) {
      var days = Object.keys(figures.alertsPerDay);
      draw('chart-alerts', bars(days.map(function (d) { return d.substring(5); }),
        days.map(function (d) { return figures.alertsPerDay[d]; }), '#1565c0'));
      var titles = { CONFIRMED_FRAUD: 'Confirmed fraud', FALSE_POSITIVE: 'False positive',
        CONSUMER_CONFIRMED: 'Consumer: it was me' };
      draw('chart-dispositions', pie(Object.keys(figures.dispositions).map(function (k) {
        return { name: titles[k] || k, value: figures.dispositions[k] };
      })));
      var precisionDays = Object.keys(figures.precisionPerDay);
      draw('chart-precision', {
        animation: false,
        grid: { left: 40, right: 10, top: 10, bottom: 40 },
        xAxis: { type: 'category', data: precisionDays.map(function (d) { return d.substring(5); }) },
        yAxis: { type: 'value', min: 0, max: 1 },
        series: [{ type: 'line', connectNulls: true, data: precisionDays.map(function (d) {
          return figures.precisionPerDay[d];
        }) }]
      });
      draw('chart-answers', pie([
        { name: 'It was me', value: figures.consumerAnswers.ME },
        { name: "It wasn't me", value: figures.consumerAnswers.NOT_ME }
      ]));
      var priorities = Object.keys(figures.overdue);
      draw('chart-overdue', bars(priorities, priorities.map(function (p) { return figures.overdue[p]; }), '#c62828'));
      document.body.setAttribute('data-charts', 'drawn');
    });
}());
