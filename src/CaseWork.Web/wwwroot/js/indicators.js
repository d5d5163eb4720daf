// Draws the indicator pages' charts from each canvas's data-chart (no inline script). The tables beside them hold the
// same figures for screen readers and for copying.
(function drawCharts() {
  if (typeof Chart === 'undefined') return;
  const lang = document.documentElement.lang || 'sv';
  const palette = ['#1f5f8b', '#8a8a8a', '#c0392b', '#2e8b57', '#b8860b', '#6a5acd', '#d2691e'];
  const percent = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  document.querySelectorAll('canvas.indicator-chart[data-chart]').forEach(canvas => {
    const spec = JSON.parse(canvas.dataset.chart);
    const suffix = spec.unit === 'Percent' ? ' %' : '';
    const datasets = spec.datasets.map((d, i) => ({
      label: d.label,
      data: d.data,
      borderColor: palette[(d.colorIndex ?? i) % palette.length],
      backgroundColor: palette[(d.colorIndex ?? i) % palette.length],
      borderDash: d.dashed ? [6, 4] : undefined,
      spanGaps: true,
      pointRadius: spec.type === 'line' ? 2 : undefined,
    }));
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: !!spec.stacked },
          y: { stacked: !!spec.stacked, beginAtZero: spec.unit !== 'Percent', ticks: { callback: v => percent.format(v) + suffix } },
        },
        plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${c.parsed.y === null ? '–' : percent.format(c.parsed.y) + suffix}` } } },
      },
    });
  });
})();
