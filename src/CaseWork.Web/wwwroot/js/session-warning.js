// A few minutes before the idle end, say so and offer to keep working (the server ends the session whatever this
// script does; it only warns). Activity in any tab of this browser counts: the last page load or keep-alive is shared
// through localStorage. At the end the page is reloaded, which lands on the sign-in page.
(function warnBeforeTheIdleEnd() {
  const banner = document.getElementById('session-warning');
  if (!banner) return;
  const idle = Number(banner.dataset.idleSeconds) * 1000;
  const lead = Number(banner.dataset.warningSeconds) * 1000;
  const key = 'casework-last-activity';
  const mark = () => localStorage.setItem(key, String(Date.now()));
  const lastActivity = () => Number(localStorage.getItem(key)) || Date.now();
  mark();
  const form = banner.querySelector('form');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
    if (!response.ok || response.redirected) {
      location.reload();
      return;
    }
    mark();
    banner.hidden = true;
  });
  setInterval(() => {
    const quiet = Date.now() - lastActivity();
    if (quiet >= idle + 5000) {
      location.reload();
      return;
    }
    const warn = quiet >= idle - lead;
    if (warn && banner.hidden) {
      banner.hidden = false;
      banner.querySelector('button').focus();
    } else if (!warn) {
      banner.hidden = true;
    }
  }, 5000);
})();
